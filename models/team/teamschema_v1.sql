-- Proofdesk team database, migration 1 (DESIGN.md "The team database (PostgreSQL)").
-- Runs once, in one transaction, as the login that owns the team database. Never edit a
-- migration that has shipped: add the next one.
--
-- Who may do what is enforced here, for every client including psql:
--  * identity is session_user (the authenticated login), roles are memberships of the group
--    roles proofdesk_agent|compliance|records|admin;
--  * nobody but the owner has INSERT/UPDATE/DELETE/TRUNCATE on any table: every change goes
--    through a SECURITY DEFINER function below that checks the role and the records rule and
--    appends the audit entry in the same transaction;
--  * agents read only their own audit entries (row-level security).
-- Times are bigint milliseconds since the epoch (UTC) from the server's clock.

CREATE SCHEMA proofdesk;
REVOKE ALL ON SCHEMA proofdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA proofdesk TO proofdesk_agent, proofdesk_compliance, proofdesk_records, proofdesk_admin;

CREATE FUNCTION proofdesk.now_ms() RETURNS bigint LANGUAGE sql VOLATILE
AS $$ SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint $$;

-- The audit trail. seq has no gaps: appends serialize on the one row of audit_head.
CREATE TABLE proofdesk.audit_entries (
    seq         bigint PRIMARY KEY,
    at          bigint NOT NULL,
    "user"      text NOT NULL,
    role        text NOT NULL,
    action      text NOT NULL,
    outcome     text NOT NULL CHECK (outcome IN ('done', 'refused')),
    object_type text NOT NULL,
    object_id   text,
    reason      text,
    before      text,   -- canonical JSON (RFC 8785), as the client computed it
    after       text,
    device      text NOT NULL,
    prev_hash   text NOT NULL,
    hash        text NOT NULL
);
CREATE INDEX audit_user ON proofdesk.audit_entries(lower("user"), seq);
CREATE INDEX audit_object ON proofdesk.audit_entries(object_type, lower(object_id), seq);
CREATE TABLE proofdesk.audit_head (
    id   int PRIMARY KEY CHECK (id = 1),
    seq  bigint NOT NULL,
    hash text NOT NULL
);
INSERT INTO proofdesk.audit_head VALUES (1, 0, repeat('0', 64));

-- Actions already applied, by idempotency key: a client that retries (after a dropped
-- connection, or a kill between sending and recording) gets the first result back.
CREATE TABLE proofdesk.applied_actions (
    key    text PRIMARY KEY,
    login  text NOT NULL,
    result jsonb NOT NULL,
    at     bigint NOT NULL
);

CREATE TABLE proofdesk.holds (
    id             text PRIMARY KEY,
    name           text NOT NULL,
    matter         text,
    reason         text NOT NULL,
    scope_field    text,
    scope_value    text,
    scope_query    text,
    created_by     text NOT NULL,
    created_at     bigint NOT NULL,
    released_at    bigint,
    released_by    text,
    release_reason text,
    revision       int NOT NULL DEFAULT 1
);
CREATE TABLE proofdesk.hold_items (
    hold_id        text NOT NULL REFERENCES proofdesk.holds(id),
    comm_id        text NOT NULL,
    added_at       bigint NOT NULL,
    added_by       text NOT NULL,
    added_reason   text,
    removed_at     bigint,
    removed_by     text,
    removed_reason text,
    PRIMARY KEY (hold_id, comm_id)
);
CREATE INDEX hold_items_comm ON proofdesk.hold_items(lower(comm_id));

CREATE TABLE proofdesk.reissue_requests (
    id                   text PRIMARY KEY,
    comm_id              text NOT NULL,
    repo_id              bigint,
    mode                 text NOT NULL CHECK (mode IN ('resend', 'regenerate')),
    reason               text NOT NULL,
    channel              text NOT NULL,
    destination          text,
    original_channel     text NOT NULL,
    original_destination text,
    needs_approval       boolean NOT NULL,
    status               text NOT NULL CHECK (status IN ('draft', 'pending_approval', 'approved',
                             'queued', 'sent', 'fulfilled', 'rejected', 'cancelled')),
    requested_by         text NOT NULL,
    requested_at         bigint NOT NULL,
    approved_by          text,
    approved_at          bigint,
    decision_note        text,
    fulfilled_comm_id    text,
    fulfilled_at         bigint,
    updated_at           bigint NOT NULL
);
CREATE INDEX reissue_status ON proofdesk.reissue_requests(status, requested_at);

