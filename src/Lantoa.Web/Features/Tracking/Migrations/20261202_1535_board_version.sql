-- A version of everything the obligation board is computed from (obligations, their parties and submissions, plans,
-- units and groups). Every statement that changes one of those tables takes a new number from the sequence, so the
-- dashboard may keep a computed board in memory while the number it was computed at is still the latest: reading the
-- version is one tiny query instead of reading a province's obligations and submissions and computing the board again.
-- A sequence is not transactional and takes no lock, so concurrent writers never wait on each other for it; a number
-- taken by a transaction that rolls back only costs one recomputation. The app also bounds how long a board is kept.
CREATE SEQUENCE tracking_board_version;

CREATE FUNCTION tracking_board_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('tracking_board_version');
    RETURN NULL;
END
$$;

CREATE TRIGGER tracking_board_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON obligations
    FOR EACH STATEMENT EXECUTE FUNCTION tracking_board_touch();
CREATE TRIGGER tracking_board_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON obligation_parties
    FOR EACH STATEMENT EXECUTE FUNCTION tracking_board_touch();
CREATE TRIGGER tracking_board_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON obligation_submissions
    FOR EACH STATEMENT EXECUTE FUNCTION tracking_board_touch();
CREATE TRIGGER tracking_board_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans
    FOR EACH STATEMENT EXECUTE FUNCTION tracking_board_touch();
CREATE TRIGGER tracking_board_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
    FOR EACH STATEMENT EXECUTE FUNCTION tracking_board_touch();
CREATE TRIGGER tracking_board_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_groups
    FOR EACH STATEMENT EXECUTE FUNCTION tracking_board_touch();
CREATE TRIGGER tracking_board_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_group_members
    FOR EACH STATEMENT EXECUTE FUNCTION tracking_board_touch();

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lantoa_app') THEN
        GRANT USAGE, SELECT ON SEQUENCE tracking_board_version TO lantoa_app;
    END IF;
END
$$;
