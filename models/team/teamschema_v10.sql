-- Proofdesk team database, migration 10 (issue #65 item 2): folding that costs well under a
-- microsecond a character in every script.
-- Runs once, in one transaction, as the database's owner. Never edit a migration that has
-- shipped: add the next one.
--
-- Migration 4's fold() folded text past Latin-Greek-Cyrillic with one translate() over the
-- whole table: translate() scans its table for each character, about 9.5 µs a character for
-- 1,428 entries (a member's 573,923-character object id held the trail's head for seconds
-- before migration 9 bounded it). This migration's prelude (team/teamfold.h,
-- foldByLookupFunctionSql) makes proofdesk.fold_each, which looks each character up by its code
-- point in an array of what it folds to, and fold() sends it everything past Latin-1 that has something to fold. The
-- folding is the same code point for code point (tst_teamfold), so every index on fold() stays
-- valid.

REVOKE ALL ON FUNCTION proofdesk.fold_each FROM PUBLIC;
DO $$
DECLARE
    everyone text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles);
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.fold_each TO %s', everyone);
END $$;
