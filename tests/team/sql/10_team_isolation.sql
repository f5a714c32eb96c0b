-- Issue #39 item 1: a second team's owner took over the first. Nobody of a team holds
-- CREATEROLE now: the team's admin manages its logins only through add_user(), whose owner (the
-- cluster's steward) checks the team, and reaches no other team's roles or logins. Another
-- team lives on this cluster (tst_teamrules makes it: its roles, and bea, one of its agents).
BEGIN;
SELECT plan(12);

SET SESSION AUTHORIZATION adam;
SELECT throws_ok($$CREATE ROLE mallory LOGIN$$, '42501', NULL, 'a team''s admin creates no role by hand');
SELECT throws_ok($$ALTER ROLE carl PASSWORD 'taken-over'$$, '42501', NULL,
                 'nor changes a member''s password (and signs in as her)');
SELECT throws_ok(format('GRANT %I TO adam', (SELECT rolname FROM pg_roles WHERE rolname LIKE 'pd\_%\_admin'
                                            AND rolname <> proofdesk.team_role('admin') LIMIT 1)),
                 '42501', NULL, 'nor gives himself another team''s admin role');
SELECT throws_ok(format('SET ROLE %I', (SELECT rolname FROM pg_roles WHERE rolname LIKE 'pd\_%\_admin'
                                       AND rolname <> proofdesk.team_role('admin') LIMIT 1)),
                 '42501', NULL, 'nor acts as it');
SELECT throws_ok(format('GRANT %I TO bea', proofdesk.team_role('compliance')), '42501', NULL,
                 'nor pulls another team''s login into his own team by hand');
SELECT throws_ok($$SELECT proofdesk.add_user('i1', 'admin', 'd', 'bea', NULL, ARRAY['compliance'])$$, 'PDCFL', NULL,
                 'nor through add_user: a login of another team is not his to add');
SELECT throws_ok($$SELECT proofdesk.add_user('i2', 'admin', 'd', 'pd_later_admin', NULL, ARRAY['agent'])$$, 'PDINV', NULL,
                 'a login may not take the name of a team''s role (a team made later would find it taken)');
SELECT lives_ok($$SELECT proofdesk.add_user('i3', 'admin', 'd', 'newbie', 'pw', ARRAY['agent'])$$,
                'add_user makes a login of this team');
RESET SESSION AUTHORIZATION;

SELECT is((SELECT array_agg(g.rolname::text) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
           JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'newbie'),
          ARRAY[proofdesk.team_role('agent')::text], 'in this team''s role alone');
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_database d WHERE d.datname <> current_database() AND d.datname LIKE 'team\_%'
                      AND has_database_privilege('newbie', d.datname, 'CONNECT')),
          'which connects to no other team''s database');

SELECT is((SELECT count(*) FROM proofdesk.role_managers()), 0::bigint,
          'nobody but the database''s owner can change the team''s logins');
CREATE ROLE old_style_owner LOGIN CREATEROLE;
SELECT is((SELECT array_agg(login) FROM proofdesk.role_managers()), ARRAY['old_style_owner'],
          'a login with CREATEROLE (as the old README had each team''s owner) is named: it could take any team over');

SELECT * FROM finish();
ROLLBACK;
