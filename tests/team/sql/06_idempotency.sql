-- Issue #24 item 7: idempotency keys belong to the login.
BEGIN;
SELECT plan(4);
\ir facts.psql

SET SESSION AUTHORIZATION bob;
SELECT lives_ok($$SELECT proofdesk.record('progress:HOLD-1:1', 'agent', 'search', 'done', 'search', NULL, NULL, NULL,
                  NULL, 'd')$$, 'bob uses a key first (a predictable one)');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION rita;
SELECT is(proofdesk.create_hold('progress:HOLD-1:1', 'records', 'desk', 'HOLD-1', 'Dispute', NULL, 'claim', NULL,
          NULL, NULL, ARRAY['EXS-1']) ->> 'id', 'HOLD-1', 'rita''s call with the same key is applied, not answered with bob''s result');
SELECT is(proofdesk.create_hold('progress:HOLD-1:1', 'records', 'desk', 'HOLD-1', 'Dispute', NULL, 'claim', NULL,
          NULL, NULL, ARRAY['EXS-1']) ->> 'id', 'HOLD-1', 'her retry gets her first result');
SELECT is((SELECT count(*) FROM proofdesk.holds WHERE id = 'HOLD-1'), 1::bigint, 'and applies nothing twice');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
