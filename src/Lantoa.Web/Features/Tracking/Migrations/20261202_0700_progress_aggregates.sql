-- Progress kept up to date (issue 18): the dashboard reads a few hundred rows of these tables instead of folding every
-- assignment and report of a province's year. An assignment counts once in each table while its plan is issued (not a
-- draft): "reported" when one of its reports is submitted or approved, "done" when one of those says 'Done' — exactly
-- what the dashboard used to compute from scratch (progress_rebuild below is that computation).
--
-- The tables are kept by triggers, in the transaction of the change, so every writer (the report pages, the importer,
-- the assignment service, a raw UPDATE) keeps them true:
--   progress_reports  statement triggers with transition tables: for each assignment touched, the change of its flags
--                     (after the statement minus before it), under a row lock on the assignment, so two transactions
--                     changing reports of one assignment at once are counted one after the other (READ COMMITTED);
--   assignments       added (statement), removed (before each row), moved to another activity, unit or plan;
--   plans             issued or withdrawn (draft <-> not draft), year or province changed, deleted;
--   units             kind changed (the activity table is split by unit kind).
-- Counters move by increments (INSERT … ON CONFLICT DO UPDATE SET n = n + d), never by recomputing a row from a
-- snapshot, so concurrent writers never lose each other's updates. Rows that fall to zero stay (readers skip them).
-- No foreign keys: the rows are derived data, and cascaded deletes would otherwise race the triggers.

CREATE TABLE progress_by_activity (
    activity_id  integer NOT NULL,
    unit_kind    text NOT NULL,
    province_id  integer NOT NULL,
    plan_id      integer NOT NULL,
    year         integer NOT NULL,
    assignments  integer NOT NULL DEFAULT 0,
    reported     integer NOT NULL DEFAULT 0,
    done         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (activity_id, unit_kind)
);
CREATE INDEX ix_progress_by_activity_province_year ON progress_by_activity (province_id, year, plan_id);

CREATE TABLE progress_by_unit (
    unit_id      integer NOT NULL,
    plan_id      integer NOT NULL,
    province_id  integer NOT NULL,
    year         integer NOT NULL,
    assignments  integer NOT NULL DEFAULT 0,
    reported     integer NOT NULL DEFAULT 0,
    done         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, plan_id)
);
CREATE INDEX ix_progress_by_unit_plan ON progress_by_unit (plan_id);

CREATE TABLE progress_by_unit_year (
    unit_id      integer NOT NULL,
    year         integer NOT NULL,
    province_id  integer NOT NULL,
    assignments  integer NOT NULL DEFAULT 0,
    reported     integer NOT NULL DEFAULT 0,
    done         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, year)
);
CREATE INDEX ix_progress_by_unit_year_province ON progress_by_unit_year (province_id, year);

-- One assignment's share of the counters (or the change of it).
CREATE TYPE progress_delta AS (
    activity_id integer, unit_id integer, unit_kind text, plan_id integer, province_id integer, year integer,
    assignments integer, reported integer, done integer);

