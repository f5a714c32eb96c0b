-- Issue #25 item 4 in team mode: the engine's end of a sent reissue reaches the team, said only
-- by the desk that sent it (or the publisher), and only of a request that was sent.
BEGIN;
SELECT plan(8);
\ir facts.psql

SET SESSION AUTHORIZATION ann;
SELECT is(proofdesk.request_reissue('r1', 'agent', 'desk', '{"id": "REQ-1", "comm_id": "EXS-1", "mode": "resend",
    "reason": "did not arrive", "channel": "email", "destination": "jane@example.com"}') ->> 'status',
    'approved', 'ann''s resend needs no approval');
SELECT throws_ok($$SELECT proofdesk.end_reissue_by_engine('e0', 'desk', 'REQ-1', 'rejected', 'no', NULL)$$, 'PDCFL', NULL,
                 'a request not sent yet was not ended by any engine');
SELECT is(proofdesk.advance_reissue('a1', 'desk', 'REQ-1', 'sent', NULL) ->> 'status', 'sent', 'ann''s desk sent it');
SELECT throws_ok($$SELECT proofdesk.end_reissue_by_engine('e1', 'desk', 'REQ-1', 'fulfilled', 'x', NULL)$$, 'PDINV', NULL,
                 'the engine ends a request as rejected or cancelled only');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION bob;
SELECT throws_ok($$SELECT proofdesk.end_reissue_by_engine('e2', 'desk', 'REQ-1', 'cancelled', 'made up', NULL)$$, 'PDREF',
                 NULL, 'another agent cannot end someone else''s request');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION ann;
SELECT is(proofdesk.end_reissue_by_engine('e3', 'desk', 'REQ-1', 'rejected', 'Rejected by the print vendor',
          '{"instance_id": "p-1"}') ->> 'status', 'rejected', 'the sending desk says how the engine ended it');
RESET SESSION AUTHORIZATION;

SELECT is((SELECT decision_note FROM proofdesk.reissue_requests WHERE id = 'REQ-1'), 'Rejected by the print vendor',
          'with the engine''s reason');
SELECT is((SELECT after::jsonb ->> 'instance_id' FROM proofdesk.audit_entries
           WHERE action = 'reissue.engine_outcome' AND object_id = 'REQ-1'), 'p-1',
          'and one entry on the team''s trail naming the engine''s case');

SELECT * FROM finish();
ROLLBACK;
