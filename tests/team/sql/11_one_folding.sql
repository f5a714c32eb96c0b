-- Issue #38 "one folding" and item 9: the server folds text as the desks do (Qt's simple case
-- folding, proofdesk.fold), wherever it compares without case: business keys of scope holds,
-- ids, destinations. Every code point is checked against Qt by tst_teamfold.
BEGIN;
SELECT plan(12);
\ir facts.psql

SELECT is(ARRAY[proofdesk.fold('Épargne'), proofdesk.fold('ÉPARGNE'), proofdesk.fold('épargne')],
          ARRAY['épargne', 'épargne', 'épargne'], 'Épargne, ÉPARGNE and épargne are one');
SELECT isnt(proofdesk.fold('STRASSE'), proofdesk.fold('straße'),
            'STRASSE and straße are not: simple folding keeps ß (ẞ folds to it)');
SELECT is(proofdesk.fold('ẞ'), 'ß', 'the capital sharp s folds to ß');
SELECT is(ARRAY[proofdesk.fold('İ'), proofdesk.fold('ı'), proofdesk.fold('I')], ARRAY['İ', 'ı', 'i'],
          'the Turkish dotted capital I and dotless i fold to themselves, I to i (no Turkish rule)');
SELECT is(proofdesk.fold('K'), 'k', 'the Kelvin sign folds to k');

-- The rule "a resend to the original destination needs no approval" and the folding's words,
-- case for case: 15_rule_cases.sql, from the tables the desks' tests read (tests/rules).

-- A scope hold on a business key, folded: ÉPARGNE holds the letter published with Épargne.
SET SESSION AUTHORIZATION pub;
INSERT INTO proofdesk.facts_staging(comm_id, repository, business_keys, channel, destination, issued_at, retention_until)
VALUES ('EXS-5', 'drop', '{"business_unit": "Épargne"}', 'print', '1 High St', 1262304000000, 1577836800000);
SELECT proofdesk.publish_facts('facts-5', 'publisher-desk');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION rita;
SELECT lives_ok($$SELECT proofdesk.create_hold('h1', 'records', 'desk', 'HOLD-É', 'Unit', NULL, 'audit', 'business_unit',
                  'ÉPARGNE', NULL, '{}')$$, 'a scope hold on the unit ÉPARGNE');
SELECT is(proofdesk.decide_disposition('d1', 'records', 'desk', 'B1', ARRAY['EXS-5'], 'due') -> 'disposed', '[]'::jsonb,
          'holds the letter of Épargne: it is not disposed of');
SELECT throws_ok($$SELECT proofdesk.create_hold('h2', 'records', 'desk', 'hold-é', 'Again', NULL, 'r', NULL, NULL, NULL,
                   ARRAY['EXS-1'])$$, 'PDCFL', NULL, 'a hold id that differs only in case, past ASCII, is refused');
RESET SESSION AUTHORIZATION;

-- Request ids compare folded everywhere, the engine's end included (it did not).
SET SESSION AUTHORIZATION ann;
SELECT is(proofdesk.request_reissue('r1', 'agent', 'desk', '{"id": "REQ-É1", "comm_id": "exs-1", "mode": "resend",
    "reason": "lost", "channel": "email", "destination": "Jane@Example.com"}') ->> 'status', 'approved',
    'a resend to the original address, the id and address in other cases, needs no approval');
SELECT is(proofdesk.advance_reissue('a1', 'desk', 'req-é1', 'sent', NULL) ->> 'status', 'sent', 'sent, named in lower case');
SELECT is(proofdesk.end_reissue_by_engine('e1', 'desk', 'req-É1', 'cancelled', 'duplicate', NULL) ->> 'status', 'cancelled',
          'the engine''s end finds the request whatever the case of its id');
SELECT throws_ok($$SELECT proofdesk.request_reissue('r2', 'agent', 'desk', '{"id": "req-é1", "comm_id": "EXS-1",
    "mode": "resend", "reason": "again", "channel": "email"}')$$, 'PDCFL', NULL,
    'a new request id that differs only in case is refused');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