-- Adds sign × the deltas to the three tables, in key order (two writers lock rows in the same order).
CREATE FUNCTION progress_apply(deltas progress_delta[], sign integer) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF deltas IS NULL OR cardinality(deltas) = 0 THEN RETURN; END IF;
    INSERT INTO progress_by_activity AS t (activity_id, unit_kind, province_id, plan_id, year, assignments, reported, done)
    SELECT activity_id, unit_kind, min(province_id), min(plan_id), min(year),
           sign * sum(assignments), sign * sum(reported), sign * sum(done)
    FROM unnest(deltas) GROUP BY activity_id, unit_kind
    HAVING sum(assignments) <> 0 OR sum(reported) <> 0 OR sum(done) <> 0
    ORDER BY activity_id, unit_kind
    ON CONFLICT (activity_id, unit_kind) DO UPDATE SET
        assignments = t.assignments + excluded.assignments, reported = t.reported + excluded.reported, done = t.done + excluded.done,
        province_id = excluded.province_id, plan_id = excluded.plan_id, year = excluded.year;

    INSERT INTO progress_by_unit AS t (unit_id, plan_id, province_id, year, assignments, reported, done)
    SELECT unit_id, plan_id, min(province_id), min(year), sign * sum(assignments), sign * sum(reported), sign * sum(done)
    FROM unnest(deltas) GROUP BY unit_id, plan_id
    HAVING sum(assignments) <> 0 OR sum(reported) <> 0 OR sum(done) <> 0
    ORDER BY unit_id, plan_id
    ON CONFLICT (unit_id, plan_id) DO UPDATE SET
        assignments = t.assignments + excluded.assignments, reported = t.reported + excluded.reported, done = t.done + excluded.done,
        province_id = excluded.province_id, year = excluded.year;

    INSERT INTO progress_by_unit_year AS t (unit_id, year, province_id, assignments, reported, done)
    SELECT unit_id, year, min(province_id), sign * sum(assignments), sign * sum(reported), sign * sum(done)
    FROM unnest(deltas) GROUP BY unit_id, year
    HAVING sum(assignments) <> 0 OR sum(reported) <> 0 OR sum(done) <> 0
    ORDER BY unit_id, year
    ON CONFLICT (unit_id, year) DO UPDATE SET
        assignments = t.assignments + excluded.assignments, reported = t.reported + excluded.reported, done = t.done + excluded.done,
        province_id = excluded.province_id;
END $$;

-- The whole share of some assignments as the database holds them now (nothing for assignments of draft plans).
CREATE FUNCTION progress_of(ids integer[]) RETURNS progress_delta[]
    LANGUAGE sql VOLATILE AS $$
    SELECT coalesce(array_agg(ROW(a.activity_id, a.unit_id, u.kind, p.id, p.province_id, p.year, 1,
                                  (r.assignment_id IS NOT NULL)::integer, coalesce(r.done, false)::integer)::progress_delta), '{}')
    FROM assignments a
    JOIN plans p ON p.id = a.plan_id AND p.status <> 'Draft'
    JOIN units u ON u.id = a.unit_id
    LEFT JOIN (SELECT assignment_id, bool_or(status = 'Done') AS done FROM progress_reports
               WHERE assignment_id = ANY(ids) AND state IN ('Submitted', 'Approved') GROUP BY assignment_id) r ON r.assignment_id = a.id
    WHERE a.id = ANY(ids)
$$;

-- Reports changed by one statement: for each assignment touched, its flags now minus its flags before the statement
-- (the reports now, without the statement's new rows, with its old rows).
CREATE FUNCTION progress_reports_shift(affected integer[], new_ids integer[], old_assignment integer[], old_state text[], old_status text[])
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    deltas progress_delta[];
BEGIN
    IF cardinality(affected) = 0 THEN RETURN; END IF;
    PERFORM 1 FROM assignments WHERE id = ANY(affected) ORDER BY id FOR NO KEY UPDATE;
    WITH now_r AS (
        SELECT id, assignment_id, state, status FROM progress_reports WHERE assignment_id = ANY(affected)
    ), was_r AS (
        SELECT assignment_id, state, status FROM now_r WHERE id <> ALL(new_ids)
        UNION ALL
        SELECT * FROM unnest(old_assignment, old_state, old_status)
    ), f_now AS (
        SELECT assignment_id, bool_or(state IN ('Submitted', 'Approved')) AS rep,
               bool_or(state IN ('Submitted', 'Approved') AND status = 'Done') AS done FROM now_r GROUP BY assignment_id
    ), f_was AS (
        SELECT assignment_id, bool_or(state IN ('Submitted', 'Approved')) AS rep,
               bool_or(state IN ('Submitted', 'Approved') AND status = 'Done') AS done FROM was_r GROUP BY assignment_id
    )
    SELECT array_agg(ROW(a.activity_id, a.unit_id, u.kind, p.id, p.province_id, p.year, 0,
                         coalesce(n.rep, false)::integer - coalesce(w.rep, false)::integer,
                         coalesce(n.done, false)::integer - coalesce(w.done, false)::integer)::progress_delta)
    INTO deltas
    FROM assignments a
    JOIN plans p ON p.id = a.plan_id AND p.status <> 'Draft'
    JOIN units u ON u.id = a.unit_id
    LEFT JOIN f_now n ON n.assignment_id = a.id
    LEFT JOIN f_was w ON w.assignment_id = a.id
    WHERE a.id = ANY(affected)
      AND (coalesce(n.rep, false) IS DISTINCT FROM coalesce(w.rep, false) OR coalesce(n.done, false) IS DISTINCT FROM coalesce(w.done, false));
    PERFORM progress_apply(deltas, 1);
END $$;

CREATE FUNCTION progress_reports_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM progress_reports_shift(ARRAY(SELECT DISTINCT assignment_id FROM new_rows), ARRAY(SELECT id FROM new_rows), '{}', '{}', '{}');
    RETURN NULL;
END $$;

CREATE FUNCTION progress_reports_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                   WHERE (o.assignment_id, o.state, o.status) IS DISTINCT FROM (n.assignment_id, n.state, n.status)) THEN
        RETURN NULL; -- a draft's text, figures or dates: no flag can change
    END IF;
    PERFORM progress_reports_shift(
        ARRAY(SELECT assignment_id FROM old_rows UNION SELECT assignment_id FROM new_rows),
        ARRAY(SELECT id FROM new_rows),
        ARRAY(SELECT assignment_id FROM old_rows ORDER BY id), ARRAY(SELECT state FROM old_rows ORDER BY id),
        ARRAY(SELECT status FROM old_rows ORDER BY id));
    RETURN NULL;
