-- Issue #38 item 8: one login was publisher and agent: it re-published a letter's destination
-- and resent there with no approval. A publishing login acts in no person's role, and a
-- person's login publishes nothing, whoever granted both (mixed: agent and publisher, given by
-- hand by the cluster's steward in tst_teamrules).
BEGIN;
SELECT plan(10);
\ir facts.psql

SET SESSION AUTHORIZATION mixed;
SELECT is(proofdesk.my_roles(), '{}'::text[], 'a login that is both has no person''s role');
SELECT ok(NOT proofdesk.am_publisher(), 'nor the publisher''s');
SELECT throws_ok($$SELECT proofdesk.request_reissue('r1', 'agent', 'desk', '{"id": "REQ-1", "comm_id": "EXS-1",
    "mode": "resend", "reason": "r", "channel": "email", "destination": "jane@example.com"}')$$, 'PDREF',
    'mixed is the team''s publisher and may not request a reissue: a publishing login acts in no person''s role (it would publish a letter''s destination and then act on it, with nobody else looking). The admin gives the person a login of their own.',
    'it requests no reissue, and is told why');
SELECT throws_ok($$SELECT proofdesk.record(NULL, 'agent', 'search', 'done', 'search', NULL, NULL, NULL, NULL, 'd')$$,
                 'PDREF', NULL, 'it records no search as an agent');
INSERT INTO proofdesk.facts_staging(comm_id, repository, channel, destination, issued_at)
VALUES ('EXS-1', 'drop', 'email', 'mallory@example.com', 0);
SELECT throws_ok($$SELECT proofdesk.publish_facts('p1', 'desk')$$, 'PDREF', NULL, 'it publishes no facts');
RESET SESSION AUTHORIZATION;

SELECT is((SELECT destination FROM proofdesk.comm_facts WHERE comm_id = 'EXS-1'), 'jane@example.com',
          'the original address stands');

SET SESSION AUTHORIZATION adam;
SELECT throws_ok($$SELECT proofdesk.add_user('u1', 'admin', 'd', 'both', NULL, ARRAY['publisher', 'agent'])$$, 'PDINV',
                 NULL, 'an admin gives no login both');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION pub;
SELECT lives_ok($$SELECT proofdesk.publish_facts('p2', 'desk')$$, 'the publisher alone still publishes');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION ann;
SELECT is(proofdesk.my_roles(), ARRAY['agent'], 'and an agent alone is an agent');
RESET SESSION AUTHORIZATION;

-- A superuser holds every role without being given it; what it was given counts (the owner of
-- a team made by a superuser, who ran team init, is its admin).
SELECT is(proofdesk.my_roles(), ARRAY['agent', 'compliance', 'records', 'admin'],
          'a superuser, given no role, is not taken for a publisher and a person at once');

SELECT * FROM finish();
ROLLBACK;
