-- Issue #24 item 1: resend without approval only to the server's original destination.
BEGIN;
SELECT plan(9);
\ir facts.psql

SET SESSION AUTHORIZATION ann;
SELECT is(proofdesk.request_reissue('r1', 'agent', 'desk', '{"id": "REQ-1", "comm_id": "EXS-1", "mode": "resend",
    "reason": "did not arrive", "channel": "email", "destination": "mallory@evil.example",
    "original_channel": "email", "original_destination": "mallory@evil.example"}') ->> 'status',
    'pending_approval', 'an original destination the desk declares counts for nothing: a new address needs approval');
SELECT is((SELECT original_destination FROM proofdesk.reissue_requests WHERE id = 'REQ-1'), 'jane@example.com',
    'the request keeps the server''s original destination');
SELECT is(proofdesk.request_reissue('r2', 'agent', 'desk', '{"id": "REQ-2", "comm_id": "EXS-1", "mode": "resend",
    "reason": "did not arrive", "channel": "email", "destination": "JANE@example.com"}') ->> 'status',
    'approved', 'a resend to the server''s original destination needs no approval');
SELECT is(proofdesk.request_reissue('r3', 'agent', 'desk', '{"id": "REQ-3", "comm_id": "EXS-9", "mode": "resend",
    "reason": "did not arrive", "channel": "email", "destination": "x@example.com",
    "original_channel": "email", "original_destination": "x@example.com"}') ->> 'status',
    'pending_approval', 'a communication the server has no facts about needs approval');
SELECT is(proofdesk.request_reissue('r4', 'agent', 'desk', '{"id": "REQ-4", "comm_id": "EXS-1", "mode": "resend",
    "reason": "by post", "channel": "print", "destination": "jane@example.com"}') ->> 'status',
    'pending_approval', 'another channel needs approval');
SELECT is(proofdesk.request_reissue('r5', 'agent', 'desk', '{"id": "REQ-5", "comm_id": "EXS-1", "mode": "resend",
    "reason": "r", "channel": "email", "destination": "jane@example.com", "needs_approval": false,
    "status": "approved", "requested_by": "carl"}') ->> 'requested_by',
    'ann', 'who asked is the login, not the request''s field');

-- Only the publisher writes facts.
SELECT throws_ok($$INSERT INTO proofdesk.facts_staging(comm_id, repository, channel, destination, issued_at)
                   VALUES ('EXS-1', 'drop', 'email', 'mallory@evil.example', 0)$$, '42501', NULL,
    'an agent cannot stage facts');
SELECT throws_ok($$SELECT proofdesk.publish_facts('p', 'desk')$$, '42501', NULL, 'an agent cannot publish facts');
SELECT throws_ok($$UPDATE proofdesk.comm_facts SET destination = 'mallory@evil.example'$$, '42501', NULL,
    'an agent cannot change facts');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
