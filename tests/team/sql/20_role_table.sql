-- Issue #65 item 5: the role table was written twice, on the desk (records/roles.cpp) and here
-- (each function's require_role, the roles of each action a desk records), with no shared
-- cases. Both are held to tests/rules/roles.csv: tst_rulecases asks the desk, this file the
-- server, each row as a login of each role (ann agent, carl compliance, rita records, adam admin).
BEGIN;
CREATE TEMP TABLE role_cases (what text, agent boolean, compliance boolean, records boolean, admin boolean);
\copy role_cases FROM '../../rules/roles.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE role_rows AS
SELECT what, r.role, r.allowed
FROM role_cases,
     LATERAL (VALUES ('agent', agent), ('compliance', compliance), ('records', records), ('admin', admin)) AS r(role, allowed);
CREATE TEMP TABLE role_seen (what text, role text, allowed boolean, seen boolean);
GRANT ALL ON role_seen TO PUBLIC;
GRANT SELECT ON role_rows TO PUBLIC;
SELECT plan((SELECT count(*)::int FROM role_rows WHERE what <> 'retention.extend') + 2);
SELECT cmp_ok((SELECT count(*)::int FROM role_cases), '>=', 20, 'the role table was read');

-- Whether the server takes the session's login, in p_role, past the role check of p_action (a
-- row of the table; NULL: the team has no such action). The call names nothing that exists, so
-- one let past fails later or does nothing that outlives this rolled-back transaction; one
-- refused says "that needs the role" (require_role, and record() for what a desk records).
CREATE FUNCTION pg_temp.passes(p_action text, p_role text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE k text := 'role-table-' || p_action || '-' || p_role;
BEGIN
    CASE p_action
    WHEN 'retention.extend' THEN
        RETURN NULL; -- a retention is extended in a desk's own folder only
    WHEN 'reissue.request' THEN
        PERFORM proofdesk.request_reissue(k, p_role, 'desk', '{}'::jsonb);
    WHEN 'reissue.approve' THEN
        PERFORM proofdesk.approve_reissue(k, p_role, 'desk', 'RR-none', 'n');
    WHEN 'finding.review' THEN
        PERFORM proofdesk.review_finding(k, p_role, 'desk', 'undelivered', 'NONE-1', 'n');
    WHEN 'exception_case.open' THEN
        PERFORM proofdesk.open_exception_case(k, p_role, 'desk', 'EC-none', 'undelivered', 'NONE-1', 'r', 1);
    WHEN 'hold.apply' THEN
        PERFORM proofdesk.create_hold(k, p_role, 'desk', 'H-none', 'n', NULL, 'r', NULL, NULL, NULL, '{}'::text[]);
    WHEN 'hold.release' THEN
        PERFORM proofdesk.release_hold(k, p_role, 'desk', 'H-none', 'r');
    WHEN 'disposition.approve' THEN
        PERFORM proofdesk.decide_disposition(k, p_role, 'desk', 'B-none', '{}'::text[], 'r');
    WHEN 'role.grant' THEN
        PERFORM proofdesk.add_user(k, p_role, 'desk', 'role_table_nobody', 'a password', ARRAY['agent']);
    WHEN 'matter.manage' THEN
        PERFORM proofdesk.open_matter(k, p_role, 'desk', 't', 'r', '{}'::text[]);
    WHEN 'matter.review' THEN
        PERFORM proofdesk.matter_list(p_role);
    WHEN 'matter.produce' THEN
        PERFORM proofdesk.start_production(k, p_role, 'desk', 'MAT-none', 'P', NULL, '/p', 0, k);
    WHEN 'repository.configure' THEN
        PERFORM proofdesk.record(k, p_role, 'repository.add', 'done', 'repository', 'r', NULL, NULL, NULL, 'desk');
    ELSE -- what a desk does and records: search, views, exports, findings, settings
        PERFORM proofdesk.record(k, p_role, p_action, 'done', 'test', 'x', NULL, NULL, NULL, 'desk');
    END CASE;
    RETURN true;
EXCEPTION
    WHEN insufficient_privilege THEN -- a function no member may call: asked the wrong way here
        RAISE EXCEPTION '% as %: %', p_action, p_role, SQLERRM;
    WHEN others THEN
        RETURN SQLERRM NOT LIKE '%that needs the role%';
END $$;

SET SESSION AUTHORIZATION ann;
INSERT INTO role_seen SELECT what, role, allowed, pg_temp.passes(what, role) FROM role_rows WHERE role = 'agent';
SET SESSION AUTHORIZATION carl;
INSERT INTO role_seen SELECT what, role, allowed, pg_temp.passes(what, role) FROM role_rows WHERE role = 'compliance';
SET SESSION AUTHORIZATION rita;
INSERT INTO role_seen SELECT what, role, allowed, pg_temp.passes(what, role) FROM role_rows WHERE role = 'records';
SET SESSION AUTHORIZATION adam;
INSERT INTO role_seen SELECT what, role, allowed, pg_temp.passes(what, role) FROM role_rows WHERE role = 'admin';
RESET SESSION AUTHORIZATION;

SELECT is((SELECT string_agg(DISTINCT what, ', ') FROM role_seen WHERE seen IS NULL), 'retention.extend',
          'the one action of the table a team does not take');
SELECT is(seen, allowed, what || ' as ' || role) FROM role_seen WHERE seen IS NOT NULL ORDER BY what, role;

SELECT * FROM finish();
ROLLBACK;
