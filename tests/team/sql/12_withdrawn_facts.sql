-- Issue #38 item 7: the team's facts learn of a deletion and of a communication that left the
-- publisher's scope; what the team no longer knows needs approval and is not disposed of.
BEGIN;
SELECT plan(11);
\ir facts.psql

SET SESSION AUTHORIZATION pub;
SELECT is(proofdesk.withdraw_facts('w1', 'publisher-desk', ARRAY['exs-1'], 'gone') ->> 'withdrawn', '1',
          'the publisher withdraws the facts of a letter gone from its cache (its id in any case)');
SELECT is(proofdesk.withdraw_facts('w2', 'publisher-desk', ARRAY['EXS-3'], 'out_of_scope') ->> 'withdrawn', '1',
          'and of a letter it keeps outside its sync scope');
SELECT is(proofdesk.withdraw_facts('w3', 'publisher-desk', ARRAY['EXS-3'], 'out_of_scope') ->> 'publication', '0',
          'withdrawing it again publishes nothing');
SELECT throws_ok($$SELECT proofdesk.withdraw_facts('w4', 'publisher-desk', ARRAY['EXS-2'], 'because')$$, 'PDINV', NULL,
                 'gone or out_of_scope, nothing else');
SELECT is((SELECT array_agg(comm_id || ':' || why ORDER BY comm_id) FROM proofdesk.withdrawn_facts()),
          ARRAY['EXS-1:gone', 'EXS-3:out_of_scope'], 'the team knows what was withdrawn, and why');
RESET SESSION AUTHORIZATION;

SELECT ok(proofdesk.facts_of('EXS-1') IS NULL AND EXISTS (SELECT 1 FROM proofdesk.comm_facts_history
                                                          WHERE comm_id = 'EXS-1' AND destination = 'jane@example.com'),
          'its facts are unknown now, the last ones kept in the history');
SELECT is((SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'facts.withdraw'), 2::bigint,
          'each withdrawal is on the trail');

SET SESSION AUTHORIZATION ann;
SELECT is(proofdesk.request_reissue('r1', 'agent', 'desk', '{"id": "REQ-1", "comm_id": "EXS-1", "mode": "resend",
    "reason": "lost", "channel": "email", "destination": "jane@example.com"}') ->> 'status', 'pending_approval',
    'a resend of a withdrawn letter needs approval');
SELECT throws_ok($$SELECT proofdesk.withdraw_facts('w5', 'desk', ARRAY['EXS-2'], 'gone')$$, '42501', NULL,
                 'an agent withdraws nothing');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION rita;
SELECT is(proofdesk.decide_disposition('d1', 'records', 'desk', 'B1', ARRAY['EXS-3'], 'due') -> 'disposed', '[]'::jsonb,
          'a letter outside the publisher''s scope is not disposed of (a hold placed in its repository since is unseen)');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION pub;
INSERT INTO proofdesk.facts_staging(comm_id, repository, business_keys, channel, destination, issued_at, retention_until)
VALUES ('EXS-3', 'drop', '{"customer_id": "CUST-3"}', 'email', 'kim@example.com', 1262304000000, 1577836800000);
SELECT proofdesk.publish_facts('p3', 'publisher-desk');
SELECT is((SELECT array_agg(comm_id) FROM proofdesk.withdrawn_facts()), ARRAY['EXS-1'],
          'published again (back in scope), it is known again');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
