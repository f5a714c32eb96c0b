-- Issue #65 item 2: record()'s texts are bounded before any lock is taken. An object id of
-- 573,923 characters held the trail's head 16 s while it was folded, and failed after.
BEGIN;
SELECT plan(4);
SET SESSION AUTHORIZATION ann;
SELECT throws_ok($$SELECT proofdesk.record(NULL, 'agent', 'search', 'done', 'search', repeat(U&'\AB70', 573923),
                                           NULL, NULL, NULL, 'psql')$$,
                 'PDINV', 'An object id has at most 2000 characters; this one has 573923.',
                 'a huge object id is refused before anything else');
SELECT throws_ok($$SELECT proofdesk.record(NULL, 'agent', 'search', 'done', 'search', 'q', repeat('r', 20000),
                                           NULL, NULL, 'psql')$$,
                 'PDINV', 'A reason has at most 16384 characters; this one has 20000.', 'so is a huge reason');
SELECT lives_ok($$SELECT proofdesk.record(NULL, 'agent', 'search', 'done', 'search', repeat('q', 2000), NULL, NULL,
                                          NULL, 'psql')$$,
                'a search of the longest query the desk takes is recorded');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT count(*)::int FROM proofdesk.audit_entries WHERE action = 'search' AND length(object_id) > 2000), 0,
          'nothing longer reached the trail');
SELECT * FROM finish();
ROLLBACK;
