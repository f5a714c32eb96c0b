-- Proofdesk team database, migration 8 (issue #65 item 1): the stall reaper's clock can be
-- neither stopped nor pushed back by a member.
-- Runs once, in one transaction, as the database's owner. Never edit a migration that has
-- shipped: add the next one.
--
-- A call, as it returned, took the shared advisory key (1885626226, the second it returned),
-- and the reaper read a session's time as the smallest such key it held. Both could be played
-- with: a member who took the key (1885626226, 2147483647) in her transaction while another of
-- her sessions held the current second's key exclusively was never counted as stalled (the
-- smallest key she held lay in 2088), and kept the trail's head for as long as she liked; and
-- a member who held the coming seconds' keys exclusively made every other member's call count
-- from the start of its transaction, so that an honest long call was ended as soon as it
-- returned.
--
-- Now the second is the key's first half and a random number its second: nobody can hold
-- beforehand the key a call will take. The reaper reads only keys whose second lies between
-- the start of the session's transaction and now; a member's own keys can only make her look
-- older, never younger, and a session that holds none counts from its transaction's start.

CREATE OR REPLACE FUNCTION proofdesk.remember(p_key text, p_result jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
BEGIN
    IF p_key IS NOT NULL AND p_key <> '' THEN
        INSERT INTO applied_actions VALUES (p_key, session_user, p_result, now_ms())
        ON CONFLICT (login, key) DO UPDATE SET result = excluded.result;
    END IF;
    -- The call returned: the mark (nobody may lock call_marks otherwise) and the second it
    -- returned, under a key nobody can have taken first (migration 8).
    LOCK TABLE call_marks IN ROW SHARE MODE;
    PERFORM pg_try_advisory_xact_lock_shared(call_clock(), floor(random() * 4294967296 - 2147483648)::int);
    RETURN p_result;
END $$;

CREATE OR REPLACE FUNCTION proofdesk.stalled_sessions(p_held_for integer DEFAULT 5)
RETURNS TABLE(pid integer, login text, held_s integer)
LANGUAGE sql SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
    WITH here AS (SELECT d.oid FROM pg_database d WHERE d.datname = current_database()),
    sessions AS (
        SELECT l.pid, a.usename::text AS login,
               floor(extract(epoch FROM a.xact_start) - 1577836800)::bigint AS began
        FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'relation' AND l.relation = 'proofdesk.call_marks'::regclass AND l.granted
          AND l.database = (SELECT oid FROM here) AND l.pid <> pg_backend_pid()),
    marked AS (
        SELECT s.pid, s.login,
               coalesce((SELECT min(k.classid::bigint) FROM pg_locks k
                         WHERE k.pid = s.pid AND k.locktype = 'advisory' AND k.objsubid = 2 AND k.granted
                           AND k.classid::bigint BETWEEN s.began AND call_clock()),
                        s.began) AS since
        FROM sessions s)
    SELECT pid, login, (call_clock() - since)::int FROM marked WHERE call_clock() - since >= p_held_for
$$;
