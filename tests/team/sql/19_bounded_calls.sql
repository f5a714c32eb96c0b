-- Issue #65 item 2: every call's texts bounded before its locks (migration 9), where every call
-- passes: applied() the key, require_role() the role, append_entry() what goes into the trail
-- before it takes the head, plan_reissue() what it folds (a destination of 200,000 characters
-- took 17.9 s of the server's CPU).
BEGIN;
SELECT plan(7);
SET SESSION AUTHORIZATION rita;
SELECT throws_ok($$SELECT proofdesk.release_hold(repeat('k', 2000), 'records', 'desk', 'HOLD-A', 'settled')$$,
                 'PDINV', 'A key has at most 1024 characters; this one has 2000.', 'a huge key is refused first');
SELECT throws_ok($$SELECT proofdesk.release_hold('k1', repeat('r', 200), 'desk', 'HOLD-A', 'settled')$$,
                 'PDINV', 'A role has at most 100 characters; this one has 200.', 'so is a huge role');
SELECT throws_ok($$SELECT proofdesk.create_hold('k2', 'records', 'desk', 'HOLD-B', 'Dispute', NULL,
                                                repeat('r', 20000), NULL, NULL, NULL, ARRAY['EXS-1'])$$,
                 'PDINV', 'A reason has at most 16384 characters; this one has 20000.',
                 'a huge reason is refused before the trail''s head is taken');
SELECT throws_ok($$SELECT proofdesk.create_hold('k3', 'records', repeat('d', 2000), 'HOLD-C', 'Dispute', NULL,
                                                'claim', NULL, NULL, NULL, ARRAY['EXS-1'])$$,
                 'PDINV', 'A device has at most 1024 characters; this one has 2000.', 'so is a huge device');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION ann;
SELECT throws_ok($$SELECT proofdesk.plan_reissue('agent', 'EXS-1', 'resend', 'email', repeat(U&'\AB70', 200000))$$,
                 'PDINV', 'A destination has at most 1024 characters; this one has 200000.',
                 'a destination is bounded before it is folded');
SELECT lives_ok($$SELECT proofdesk.plan_reissue('agent', 'EXS-1', 'resend', 'email', repeat('a', 1000))$$,
                'a destination within the bound is planned');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT count(*)::int FROM proofdesk.holds WHERE id IN ('HOLD-B', 'HOLD-C')), 0, 'no hold was made');
SELECT * FROM finish();
ROLLBACK;
