-- Issue #24 item 5: only the desk that sends a request (or the publisher) advances it.
BEGIN;
SELECT plan(8);
\ir facts.psql

SET SESSION AUTHORIZATION ann;
SELECT is(proofdesk.request_reissue('r1', 'agent', 'desk', '{"id": "REQ-1", "comm_id": "EXS-1", "mode": "resend",
    "reason": "did not arrive", "channel": "email", "destination": "jane@example.com"}') ->> 'status',
    'approved', 'ann''s resend needs no approval');
SELECT throws_ok($$SELECT proofdesk.open_exception_case('c1', 'agent', 'd', 'CASE-1', 'undelivered', 'EXS-1', 'x', NULL)$$,
                 'PDREF', NULL, 'an agent cannot open an exception case');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION bob;
SELECT throws_ok($$SELECT proofdesk.advance_reissue('a1', 'desk', 'REQ-1', 'fulfilled', 'EXS-777')$$, 'PDREF', NULL,
                 'another agent cannot mark it fulfilled');
SELECT throws_ok($$SELECT proofdesk.advance_reissue('a2', 'desk', 'REQ-1', 'queued', NULL)$$, 'PDREF', NULL,
                 'nor queue it');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION ann;
SELECT is(proofdesk.advance_reissue('a3', 'desk', 'REQ-1', 'queued', NULL) ->> 'status', 'queued',
          'the requester''s desk sends a request that needed no approval');
SELECT throws_ok($$SELECT proofdesk.advance_reissue('a4', 'desk', 'REQ-1', 'fulfilled', 'EXS-1')$$, 'PDINV', NULL,
                 'the original does not fulfil its own reissue');
SELECT throws_ok($$SELECT proofdesk.advance_reissue('a5', 'desk', 'REQ-1', 'approved', NULL)$$, 'PDINV', NULL,
                 'approval is not a step after approval');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION pub;
SELECT is(proofdesk.advance_reissue('a6', 'sync', 'REQ-1', 'fulfilled', 'EXS-1-R1') ->> 'status', 'fulfilled',
          'the publisher marks it fulfilled from what the repository sent back');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
