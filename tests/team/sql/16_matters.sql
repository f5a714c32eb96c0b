-- Issue #61: matters, written as the attacker would. Compliance opens and produces, an agent
-- sees nothing of a matter until added to it, nobody reads or writes the tables, a review
-- made meanwhile is refused, texts are bounded before anything is locked, a hold names a
-- matter, and production numbers are never reserved twice.
BEGIN;
SELECT plan(20);
-- Sequences do not roll back with the files before: the matter opened here is MAT-1.
SELECT 1 WHERE setval('proofdesk.matter_numbers', 1, false) IS NULL;

SET SESSION AUTHORIZATION carl;
SELECT lives_ok($$SELECT proofdesk.open_matter('m1', 'compliance', 'desk', 'Complaint 88', 'Ombudsman', '{}')$$,
                'compliance opens a matter');
SELECT lives_ok($$SELECT proofdesk.add_matter_search('m2', 'compliance', 'desk', 'MAT-1', 'issued:2026',
                                                     ARRAY['EXS-1', 'EXS-2', 'exs-1'])$$,
                'its search freezes the ids found');
SELECT is((SELECT (proofdesk.matter_show('compliance', 'mat-1') -> 'review' ->> 'items')::int), 2,
          'the review set holds each letter once, however its id is written');
SELECT is((SELECT proofdesk.matter_show('compliance', 'MAT-1') -> 'searches' -> 0 ->> 'ids_sha256'),
          encode(sha256(convert_to(E'EXS-1\nEXS-2\nexs-1\n', 'UTF8')), 'hex'),
          'the server hashes the ids itself, in the order found');
SELECT throws_ok($$SELECT proofdesk.open_matter('m3', 'compliance', 'desk', repeat('x', 100000), 'r', '{}')$$,
                 'PDINV', NULL, 'a title past its bound is refused before anything is locked');
SELECT throws_ok($$SELECT proofdesk.open_matter('m4', 'compliance', 'desk', 't', 'r', ARRAY['a', 'A'])$$,
                 'PDINV', NULL, 'a tag named twice (folded) is refused');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION ann;
SELECT throws_ok($$SELECT proofdesk.open_matter('a1', 'agent', 'desk', 'Mine', 'why', '{}')$$, 'PDREF', NULL,
                 'an agent opens no matter');
SELECT is(proofdesk.matter_list('agent'), '[]'::jsonb, 'an agent not added lists no matter');
SELECT throws_ok($$SELECT proofdesk.matter_show('agent', 'MAT-1')$$, 'PDNFD', NULL,
                 'nor shows it, as if there were none');
SELECT throws_ok($$SELECT proofdesk.matter_show('compliance', 'MAT-1')$$, 'PDREF', NULL,
                 'nor claims a role the login lacks');
SELECT throws_ok($$SELECT proofdesk.tag_matter_item('a2', 'agent', 'desk', 'MAT-1', 'EXS-1', ARRAY['relevant'], NULL,
                                                    false, NULL)$$, 'PDNFD', NULL, 'nor tags its letters');
SELECT throws_ok($$SELECT * FROM proofdesk.matters$$, '42501', NULL, 'nor reads the table');
SELECT throws_ok($$UPDATE proofdesk.matter_items SET tags = '["relevant"]'$$, '42501', NULL,
                 'nor writes a review past the functions');
SELECT throws_ok($$SELECT proofdesk.insert_matter('agent', 'd', 't', 'r', '[]', 'w', NULL)$$, '42501', NULL,
                 'nor calls the functions behind them');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION carl;
SELECT lives_ok($$SELECT proofdesk.add_matter_member('m5', 'compliance', 'desk', 'MAT-1', 'ANN', 'answers it')$$,
                'compliance adds the agent');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION ann;
SELECT lives_ok($$SELECT proofdesk.tag_matter_item('a3', 'agent', 'desk', 'MAT-1', 'exs-1', ARRAY['Relevant'], NULL,
                                                   false, 0)$$, 'the agent added tags its letters');
SELECT throws_ok($$SELECT proofdesk.tag_matter_item('a4', 'agent', 'desk', 'MAT-1', 'EXS-1', ARRAY['escalate'], NULL,
                                                    false, 0)$$, 'PDCFL', NULL,
                 'a review on the revision read before another''s is refused');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION rita;
SELECT throws_ok($$SELECT proofdesk.create_hold('h1', 'records', 'desk', 'HOLD-X', 'Lit', 'Smith v. Bank', 'court',
                                                NULL, NULL, NULL, ARRAY['EXS-1'])$$, 'PDNFD', NULL,
                 'a hold naming a matter in free text is refused');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION carl;
SELECT is((SELECT (proofdesk.start_production('p1', 'compliance', 'desk', 'MAT-1', 'ACME-', NULL, '/a', 5, 'k')
                   ->> 'first_number')::int)
          + (SELECT (proofdesk.start_production('p2', 'compliance', 'desk', 'MAT-1', 'ACME-', NULL, '/b', 5, 'k2')
                     ->> 'first_number')::int), 1 + 6,
          'two productions of a matter reserve numbers one after the other');
SELECT throws_ok($$SELECT proofdesk.start_production('p3', 'compliance', 'desk', 'MAT-1', 'A/B', NULL, '/c', 1, 'k3')$$,
                 'PDINV', NULL, 'a prefix that would make a path is refused');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
