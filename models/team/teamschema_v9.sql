-- Proofdesk team database, migration 9 (issue #65 item 2): every call's texts bounded before any
-- lock, in the four places every call passes through.
-- Runs once, in one transaction, as the database's owner. Never edit a migration that has
-- shipped: add the next one.
--
-- Migration 7 bounded record()'s texts; the other calls a member may make took the trail's head
-- (append_entry) and the rows they change with texts of any length: a key of a megabyte went
-- into applied_actions' index, a reason or an object id into the trail with its head locked, a
-- role into every role comparison, a destination of 200,000 characters into plan_reissue's
-- folding (17.9 s). The bounds are the desk's (sync/fieldbounds.h: keys 1,024 characters, notes
-- 16,384; an object id may be a search's query, at most 2,000): applied() bounds the key, which
-- every call asks first; require_role() the role; append_entry() what goes into the trail, at its
-- start, before it takes the head; plan_reissue() what it folds. A state before or after is made
-- by the server (a hold's items), so it is not bounded here.

CREATE OR REPLACE FUNCTION proofdesk.applied(p_key text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
DECLARE result jsonb;
BEGIN
    PERFORM bounded(p_key, 1024, 'A key');
    PERFORM end_stalled_sessions();
    IF coalesce(p_key, '') = '' THEN
        RETURN NULL;
    END IF;
    INSERT INTO applied_actions(login, key, result, at) VALUES (session_user, p_key, NULL, now_ms())
    ON CONFLICT (login, key) DO NOTHING;
    IF FOUND THEN
        RETURN NULL; -- the first attempt: this call applies it
    END IF;
    SELECT a.result INTO result FROM applied_actions a WHERE a.key = p_key AND a.login = session_user;
    RETURN result;
END $$;

CREATE OR REPLACE FUNCTION proofdesk.require_role(p_role text, p_allowed text[], p_what text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
BEGIN
    PERFORM bounded(p_role, 100, 'A role');
    IF p_role IS NULL OR NOT (p_role = ANY (p_allowed)) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s may not %s: that needs the role %s.', session_user, p_what,
                             array_to_string(p_allowed, ' or '));
    END IF;
    IF holds_team_role(p_role) AND granted_team_role('publisher') THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s is the team''s publisher and may not %s: a publishing login acts in no person''s '
                             'role (it would publish a letter''s destination and then act on it, with nobody else '
                             'looking). The admin gives the person a login of their own.', session_user, p_what);
    END IF;
    IF NOT is_member(p_role) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s is not a member of %s on this team database, so may not %s.',
                             session_user, coalesce(team_role(p_role)::text, p_role), p_what);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION proofdesk.append_entry(p_role text, p_action text, p_outcome text, p_object_type text,
                                                  p_object_id text, p_reason text, p_before text, p_after text,
                                                  p_device text) RETURNS proofdesk.audit_entries
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    head proofdesk.audit_head;
    e proofdesk.audit_entries;
BEGIN
    PERFORM bounded(p_role, 100, 'A role'), bounded(p_action, 100, 'An action'),
            bounded(p_outcome, 100, 'An outcome'), bounded(p_object_type, 100, 'An object type'),
            bounded(p_object_id, 2000, 'An object id'), bounded(p_reason, 16384, 'A reason'),
            bounded(p_device, 1024, 'A device');
    IF nullif(p_before, '') IS NOT NULL THEN PERFORM p_before::jsonb; END IF; -- must be JSON
    IF nullif(p_after, '') IS NOT NULL THEN PERFORM p_after::jsonb; END IF;
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    e.seq := head.seq + 1;
    e.at := now_ms();
    e."user" := session_user;
    e.role := p_role;
    e.action := p_action;
    e.outcome := coalesce(p_outcome, 'done');
    e.object_type := coalesce(p_object_type, '');
    e.object_id := p_object_id;
    e.reason := nullif(p_reason, '');
    e.before := nullif(p_before, '');
    e.after := nullif(p_after, '');
    e.device := coalesce(nullif(p_device, ''), 'server');
    e.prev_hash := head.hash;
    e.hash := encode(sha256(convert_to(e.prev_hash || canonical_entry(e), 'UTF8')), 'hex');
    INSERT INTO audit_entries SELECT e.*;
    UPDATE audit_head SET seq = e.seq, hash = e.hash WHERE id = 1;
    PERFORM pg_notify('proofdesk_audit', e.seq::text);
    RETURN e;
END $$;

CREATE OR REPLACE FUNCTION proofdesk.plan_reissue(p_role text, p_comm_id text, p_mode text, p_channel text,
                                                  p_destination text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
DECLARE f comm_facts;
BEGIN
    PERFORM bounded(p_comm_id, 400, 'A communication id'), bounded(p_mode, 100, 'A mode'),
            bounded(p_channel, 100, 'A channel'), bounded(p_destination, 1024, 'A destination');
    PERFORM require_role(p_role, ARRAY['agent', 'compliance'], 'request a reissue');
    f := facts_of(p_comm_id);
    RETURN jsonb_build_object(
        'known', f.comm_id IS NOT NULL,
        'original_channel', f.channel,
        'original_destination', f.destination,
        'needs_approval', resend_needs_approval(p_mode, p_channel, p_destination, f.comm_id IS NOT NULL,
                                                f.channel, f.destination));
END $$;
