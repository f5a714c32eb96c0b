-- Issue #38 "one rule, one answer": the server decides as the desks do, case for case, from the
-- same tables of cases the desks' tests read (tests/rules: tst_rulecases runs the reissue table
-- against the desk's rule and both stores, tst_foldcollation the folding table against Qt and
-- SQLite). A case added there is a case here.
BEGIN;
CREATE TEMP TABLE reissue_cases (what text, mode text, original_channel text, original_destination text,
                                 channel text, destination text, needs_approval boolean);
\copy reissue_cases FROM '../../rules/reissue_approval.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE fold_cases (what text, a text, b text, equal boolean);
\copy fold_cases FROM '../../rules/fold.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE matter_cases (what text, role text, member boolean, sees boolean);
\copy matter_cases FROM '../../rules/matter_access.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE person_cases (what text, a text, b text, same boolean);
\copy person_cases FROM '../../rules/same_person.csv' WITH (FORMAT csv, HEADER true)
SELECT plan((SELECT count(*)::int FROM reissue_cases) + (SELECT count(*)::int FROM fold_cases)
            + (SELECT count(*)::int FROM matter_cases) + (SELECT count(*)::int FROM person_cases) + 5);
SELECT cmp_ok((SELECT count(*)::int FROM person_cases), '>=', 10, 'the table of same-person cases was read');
SELECT cmp_ok((SELECT count(*)::int FROM matter_cases), '>=', 5, 'the table of matter access cases was read');
SELECT cmp_ok((SELECT count(*)::int FROM reissue_cases), '>=', 10, 'the table of reissue cases was read');
SELECT cmp_ok((SELECT count(*)::int FROM fold_cases), '>=', 10, 'the table of folding cases was read');

-- An original the team has no facts about is "not known": the empty channel of its row.
SELECT is(proofdesk.resend_needs_approval(mode, channel, destination, original_channel IS NOT NULL, original_channel,
                                          original_destination), needs_approval, 'reissue: ' || what)
FROM reissue_cases;

SELECT is(proofdesk.fold(a) = proofdesk.fold(b), equal, 'fold: ' || what) FROM fold_cases;

-- Who is the same person (domain::samePerson): the four-eyes rule asks it.
SELECT is(proofdesk.same_person(a, b), same, 'same person: ' || what) FROM person_cases;

-- Who sees a matter (records::MatterAccess): each case asked as a login of its role, added to
-- the matter or not (the README's logins: carl added and cora not, compliance; rita records;
-- ann added and bob not, agents; adam admin).
CREATE FUNCTION pg_temp.sees(p_role text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RETURN jsonb_array_length(proofdesk.matter_list(p_role)) > 0;
EXCEPTION WHEN others THEN
    RETURN false;
END $$;
CREATE TEMP TABLE matter_seen (what text, sees boolean, seen boolean);
GRANT ALL ON matter_seen TO PUBLIC;
GRANT SELECT ON matter_cases TO PUBLIC;
-- Sequences do not roll back with the files before: the matter opened here is MAT-1.
SELECT 1 WHERE setval('proofdesk.matter_numbers', 1, false) IS NULL;
SET SESSION AUTHORIZATION carl;
SELECT 1 WHERE proofdesk.open_matter('rc1', 'compliance', 'desk', 'Cases', 'rule cases', '{}') IS NULL
            OR proofdesk.add_matter_member('rc2', 'compliance', 'desk', 'MAT-1', 'carl', 'rule case') IS NULL
            OR proofdesk.add_matter_member('rc3', 'compliance', 'desk', 'MAT-1', 'ann', 'rule case') IS NULL;
INSERT INTO matter_seen SELECT what, sees, pg_temp.sees(role) FROM matter_cases WHERE role = 'compliance' AND member;
SET SESSION AUTHORIZATION cora;
INSERT INTO matter_seen SELECT what, sees, pg_temp.sees(role) FROM matter_cases WHERE role = 'compliance' AND NOT member;
SET SESSION AUTHORIZATION rita;
INSERT INTO matter_seen SELECT what, sees, pg_temp.sees(role) FROM matter_cases WHERE role = 'records';
SET SESSION AUTHORIZATION ann;
INSERT INTO matter_seen SELECT what, sees, pg_temp.sees(role) FROM matter_cases WHERE role = 'agent' AND member;
SET SESSION AUTHORIZATION bob;
INSERT INTO matter_seen SELECT what, sees, pg_temp.sees(role) FROM matter_cases WHERE role = 'agent' AND NOT member;
SET SESSION AUTHORIZATION adam;
INSERT INTO matter_seen SELECT what, sees, pg_temp.sees(role) FROM matter_cases WHERE role = 'admin';
RESET SESSION AUTHORIZATION;
SELECT is((SELECT count(*)::int FROM matter_seen), (SELECT count(*)::int FROM matter_cases),
          'every matter access case was asked');
SELECT is(seen, sees, 'matter access: ' || what) FROM matter_seen;

SELECT * FROM finish();
ROLLBACK;
