-- Issue #65 item 3: nobody approves their own reissue request under another spelling of their
-- login. On this database (LC_CTYPE C, as tst_teamrules makes it) lower() lowers ASCII only, so
-- each pair below approved the other's request while the rule compared with lower().
BEGIN;
SELECT plan(10);
\ir facts.psql

DO $$
DECLARE l text;
BEGIN
    FOREACH l IN ARRAY ARRAY['Ömer', 'ömer', 'ǅemal', 'ǆemal', U&'\212Aim', 'kim', 'ΣΟΦΙΑ', 'σοφια', 'O' || U&'\0308' || 'zan', 'Özan'] LOOP
        EXECUTE format('CREATE ROLE %I LOGIN', l);
        EXECUTE format('GRANT %I TO %I', proofdesk.team_role('compliance'), l);
    END LOOP;
END $$;
CREATE TEMP TABLE pairs (n int, requester text, approver text);
INSERT INTO pairs VALUES (1, 'Ömer', 'ömer'), (2, 'ǆemal', 'ǅemal'), (3, 'kim', U&'\212Aim'), (4, 'ΣΟΦΙΑ', 'σοφια'),
                         (5, 'O' || U&'\0308' || 'zan', 'Özan');
GRANT SELECT ON pairs TO PUBLIC;

-- Each requester asks for a reissue that needs approval (no facts about EXS-9).
CREATE FUNCTION pg_temp.request_as(p_n int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE who text := (SELECT requester FROM pairs WHERE n = p_n); status text;
BEGIN
    EXECUTE format('SET SESSION AUTHORIZATION %I', who);
    status := proofdesk.request_reissue('sp-r' || p_n, 'compliance', 'desk', jsonb_build_object(
        'id', 'REQ-SP' || p_n, 'comm_id', 'EXS-9', 'mode', 'resend', 'reason', 'did not arrive',
        'channel', 'email', 'destination', 'x@example.com')) ->> 'status';
    RESET SESSION AUTHORIZATION;
    RETURN status;
END $$;
CREATE FUNCTION pg_temp.approve_as(p_n int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE who text := (SELECT approver FROM pairs WHERE n = p_n); outcome text;
BEGIN
    EXECUTE format('SET SESSION AUTHORIZATION %I', who);
    BEGIN
        PERFORM proofdesk.approve_reissue('sp-a' || p_n, 'compliance', 'desk', 'REQ-SP' || p_n, 'looks right');
        outcome := 'approved';
    EXCEPTION WHEN others THEN
        outcome := SQLSTATE || ' ' || SQLERRM;
    END;
    RESET SESSION AUTHORIZATION;
    RETURN outcome;
END $$;

SELECT is(pg_temp.request_as(n), 'pending_approval', 'requested by ' || requester) FROM pairs ORDER BY n;
SELECT matches(pg_temp.approve_as(n), '^PDREF .*nobody approves their own request',
               approver || ' may not approve ' || requester || '''s request') FROM pairs ORDER BY n;

SELECT * FROM finish();
ROLLBACK;