CREATE TABLE proofdesk.disposition_decisions (
    comm_id     text PRIMARY KEY,
    batch_id    text NOT NULL,
    decided_by  text NOT NULL,
    decided_at  bigint NOT NULL,
    reason      text NOT NULL
);

CREATE TABLE proofdesk.finding_reviews (
    seq         bigserial PRIMARY KEY,
    kind        text NOT NULL,
    comm_id     text NOT NULL,
    reviewed_by text NOT NULL,
    at          bigint NOT NULL,
    note        text
);

-- Reading: everyone in a group role reads holds and reissues (an agent's results show holds,
-- the queue shows requests); the audit trail is row-level secured.
REVOKE ALL ON ALL TABLES IN SCHEMA proofdesk FROM PUBLIC;
GRANT SELECT ON proofdesk.holds, proofdesk.hold_items, proofdesk.reissue_requests,
                proofdesk.disposition_decisions, proofdesk.finding_reviews, proofdesk.audit_head
    TO proofdesk_agent, proofdesk_compliance, proofdesk_records, proofdesk_admin;
GRANT SELECT ON proofdesk.audit_entries TO proofdesk_agent, proofdesk_compliance, proofdesk_records;
ALTER TABLE proofdesk.audit_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON proofdesk.audit_entries FOR SELECT
    USING ("user" = session_user
           OR pg_has_role(session_user, 'proofdesk_compliance', 'MEMBER')
           OR pg_has_role(session_user, 'proofdesk_records', 'MEMBER'));

-- Raises PDREF unless the login is a member of proofdesk_<p_role> and p_role is one of
-- p_allowed. Error codes: PDREF refused, PDNFD not found, PDINV invalid, PDCFL conflict.
CREATE FUNCTION proofdesk.require_role(p_role text, p_allowed text[], p_what text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR NOT (p_role = ANY (p_allowed)) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s may not %s: that needs the role %s.', session_user, p_what,
                             array_to_string(p_allowed, ' or '));
    END IF;
    IF NOT pg_has_role(session_user, 'proofdesk_' || p_role, 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s is not a member of proofdesk_%s on this team database, so may not %s.',
                             session_user, p_role, p_what);
    END IF;
END $$;

