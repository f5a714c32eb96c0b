-- Issue #39 items 2 and 3: no member's session keeps what the others need past a few seconds.
-- Each call marks, as it returns, a lock its transaction cannot let go of before it ends
-- (visible to every session); the next call ends a session that has kept it 5 s past its call
-- (tested with several sessions by tst_teamstall). Idempotency keys are claimed by a row only the same login
-- can wait on, never by an advisory lock that anyone could take first.
BEGIN;
SELECT plan(8);

SET SESSION AUTHORIZATION ann;
SELECT lives_ok($$SELECT proofdesk.record('k1', 'agent', 'search', 'done', 'search', NULL, NULL, NULL, NULL, 'd')$$,
                'ann searches (recorded, keyed)');
SELECT ok(EXISTS (SELECT 1 FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation'
                  AND relation = 'proofdesk.call_marks'::regclass AND granted),
          'the call left its mark, held until her transaction ends');
SELECT throws_ok($$LOCK TABLE proofdesk.call_marks IN ACCESS EXCLUSIVE MODE$$, '42501', NULL,
                 'nobody can take a lock that would stand in the way of the mark');
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'advisory' AND objsubid = 1),
          'and no advisory lock on its key (another member could take that one first, and stall her)');
SELECT throws_ok($$SELECT proofdesk.end_stalled_sessions()$$, '42501', NULL, 'a member ends no session herself');
SELECT is((SELECT count(*) FROM proofdesk.stalled_sessions(0)), 0::bigint, 'her own session is never hers to end');
RESET SESSION AUTHORIZATION;

SELECT is((SELECT result ->> 'action' FROM proofdesk.applied_actions WHERE login = 'ann' AND key = 'k1'), 'search',
          'the key''s claim holds its result');
SELECT ok(pg_has_role((SELECT datdba FROM pg_database WHERE datname = current_database()), 'pg_signal_backend', 'MEMBER')
          AND pg_has_role((SELECT datdba FROM pg_database WHERE datname = current_database()), 'pg_read_all_stats', 'MEMBER'),
          'the owner may see when a session''s transaction began, and end it');

SELECT * FROM finish();
ROLLBACK;
