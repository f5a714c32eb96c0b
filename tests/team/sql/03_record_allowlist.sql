-- Issue #24 item 4: record() takes reads and views only, by exact name.
BEGIN;
SELECT plan(16);

SET SESSION AUTHORIZATION ann;
SELECT throws_ok(format($$SELECT proofdesk.record(NULL, 'agent', %L, 'done', 'audit', NULL, NULL, NULL, NULL, 'd')$$, a),
                 'PDREF', NULL, format('an agent cannot record %s', a))
FROM unnest(ARRAY['audit.anchor', 'exception_case.open', 'role.grant', 'retention.extend', 'settings.change',
                  'repository.configure', 'Hold.release', 'hold .release', 'hold.release', 'disposition.decide',
                  'facts.publish']) AS a;
SELECT lives_ok($$SELECT proofdesk.record(NULL, 'agent', 'communication.view', 'done', 'communication', 'EXS-1',
                  NULL, NULL, NULL, 'd')$$, 'an agent records a view');
SELECT throws_ok($$SELECT proofdesk.record(NULL, 'agent', 'no.such', 'refused', 'x', NULL, NULL, NULL, NULL, 'd')$$,
                 'PDINV', NULL, 'a refusal names an action Proofdesk knows');
SELECT throws_ok($$SELECT proofdesk.record(NULL, 'compliance', 'search', 'done', 'search', NULL, NULL, NULL, NULL, 'd')$$,
                 'PDREF', NULL, 'not in a role the login lacks');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION carl;
SELECT throws_ok($$SELECT proofdesk.record(NULL, 'compliance', 'exception_case.open', 'done', 'communication', 'EXS-1',
                  'x', NULL, NULL, 'd')$$, 'PDREF', NULL, 'not even a compliance officer records a case by hand');
SELECT lives_ok($$SELECT proofdesk.open_exception_case('c1', 'compliance', 'd', 'CASE-1', 'undelivered', 'EXS-1',
                  'bounced twice', NULL)$$, 'a compliance officer opens a case through its function');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
