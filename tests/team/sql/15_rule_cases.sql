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
SELECT plan((SELECT count(*)::int FROM reissue_cases) + (SELECT count(*)::int FROM fold_cases) + 2);
SELECT cmp_ok((SELECT count(*)::int FROM reissue_cases), '>=', 10, 'the table of reissue cases was read');
SELECT cmp_ok((SELECT count(*)::int FROM fold_cases), '>=', 10, 'the table of folding cases was read');

-- An original the team has no facts about is "not known": the empty channel of its row.
SELECT is(proofdesk.resend_needs_approval(mode, channel, destination, original_channel IS NOT NULL, original_channel,
                                          original_destination), needs_approval, 'reissue: ' || what)
FROM reissue_cases;

SELECT is(proofdesk.fold(a) = proofdesk.fold(b), equal, 'fold: ' || what) FROM fold_cases;

SELECT * FROM finish();
ROLLBACK;
