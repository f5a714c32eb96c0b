-- Issue #24 item 6: two teams on one cluster share no role, and only the team connects.
BEGIN;
SELECT plan(9);

SELECT ok((SELECT bool_and(position(current_database() IN rolname::text) > 0) FROM proofdesk.team_roles),
          'every role of the team carries the database''s name');
SELECT ok(NOT has_database_privilege('outsider', current_database(), 'CONNECT'),
          'a login of the cluster without a team role cannot connect');
SELECT ok(NOT has_database_privilege('oldcomp', current_database(), 'CONNECT'),
          'nor can a member of the cluster''s shared proofdesk_compliance role');
SELECT ok(has_database_privilege('ann', current_database(), 'CONNECT'), 'a member connects');
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) x
                      WHERE d.datname = current_database() AND x.grantee = 0),
          'PUBLIC has no right on the database');

SET SESSION AUTHORIZATION oldcomp;
SELECT throws_ok($$SELECT * FROM proofdesk.holds$$, '42501', NULL, 'the shared cluster role reads nothing here');
SELECT throws_ok($$SELECT proofdesk.record(NULL, 'compliance', 'search', 'done', 'search', NULL, NULL, NULL, NULL, 'd')$$,
                 '42501', NULL, 'nor calls anything');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION adam;
SELECT throws_ok($$SELECT proofdesk.add_user('u1', 'admin', 'd', 'eve', NULL, ARRAY['superuser'])$$, 'PDINV', NULL,
                 'a role outside the team''s is no role');
SELECT is(proofdesk.add_user('u2', 'admin', 'd', 'fay_' || txid_current(), NULL, ARRAY['publisher']) -> 'roles',
          '["publisher"]'::jsonb, 'an admin adds a publisher');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
