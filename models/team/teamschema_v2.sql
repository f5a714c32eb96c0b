-- Proofdesk team database, migration 2 (issue #24, DESIGN.md "The team database"): the server
-- decides from its own facts. Runs once, in one transaction, as the login that owns the team
-- database (with CREATEROLE). Never edit a migration that has shipped: add the next one.
--
--  * Roles are the team's own: pd_<database>_agent|compliance|records|admin|publisher (a
--    cluster's other teams share none), CONNECT only for them. Migration 1's cluster-wide
--    proofdesk_* roles keep no right here; their members that this database had let in
--    (add_user's CONNECT grant, and the owner) become members of the team's roles.
--  * Facts about communications (business keys, original channel and destination, retention
--    end, repository hold and deletion) live in comm_facts, written only by the publisher
--    role through publish_facts(), which records what it published. Every rule reads them:
--    a desk's word about a communication counts for nothing.
--  * record() takes only reads, views and exports (an allowlist of exact names), the admin's
--    desk configuration, and refusals of known actions; everything that changes state or
--    that a control relies on has a function of its own.
--  * Idempotency keys belong to the login; a retry that arrives while the first call runs
--    waits for it (an advisory lock on the key) and gets its result.
--  * No call waits for a lock without limit (lock_timeout on every function), and an idle
--    open transaction is ended by the server.

-- The team's roles ------------------------------------------------------------------------
CREATE TABLE proofdesk.team_roles (
    role    text PRIMARY KEY CHECK (role IN ('agent', 'compliance', 'records', 'admin', 'publisher')),
    rolname name NOT NULL UNIQUE
);

DO $$
DECLARE
    db text := current_database();
    prefix text;
    r text;
    rn text;
BEGIN
    -- 'pd_' + database + '_compliance' stays within the 63 bytes of a name; a longer database
    -- name is cut and told apart by a digest of the whole.
    prefix := 'pd_' || CASE WHEN octet_length(db) <= 40 THEN db ELSE left(db, 28) || '_' || left(md5(db), 8) END;
    FOREACH r IN ARRAY ARRAY['agent', 'compliance', 'records', 'admin', 'publisher'] LOOP
        rn := prefix || '_' || r;
        -- A role of that name made by someone else could carry members this team never chose.
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = rn) THEN
            RAISE EXCEPTION USING ERRCODE = 'PDCFL',
                MESSAGE = format('The role %s exists already on this server: the team database %s cannot take it '
                                 'as its own. Drop it (or rename the database) and run team init again.', rn, db);
        END IF;
        EXECUTE format('CREATE ROLE %I NOLOGIN', rn);
        INSERT INTO proofdesk.team_roles VALUES (r, rn);
    END LOOP;
END $$;

-- The team's role name for agent|compliance|records|admin|publisher (NULL for any other).
CREATE FUNCTION proofdesk.team_role(p_role text) RETURNS name
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT rolname FROM team_roles WHERE role = p_role
$$;

-- Whether the authenticated login is a member of the team's role p_role.
CREATE FUNCTION proofdesk.is_member(p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT coalesce((SELECT pg_has_role(session_user, rolname, 'MEMBER') FROM team_roles WHERE role = p_role), false)
$$;

-- Members migration 1 let into this database join the team's roles; then only the team's
-- roles may connect.
DO $$
DECLARE
    r text;
    m name;
    admitted name[];
    all_roles text;
BEGIN
    SELECT coalesce(array_agg(DISTINCT a.rolname), '{}') INTO admitted
    FROM pg_database d, aclexplode(d.datacl) x JOIN pg_roles a ON a.oid = x.grantee
    WHERE d.datname = current_database() AND x.privilege_type = 'CONNECT';
    FOREACH r IN ARRAY ARRAY['agent', 'compliance', 'records', 'admin'] LOOP
        FOR m IN SELECT u.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid
                 JOIN pg_roles u ON u.oid = am.member
                 WHERE g.rolname = 'proofdesk_' || r AND (u.rolname = ANY (admitted) OR u.rolname = current_user) LOOP
            EXECUTE format('GRANT %I TO %I', proofdesk.team_role(r), m);
        END LOOP;
    END LOOP;
    SELECT string_agg(quote_ident(rolname), ', ') INTO all_roles FROM proofdesk.team_roles;
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    FOREACH m IN ARRAY admitted LOOP
        IF m <> current_user THEN
            EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), m);
        END IF;
    END LOOP;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %s', current_database(), all_roles);
    -- An open transaction left idle (a member holding the audit head) is ended by the server.
    EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout = ''30s''', current_database());
END $$;

-- Migration 1's cluster roles keep nothing here.
REVOKE ALL ON ALL TABLES IN SCHEMA proofdesk FROM proofdesk_agent, proofdesk_compliance, proofdesk_records, proofdesk_admin;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA proofdesk FROM proofdesk_agent, proofdesk_compliance, proofdesk_records, proofdesk_admin;
REVOKE ALL ON SCHEMA proofdesk FROM proofdesk_agent, proofdesk_compliance, proofdesk_records, proofdesk_admin;
DROP POLICY audit_read ON proofdesk.audit_entries;
CREATE POLICY audit_read ON proofdesk.audit_entries FOR SELECT
    USING ("user" = session_user OR proofdesk.is_member('compliance') OR proofdesk.is_member('records'));

CREATE OR REPLACE FUNCTION proofdesk.require_role(p_role text, p_allowed text[], p_what text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR NOT (p_role = ANY (p_allowed)) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s may not %s: that needs the role %s.', session_user, p_what,
                             array_to_string(p_allowed, ' or '));
    END IF;
    IF NOT is_member(p_role) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s is not a member of %s on this team database, so may not %s.',
                             session_user, coalesce(team_role(p_role)::text, p_role), p_what);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION proofdesk.my_roles() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT coalesce(array_agg(r ORDER BY o), '{}') FROM unnest(ARRAY['agent', 'compliance', 'records', 'admin'])
        WITH ORDINALITY AS t(r, o)
    WHERE is_member(r)
$$;

CREATE FUNCTION proofdesk.am_publisher() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT is_member('publisher')
$$;

-- Idempotency, per login ------------------------------------------------------------------
ALTER TABLE proofdesk.applied_actions DROP CONSTRAINT applied_actions_pkey;
ALTER TABLE proofdesk.applied_actions ADD PRIMARY KEY (login, key);

-- The result this login already had for p_key, or NULL. Takes the key's lock for the rest of
-- the transaction first: a retry sent while the first attempt still runs waits for it and then
-- reads its result, instead of applying the action a second time or failing on the key.
CREATE OR REPLACE FUNCTION proofdesk.applied(p_key text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
BEGIN
    IF coalesce(p_key, '') = '' THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(session_user || E'\x1f' || p_key, 7161));
    RETURN (SELECT result FROM applied_actions WHERE key = p_key AND login = session_user);
END $$;

-- The facts about communications ------------------------------------------------------------
CREATE TABLE proofdesk.facts_publications (
    seq       bigserial PRIMARY KEY,
    at        bigint NOT NULL,
    login     text NOT NULL,
    device    text NOT NULL,
    staged    bigint NOT NULL,
    inserted  bigint NOT NULL,
    updated   bigint NOT NULL,
    unchanged bigint NOT NULL
);

CREATE TABLE proofdesk.comm_facts (
    comm_id         text NOT NULL,
    repository      text NOT NULL,                 -- the repository's name at the publisher
    business_keys   jsonb NOT NULL DEFAULT '{}',   -- {"customer_id": …, "claim_id": …}: what scope holds match
    channel         text NOT NULL,                 -- the original channel
    destination     text,                          -- the original destination on that channel
    issued_at       bigint NOT NULL,
    retention_until bigint,                        -- NULL: no retention end known, never disposable
    sha256          text,
    repo_hold       boolean NOT NULL DEFAULT false, -- held in the repository itself
    deleted_at      bigint,                        -- deleted in the repository
    reissue_of      text,
    publication     bigint NOT NULL REFERENCES proofdesk.facts_publications(seq)
);
CREATE UNIQUE INDEX comm_facts_id ON proofdesk.comm_facts(lower(comm_id));
-- What a publication changed, as it was before (the trail's "before", at archive scale).
CREATE TABLE proofdesk.comm_facts_history (LIKE proofdesk.comm_facts, replaced_by bigint NOT NULL);
CREATE INDEX comm_facts_history_id ON proofdesk.comm_facts_history(lower(comm_id));
-- Scope holds match on the server's keys (one index per key kind in use).
CREATE INDEX comm_facts_keys ON proofdesk.comm_facts USING gin (business_keys jsonb_path_ops);

-- The publisher COPYs rows here, then publish_facts() applies them in one transaction. The
-- login column is the server's (a trigger sets it), whatever the rows say.
CREATE UNLOGGED TABLE proofdesk.facts_staging (
    login           text NOT NULL DEFAULT session_user,
    comm_id         text NOT NULL,
    repository      text NOT NULL,
    business_keys   jsonb NOT NULL DEFAULT '{}',
    channel         text NOT NULL,
    destination     text,
    issued_at       bigint NOT NULL,
    retention_until bigint,
    sha256          text,
    repo_hold       boolean NOT NULL DEFAULT false,
    deleted_at      bigint,
    reissue_of      text
);
CREATE INDEX facts_staging_login ON proofdesk.facts_staging(login);
CREATE FUNCTION proofdesk.staging_login() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
BEGIN
    NEW.login := session_user;
    RETURN NEW;
END $$;
CREATE TRIGGER facts_staging_login BEFORE INSERT OR UPDATE ON proofdesk.facts_staging
    FOR EACH ROW EXECUTE FUNCTION proofdesk.staging_login();

CREATE FUNCTION proofdesk.publish_facts(p_key text, p_device text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE
    done jsonb := applied(p_key);
    pub facts_publications;
    n_staged bigint; n_inserted bigint; n_updated bigint;
    result jsonb;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    IF NOT is_member('publisher') THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s may not publish facts about communications: that needs the team''s publisher role '
                             '(%s).', session_user, team_role('publisher'));
    END IF;
    -- The newest row per communication (a page may repeat one); ids compare without case.
    CREATE TEMP TABLE pub_rows ON COMMIT DROP AS
        SELECT DISTINCT ON (lower(comm_id)) * FROM facts_staging WHERE login = session_user
        ORDER BY lower(comm_id), ctid DESC;
    GET DIAGNOSTICS n_staged = ROW_COUNT;
    DELETE FROM facts_staging WHERE login = session_user;
    INSERT INTO facts_publications(at, login, device, staged, inserted, updated, unchanged)
    VALUES (now_ms(), session_user, coalesce(nullif(p_device, ''), 'server'), n_staged, 0, 0, 0) RETURNING * INTO pub;
    -- Rows that change something: the old values go to the history first.
    CREATE TEMP TABLE pub_changed ON COMMIT DROP AS
        SELECT s.* FROM pub_rows s JOIN comm_facts f ON lower(f.comm_id) = lower(s.comm_id)
        WHERE (f.comm_id, f.repository, f.business_keys, f.channel, f.destination, f.issued_at, f.retention_until,
               f.sha256, f.repo_hold, f.deleted_at, f.reissue_of)
              IS DISTINCT FROM
              (s.comm_id, s.repository, s.business_keys, s.channel, s.destination, s.issued_at, s.retention_until,
               s.sha256, s.repo_hold, s.deleted_at, s.reissue_of);
    INSERT INTO comm_facts_history
        SELECT f.*, pub.seq FROM comm_facts f JOIN pub_changed s ON lower(f.comm_id) = lower(s.comm_id);
    UPDATE comm_facts f SET comm_id = s.comm_id, repository = s.repository, business_keys = s.business_keys,
        channel = s.channel, destination = s.destination, issued_at = s.issued_at,
        retention_until = s.retention_until, sha256 = s.sha256, repo_hold = s.repo_hold,
        deleted_at = s.deleted_at, reissue_of = s.reissue_of, publication = pub.seq
    FROM pub_changed s WHERE lower(f.comm_id) = lower(s.comm_id);
    GET DIAGNOSTICS n_updated = ROW_COUNT;
    INSERT INTO comm_facts(comm_id, repository, business_keys, channel, destination, issued_at, retention_until,
                           sha256, repo_hold, deleted_at, reissue_of, publication)
    SELECT s.comm_id, s.repository, s.business_keys, s.channel, s.destination, s.issued_at, s.retention_until,
           s.sha256, s.repo_hold, s.deleted_at, s.reissue_of, pub.seq
    FROM pub_rows s WHERE NOT EXISTS (SELECT 1 FROM comm_facts f WHERE lower(f.comm_id) = lower(s.comm_id));
    GET DIAGNOSTICS n_inserted = ROW_COUNT;
    UPDATE facts_publications SET inserted = n_inserted, updated = n_updated,
        unchanged = n_staged - n_inserted - n_updated WHERE seq = pub.seq;
    result := jsonb_build_object('publication', pub.seq, 'staged', n_staged, 'inserted', n_inserted,
                                 'updated', n_updated, 'unchanged', n_staged - n_inserted - n_updated);
    IF n_inserted + n_updated > 0 THEN
        PERFORM append_entry('publisher', 'facts.publish', 'done', 'facts', pub.seq::text, NULL, NULL,
                             result::text, p_device);
    END IF;
    RETURN remember(p_key, result);
END $$;

-- The server's facts about one communication, or NULL.
CREATE FUNCTION proofdesk.facts_of(p_comm_id text) RETURNS proofdesk.comm_facts
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT * FROM comm_facts WHERE lower(comm_id) = lower(p_comm_id)
$$;

-- The active hold that covers a communication, by item or by a scope on the server's keys.
CREATE FUNCTION proofdesk.covering_hold(p_comm_id text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT h.id FROM holds h
    WHERE h.released_at IS NULL AND (
          EXISTS (SELECT 1 FROM hold_items i WHERE i.hold_id = h.id AND i.removed_at IS NULL
                  AND lower(i.comm_id) = lower(p_comm_id))
       OR (h.scope_field IS NOT NULL AND EXISTS (
               SELECT 1 FROM comm_facts f WHERE lower(f.comm_id) = lower(p_comm_id)
               AND lower(f.business_keys ->> h.scope_field) = lower(h.scope_value))))
    ORDER BY h.id LIMIT 1
$$;

-- record(): reads and views only --------------------------------------------------------------
-- Done entries a desk may write: what people read, viewed or exported (no state changes), and
-- the admin's configuration of their own desk (repositories and settings are the desk's).
CREATE TABLE proofdesk.recordable_actions (
    action text PRIMARY KEY,
    roles  text[] NOT NULL   -- the roles in which it may be recorded as done
);
INSERT INTO proofdesk.recordable_actions VALUES
    ('search',               ARRAY['agent', 'compliance', 'records', 'admin']),
    ('communication.view',   ARRAY['agent', 'compliance', 'records', 'admin']),
    ('evidence.export',      ARRAY['agent', 'compliance', 'records']),
    ('results.export',       ARRAY['agent', 'compliance', 'records', 'admin']),
    ('report.export',        ARRAY['compliance', 'records']),
    ('audit.view',           ARRAY['compliance', 'records']),
    ('audit.view_own',       ARRAY['agent', 'compliance', 'records']),
    ('audit.export',         ARRAY['agent', 'compliance', 'records']),
    ('audit.verify',         ARRAY['compliance', 'records']),
    ('findings.run',         ARRAY['compliance', 'records']),
    ('disposition.review',   ARRAY['records']),
    ('role.switch',          ARRAY['agent', 'compliance', 'records', 'admin']),
    ('team.connect',         ARRAY['agent', 'compliance', 'records', 'admin']),
    ('settings.change',      ARRAY['admin']),
    ('repository.add',       ARRAY['admin']),
    ('repository.change',    ARRAY['admin']),
    ('repository.remove',    ARRAY['admin']),
    ('repository.password',  ARRAY['admin']);
-- Refusals may be recorded for these (every action a desk knows), in any of the member's roles.
CREATE TABLE proofdesk.refusable_actions (action text PRIMARY KEY);
INSERT INTO proofdesk.refusable_actions
SELECT action FROM proofdesk.recordable_actions
UNION SELECT unnest(ARRAY['reissue.request', 'reissue.approve', 'reissue.reject', 'reissue.cancel', 'reissue.queue',
                          'reissue.withdraw', 'hold.apply', 'hold.create', 'hold.add', 'hold.remove', 'hold.release',
                          'disposition.approve', 'retention.extend', 'exception_case.open', 'finding.review',
                          'repository.configure', 'role.grant', 'role.revoke', 'settings.change', 'audit.anchor',
                          'team.user_add']);

CREATE OR REPLACE FUNCTION proofdesk.record(p_key text, p_role text, p_action text, p_outcome text, p_object_type text,
                                            p_object_id text, p_reason text, p_before text, p_after text,
                                            p_device text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); allowed text[];
BEGIN
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

-- Exception cases (compliance) --------------------------------------------------------------
CREATE TABLE proofdesk.exception_cases (
    id        text PRIMARY KEY,
    finding   text NOT NULL,
    comm_id   text NOT NULL,
    reason    text NOT NULL,
    repo_id   bigint,
    opened_by text NOT NULL,
    opened_at bigint NOT NULL
);
CREATE FUNCTION proofdesk.open_exception_case(p_key text, p_role text, p_device text, p_id text, p_finding text,
                                              p_comm_id text, p_reason text, p_repo_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); c exception_cases;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'open an exception case');
    IF coalesce(trim(p_id), '') = '' OR coalesce(trim(p_finding), '') = '' OR coalesce(trim(p_comm_id), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'An exception case names its id, finding and communication.';
    END IF;
    IF coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'An exception case needs a reason.';
    END IF;
    INSERT INTO exception_cases VALUES (trim(p_id), trim(p_finding), trim(p_comm_id), trim(p_reason), p_repo_id,
                                        session_user, now_ms()) RETURNING * INTO c;
    PERFORM append_entry(p_role, 'exception_case.open', 'done', 'communication', c.comm_id, c.reason, NULL,
                         jsonb_build_object('case', c.id, 'finding', c.finding, 'repo_id', c.repo_id)::text, p_device);
    RETURN remember(p_key, to_jsonb(c));
END $$;

-- Reissues on the server's facts ------------------------------------------------------------
CREATE OR REPLACE FUNCTION proofdesk.request_reissue(p_key text, p_role text, p_device text, p_request jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); r reissue_requests; f comm_facts; why text; result jsonb;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['agent', 'compliance'], 'request a reissue');
    r := jsonb_populate_record(NULL::reissue_requests, p_request);
    IF coalesce(trim(r.reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A reissue request needs a reason.';
    END IF;
    IF coalesce(trim(r.id), '') = '' OR coalesce(trim(r.comm_id), '') = '' OR coalesce(r.channel, '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A reissue request names its id, communication and channel.';
    END IF;
    -- The server decides who asked, when, what the original was, and whether approval is needed.
    r.requested_by := session_user;
    r.requested_at := now_ms();
    r.updated_at := r.requested_at;
    f := facts_of(r.comm_id);
    IF f.comm_id IS NULL THEN
        why := format('the team has no facts about %s (not published), so its original destination is not known '
                      'and a compliance officer''s approval is needed', r.comm_id);
        r.original_channel := coalesce(r.channel, '');
        r.original_destination := NULL;
        r.needs_approval := true;
    ELSE
        r.comm_id := f.comm_id;
        r.original_channel := f.channel;
        r.original_destination := f.destination;
        r.needs_approval := r.mode = 'regenerate' OR lower(r.channel) IS DISTINCT FROM lower(f.channel)
                            OR lower(coalesce(r.destination, '')) <> lower(coalesce(f.destination, ''));
        why := CASE WHEN r.needs_approval
                    THEN 'a regeneration or a changed channel or destination needs a compliance officer''s approval'
                    ELSE 'a resend to the original destination needs no approval' END;
    END IF;
    r.status := 'draft';
    r.approved_by := NULL; r.approved_at := NULL; r.decision_note := NULL;
    r.fulfilled_comm_id := NULL; r.fulfilled_at := NULL;
    INSERT INTO reissue_requests SELECT r.*;
    PERFORM append_entry(p_role, 'reissue.request', 'done', 'reissue', r.id, r.reason, NULL,
                         (SELECT to_jsonb(x) - 'requested_at' - 'updated_at' FROM reissue_requests x
                          WHERE x.id = r.id)::text, p_device);
    result := reissue_status(NULL, p_role, p_device, r.id, ARRAY['draft'],
                             CASE WHEN r.needs_approval THEN 'pending_approval' ELSE 'approved' END,
                             'reissue.submit', why, NULL);
    RETURN remember(p_key, result);
END $$;

-- The steps after approval: only the desk that sends it (the approver's, or the requester's when
-- no approval was needed) or the publisher, forward only.
CREATE OR REPLACE FUNCTION proofdesk.advance_reissue(p_key text, p_device text, p_id text, p_to text,
                                                     p_fulfilled_comm_id text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); from_states text[]; r reissue_requests; sender text; f comm_facts;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    from_states := CASE p_to WHEN 'queued' THEN ARRAY['approved']
                             WHEN 'sent' THEN ARRAY['approved', 'queued']
                             WHEN 'fulfilled' THEN ARRAY['approved', 'queued', 'sent']
                             ELSE NULL END;
    IF from_states IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = format('%s is not a step after approval.', p_to);
    END IF;
    SELECT * INTO r FROM reissue_requests WHERE id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD', MESSAGE = format('There is no reissue request %s.', p_id);
    END IF;
    sender := CASE WHEN r.needs_approval THEN r.approved_by ELSE r.requested_by END;
    IF NOT (is_member('publisher')
            OR (lower(session_user) = lower(coalesce(sender, ''))
                AND (is_member('agent') OR is_member('compliance')))) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s may not mark reissue %s %s: only the desk that sends it (%s) or the team''s '
                             'publisher may.', session_user, r.id, p_to, coalesce(sender, 'nobody yet'));
    END IF;
    IF p_to = 'fulfilled' THEN
        IF coalesce(trim(p_fulfilled_comm_id), '') = '' OR lower(p_fulfilled_comm_id) = lower(r.comm_id) THEN
            RAISE EXCEPTION USING ERRCODE = 'PDINV',
                MESSAGE = format('Reissue %s is fulfilled by the new communication that answers it, not by "%s".',
                                 r.id, coalesce(p_fulfilled_comm_id, ''));
        END IF;
        f := facts_of(p_fulfilled_comm_id);
        IF f.comm_id IS NOT NULL AND f.reissue_of IS NOT NULL AND lower(f.reissue_of) <> lower(r.comm_id) THEN
            RAISE EXCEPTION USING ERRCODE = 'PDINV',
                MESSAGE = format('%s reissues %s, not %s: it does not fulfil reissue %s.', f.comm_id, f.reissue_of,
                                 r.comm_id, r.id);
        END IF;
        UPDATE reissue_requests SET fulfilled_comm_id = p_fulfilled_comm_id, fulfilled_at = now_ms()
        WHERE id = p_id AND status = ANY (from_states);
    END IF;
    RETURN remember(p_key, reissue_status(NULL, 'system', p_device, p_id, from_states, p_to,
                                          'reissue.' || CASE p_to WHEN 'queued' THEN 'queue'
                                                                  WHEN 'sent' THEN 'send' ELSE 'fulfil' END,
                                          NULL, NULL));
END $$;

-- Disposition on the server's facts ---------------------------------------------------------
DROP FUNCTION proofdesk.decide_disposition(text, text, text, text, text[], jsonb, text);
-- Decided here, for each id: the server must know it, its retention end must be past, no hold
-- may cover it (by item, or by scope on the server's keys) and the repository must not hold
-- it. What this team decided before is returned as "already" (the desk that lost the answer
-- purges its copy then). A refusal is recorded per communication.
CREATE FUNCTION proofdesk.decide_disposition(p_key text, p_role text, p_device text, p_batch text,
                                             p_ids text[], p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE
    done jsonb := applied(p_key);
    cid text; held text; why text; f comm_facts; now bigint := now_ms();
    disposed jsonb := '[]'; skipped jsonb := '[]'; already jsonb := '[]';
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['records'], 'approve disposition');
    IF coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A disposition needs a reason.';
    END IF;
    IF coalesce(trim(p_batch), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A disposition names its batch.';
    END IF;
    LOCK TABLE holds IN SHARE MODE; -- no hold is applied between the check and the decision
    LOCK TABLE comm_facts IN SHARE MODE; -- nor a key or retention end changed
    FOREACH cid IN ARRAY p_ids LOOP
        cid := trim(cid);
        why := NULL;
        f := facts_of(cid);
        IF EXISTS (SELECT 1 FROM disposition_decisions d WHERE lower(d.comm_id) = lower(cid)) THEN
            already := already || to_jsonb(cid);
            CONTINUE;
        END IF;
        held := covering_hold(cid);
        IF held IS NOT NULL THEN
            why := format('%s is on legal hold %s and cannot be disposed of.', cid, held);
        ELSIF f.comm_id IS NULL THEN
            why := format('The team has no facts about %s (not published by the team''s publisher), so its '
                          'retention cannot be checked: it cannot be disposed of.', cid);
        ELSIF f.repo_hold THEN
            why := format('%s is held in its repository and cannot be disposed of.', cid);
        ELSIF f.retention_until IS NULL THEN
            why := format('%s has no retention end known to the team: it cannot be disposed of.', cid);
        ELSIF f.retention_until > now THEN
            why := format('The retention of %s runs to %s: it cannot be disposed of before then.', cid,
                          to_char(to_timestamp(f.retention_until / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD'));
        END IF;
        IF why IS NOT NULL THEN
            skipped := skipped || jsonb_build_array(jsonb_build_object('id', cid, 'why', why));
            PERFORM append_entry(p_role, 'disposition.approve', 'refused', 'communication', cid, why, NULL, NULL,
                                 p_device);
        ELSE
            INSERT INTO disposition_decisions VALUES (f.comm_id, p_batch, session_user, now, trim(p_reason));
            disposed := disposed || to_jsonb(f.comm_id);
        END IF;
    END LOOP;
    IF jsonb_array_length(disposed) > 0 THEN
        PERFORM append_entry(p_role, 'disposition.decide', 'done', 'disposition', p_batch, trim(p_reason),
                             NULL, jsonb_build_object('disposed', disposed)::text, p_device);
    END IF;
    PERFORM pg_notify('proofdesk_disposition', p_batch);
    RETURN remember(p_key, jsonb_build_object('batch', p_batch, 'disposed', disposed, 'skipped', skipped,
                                              'already', already));
END $$;

-- Hold ids are told apart without case (as the desks' copies compare them): a new hold whose id
-- differs only in case from another, released or not, is refused.
CREATE FUNCTION proofdesk.hold_id_is_new() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE existing holds;
BEGIN
    SELECT * INTO existing FROM holds WHERE lower(id) = lower(NEW.id);
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL',
            MESSAGE = format('There is a hold %s already (%s): a new hold needs an id of its own, not one that '
                             'differs only in case.', existing.id,
                             CASE WHEN existing.released_at IS NULL THEN 'active' ELSE 'released' END);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER holds_id_is_new BEFORE INSERT ON proofdesk.holds FOR EACH ROW EXECUTE FUNCTION proofdesk.hold_id_is_new();

-- Logins (admin) -------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION proofdesk.add_user(p_key text, p_role text, p_device text, p_login text,
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
    IF coalesce(array_length(p_roles, 1), 0) = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A new login needs at least one role.';
    END IF;
    FOREACH r IN ARRAY p_roles LOOP
        IF team_role(r) IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'PDINV',
                MESSAGE = format('"%s" is not a role: use agent, compliance, records, admin or publisher.', r);
        END IF;
    END LOOP;
    IF p_password IS NULL OR p_password = '' THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    END IF;
    FOREACH r IN ARRAY p_roles LOOP
        EXECUTE format('GRANT %I TO %I', team_role(r), p_login);
    END LOOP;
    PERFORM append_entry(p_role, 'team.user_add', 'done', 'login', p_login, NULL, NULL,
                         jsonb_build_object('roles', to_jsonb(p_roles))::text, p_device);
    RETURN remember(p_key, jsonb_build_object('login', p_login, 'roles', to_jsonb(p_roles)));
END $$;

-- Rights, again, for the team's roles ---------------------------------------------------------
REVOKE ALL ON ALL TABLES IN SCHEMA proofdesk FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA proofdesk FROM PUBLIC;
DO $$
DECLARE
    people text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles WHERE role <> 'publisher');
    everyone text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles);
    readers text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles
                     WHERE role IN ('agent', 'compliance', 'records'));
    publisher text := quote_ident(proofdesk.team_role('publisher'));
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA proofdesk TO %s', everyone);
    EXECUTE format('GRANT SELECT ON proofdesk.holds, proofdesk.hold_items, proofdesk.reissue_requests, '
                   'proofdesk.disposition_decisions, proofdesk.finding_reviews, proofdesk.audit_head, '
                   'proofdesk.schema_migrations, proofdesk.exception_cases, proofdesk.comm_facts, '
                   'proofdesk.facts_publications TO %s', everyone);
    EXECUTE format('GRANT SELECT ON proofdesk.audit_entries TO %s', readers);
    EXECUTE format('GRANT SELECT ON proofdesk.comm_facts_history TO %s',
                   (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles
                    WHERE role IN ('compliance', 'records', 'publisher')));
    EXECUTE format('GRANT INSERT ON proofdesk.facts_staging TO %s', publisher);
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.record, proofdesk.create_hold, proofdesk.stage_hold_items, '
                   'proofdesk.add_hold_items, proofdesk.remove_hold_items, proofdesk.release_hold, '
                   'proofdesk.request_reissue, proofdesk.approve_reissue, proofdesk.reject_reissue, '
                   'proofdesk.cancel_reissue, proofdesk.decide_disposition, proofdesk.review_finding, '
                   'proofdesk.anchor, proofdesk.add_user, proofdesk.hold_json, proofdesk.open_exception_case '
                   'TO %s', people);
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.advance_reissue, proofdesk.audit_head_seq, proofdesk.my_roles, '
                   'proofdesk.am_publisher, proofdesk.now_ms, proofdesk.canonical_entry, proofdesk.applied, '
                   'proofdesk.is_member, proofdesk.team_role, proofdesk.facts_of, proofdesk.covering_hold TO %s', everyone);
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.publish_facts TO %s', publisher);
END $$;

-- No call waits for a lock without limit: a member who keeps the audit head (or a hold, or a
-- request) locked in an open transaction makes the others' calls fail after 5 s, saying so,
-- instead of stalling every desk; the server ends that idle transaction after 30 s.
DO $$
DECLARE fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'proofdesk' AND p.prosecdef LOOP
        EXECUTE format('ALTER FUNCTION %s SET lock_timeout = ''5s''', fn);
    END LOOP;
END $$;
