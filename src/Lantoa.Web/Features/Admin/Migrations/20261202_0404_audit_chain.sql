-- The audit trail becomes a hash chain: each entry carries the hash of the one before it (prev_hash) and its own hash
-- over every column (hash), so an entry rewritten or removed by someone who bypasses Lantoa (a superuser's UPDATE or
-- DELETE) is detected by audit_chain_breaks(). The application role may only INSERT and SELECT audit rows (see
-- MigrationRunner.GrantApplicationRole).
--
-- The hash is computed here, in a BEFORE INSERT trigger, so that every writer (LantoaDb's audit writer, sign-in records,
-- a raw INSERT) is chained, and parallel writers keep one chain: the trigger locks the single chain-head row
-- (audit_chain) until its transaction ends and takes the entry's id under that lock, so ids follow the chain's order.

ALTER TABLE audit_entries ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea;

CREATE TABLE audit_chain (
    id         integer PRIMARY KEY CHECK (id = 1),
    last_id    bigint,
    last_hash  bytea
);

-- Every column but the two hashes, as canonical jsonb text; null columns are left out, so a nullable column added
-- later (without a default) does not change the hash of older entries. Its callers (the trigger, audit_chain_breaks)
-- run in UTC, so timestamps are written the same way whatever the session's time zone. Plain SQL without SET, so
-- PostgreSQL inlines it into the verification query.
CREATE FUNCTION audit_entry_hash(prev bytea, e audit_entries) RETURNS bytea
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT sha256(convert_to(
        encode(coalesce(prev, '\x'::bytea), 'hex') || '|' ||
        jsonb_strip_nulls(to_jsonb(e) - 'prev_hash' - 'hash')::text, 'UTF8'))
$$;

SET LOCAL timezone TO 'UTC';

DO $$
DECLARE
    r audit_entries;
    prev bytea := NULL;
    last bigint := NULL;
BEGIN
    FOR r IN SELECT * FROM audit_entries ORDER BY id LOOP
        UPDATE audit_entries SET prev_hash = prev, hash = audit_entry_hash(prev, r) WHERE id = r.id RETURNING hash INTO prev;
        last := r.id;
    END LOOP;
    INSERT INTO audit_chain (id, last_id, last_hash) VALUES (1, last, prev);
END $$;

CREATE FUNCTION audit_entries_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET timezone TO 'UTC' AS $$
DECLARE
    head audit_chain%ROWTYPE;
BEGIN
    SELECT * INTO head FROM audit_chain WHERE id = 1 FOR UPDATE;
    NEW.id := nextval(pg_get_serial_sequence('audit_entries', 'id'));
    NEW.prev_hash := head.last_hash;
    NEW.hash := audit_entry_hash(NEW.prev_hash, NEW);
    UPDATE audit_chain SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
    RETURN NEW;
END $$;

CREATE TRIGGER audit_entries_chain BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_chain();

-- The first entry whose own hash or whose link to the previous entry does not hold, and why:
-- 'altered' (its content changed), 'link' (an entry before it was removed or inserted), 'tail' (entries after the
-- last one were removed). No row: the chain is whole.
CREATE FUNCTION audit_chain_breaks() RETURNS TABLE (entry_id bigint, reason text)
    LANGUAGE sql STABLE SET timezone TO 'UTC' AS $$
    WITH c AS (
        SELECT a.id, a.hash, a.prev_hash, audit_entry_hash(a.prev_hash, a) AS expected,
               lag(a.hash) OVER (ORDER BY a.id) AS previous, row_number() OVER (ORDER BY a.id) AS n
        FROM audit_entries a
    )
    (SELECT id, CASE WHEN hash IS DISTINCT FROM expected THEN 'altered' ELSE 'link' END
     FROM c
     WHERE hash IS DISTINCT FROM expected OR (n > 1 AND prev_hash IS DISTINCT FROM previous) OR (n = 1 AND prev_hash IS NOT NULL)
     ORDER BY id LIMIT 1)
    UNION ALL
    (SELECT h.last_id, 'tail' FROM audit_chain h
     WHERE h.last_hash IS DISTINCT FROM (SELECT a.hash FROM audit_entries a ORDER BY a.id DESC LIMIT 1)
       AND NOT EXISTS (SELECT 1 FROM c WHERE hash IS DISTINCT FROM expected OR (n > 1 AND prev_hash IS DISTINCT FROM previous)))
$$;
