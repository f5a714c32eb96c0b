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
