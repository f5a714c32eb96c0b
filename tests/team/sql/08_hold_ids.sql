-- Issue #24, a desk defect: a hold id differing only in case from a released hold.
BEGIN;
SELECT plan(3);

SET SESSION AUTHORIZATION rita;
SELECT lives_ok($$SELECT proofdesk.create_hold('h1', 'records', 'desk', 'HOLD-A', 'Dispute', NULL, 'claim', NULL, NULL,
                  NULL, ARRAY['EXS-1'])$$, 'a hold');
SELECT lives_ok($$SELECT proofdesk.release_hold('h2', 'records', 'desk', 'HOLD-A', 'settled')$$, 'released');
SELECT throws_ok($$SELECT proofdesk.create_hold('h3', 'records', 'desk', 'hold-a', 'Another', NULL, 'claim', NULL, NULL,
                   NULL, ARRAY['EXS-2'])$$, 'PDCFL', NULL, 'a new hold whose id differs only in case is refused');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