-- The canonical JSON of an entry (keys sorted, RFC 8785 strings; before/after embedded as
-- stored), exactly as the client's writeCanonicalEntry writes it, so one verifier checks both
-- stores. to_json(text) escapes as RFC 8785 does (\" \\ \b \f \n \r \t, \u00xx otherwise).
CREATE FUNCTION proofdesk.canonical_entry(e proofdesk.audit_entries) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT '{"action":' || to_json(coalesce(e.action, ''))::text
        || ',"after":' || coalesce(nullif(e.after, ''), 'null')
        || ',"at":' || e.at::text
        || ',"before":' || coalesce(nullif(e.before, ''), 'null')
        || ',"device":' || coalesce(to_json(e.device)::text, 'null')
        || ',"object_id":' || coalesce(to_json(e.object_id)::text, 'null')
        || ',"object_type":' || coalesce(to_json(e.object_type)::text, 'null')
        || ',"outcome":' || coalesce(to_json(e.outcome)::text, 'null')
        || ',"reason":' || coalesce(to_json(e.reason)::text, 'null')
        || ',"role":' || coalesce(to_json(e.role)::text, 'null')
        || ',"seq":' || e.seq::text
        || ',"user":' || coalesce(to_json(e."user")::text, 'null') || '}'
$$;

-- The one way into the trail: sequence, time and user are the server's.
CREATE FUNCTION proofdesk.append_entry(p_role text, p_action text, p_outcome text, p_object_type text,
                                       p_object_id text, p_reason text, p_before text, p_after text,
                                       p_device text) RETURNS proofdesk.audit_entries
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE
    head proofdesk.audit_head;
    e proofdesk.audit_entries;
BEGIN
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
REVOKE ALL ON FUNCTION proofdesk.append_entry FROM PUBLIC;

-- Idempotency: the stored result of a key this login already applied, or NULL.
CREATE FUNCTION proofdesk.applied(p_key text) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT result FROM applied_actions WHERE key = p_key AND login = session_user
$$;
CREATE FUNCTION proofdesk.remember(p_key text, p_result jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
BEGIN
    IF p_key IS NOT NULL AND p_key <> '' THEN
        INSERT INTO applied_actions VALUES (p_key, session_user, p_result, now_ms());
    END IF;
    RETURN p_result;
END $$;
REVOKE ALL ON FUNCTION proofdesk.remember FROM PUBLIC;

-- What a client records itself: reads (views, searches, exports, verifications) and refusals
-- of any action. The records actions' own entries are written by their functions only.
CREATE FUNCTION proofdesk.record(p_key text, p_role text, p_action text, p_outcome text, p_object_type text,
                                 p_object_id text, p_reason text, p_before text, p_after text,
                                 p_device text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key);
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    IF NOT pg_has_role(session_user, 'proofdesk_' || p_role, 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s is not a member of proofdesk_%s.', session_user, p_role);
    END IF;
    IF coalesce(p_outcome, 'done') = 'done' AND p_action <> 'team.connect'
       AND split_part(p_action, '.', 1) IN ('hold', 'reissue', 'disposition', 'finding', 'team', 'roles') THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s is recorded by the team database when it is done, not by a client.', p_action);
    END IF;
    RETURN remember(p_key, to_jsonb(append_entry(p_role, p_action, p_outcome, p_object_type, p_object_id,
                                                 p_reason, p_before, p_after, p_device)));
END $$;

-- Holds (records role).
CREATE FUNCTION proofdesk.hold_json(p_id text) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT to_jsonb(h) || jsonb_build_object(
        'items', (SELECT count(*) FROM hold_items i WHERE i.hold_id = h.id AND i.removed_at IS NULL),
        'removed_items', (SELECT count(*) FROM hold_items i WHERE i.hold_id = h.id AND i.removed_at IS NOT NULL))
    FROM holds h WHERE h.id = p_id
$$;

CREATE FUNCTION proofdesk.add_items_internal(p_hold text, p_ids text[], p_reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE n bigint;
BEGIN
    INSERT INTO hold_items(hold_id, comm_id, added_at, added_by, added_reason)
    SELECT p_hold, x, now_ms(), session_user, p_reason FROM unnest(p_ids) AS x
    ON CONFLICT (hold_id, comm_id) DO UPDATE SET added_at = excluded.added_at,
        added_by = excluded.added_by, added_reason = excluded.added_reason,
        removed_at = NULL, removed_by = NULL, removed_reason = NULL
    WHERE hold_items.removed_at IS NOT NULL;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;
REVOKE ALL ON FUNCTION proofdesk.add_items_internal FROM PUBLIC;

-- A large hold arrives in chunks (the desktop shows progress), staged under the new hold's
-- id and this login, and becomes the hold's items in create_hold's one transaction, with one
-- audit entry. Staged rows of a hold never created are inert (no hold refers to them).
CREATE TABLE proofdesk.hold_staging (
    hold_id text NOT NULL,
    login   text NOT NULL,
    comm_id text NOT NULL,
    PRIMARY KEY (hold_id, login, comm_id)
);
REVOKE ALL ON proofdesk.hold_staging FROM PUBLIC;

CREATE FUNCTION proofdesk.stage_hold_items(p_key text, p_role text, p_hold text, p_ids text[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE n bigint;
BEGIN
    PERFORM require_role(p_role, ARRAY['records'], 'apply a legal hold');
    INSERT INTO hold_staging SELECT p_hold, session_user, x FROM unnest(p_ids) AS x ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN jsonb_build_object('staged', n);
END $$;

CREATE FUNCTION proofdesk.create_hold(p_key text, p_role text, p_device text, p_id text, p_name text,
                                      p_matter text, p_reason text, p_scope_field text, p_scope_value text,
                                      p_scope_query text, p_ids text[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); result jsonb;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['records'], 'apply a legal hold');
    IF coalesce(trim(p_name), '') = '' OR coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A legal hold needs a name and a reason.';
    END IF;
    INSERT INTO holds(id, name, matter, reason, scope_field, scope_value, scope_query, created_by, created_at)
    VALUES (p_id, trim(p_name), nullif(trim(p_matter), ''), trim(p_reason), nullif(p_scope_field, ''),
            nullif(p_scope_value, ''), nullif(p_scope_query, ''), session_user, now_ms());
    PERFORM add_items_internal(p_id, coalesce(p_ids, '{}')
                                     || ARRAY(SELECT comm_id FROM hold_staging WHERE hold_id = p_id AND login = session_user),
                               trim(p_reason));
    DELETE FROM hold_staging WHERE hold_id = p_id AND login = session_user;
    result := hold_json(p_id);
    PERFORM append_entry(p_role, 'hold.create', 'done', 'hold', p_id, trim(p_reason), NULL,
                         (result - 'created_at')::text, p_device);
    PERFORM pg_notify('proofdesk_holds', p_id);
    RETURN remember(p_key, result);
END $$;

CREATE FUNCTION proofdesk.active_hold(p_id text) RETURNS proofdesk.holds
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE h holds;
BEGIN
    SELECT * INTO h FROM holds WHERE lower(id) = lower(p_id) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD', MESSAGE = format('There is no hold %s.', p_id);
    END IF;
    IF h.released_at IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL',
            MESSAGE = format('Hold %s was released by %s and takes no more changes.', h.id, h.released_by);
    END IF;
    RETURN h;
END $$;
REVOKE ALL ON FUNCTION proofdesk.active_hold FROM PUBLIC;

CREATE FUNCTION proofdesk.add_hold_items(p_key text, p_role text, p_device text, p_hold text,
                                         p_ids text[], p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); h holds; n bigint;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['records'], 'change a legal hold');
    IF coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'Adding items to a hold needs a reason.';
    END IF;
    h := active_hold(p_hold);
    n := add_items_internal(h.id, p_ids, trim(p_reason));
    UPDATE holds SET revision = revision + 1 WHERE id = h.id;
    PERFORM append_entry(p_role, 'hold.add', 'done', 'hold', h.id, trim(p_reason), NULL,
                         jsonb_build_object('added', n, 'ids', to_jsonb(p_ids[1:100]))::text, p_device);
    PERFORM pg_notify('proofdesk_holds', h.id);
    RETURN remember(p_key, jsonb_build_object('count', n));
END $$;

CREATE FUNCTION proofdesk.remove_hold_items(p_key text, p_role text, p_device text, p_hold text,
                                            p_ids text[], p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); h holds; n bigint;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['records'], 'change a legal hold');
    IF coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'Removing items from a hold needs a reason.';
    END IF;
    h := active_hold(p_hold);
    UPDATE hold_items SET removed_at = now_ms(), removed_by = session_user, removed_reason = trim(p_reason)
    WHERE hold_id = h.id AND removed_at IS NULL AND lower(comm_id) = ANY (SELECT lower(x) FROM unnest(p_ids) x);
    GET DIAGNOSTICS n = ROW_COUNT;
    UPDATE holds SET revision = revision + 1 WHERE id = h.id;
    PERFORM append_entry(p_role, 'hold.remove', 'done', 'hold', h.id, trim(p_reason), NULL,
                         jsonb_build_object('removed', n, 'ids', to_jsonb(p_ids[1:100]))::text, p_device);
    PERFORM pg_notify('proofdesk_holds', h.id);
    RETURN remember(p_key, jsonb_build_object('count', n));
END $$;

CREATE FUNCTION proofdesk.release_hold(p_key text, p_role text, p_device text, p_hold text,
                                       p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); h holds; result jsonb;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['records'], 'release a legal hold');
    IF coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'Releasing a hold needs a reason.';
    END IF;
    h := active_hold(p_hold);
    UPDATE holds SET released_at = now_ms(), released_by = session_user, release_reason = trim(p_reason),
                     revision = revision + 1 WHERE id = h.id;
    result := hold_json(h.id);
    PERFORM append_entry(p_role, 'hold.release', 'done', 'hold', h.id, trim(p_reason),
                         jsonb_build_object('active', true)::text, jsonb_build_object('active', false)::text,
                         p_device);
    PERFORM pg_notify('proofdesk_holds', h.id);
    RETURN remember(p_key, result);
END $$;

-- Reissues: agents and compliance officers request; a compliance officer other than the
-- requester approves.
CREATE FUNCTION proofdesk.reissue_status(p_key text, p_role text, p_device text, p_id text,
                                         p_from text[], p_to text, p_action text, p_reason text,
                                         p_note text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE r reissue_requests;
BEGIN
    SELECT * INTO r FROM reissue_requests WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD', MESSAGE = format('There is no reissue request %s.', p_id);
    END IF;
    IF NOT (r.status = ANY (p_from)) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL',
            MESSAGE = format('Reissue request %s is %s (changed by %s), so it cannot be %s.', r.id, r.status,
                             coalesce(r.approved_by, r.requested_by), p_to);
    END IF;
    UPDATE reissue_requests SET status = p_to, updated_at = now_ms(),
        decision_note = coalesce(nullif(p_note, ''), decision_note) WHERE id = r.id;
    PERFORM append_entry(p_role, p_action, 'done', 'reissue', r.id, p_reason,
                         jsonb_build_object('status', r.status)::text,
                         jsonb_build_object('status', p_to)::text, p_device);
    PERFORM pg_notify('proofdesk_reissues', r.id);
    RETURN (SELECT to_jsonb(x) FROM reissue_requests x WHERE x.id = r.id);
END $$;
REVOKE ALL ON FUNCTION proofdesk.reissue_status FROM PUBLIC;

CREATE FUNCTION proofdesk.request_reissue(p_key text, p_role text, p_device text, p_request jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); r reissue_requests; result jsonb;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['agent', 'compliance'], 'request a reissue');
    r := jsonb_populate_record(NULL::reissue_requests, p_request);
    IF coalesce(trim(r.reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A reissue request needs a reason.';
    END IF;
    -- The server decides who asked, when, and whether approval is needed.
    r.requested_by := session_user;
    r.requested_at := now_ms();
    r.updated_at := r.requested_at;
    r.needs_approval := r.mode = 'regenerate' OR r.channel IS DISTINCT FROM r.original_channel
                        OR lower(coalesce(r.destination, '')) <> lower(coalesce(r.original_destination, ''));
    r.status := 'draft';
    r.approved_by := NULL; r.approved_at := NULL; r.decision_note := NULL;
    r.fulfilled_comm_id := NULL; r.fulfilled_at := NULL;
    INSERT INTO reissue_requests SELECT r.*;
    PERFORM append_entry(p_role, 'reissue.request', 'done', 'reissue', r.id, r.reason, NULL,
                         (SELECT to_jsonb(x) - 'requested_at' - 'updated_at' FROM reissue_requests x
                          WHERE x.id = r.id)::text, p_device);
    IF r.needs_approval THEN
        result := reissue_status(NULL, p_role, p_device, r.id, ARRAY['draft'], 'pending_approval',
                                 'reissue.submit', 'a regeneration or a changed channel or destination needs '
                                 'a compliance officer''s approval', NULL);
    ELSE
        result := reissue_status(NULL, p_role, p_device, r.id, ARRAY['draft'], 'approved',
                                 'reissue.submit', 'a resend to the original destination needs no approval', NULL);
    END IF;
    RETURN remember(p_key, result);
END $$;

CREATE FUNCTION proofdesk.approve_reissue(p_key text, p_role text, p_device text, p_id text, p_note text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); r reissue_requests;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'approve a reissue');
    SELECT * INTO r FROM reissue_requests WHERE id = p_id FOR UPDATE;
    IF FOUND AND lower(r.requested_by) = lower(session_user) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s requested reissue %s and cannot approve it: nobody approves their own '
                             'request. Another compliance officer must approve it.', session_user, r.id);
    END IF;
    UPDATE reissue_requests SET approved_by = session_user, approved_at = now_ms() WHERE id = p_id
        AND status = 'pending_approval';
    RETURN remember(p_key, reissue_status(NULL, p_role, p_device, p_id, ARRAY['pending_approval'], 'approved',
                                          'reissue.approve', coalesce(nullif(p_note, ''), 'approved'), p_note));
END $$;

CREATE FUNCTION proofdesk.reject_reissue(p_key text, p_role text, p_device text, p_id text, p_note text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key);
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'reject a reissue');
    IF coalesce(trim(p_note), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'Rejecting a reissue request needs a reason.';
    END IF;
    RETURN remember(p_key, reissue_status(NULL, p_role, p_device, p_id, ARRAY['pending_approval'], 'rejected',
                                          'reissue.reject', trim(p_note), trim(p_note)));
END $$;

CREATE FUNCTION proofdesk.cancel_reissue(p_key text, p_role text, p_device text, p_id text, p_reason text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); r reissue_requests;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    SELECT * INTO r FROM reissue_requests WHERE id = p_id;
    -- The requester withdraws their own; a compliance officer may cancel anyone's.
    IF FOUND AND lower(r.requested_by) = lower(session_user) THEN
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

-- The steps after approval, done by the desktop that sent it to the repository (queued,
-- sent) or that synced its answer back (fulfilled). Forward only, recorded in role "system".
CREATE FUNCTION proofdesk.advance_reissue(p_key text, p_device text, p_id text, p_to text,
                                          p_fulfilled_comm_id text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); from_states text[];
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    IF NOT (pg_has_role(session_user, 'proofdesk_agent', 'MEMBER')
            OR pg_has_role(session_user, 'proofdesk_compliance', 'MEMBER')) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s may not send reissues to a repository.', session_user);
    END IF;
    from_states := CASE p_to WHEN 'queued' THEN ARRAY['approved']
                             WHEN 'sent' THEN ARRAY['approved', 'queued']
                             WHEN 'fulfilled' THEN ARRAY['approved', 'queued', 'sent']
                             ELSE NULL END;
    IF from_states IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = format('%s is not a step after approval.', p_to);
    END IF;
    IF p_to = 'fulfilled' THEN
        UPDATE reissue_requests SET fulfilled_comm_id = p_fulfilled_comm_id, fulfilled_at = now_ms()
        WHERE id = p_id AND status = ANY (from_states);
    END IF;
    RETURN remember(p_key, reissue_status(NULL, 'system', p_device, p_id, from_states, p_to,
                                          'reissue.' || CASE p_to WHEN 'queued' THEN 'queue'
                                                                  WHEN 'sent' THEN 'send' ELSE 'fulfil' END,
                                          NULL, NULL));
END $$;

-- Disposition (records role): refused for every communication a hold covers, by item or by
-- business-key scope (p_keys: {"<comm id>": {"customer_id": …, "claim": …}}, as the deciding
-- desktop's cache knows them).
CREATE FUNCTION proofdesk.decide_disposition(p_key text, p_role text, p_device text, p_batch text,
                                             p_ids text[], p_keys jsonb, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); cid text; held text; disposed jsonb := '[]'; skipped jsonb := '[]';
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['records'], 'approve disposition');
    IF coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A disposition needs a reason.';
    END IF;
    LOCK TABLE holds IN SHARE MODE; -- no hold is applied between the check and the decision
    FOREACH cid IN ARRAY p_ids LOOP
        SELECT h.id INTO held FROM holds h
        WHERE h.released_at IS NULL AND (
              EXISTS (SELECT 1 FROM hold_items i WHERE i.hold_id = h.id AND i.removed_at IS NULL
                      AND lower(i.comm_id) = lower(cid))
           OR (h.scope_field IS NOT NULL
               AND lower(p_keys -> cid ->> h.scope_field) = lower(h.scope_value)))
        LIMIT 1;
        IF held IS NOT NULL THEN
            skipped := skipped || jsonb_build_array(jsonb_build_object('id', cid,
                'why', format('%s is on legal hold %s and cannot be disposed of.', cid, held)));
            PERFORM append_entry(p_role, 'disposition.approve', 'refused', 'communication', cid,
                                 format('on legal hold %s', held), NULL, NULL, p_device);
        ELSIF EXISTS (SELECT 1 FROM disposition_decisions d WHERE lower(d.comm_id) = lower(cid)) THEN
            skipped := skipped || jsonb_build_array(jsonb_build_object('id', cid,
                'why', format('%s was already disposed of.', cid)));
        ELSE
            INSERT INTO disposition_decisions VALUES (cid, p_batch, session_user, now_ms(), trim(p_reason));
            disposed := disposed || to_jsonb(cid);
        END IF;
    END LOOP;
    IF jsonb_array_length(disposed) > 0 THEN
        PERFORM append_entry(p_role, 'disposition.decide', 'done', 'disposition', p_batch, trim(p_reason),
                             NULL, jsonb_build_object('disposed', disposed)::text, p_device);
    END IF;
    PERFORM pg_notify('proofdesk_disposition', p_batch);
    RETURN remember(p_key, jsonb_build_object('disposed', disposed, 'skipped', skipped));
END $$;

-- Finding reviews (the roles that run findings): a mark on one finding of a communication with
-- what was checked or done, audited on the communication with the note as the reason.
CREATE FUNCTION proofdesk.review_finding(p_key text, p_role text, p_device text, p_kind text, p_comm_id text,
                                         p_note text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); r finding_reviews;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance', 'records'], 'review a finding');
    IF coalesce(trim(p_kind), '') = '' OR coalesce(trim(p_comm_id), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A review names the finding''s kind and communication.';
    END IF;
    IF coalesce(trim(p_note), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A review needs a note saying what was checked or done.';
    END IF;
    INSERT INTO finding_reviews(kind, comm_id, reviewed_by, at, note)
    VALUES (trim(p_kind), trim(p_comm_id), session_user, now_ms(), trim(p_note)) RETURNING * INTO r;
    PERFORM append_entry(p_role, 'finding.review', 'done', 'communication', r.comm_id, r.note, NULL,
                         jsonb_build_object('kind', r.kind)::text, p_device);
    PERFORM pg_notify('proofdesk_findings', r.seq::text);
    RETURN remember(p_key, to_jsonb(r));
END $$;

-- The anchor's own entry names the head it extends (its own hash cannot be part of what it
-- hashes); the caller keeps the returned entry's seq and hash outside the database.
CREATE FUNCTION proofdesk.anchor(p_key text, p_role text, p_device text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); head audit_head;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance', 'records'], 'anchor the audit trail');
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    RETURN remember(p_key, to_jsonb(append_entry(p_role, 'audit.anchor', 'done', 'audit', NULL, NULL, NULL,
        '{"hash":' || to_json(head.hash)::text || ',"seq":' || head.seq::text || '}', p_device)));
END $$;

-- Verification reads every entry: only roles that may view the whole trail (RLS would give
-- an agent a chain with holes). The head is public to members so a client can page.
CREATE FUNCTION proofdesk.audit_head_seq() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT seq FROM audit_head WHERE id = 1
$$;

-- Logins (admin): a new login with its group roles.
CREATE FUNCTION proofdesk.add_user(p_key text, p_role text, p_device text, p_login text,
                                   p_password text, p_roles text[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); r text;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['admin'], 'add users to the team');
    IF p_login !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV',
            MESSAGE = format('"%s" is not a login name: use lower-case letters, digits, _ . and -.', p_login);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL', MESSAGE = format('The login %s exists already.', p_login);
    END IF;
    FOREACH r IN ARRAY p_roles LOOP
        IF r NOT IN ('agent', 'compliance', 'records', 'admin') THEN
            RAISE EXCEPTION USING ERRCODE = 'PDINV',
                MESSAGE = format('"%s" is not a role: use agent, compliance, records or admin.', r);
        END IF;
    END LOOP;
    IF p_password IS NULL OR p_password = '' THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    END IF;
    FOREACH r IN ARRAY p_roles LOOP
        EXECUTE format('GRANT %I TO %I', 'proofdesk_' || r, p_login);
    END LOOP;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_login);
    PERFORM append_entry(p_role, 'team.user_add', 'done', 'login', p_login, NULL, NULL,
                         jsonb_build_object('roles', to_jsonb(p_roles))::text, p_device);
    RETURN remember(p_key, jsonb_build_object('login', p_login, 'roles', to_jsonb(p_roles)));
END $$;

-- The login's group roles, in the client's order.
CREATE FUNCTION proofdesk.my_roles() RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(r ORDER BY o), '{}') FROM unnest(ARRAY['agent', 'compliance', 'records', 'admin'])
        WITH ORDINALITY AS t(r, o)
    WHERE pg_has_role(session_user, 'proofdesk_' || r, 'MEMBER')
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA proofdesk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION proofdesk.record, proofdesk.create_hold, proofdesk.stage_hold_items, proofdesk.add_hold_items,
    proofdesk.remove_hold_items, proofdesk.release_hold, proofdesk.request_reissue,
    proofdesk.approve_reissue, proofdesk.reject_reissue, proofdesk.cancel_reissue,
    proofdesk.advance_reissue, proofdesk.decide_disposition, proofdesk.review_finding, proofdesk.anchor,
    proofdesk.audit_head_seq, proofdesk.add_user, proofdesk.my_roles, proofdesk.hold_json, proofdesk.now_ms,
    proofdesk.canonical_entry, proofdesk.applied
    TO proofdesk_agent, proofdesk_compliance, proofdesk_records, proofdesk_admin;