END $$;

CREATE FUNCTION progress_reports_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM progress_reports_shift(ARRAY(SELECT DISTINCT assignment_id FROM old_rows), '{}',
        ARRAY(SELECT assignment_id FROM old_rows ORDER BY id), ARRAY(SELECT state FROM old_rows ORDER BY id),
        ARRAY(SELECT status FROM old_rows ORDER BY id));
    RETURN NULL;
END $$;

CREATE TRIGGER progress_reports_inserted AFTER INSERT ON progress_reports
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_inserted();
CREATE TRIGGER progress_reports_updated AFTER UPDATE ON progress_reports
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_updated();
CREATE TRIGGER progress_reports_deleted AFTER DELETE ON progress_reports
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_deleted();

-- Assignments: a new one counts once; one removed (or moved) takes its whole share with it, before its reports go.
CREATE FUNCTION progress_assignments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM progress_apply(progress_of(ARRAY(SELECT id FROM new_rows)), 1);
    RETURN NULL;
END $$;

CREATE FUNCTION progress_assignment_leaves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM progress_apply(progress_of(ARRAY[OLD.id]), -1);
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION progress_assignment_arrives() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM progress_apply(progress_of(ARRAY[NEW.id]), 1);
    RETURN NULL;
END $$;

CREATE TRIGGER progress_assignments_inserted AFTER INSERT ON assignments
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_assignments_inserted();
CREATE TRIGGER progress_assignment_deleted BEFORE DELETE ON assignments
    FOR EACH ROW EXECUTE FUNCTION progress_assignment_leaves();
CREATE TRIGGER progress_assignment_moves BEFORE UPDATE OF activity_id, unit_id, plan_id ON assignments
    FOR EACH ROW WHEN ((OLD.activity_id, OLD.unit_id, OLD.plan_id) IS DISTINCT FROM (NEW.activity_id, NEW.unit_id, NEW.plan_id))
    EXECUTE FUNCTION progress_assignment_leaves();
CREATE TRIGGER progress_assignment_moved AFTER UPDATE OF activity_id, unit_id, plan_id ON assignments
    FOR EACH ROW WHEN ((OLD.activity_id, OLD.unit_id, OLD.plan_id) IS DISTINCT FROM (NEW.activity_id, NEW.unit_id, NEW.plan_id))
    EXECUTE FUNCTION progress_assignment_arrives();

-- Plans: issuing adds every assignment's share, withdrawing to a draft (or deleting) takes it away; a new year or
-- province moves it.
CREATE FUNCTION progress_plan_leaves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM progress_apply(progress_of(ARRAY(SELECT id FROM assignments WHERE plan_id = OLD.id)), -1);
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION progress_plan_arrives() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM progress_apply(progress_of(ARRAY(SELECT id FROM assignments WHERE plan_id = NEW.id)), 1);
    RETURN NULL;
