-- Team migration 5 (issue #38, "one rule, one answer"): the server decides a resend as the
-- desks decide it, and a desk can ask what it would decide before asking for anything.
--
-- resend_needs_approval() compared destinations folded only. A desk (domain/reissuerules.h)
-- compares them trimmed, with every run of white space made one space, and folded, and
-- channels trimmed and folded: a postal address written on two lines and on one is one
-- destination on a desk and was two here (tests/rules/reissue_approval.csv found it).
-- proofdesk.simplified() is QString::simplified(), made by the client from QChar::isSpace as
-- fold() is from Qt's folding (teamfold.h), in the same transaction.

CREATE FUNCTION proofdesk.same_destination(p_a text, p_b text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT proofdesk.fold(proofdesk.simplified(coalesce(p_a, '')))
         = proofdesk.fold(proofdesk.simplified(coalesce(p_b, '')))
$$;

CREATE OR REPLACE FUNCTION proofdesk.resend_needs_approval(p_mode text, p_channel text, p_destination text,
                                                           p_original_known boolean, p_original_channel text,
                                                           p_original_destination text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT proofdesk.fold(proofdesk.simplified(coalesce(p_mode, ''))) IS DISTINCT FROM 'resend'
        OR NOT coalesce(p_original_known, false)
        OR proofdesk.fold(proofdesk.simplified(coalesce(p_channel, '')))
           IS DISTINCT FROM proofdesk.fold(proofdesk.simplified(coalesce(p_original_channel, '')))
        OR NOT proofdesk.same_destination(p_destination, p_original_destination)
$$;

-- What request_reissue() would decide about a request, from the team's facts, writing nothing:
-- the Reissue dialog on a team's desk shows it (records::ReissueRecords::planReissue).
CREATE FUNCTION proofdesk.plan_reissue(p_role text, p_comm_id text, p_mode text, p_channel text,
                                       p_destination text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE f comm_facts;
BEGIN
    PERFORM require_role(p_role, ARRAY['agent', 'compliance'], 'request a reissue');
    f := facts_of(p_comm_id);
    RETURN jsonb_build_object(
        'known', f.comm_id IS NOT NULL,
        'original_channel', f.channel,
        'original_destination', f.destination,
        'needs_approval', resend_needs_approval(p_mode, p_channel, p_destination, f.comm_id IS NOT NULL,
                                                f.channel, f.destination));
END $$;

REVOKE ALL ON FUNCTION proofdesk.same_destination, proofdesk.plan_reissue, proofdesk.simplified FROM PUBLIC;
DO $$
DECLARE
    everyone text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles);
    people text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles WHERE role <> 'publisher');
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.same_destination, proofdesk.simplified TO %s', everyone);
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.plan_reissue TO %s', people);
END $$;
ALTER FUNCTION proofdesk.plan_reissue SET lock_timeout = '5s';
