-- Issue #24 items 2 and 3: disposition decided on the server's keys and retention end.
BEGIN;
SELECT plan(10);
\ir facts.psql

SET SESSION AUTHORIZATION rita;
SELECT lives_ok($$SELECT proofdesk.create_hold('h1', 'records', 'desk', 'HOLD-1', 'Dispute', NULL, 'claim',
                  'customer_id', 'CUST-1', NULL, '{}')$$, 'a scope hold on customer CUST-1');
SELECT throws_ok($$SELECT proofdesk.decide_disposition('d0', 'records', 'desk', 'B0', ARRAY['EXS-1'], '{}'::jsonb, 'due')$$,
    '42883', NULL, 'the form that took business keys from the desk is gone');
SELECT is(proofdesk.decide_disposition('d1', 'records', 'desk', 'B1', ARRAY['EXS-1', 'EXS-3'], 'due') -> 'disposed',
    '["EXS-3"]'::jsonb, 'an item under a scope hold by the server''s keys is not disposed of');
SELECT is((SELECT count(*) FROM proofdesk.disposition_decisions WHERE comm_id = 'EXS-1'), 0::bigint,
    'no decision for the held item');

SELECT is(proofdesk.decide_disposition('d2', 'records', 'desk', 'B2', ARRAY['EXS-2'], 'due') -> 'disposed',
    '[]'::jsonb, 'retention running to 2027 is not disposed of');
SELECT is((SELECT count(*) FROM proofdesk.disposition_decisions WHERE comm_id = 'EXS-2'), 0::bigint,
    'no decision row before retention ends');
SELECT is((SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'disposition.decide' AND object_id = 'B2'),
    0::bigint, 'no disposition.decide entry before retention ends');
SELECT is(proofdesk.decide_disposition('d3', 'records', 'desk', 'B3', ARRAY['EXS-9', 'EXS-4'], 'due') -> 'disposed',
    '[]'::jsonb, 'a communication the server does not know, or that its repository holds, is not disposed of');
SELECT is(proofdesk.decide_disposition('d4', 'records', 'desk', 'B4', ARRAY['exs-3'], 'again') -> 'already',
    '["exs-3"]'::jsonb, 'what the team decided before comes back as already decided, whatever the case');
SELECT is((SELECT batch_id FROM proofdesk.disposition_decisions WHERE comm_id = 'EXS-3'), 'B1',
    'the decision keeps the desk''s batch id');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
