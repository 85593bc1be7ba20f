-- Teams: the coverage page's sums kept by the database. field_coverage holds, per campaign, commune, day and category,
-- the households, people and logs of field_logs; statement-level triggers add what an INSERT stored (a sync batch is
-- one statement: one upsert per key it touches, keys in order so that concurrent batches never deadlock) and take away
-- what an UPDATE or DELETE changed. The page then sums a few thousand rows instead of a province's logs.
-- `data generate` loads field_logs with triggers off and calls field_coverage_rebuild() after (TeamsModule.AfterGenerate).

CREATE TABLE field_coverage (
    campaign_id   integer NOT NULL REFERENCES field_campaigns (id) ON DELETE CASCADE,
    commune_code  text NOT NULL,
    date          date NOT NULL,
    category      text NOT NULL,
    households    bigint NOT NULL,
    people        bigint NOT NULL,
    logs          bigint NOT NULL,
    PRIMARY KEY (campaign_id, commune_code, date, category)
);

-- What a statement stored (+1) or removed (-1), added to the sums: one upsert per key, in key order. (A transition table
-- exists only for the events its trigger names, so each event has its own statement.)
CREATE FUNCTION field_logs_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
    INSERT INTO field_coverage AS f (campaign_id, commune_code, date, category, households, people, logs)
    SELECT campaign_id, commune_code, date, category, sum(sign * households), sum(sign * people), sum(sign)
    FROM (SELECT 1 AS sign, * FROM new_rows) x
    GROUP BY campaign_id, commune_code, date, category
    ORDER BY campaign_id, commune_code, date, category
    ON CONFLICT (campaign_id, commune_code, date, category) DO UPDATE
        SET households = f.households + excluded.households, people = f.people + excluded.people, logs = f.logs + excluded.logs;
    ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO field_coverage AS f (campaign_id, commune_code, date, category, households, people, logs)
    SELECT campaign_id, commune_code, date, category, sum(sign * households), sum(sign * people), sum(sign)
    FROM (SELECT -1 AS sign, * FROM old_rows) x
    GROUP BY campaign_id, commune_code, date, category
    ORDER BY campaign_id, commune_code, date, category
    ON CONFLICT (campaign_id, commune_code, date, category) DO UPDATE
        SET households = f.households + excluded.households, people = f.people + excluded.people, logs = f.logs + excluded.logs;
    ELSE
    INSERT INTO field_coverage AS f (campaign_id, commune_code, date, category, households, people, logs)
    SELECT campaign_id, commune_code, date, category, sum(sign * households), sum(sign * people), sum(sign)
    FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) x
    GROUP BY campaign_id, commune_code, date, category
    ORDER BY campaign_id, commune_code, date, category
    ON CONFLICT (campaign_id, commune_code, date, category) DO UPDATE
        SET households = f.households + excluded.households, people = f.people + excluded.people, logs = f.logs + excluded.logs;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER field_logs_inserted AFTER INSERT ON field_logs
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION field_logs_counted();
CREATE TRIGGER field_logs_updated AFTER UPDATE ON field_logs
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION field_logs_counted();
CREATE TRIGGER field_logs_deleted AFTER DELETE ON field_logs
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION field_logs_counted();

-- From scratch (after a COPY load with triggers off, or to check the kept sums).
CREATE FUNCTION field_coverage_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM field_coverage;
    INSERT INTO field_coverage (campaign_id, commune_code, date, category, households, people, logs)
    SELECT campaign_id, commune_code, date, category, sum(households), sum(people), count(*)
    FROM field_logs GROUP BY campaign_id, commune_code, date, category;
$$;

-- The logs already there (the demo's) are counted once.
SELECT field_coverage_rebuild();

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lantoa_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON field_coverage TO lantoa_app;
    END IF;
END
$$;
