-- Proofdesk team database, migration 4 (issues #38 and #39; docs/team-database.md). Runs once,
-- in one transaction, as the database's owner: the cluster's Proofdesk steward, a login with
-- CREATEROLE that belongs to no team's people (docs/team-database.md "Who owns a team"). Never
-- edit a migration that has shipped: add the next one.
--
--  * One folding: proofdesk.fold(text) folds case exactly as the desks do (Qt's
--    QChar::toCaseFolded, Unicode simple case folding, whatever the server's locale). It is
--    made by teamschema.cpp from Qt's own table just before this script runs. Ids, business
--    keys and destinations compare folded; the rule "a resend to the original destination
--    needs no approval" is one function, resend_needs_approval().
--  * A login is the team's publisher or one of its people, never both: is_member() says no to
--    a person's role on a publishing login and to the publisher's role on a person's.
--  * Logins are managed only through add_user(), whose owner (the steward) is the only role
--    of the team with CREATEROLE; a new login may not take a name of the teams' roles.
--  * Nobody stalls the others: a session that keeps the team's records locked for more than
--    5 s after a call returned (idle, or busy with something else) is ended by the next call
--    (its idle-in-transaction timeout is the member's to lift; this bound is not). Idempotency
--    keys are claimed by a row that only the same login can wait on, never by an advisory lock
--    anyone can take.
--  * A reissue names its repository by identity (kind and canonical location, as every desk
--    computes it: team/repositoryidentity.h), never by a desk's local number; request ids
--    compare folded.
--  * Facts of communications that left the publisher's cache or its sync scope are withdrawn:
--    the team then knows nothing of them (a resend needs approval, nothing is disposed of).

-- One folding ------------------------------------------------------------------------------
-- Every index that compared lower() is rebuilt on fold(), and every function that compared
-- lower() is replaced below with the same code folding instead.
CREATE UNIQUE INDEX comm_facts_fold ON proofdesk.comm_facts (proofdesk.fold(comm_id));
DROP INDEX proofdesk.comm_facts_id;
CREATE INDEX comm_facts_history_fold ON proofdesk.comm_facts_history (proofdesk.fold(comm_id));
DROP INDEX proofdesk.comm_facts_history_id;
CREATE INDEX hold_items_fold ON proofdesk.hold_items (proofdesk.fold(comm_id));
DROP INDEX proofdesk.hold_items_comm;
CREATE INDEX disposition_decisions_fold ON proofdesk.disposition_decisions (proofdesk.fold(comm_id));
DROP INDEX proofdesk.disposition_decisions_lower;
CREATE INDEX holds_fold ON proofdesk.holds (proofdesk.fold(id));
CREATE INDEX audit_user_fold ON proofdesk.audit_entries (proofdesk.fold("user"), seq);
DROP INDEX proofdesk.audit_user;
CREATE INDEX audit_object_fold ON proofdesk.audit_entries (object_type, proofdesk.fold(object_id), seq);
DROP INDEX proofdesk.audit_object;
CREATE INDEX reissue_requests_fold ON proofdesk.reissue_requests (proofdesk.fold(id));

-- The rule, in one place on the server: a regeneration, another channel, another destination
-- (folded as the desk folds), or an original the team does not know needs a compliance
-- officer's approval. The desks' rule (the resend-needs-approval function of models/) is
-- checked against the same table of cases (tests/team/sql/11_one_folding.sql).
CREATE FUNCTION proofdesk.resend_needs_approval(p_mode text, p_channel text, p_destination text,
                                                p_original_known boolean, p_original_channel text,
                                                p_original_destination text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_mode IS DISTINCT FROM 'resend' OR NOT coalesce(p_original_known, false)
        OR proofdesk.fold(p_channel) IS DISTINCT FROM proofdesk.fold(p_original_channel)
        OR proofdesk.fold(coalesce(p_destination, '')) <> proofdesk.fold(coalesce(p_original_destination, ''))
$$;

-- Roles: the publisher is no person -------------------------------------------------------
-- The old is_member(): whether the login is in the team's role p_role, whatever else it is.
ALTER FUNCTION proofdesk.is_member(text) RENAME TO holds_team_role;
-- Whether the login was given the team's role p_role, directly or through another role (a
-- superuser holds every role without being given it: what it was given is what it is).
CREATE FUNCTION proofdesk.granted_team_role(p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    WITH RECURSIVE given(roleid) AS (
        SELECT m.roleid FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = session_user
        UNION
        SELECT m.roleid FROM pg_auth_members m JOIN given g ON m.member = g.roleid)
    SELECT EXISTS (SELECT 1 FROM given g JOIN pg_roles r ON r.oid = g.roleid JOIN team_roles t ON t.rolname = r.rolname
                   WHERE t.role = p_role)
$$;
CREATE FUNCTION proofdesk.is_member(p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT CASE WHEN p_role = 'publisher'
                THEN holds_team_role('publisher')
                     AND NOT (granted_team_role('agent') OR granted_team_role('compliance')
                              OR granted_team_role('records') OR granted_team_role('admin'))
                ELSE holds_team_role(p_role) AND NOT granted_team_role('publisher') END
$$;
-- The row-level policy of the trail names is_member by its oid: the renamed function.
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

-- Logins (admin), through the steward's CREATEROLE only: a person's role and the publisher's
-- are never given together, and no login takes a name of the shape of the teams' roles (a
-- team created later would find its role taken).
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
    IF p_login ~ '^(pd_|proofdesk|pg_)' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV',
            MESSAGE = format('"%s" is not a login name: pd_…, proofdesk… and pg_… are the names of the teams'' and the '
                             'server''s roles.', p_login);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL',
            MESSAGE = format('The login %s exists already (on this server, maybe in another team): a team adds '
                             'logins of its own only.', p_login);
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
    IF 'publisher' = ANY (p_roles) AND cardinality(array_remove(p_roles, 'publisher')) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV',
            MESSAGE = format('%s cannot be the publisher and %s: the publisher is a service''s login, a person has '
                             'a login of their own.', p_login, array_to_string(array_remove(p_roles, 'publisher'), ', '));
    END IF;
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

-- The logins of the cluster that can change this team's logins and memberships besides its
-- owner: on PostgreSQL 15 CREATEROLE reaches every role that is not a superuser's. `team
-- status` names them; none should exist.
CREATE FUNCTION proofdesk.role_managers() RETURNS TABLE (login text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT r.rolname::text FROM pg_roles r
    WHERE r.rolcreaterole AND NOT r.rolsuper
      AND r.oid <> (SELECT d.datdba FROM pg_database d WHERE d.datname = current_database())
    ORDER BY 1
$$;

-- Nobody stalls the others ---------------------------------------------------------------------
-- Every call takes, as it returns, a lock on proofdesk.call_marks (a table that never has a
-- row; members have no right on it, so none can take this lock outside a call, nor one that
-- stands in its way): visible to every session at once (pg_locks), released only when the
-- caller's transaction ends, impossible for the caller to release earlier. When it was taken
-- is a shared advisory lock beside it (key 1885626226, "pd_r", and the second, counted from
-- 2020): a session's oldest such key is its first call's return (more keys only make it older;
-- one that could not be taken, because someone holds that key exclusively, counts from the
-- start of the transaction, older still). A session that has held the mark 5 s has kept
-- whatever its calls locked (the trail's head, a hold, a request) past its call, idle or busy
-- with something else: the next call on this database ends it. Desks commit every call at
-- once; a long call of someone else's holds no mark while it runs.
CREATE TABLE proofdesk.call_marks (never int);
REVOKE ALL ON proofdesk.call_marks FROM PUBLIC;

CREATE FUNCTION proofdesk.call_clock() RETURNS int
LANGUAGE sql VOLATILE AS $$ SELECT floor(extract(epoch FROM clock_timestamp()) - 1577836800)::int $$;

CREATE FUNCTION proofdesk.stalled_sessions(p_held_for int DEFAULT 5)
RETURNS TABLE (pid int, login text, held_s int)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    WITH here AS (SELECT d.oid FROM pg_database d WHERE d.datname = current_database()),
    marked AS (
        SELECT l.pid, a.usename::text AS login,
               coalesce((SELECT min(k.objid::bigint) FROM pg_locks k
                         WHERE k.pid = l.pid AND k.locktype = 'advisory' AND k.classid = 1885626226::oid
                           AND k.objsubid = 2 AND k.granted),
                        floor(extract(epoch FROM a.xact_start) - 1577836800)::bigint) AS since
        FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'relation' AND l.relation = 'proofdesk.call_marks'::regclass AND l.granted
          AND l.database = (SELECT oid FROM here) AND l.pid <> pg_backend_pid())
    SELECT pid, login, (call_clock() - since)::int FROM marked WHERE call_clock() - since >= p_held_for
$$;

-- Ends the sessions of this database that have held the team's records for 5 s past a call,
-- each recorded in the trail. Ending another login's session needs pg_signal_backend (the
-- steward is given it below); without it the stalled session is named in the server log.
CREATE FUNCTION proofdesk.end_stalled_sessions() RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE s record; ended int := 0;
BEGIN
    -- Almost always nobody holds a mark (desks commit each call): one look at the lock table.
    IF NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'relation' AND relation = 'proofdesk.call_marks'::regclass
                   AND pid <> pg_backend_pid()) THEN
        RETURN 0;
    END IF;
    FOR s IN SELECT * FROM stalled_sessions(5) LOOP
        BEGIN
            IF pg_terminate_backend(s.pid, 2000) THEN
                ended := ended + 1;
                PERFORM append_entry('system', 'team.session_end', 'done', 'login', s.login,
                    format('session %s kept the team''s records locked %s s after its call returned', s.pid, s.held_s),
                    NULL, NULL, 'server');
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'session % of % has kept the team''s records locked % s: the team database may not end it '
                          '(its owner needs pg_signal_backend)', s.pid, s.login, s.held_s;
        END;
    END LOOP;
    RETURN ended;
END $$;

-- The owner ends stalled sessions with pg_signal_backend, and reads when another login's
-- transaction began with pg_read_all_stats (a CREATEROLE login may take both on PostgreSQL 15;
-- the DBA gives them otherwise: docs/team-database.md).
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['pg_signal_backend', 'pg_read_all_stats'] LOOP
        BEGIN
            IF NOT pg_has_role(current_user, r, 'MEMBER') THEN
                EXECUTE format('GRANT %I TO %I', r, current_user);
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING '% cannot take %: a stalled session may be named rather than ended (%)', current_user, r, SQLERRM;
        END;
    END LOOP;
END $$;

-- Idempotency keys: a claim row per login and key, inserted at the start of the call and given
-- its result at the end. A retry that arrives while the first attempt runs waits on that
-- uncommitted row (only the same login can: the key is the login's) and then reads its result;
-- nobody else can take a lock that stands in the way, as anyone could take an advisory lock.
ALTER TABLE proofdesk.applied_actions ALTER COLUMN result DROP NOT NULL;

CREATE OR REPLACE FUNCTION proofdesk.applied(p_key text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE result jsonb;
BEGIN
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

CREATE OR REPLACE FUNCTION proofdesk.remember(p_key text, p_result jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
BEGIN
    IF p_key IS NOT NULL AND p_key <> '' THEN
        INSERT INTO applied_actions VALUES (p_key, session_user, p_result, now_ms())
        ON CONFLICT (login, key) DO UPDATE SET result = excluded.result;
    END IF;
    -- The call returned (see above). Neither waits: nobody may lock call_marks otherwise, and a
    -- time key someone holds exclusively is left to the start of the transaction.
    LOCK TABLE call_marks IN ROW SHARE MODE;
    PERFORM pg_try_advisory_xact_lock_shared(1885626226, call_clock());
    RETURN p_result;
END $$;

-- Reissues: repository by identity, ids folded ---------------------------------------------
ALTER TABLE proofdesk.reissue_requests ADD COLUMN repository text;

-- The stored id of a request whose id folds to p_id's (p_id itself when there is none).
CREATE FUNCTION proofdesk.reissue_id(p_id text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT coalesce((SELECT id FROM reissue_requests WHERE fold(id) = fold(p_id) ORDER BY id = p_id DESC, id LIMIT 1),
                    p_id)
$$;

-- A new request id that differs from another only in case is refused (as hold ids are).
CREATE FUNCTION proofdesk.reissue_id_is_new() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM reissue_requests WHERE fold(id) = fold(NEW.id)) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL',
            MESSAGE = format('There is a reissue request %s already: a new request needs an id of its own, not one '
                             'that differs only in case.', reissue_id(NEW.id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER reissue_requests_id_is_new BEFORE INSERT ON proofdesk.reissue_requests
    FOR EACH ROW EXECUTE FUNCTION proofdesk.reissue_id_is_new();

-- The calls that name a request find it folded: the old functions, renamed, are called with the
-- stored id (members keep no right on them).
ALTER FUNCTION proofdesk.approve_reissue(text, text, text, text, text) RENAME TO approve_reissue_by_id;
ALTER FUNCTION proofdesk.reject_reissue(text, text, text, text, text) RENAME TO reject_reissue_by_id;
ALTER FUNCTION proofdesk.cancel_reissue(text, text, text, text, text) RENAME TO cancel_reissue_by_id;
ALTER FUNCTION proofdesk.end_reissue_by_engine(text, text, text, text, text, jsonb) RENAME TO end_reissue_by_engine_by_id;
CREATE FUNCTION proofdesk.approve_reissue(p_key text, p_role text, p_device text, p_id text, p_note text)
RETURNS jsonb LANGUAGE sql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT approve_reissue_by_id(p_key, p_role, p_device, reissue_id(p_id), p_note) $$;
CREATE FUNCTION proofdesk.reject_reissue(p_key text, p_role text, p_device text, p_id text, p_note text)
RETURNS jsonb LANGUAGE sql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT reject_reissue_by_id(p_key, p_role, p_device, reissue_id(p_id), p_note) $$;
CREATE FUNCTION proofdesk.cancel_reissue(p_key text, p_role text, p_device text, p_id text, p_reason text)
RETURNS jsonb LANGUAGE sql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT cancel_reissue_by_id(p_key, p_role, p_device, reissue_id(p_id), p_reason) $$;
CREATE FUNCTION proofdesk.end_reissue_by_engine(p_key text, p_device text, p_id text, p_to text, p_reason text,
                                                p_engine jsonb)
RETURNS jsonb LANGUAGE sql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT end_reissue_by_engine_by_id(p_key, p_device, reissue_id(p_id), p_to, p_reason, p_engine) $$;

-- The server decides who asked, when, what the original was, which repository holds it, and
-- whether approval is needed (resend_needs_approval, on the server's facts).
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
    r.requested_by := session_user;
    r.requested_at := now_ms();
    r.updated_at := r.requested_at;
    r.repo_id := NULL; -- a desk's own number for its repository means nothing on another desk
    f := facts_of(r.comm_id);
    IF f.comm_id IS NULL THEN
        why := format('the team has no facts about %s (not published, or withdrawn by the publisher), so its '
                      'original destination is not known and a compliance officer''s approval is needed', r.comm_id);
        r.original_channel := coalesce(r.channel, '');
        r.original_destination := NULL;
    ELSE
        r.comm_id := f.comm_id;
        r.original_channel := f.channel;
        r.original_destination := f.destination;
        r.repository := f.repository; -- the publisher's word, not the desk's
        why := CASE WHEN resend_needs_approval(r.mode, r.channel, r.destination, true, f.channel, f.destination)
                    THEN 'a regeneration or a changed channel or destination needs a compliance officer''s approval'
                    ELSE 'a resend to the original destination needs no approval' END;
    END IF;
    r.needs_approval := resend_needs_approval(r.mode, r.channel, r.destination, f.comm_id IS NOT NULL, f.channel,
                                              f.destination);
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

-- The steps after approval (migration 2's rules), the request found folded and the fulfilling
-- communication compared folded.
CREATE OR REPLACE FUNCTION proofdesk.advance_reissue(p_key text, p_device text, p_id text, p_to text,
                                                     p_fulfilled_comm_id text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); from_states text[]; r reissue_requests; f comm_facts;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    from_states := CASE p_to WHEN 'queued' THEN ARRAY['approved']
                             WHEN 'sent' THEN ARRAY['approved', 'queued']
                             WHEN 'fulfilled' THEN ARRAY['approved', 'queued', 'sent']
                             ELSE NULL END;
    IF from_states IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = format('%s is not a step after approval.', p_to);
    END IF;
    SELECT * INTO r FROM reissue_requests WHERE id = reissue_id(p_id);
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD', MESSAGE = format('There is no reissue request %s.', p_id);
    END IF;
    IF NOT speaks_for_reissue(r) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s may not mark reissue %s %s: only the desk that sends it (%s) or the team''s '
                             'publisher may.', session_user, r.id, p_to, coalesce(reissue_sender(r), 'nobody yet'));
    END IF;
    IF p_to = 'fulfilled' THEN
        IF coalesce(trim(p_fulfilled_comm_id), '') = '' OR fold(p_fulfilled_comm_id) = fold(r.comm_id) THEN
            RAISE EXCEPTION USING ERRCODE = 'PDINV',
                MESSAGE = format('Reissue %s is fulfilled by the new communication that answers it, not by "%s".',
                                 r.id, coalesce(p_fulfilled_comm_id, ''));
        END IF;
        f := facts_of(p_fulfilled_comm_id);
        IF f.comm_id IS NOT NULL AND f.reissue_of IS NOT NULL AND fold(f.reissue_of) <> fold(r.comm_id) THEN
            RAISE EXCEPTION USING ERRCODE = 'PDINV',
                MESSAGE = format('%s reissues %s, not %s: it does not fulfil reissue %s.', f.comm_id, f.reissue_of,
                                 r.comm_id, r.id);
        END IF;
        UPDATE reissue_requests SET fulfilled_comm_id = p_fulfilled_comm_id, fulfilled_at = now_ms()
        WHERE id = r.id AND status = ANY (from_states);
    END IF;
    RETURN remember(p_key, reissue_status(NULL, 'system', p_device, r.id, from_states, p_to,
                                          'reissue.' || CASE p_to WHEN 'queued' THEN 'queue'
                                                                  WHEN 'sent' THEN 'send' ELSE 'fulfil' END,
                                          NULL, NULL));
END $$;

-- Holds: ids and items folded --------------------------------------------------------------
CREATE OR REPLACE FUNCTION proofdesk.hold_id_is_new() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE existing holds;
BEGIN
    SELECT * INTO existing FROM holds WHERE fold(id) = fold(NEW.id);
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL',
            MESSAGE = format('There is a hold %s already (%s): a new hold needs an id of its own, not one that '
                             'differs only in case.', existing.id,
                             CASE WHEN existing.released_at IS NULL THEN 'active' ELSE 'released' END);
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION proofdesk.active_hold(p_id text) RETURNS proofdesk.holds
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE h holds;
BEGIN
    SELECT * INTO h FROM holds WHERE fold(id) = fold(p_id) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD', MESSAGE = format('There is no hold %s.', p_id);
    END IF;
    IF h.released_at IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL',
            MESSAGE = format('Hold %s was released by %s and takes no more changes.', h.id, h.released_by);
    END IF;
    RETURN h;
END $$;

CREATE OR REPLACE FUNCTION proofdesk.remove_hold_items(p_key text, p_role text, p_device text, p_hold text,
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
    WHERE hold_id = h.id AND removed_at IS NULL AND fold(comm_id) = ANY (SELECT fold(x) FROM unnest(p_ids) x);
    GET DIAGNOSTICS n = ROW_COUNT;
    UPDATE holds SET revision = revision + 1 WHERE id = h.id;
    PERFORM append_entry(p_role, 'hold.remove', 'done', 'hold', h.id, trim(p_reason), NULL,
                         jsonb_build_object('removed', n, 'ids', to_jsonb(p_ids[1:100]))::text, p_device);
    PERFORM pg_notify('proofdesk_holds', h.id);
    RETURN remember(p_key, jsonb_build_object('count', n));
END $$;

-- Facts: folded, and withdrawn ------------------------------------------------------------
CREATE OR REPLACE FUNCTION proofdesk.facts_of(p_comm_id text) RETURNS proofdesk.comm_facts
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT * FROM comm_facts WHERE fold(comm_id) = fold(p_comm_id)
$$;

-- Scope holds match the server's keys folded as the desks fold them (Épargne = ÉPARGNE).
CREATE OR REPLACE FUNCTION proofdesk.covering_hold(p_comm_id text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT h.id FROM holds h
    WHERE h.released_at IS NULL AND (
          EXISTS (SELECT 1 FROM hold_items i WHERE i.hold_id = h.id AND i.removed_at IS NULL
                  AND fold(i.comm_id) = fold(p_comm_id))
       OR (h.scope_field IS NOT NULL AND EXISTS (
               SELECT 1 FROM comm_facts f WHERE fold(f.comm_id) = fold(p_comm_id)
               AND fold(f.business_keys ->> h.scope_field) = fold(h.scope_value))))
    ORDER BY h.id LIMIT 1
$$;

-- migration 2's publish_facts, ids compared folded.
CREATE OR REPLACE FUNCTION proofdesk.publish_facts(p_key text, p_device text) RETURNS jsonb
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
                             '(%s), and a login with a person''s role never has it.', session_user,
                             team_role('publisher'));
    END IF;
    IF to_regclass('pg_temp.pub_rows') IS NOT NULL THEN -- a second publish in one transaction
        DROP TABLE pg_temp.pub_rows, pg_temp.pub_changed;
    END IF;
    CREATE TEMP TABLE pub_rows ON COMMIT DROP AS
        SELECT DISTINCT ON (fold(comm_id)) * FROM facts_staging WHERE login = session_user
        ORDER BY fold(comm_id), ctid DESC;
    GET DIAGNOSTICS n_staged = ROW_COUNT;
    DELETE FROM facts_staging WHERE login = session_user;
    INSERT INTO facts_publications(at, login, device, staged, inserted, updated, unchanged)
    VALUES (now_ms(), session_user, coalesce(nullif(p_device, ''), 'server'), n_staged, 0, 0, 0) RETURNING * INTO pub;
    CREATE TEMP TABLE pub_changed ON COMMIT DROP AS
        SELECT s.* FROM pub_rows s JOIN comm_facts f ON fold(f.comm_id) = fold(s.comm_id)
        WHERE (f.comm_id, f.repository, f.business_keys, f.channel, f.destination, f.issued_at, f.retention_until,
               f.sha256, f.repo_hold, f.deleted_at, f.reissue_of)
              IS DISTINCT FROM
              (s.comm_id, s.repository, s.business_keys, s.channel, s.destination, s.issued_at, s.retention_until,
               s.sha256, s.repo_hold, s.deleted_at, s.reissue_of);
    INSERT INTO comm_facts_history
        SELECT f.*, pub.seq FROM comm_facts f JOIN pub_changed s ON fold(f.comm_id) = fold(s.comm_id);
    UPDATE comm_facts f SET comm_id = s.comm_id, repository = s.repository, business_keys = s.business_keys,
        channel = s.channel, destination = s.destination, issued_at = s.issued_at,
        retention_until = s.retention_until, sha256 = s.sha256, repo_hold = s.repo_hold,
        deleted_at = s.deleted_at, reissue_of = s.reissue_of, publication = pub.seq
    FROM pub_changed s WHERE fold(f.comm_id) = fold(s.comm_id);
    GET DIAGNOSTICS n_updated = ROW_COUNT;
    INSERT INTO comm_facts(comm_id, repository, business_keys, channel, destination, issued_at, retention_until,
                           sha256, repo_hold, deleted_at, reissue_of, publication)
    SELECT s.comm_id, s.repository, s.business_keys, s.channel, s.destination, s.issued_at, s.retention_until,
           s.sha256, s.repo_hold, s.deleted_at, s.reissue_of, pub.seq
    FROM pub_rows s WHERE NOT EXISTS (SELECT 1 FROM comm_facts f WHERE fold(f.comm_id) = fold(s.comm_id));
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

-- What the publisher can no longer vouch for: a communication gone from its cache (deleted in
-- the repository, or evicted when it left the sync scope) or kept there outside its scope (a
-- held one, whose repository the sync no longer asks about it). Its facts leave comm_facts
-- (kept in the history, replaced by this publication), so every rule treats it as unknown:
-- a resend needs approval, it is not disposed of, until the publisher publishes it again.
CREATE TABLE proofdesk.facts_withdrawals (
    comm_id     text NOT NULL,
    why         text NOT NULL CHECK (why IN ('gone', 'out_of_scope')),
    publication bigint NOT NULL REFERENCES proofdesk.facts_publications(seq),
    at          bigint NOT NULL
);
CREATE INDEX facts_withdrawals_fold ON proofdesk.facts_withdrawals (proofdesk.fold(comm_id));
ALTER TABLE proofdesk.facts_publications ADD COLUMN withdrawn bigint NOT NULL DEFAULT 0;

CREATE FUNCTION proofdesk.withdraw_facts(p_key text, p_device text, p_ids text[], p_why text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); pub facts_publications; n bigint; result jsonb;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    IF NOT is_member('publisher') THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s may not withdraw facts about communications: that needs the team''s publisher role.',
                             session_user);
    END IF;
    IF p_why IS NULL OR p_why NOT IN ('gone', 'out_of_scope') THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV',
            MESSAGE = format('Facts are withdrawn as gone or out_of_scope, not as %s.', coalesce(p_why, 'nothing'));
    END IF;
    IF to_regclass('pg_temp.pub_withdrawn') IS NOT NULL THEN -- gone and out of scope may go in one transaction
        DROP TABLE pg_temp.pub_withdrawn;
    END IF;
    CREATE TEMP TABLE pub_withdrawn ON COMMIT DROP AS
        SELECT f.* FROM comm_facts f WHERE fold(f.comm_id) IN (SELECT fold(x) FROM unnest(p_ids) x);
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN -- withdrawn before (a publisher names what it keeps outside its scope at every publish)
        RETURN remember(p_key, jsonb_build_object('publication', 0, 'withdrawn', 0, 'why', p_why));
    END IF;
    INSERT INTO facts_publications(at, login, device, staged, inserted, updated, unchanged)
    VALUES (now_ms(), session_user, coalesce(nullif(p_device, ''), 'server'), 0, 0, 0, 0) RETURNING * INTO pub;
    INSERT INTO comm_facts_history SELECT w.*, pub.seq FROM pub_withdrawn w;
    DELETE FROM comm_facts f USING pub_withdrawn w WHERE f.comm_id = w.comm_id;
    INSERT INTO facts_withdrawals SELECT w.comm_id, p_why, pub.seq, pub.at FROM pub_withdrawn w;
    UPDATE facts_publications SET withdrawn = n WHERE seq = pub.seq;
    result := jsonb_build_object('publication', pub.seq, 'withdrawn', n, 'why', p_why);
    PERFORM append_entry('publisher', 'facts.withdraw', 'done', 'facts', pub.seq::text, p_why, NULL,
                         (result || jsonb_build_object('ids', (SELECT to_jsonb(array_agg(comm_id ORDER BY comm_id))
                                                               FROM (SELECT comm_id FROM pub_withdrawn
                                                                     ORDER BY comm_id LIMIT 100) x)))::text,
                         p_device);
    RETURN remember(p_key, result);
END $$;

-- The ids whose facts are withdrawn now (not published again since): a publisher whose cache
-- has one of them back in scope publishes it again.
-- (p_why: only those withdrawn for that reason; a publisher asks for out_of_scope ones at
-- every publish, a few kept letters, never the many gone ones).
CREATE INDEX facts_withdrawals_out_of_scope ON proofdesk.facts_withdrawals (proofdesk.fold(comm_id))
    WHERE why = 'out_of_scope';
CREATE FUNCTION proofdesk.withdrawn_facts(p_why text DEFAULT NULL) RETURNS TABLE (comm_id text, why text, at bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT DISTINCT ON (fold(w.comm_id)) w.comm_id, w.why, w.at FROM facts_withdrawals w
    WHERE (p_why IS NULL OR w.why = p_why)
      AND NOT EXISTS (SELECT 1 FROM comm_facts f WHERE fold(f.comm_id) = fold(w.comm_id))
    ORDER BY fold(w.comm_id), w.publication DESC
$$;

-- Disposition (migration 3's), decisions found folded.
CREATE OR REPLACE FUNCTION proofdesk.decide_disposition(p_key text, p_role text, p_device text, p_batch text,
                                                        p_ids text[], p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    done jsonb := applied(p_key);
    cid text; held text; why text; f comm_facts; now bigint := now_ms();
    disposed text[] := '{}'; skipped_ids text[] := '{}'; skipped_why text[] := '{}'; already text[] := '{}';
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
        IF EXISTS (SELECT 1 FROM disposition_decisions d WHERE fold(d.comm_id) = fold(cid)) THEN
            already := array_append(already, cid);
            CONTINUE;
        END IF;
        f := facts_of(cid);
        held := covering_hold(cid);
        IF held IS NOT NULL THEN
            why := format('%s is on legal hold %s and cannot be disposed of.', cid, held);
        ELSIF f.comm_id IS NULL THEN
            why := format('The team has no facts about %s (not published by the team''s publisher, or withdrawn by '
                          'it), so its retention cannot be checked: it cannot be disposed of.', cid);
        ELSIF f.repo_hold THEN
            why := format('%s is held in its repository and cannot be disposed of.', cid);
        ELSIF f.retention_until IS NULL THEN
            why := format('%s has no retention end known to the team: it cannot be disposed of.', cid);
        ELSIF f.retention_until > now THEN
            why := format('The retention of %s runs to %s: it cannot be disposed of before then.', cid,
                          to_char(to_timestamp(f.retention_until / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD'));
        END IF;
        IF why IS NOT NULL THEN
            skipped_ids := array_append(skipped_ids, cid);
            skipped_why := array_append(skipped_why, why);
            PERFORM append_entry(p_role, 'disposition.approve', 'refused', 'communication', cid, why, NULL, NULL,
                                 p_device);
        ELSE
            INSERT INTO disposition_decisions VALUES (f.comm_id, p_batch, session_user, now, trim(p_reason));
            disposed := array_append(disposed, f.comm_id);
        END IF;
    END LOOP;
    IF cardinality(disposed) > 0 THEN
        PERFORM append_entry(p_role, 'disposition.decide', 'done', 'disposition', p_batch, trim(p_reason),
                             NULL, jsonb_build_object('disposed', to_jsonb(disposed))::text, p_device);
    END IF;
    PERFORM pg_notify('proofdesk_disposition', p_batch);
    RETURN remember(p_key, jsonb_build_object(
        'batch', p_batch, 'disposed', to_jsonb(disposed),
        'skipped', coalesce((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'why', s.why) ORDER BY s.n)
                             FROM unnest(skipped_ids, skipped_why) WITH ORDINALITY AS s(id, why, n)), '[]'::jsonb),
        'already', to_jsonb(already)));
END $$;

-- Rights for what is new; every function waits at most 5 s for a lock ------------------------
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA proofdesk FROM PUBLIC;
REVOKE ALL ON proofdesk.facts_withdrawals FROM PUBLIC;
DO $$
DECLARE
    everyone text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles);
    people text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles WHERE role <> 'publisher');
    senders text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles
                     WHERE role IN ('agent', 'compliance', 'publisher'));
    publisher text := quote_ident(proofdesk.team_role('publisher'));
BEGIN
    EXECUTE format('REVOKE ALL ON FUNCTION proofdesk.approve_reissue_by_id, proofdesk.reject_reissue_by_id, '
                   'proofdesk.cancel_reissue_by_id, proofdesk.end_reissue_by_engine_by_id, proofdesk.holds_team_role, '
                   'proofdesk.granted_team_role, '
                   'proofdesk.end_stalled_sessions, proofdesk.reissue_id FROM %s', everyone);
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.approve_reissue, proofdesk.reject_reissue, '
                   'proofdesk.cancel_reissue TO %s', people);
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.end_reissue_by_engine TO %s', senders);
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.is_member, proofdesk.fold, proofdesk.resend_needs_approval, '
                   'proofdesk.role_managers, proofdesk.stalled_sessions, proofdesk.call_clock TO %s', everyone);
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.withdraw_facts, proofdesk.withdrawn_facts TO %s', publisher);
    EXECUTE format('GRANT SELECT ON proofdesk.facts_withdrawals TO %s', everyone);
END $$;
DO $$
DECLARE fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'proofdesk' AND p.prosecdef
                AND NOT coalesce(p.proconfig, '{}') @> ARRAY['lock_timeout=5s'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET lock_timeout = ''5s''', fn);
    END LOOP;
END $$;