END $$;

CREATE TRIGGER progress_plan_deleted BEFORE DELETE ON plans
    FOR EACH ROW WHEN (OLD.status <> 'Draft') EXECUTE FUNCTION progress_plan_leaves();
CREATE TRIGGER progress_plan_changes BEFORE UPDATE OF status, year, province_id ON plans
    FOR EACH ROW WHEN ((OLD.status = 'Draft') IS DISTINCT FROM (NEW.status = 'Draft')
                       OR (OLD.status <> 'Draft' AND (OLD.year, OLD.province_id) IS DISTINCT FROM (NEW.year, NEW.province_id)))
    EXECUTE FUNCTION progress_plan_leaves();
CREATE TRIGGER progress_plan_changed AFTER UPDATE OF status, year, province_id ON plans
    FOR EACH ROW WHEN ((OLD.status = 'Draft') IS DISTINCT FROM (NEW.status = 'Draft')
                       OR (OLD.status <> 'Draft' AND (OLD.year, OLD.province_id) IS DISTINCT FROM (NEW.year, NEW.province_id)))
    EXECUTE FUNCTION progress_plan_arrives();

-- Units: the activity table is split by unit kind.
CREATE FUNCTION progress_unit_leaves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM progress_apply(progress_of(ARRAY(SELECT id FROM assignments WHERE unit_id = OLD.id)), -1);
    RETURN NEW;
END $$;

CREATE FUNCTION progress_unit_arrives() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM progress_apply(progress_of(ARRAY(SELECT id FROM assignments WHERE unit_id = NEW.id)), 1);
    RETURN NULL;
END $$;

CREATE TRIGGER progress_unit_kind_changes BEFORE UPDATE OF kind ON units
    FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION progress_unit_leaves();
CREATE TRIGGER progress_unit_kind_changed AFTER UPDATE OF kind ON units
    FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION progress_unit_arrives();

-- The counters from scratch (every assignment of an issued plan, every report): the initial fill, `data generate`'s
-- last step (its COPY runs with these triggers disabled), and what a DBA runs if a table was ever changed by hand.
CREATE FUNCTION progress_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM progress_by_activity;
    DELETE FROM progress_by_unit;
    DELETE FROM progress_by_unit_year;
    CREATE TEMP TABLE progress_rebuild_rows ON COMMIT DROP AS
        SELECT a.activity_id, a.unit_id, u.kind AS unit_kind, p.id AS plan_id, p.province_id, p.year,
               (r.assignment_id IS NOT NULL)::integer AS reported, coalesce(r.done, false)::integer AS done
        FROM assignments a
        JOIN plans p ON p.id = a.plan_id AND p.status <> 'Draft'
        JOIN units u ON u.id = a.unit_id
        LEFT JOIN (SELECT assignment_id, bool_or(status = 'Done') AS done FROM progress_reports
                   WHERE state IN ('Submitted', 'Approved') GROUP BY assignment_id) r ON r.assignment_id = a.id;
    INSERT INTO progress_by_activity (activity_id, unit_kind, province_id, plan_id, year, assignments, reported, done)
        SELECT activity_id, unit_kind, min(province_id), min(plan_id), min(year), count(*), sum(reported), sum(done)
        FROM progress_rebuild_rows GROUP BY activity_id, unit_kind;
    INSERT INTO progress_by_unit (unit_id, plan_id, province_id, year, assignments, reported, done)
        SELECT unit_id, plan_id, min(province_id), min(year), count(*), sum(reported), sum(done)
        FROM progress_rebuild_rows GROUP BY unit_id, plan_id;
    INSERT INTO progress_by_unit_year (unit_id, year, province_id, assignments, reported, done)
        SELECT unit_id, year, min(province_id), count(*), sum(reported), sum(done)
        FROM progress_rebuild_rows GROUP BY unit_id, year;
    DROP TABLE progress_rebuild_rows;
END $$;

SELECT progress_rebuild();
