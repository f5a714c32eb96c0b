-- Proofdesk team database, migration 7 (issue #65 item 3): one rule for who is the same person.
-- Runs once, in one transaction, as the database's owner. Never edit a migration that has
-- shipped: add the next one.
--
-- The four-eyes rule compared logins with lower(), which on a database whose LC_CTYPE is C
-- lowers ASCII only: Ömer approved ömer's request, ǅemal ǆemal's, Kim (with the Kelvin sign)
-- kim's, ΣΟΦΙΑ σοφια's. Two logins are one person when they are equal in normal form C and
-- folded as every other value is (proofdesk.fold(), Qt's simple case folding): the desk's
-- domain::samePerson(), held to the same cases by tests/rules/same_person.csv
-- (tests/team/sql/15_rule_cases.sql here, tst_rulecases on the desk).

CREATE FUNCTION proofdesk.person_key(p_login text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT proofdesk.fold(normalize(p_login, NFC))
$$;

CREATE FUNCTION proofdesk.same_person(p_a text, p_b text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT proofdesk.person_key(p_a) = proofdesk.person_key(p_b)
$$;

CREATE OR REPLACE FUNCTION proofdesk.approve_reissue_by_id(p_key text, p_role text, p_device text, p_id text,
                                                           p_note text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
DECLARE done jsonb := applied(p_key); r reissue_requests;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'approve a reissue');
    SELECT * INTO r FROM reissue_requests WHERE id = p_id FOR UPDATE;
    IF FOUND AND same_person(r.requested_by, session_user) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s requested reissue %s and cannot approve it: nobody approves their own '
                             'request. Another compliance officer must approve it.', r.requested_by, r.id);
    END IF;
    UPDATE reissue_requests SET approved_by = session_user, approved_at = now_ms() WHERE id = p_id
        AND status = 'pending_approval';
    RETURN remember(p_key, reissue_status(NULL, p_role, p_device, p_id, ARRAY['pending_approval'], 'approved',
                                          'reissue.approve', coalesce(nullif(p_note, ''), 'approved'), p_note));
END $$;

CREATE OR REPLACE FUNCTION proofdesk.cancel_reissue_by_id(p_key text, p_role text, p_device text, p_id text,
                                                          p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
DECLARE done jsonb := applied(p_key); r reissue_requests;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    SELECT * INTO r FROM reissue_requests WHERE id = p_id;
    -- The requester withdraws their own; a compliance officer may cancel anyone's.
    IF FOUND AND same_person(r.requested_by, session_user) THEN
        PERFORM require_role(p_role, ARRAY['agent', 'compliance'], 'withdraw a reissue request');
    ELSE
        PERFORM require_role(p_role, ARRAY['compliance'], 'cancel another person''s reissue request');
    END IF;
    IF coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'Cancelling a reissue request needs a reason.';
    END IF;
    RETURN remember(p_key, reissue_status(NULL, p_role, p_device, p_id,
                                          ARRAY['draft', 'pending_approval', 'approved'], 'cancelled',
                                          'reissue.cancel', trim(p_reason), NULL));
END $$;

CREATE OR REPLACE FUNCTION proofdesk.speaks_for_reissue(r proofdesk.reissue_requests) RETURNS boolean
LANGUAGE sql STABLE SET search_path = proofdesk, pg_temp AS $$
    SELECT is_member('publisher') OR (same_person(session_user, coalesce(reissue_sender(r), ''))
                                      AND (is_member('agent') OR is_member('compliance')))
$$;

CREATE OR REPLACE FUNCTION proofdesk.may_see_matter(p_role text, p_matter text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
    SELECT is_member(p_role) AND (p_role IN ('compliance', 'records')
        OR (p_role = 'agent' AND EXISTS (SELECT 1 FROM matter_members m
                                         WHERE m.matter_id = p_matter AND same_person(m.login, session_user))))
$$;

REVOKE ALL ON FUNCTION proofdesk.person_key, proofdesk.same_person FROM PUBLIC;
DO $$
DECLARE
    everyone text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles);
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.person_key, proofdesk.same_person TO %s', everyone);
END $$;

-- Issue #65 item 2, for record(): its texts are bounded before anything else, as the desk bounds
-- a record's fields (sync/fieldbounds.h: keys 1,024 characters, notes 16,384; an object id may be
-- a search's query, at most 2,000). An object id of 573,923 characters was folded for
-- audit_object_fold with the trail's head locked: 16 s, then "index row requires 19752 bytes".
CREATE OR REPLACE FUNCTION proofdesk.record(p_key text, p_role text, p_action text, p_outcome text,
                                            p_object_type text, p_object_id text, p_reason text, p_before text,
                                            p_after text, p_device text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
DECLARE done jsonb; allowed text[];
BEGIN
    PERFORM bounded(p_key, 1024, 'A key'), bounded(p_role, 100, 'A role'), bounded(p_action, 100, 'An action'),
            bounded(p_outcome, 100, 'An outcome'), bounded(p_object_type, 100, 'An object type'),
            bounded(p_object_id, 2000, 'An object id'), bounded(p_reason, 16384, 'A reason'),
            bounded(p_before, 1048576, 'A state before'), bounded(p_after, 1048576, 'A state after'),
            bounded(p_device, 1024, 'A device');
    done := applied(p_key);
    IF done IS NOT NULL THEN RETURN done; END IF;
    IF p_role IS NULL OR NOT is_member(p_role) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s is not a member of %s.', session_user, coalesce(team_role(p_role)::text, p_role));
    END IF;
    IF coalesce(p_outcome, 'done') = 'refused' THEN
        IF NOT EXISTS (SELECT 1 FROM refusable_actions WHERE action = p_action) THEN
            RAISE EXCEPTION USING ERRCODE = 'PDINV',
                MESSAGE = format('"%s" is not an action of Proofdesk, so no refusal of it can be recorded.', p_action);
        END IF;
    ELSIF p_outcome IS DISTINCT FROM 'done' AND p_outcome IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = format('"%s" is not an outcome.', p_outcome);
    ELSE
        SELECT roles INTO allowed FROM recordable_actions WHERE action = p_action;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'PDREF',
                MESSAGE = format('%s is recorded by the team database when it is done, not by a client.', p_action);
        END IF;
        IF NOT (p_role = ANY (allowed)) THEN
            RAISE EXCEPTION USING ERRCODE = 'PDREF',
                MESSAGE = format('%s is not recorded in the role %s: that needs the role %s.', p_action, p_role,
                                 array_to_string(allowed, ' or '));
        END IF;
    END IF;
    RETURN remember(p_key, to_jsonb(append_entry(p_role, p_action, p_outcome, p_object_type, p_object_id,
                                                 p_reason, p_before, p_after, p_device)));
END $$;
