-- Proofdesk team database, migration 3 (issue #25, item 4 in team mode): the workflow engine's
-- own end of a sent reissue. A request sent to a workflow repository can be ended by the engine
-- (a case deleted, or completed with a rejection): the desk that sent it learns that from the
-- engine's history and tells the team, so that every desk shows it rejected or cancelled with
-- the engine's reason, instead of "sent" for ever. Only the sending desk (the approver's, or
-- the requester's when no approval was needed) or the publisher may say so, and only of a
-- request that was sent.
--
-- And the team's logins with their roles, for any member to read (`roles list` on a team's
-- folder shows the team's, not the folder's old local grants).

-- The login whose desk sends a request (the approver's, or the requester's when none was
-- needed), as advance_reissue decides it; the publisher speaks for the repositories.
CREATE FUNCTION proofdesk.reissue_sender(r proofdesk.reissue_requests) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN r.needs_approval THEN r.approved_by ELSE r.requested_by END $$;

CREATE FUNCTION proofdesk.speaks_for_reissue(r proofdesk.reissue_requests) RETURNS boolean
LANGUAGE sql STABLE SET search_path = proofdesk, pg_temp AS $$
    SELECT is_member('publisher') OR (lower(session_user) = lower(coalesce(reissue_sender(r), ''))
                                      AND (is_member('agent') OR is_member('compliance')))
$$;

CREATE FUNCTION proofdesk.end_reissue_by_engine(p_key text, p_device text, p_id text, p_to text, p_reason text,
                                                p_engine jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb := applied(p_key); r reissue_requests;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    IF p_to IS NULL OR p_to NOT IN ('rejected', 'cancelled') THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV',
            MESSAGE = format('The engine ends a reissue as rejected or cancelled, not as %s.', coalesce(p_to, 'nothing'));
    END IF;
    SELECT * INTO r FROM reissue_requests WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD', MESSAGE = format('There is no reissue request %s.', p_id);
    END IF;
    IF NOT speaks_for_reissue(r) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDREF',
            MESSAGE = format('%s may not say how the engine ended reissue %s: only the desk that sent it (%s) or the '
                             'team''s publisher may.', session_user, r.id, coalesce(reissue_sender(r), 'nobody yet'));
    END IF;
    IF r.status <> 'sent' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL',
            MESSAGE = format('Reissue request %s is %s, not sent: the engine cannot have ended it.', r.id, r.status);
    END IF;
    UPDATE reissue_requests SET status = p_to, updated_at = now_ms(),
        decision_note = coalesce(nullif(p_reason, ''), decision_note) WHERE id = r.id;
    PERFORM append_entry('system', 'reissue.engine_outcome', 'done', 'reissue', r.id, nullif(p_reason, ''),
                         jsonb_build_object('status', 'sent')::text,
                         (coalesce(p_engine, '{}'::jsonb) || jsonb_build_object('status', p_to,
                             'engine_reason', nullif(p_reason, '')))::text, p_device);
    PERFORM pg_notify('proofdesk_reissues', r.id);
    RETURN remember(p_key, (SELECT to_jsonb(x) FROM reissue_requests x WHERE x.id = r.id));
END $$;

CREATE FUNCTION proofdesk.team_members() RETURNS TABLE (login text, role text, granted_by text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT m.rolname::text, t.role, g.rolname::text
    FROM team_roles t
    JOIN pg_roles r ON r.rolname = t.rolname
    JOIN pg_auth_members am ON am.roleid = r.oid
    JOIN pg_roles m ON m.oid = am.member
    LEFT JOIN pg_roles g ON g.oid = am.grantor
    ORDER BY 1, 2
$$;

REVOKE ALL ON FUNCTION proofdesk.end_reissue_by_engine, proofdesk.team_members, proofdesk.reissue_sender,
    proofdesk.speaks_for_reissue FROM PUBLIC;
ALTER FUNCTION proofdesk.end_reissue_by_engine SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.team_members SET lock_timeout = '5s';
DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.end_reissue_by_engine TO %s',
                   (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles
                    WHERE role IN ('agent', 'compliance', 'publisher')));
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.team_members TO %s',
                   (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles));
END $$;

-- Disposition of many communications at once (issue #26): 10,000 ids took 15 s on the server.
-- Each id's "decided before?" read every decision (ids are compared without case, and only the
-- exact id was indexed): 1.4 s with the index below. The rest was the answer's JSON arrays
-- grown one id at a time, each time a copy: now gathered in arrays and made JSON once, 0.3 s.
-- The same rules, id by id, in the same order.
CREATE INDEX disposition_decisions_lower ON proofdesk.disposition_decisions (lower(comm_id));

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
        IF EXISTS (SELECT 1 FROM disposition_decisions d WHERE lower(d.comm_id) = lower(cid)) THEN
            already := array_append(already, cid);
            CONTINUE;
        END IF;
        f := facts_of(cid);
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
