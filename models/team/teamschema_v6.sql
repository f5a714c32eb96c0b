-- Proofdesk team database, migration 6 (issue #61, DESIGN.md "Matters and productions"). Runs
-- once, in one transaction, as the database's owner. Never edit a migration that has shipped:
-- add the next one.
--
--  * Matters are the team's: a compliance officer's question with its searches (the ids each
--    found, frozen in the order found, their SHA-256 computed here), its review set (every id
--    any search found), its members, its review (tags the matter defines, a note, who and when)
--    and its productions (numbers reserved on the server, so that no two desks use one twice).
--  * Nobody reads the tables: every read is a function that shows a person only the matters
--    they may see (compliance and records all; an agent only those they were added to: the
--    rule of records::MatterAccess, held to the same cases by tests/team/sql/16_matters.sql).
--  * Every change is one function: its role checked, its texts bounded before any lock is
--    taken, the row compare-and-set (a review made meanwhile is refused, naming who and when),
--    and its audit entry appended in the same transaction; the row names that entry.
--  * A hold's matter is a matter's id: a hold naming another text is refused. The matters that
--    holds named in free text before are opened now, one a text, and their holds linked.

CREATE SEQUENCE proofdesk.matter_numbers;
CREATE SEQUENCE proofdesk.production_numbers;

CREATE TABLE proofdesk.matters (
    id           text PRIMARY KEY,
    title        text NOT NULL,
    reason       text NOT NULL,
    tags         jsonb NOT NULL,
    opened_by    text NOT NULL,
    opened_at    bigint NOT NULL,
    state        text NOT NULL CHECK (state IN ('open', 'closed')),
    closed_by    text,
    closed_at    bigint,
    close_reason text,
    revision     int NOT NULL,
    entry_seq    bigint NOT NULL
);
CREATE UNIQUE INDEX matters_fold ON proofdesk.matters (proofdesk.fold(id));
CREATE TABLE proofdesk.matter_members (
    matter_id text NOT NULL REFERENCES proofdesk.matters(id),
    login     text NOT NULL,
    added_by  text NOT NULL,
    added_at  bigint NOT NULL,
    entry_seq bigint NOT NULL,
    PRIMARY KEY (matter_id, login)
);
CREATE UNIQUE INDEX matter_members_fold ON proofdesk.matter_members (matter_id, proofdesk.fold(login));
CREATE TABLE proofdesk.matter_searches (
    matter_id  text NOT NULL REFERENCES proofdesk.matters(id),
    seq        int NOT NULL,
    query      text NOT NULL,
    ran_by     text NOT NULL,
    ran_at     bigint NOT NULL,
    total      bigint NOT NULL,
    added      bigint NOT NULL,
    ids_sha256 text NOT NULL,
    watch      boolean NOT NULL DEFAULT false,
    entry_seq  bigint NOT NULL,
    PRIMARY KEY (matter_id, seq)
);
CREATE TABLE proofdesk.matter_hits (
    matter_id  text NOT NULL,
    search_seq int NOT NULL,
    ord        bigint NOT NULL,
    comm_id    text NOT NULL,
    PRIMARY KEY (matter_id, search_seq, ord)
);
CREATE TABLE proofdesk.matter_items (
    matter_id   text NOT NULL REFERENCES proofdesk.matters(id),
    comm_id     text NOT NULL,
    position    bigint NOT NULL,
    tags        jsonb NOT NULL DEFAULT '[]',
    note        text,
    reviewer    text,
    reviewed_at bigint,
    revision    int NOT NULL DEFAULT 0,
    entry_seq   bigint,
    PRIMARY KEY (matter_id, comm_id),
    UNIQUE (matter_id, position)
);
CREATE UNIQUE INDEX matter_items_fold ON proofdesk.matter_items (matter_id, proofdesk.fold(comm_id));
CREATE TABLE proofdesk.productions (
    id           text PRIMARY KEY,
    matter_id    text NOT NULL REFERENCES proofdesk.matters(id),
    prefix       text NOT NULL,
    tag          text,
    first_number bigint NOT NULL,
    reserved     bigint NOT NULL,
    state        text NOT NULL CHECK (state IN ('started', 'complete')),
    documents    bigint NOT NULL DEFAULT 0,
    exceptions   bigint NOT NULL DEFAULT 0,
    root_sha256  text,
    path         text NOT NULL,
    created_by   text NOT NULL,
    created_at   bigint NOT NULL,
    completed_at bigint,
    start_key    text NOT NULL,      -- the journal's: a start asked twice is one production
    entry_seq    bigint NOT NULL,
    UNIQUE (created_by, start_key)
);
CREATE UNIQUE INDEX productions_fold ON proofdesk.productions (proofdesk.fold(id));
CREATE INDEX productions_matter ON proofdesk.productions (matter_id, first_number);
-- A large search's ids go up in chunks before the call that adds them (as a large hold's).
CREATE TABLE proofdesk.matter_staging (
    login     text NOT NULL DEFAULT session_user,
    matter_id text NOT NULL,
    ord       bigint NOT NULL,
    comm_id   text NOT NULL,
    PRIMARY KEY (login, matter_id, ord)
);
CREATE TRIGGER matter_staging_login BEFORE INSERT OR UPDATE ON proofdesk.matter_staging
    FOR EACH ROW EXECUTE FUNCTION proofdesk.staging_login();
REVOKE ALL ON proofdesk.matters, proofdesk.matter_members, proofdesk.matter_searches, proofdesk.matter_hits,
    proofdesk.matter_items, proofdesk.productions, proofdesk.matter_staging FROM PUBLIC;

-- Texts are bounded before anything is locked or folded (a call's cost is its own work).
CREATE FUNCTION proofdesk.bounded(p_text text, p_most int, p_what text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_text IS NOT NULL AND length(p_text) > p_most THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV',
            MESSAGE = format('%s has at most %s characters; this one has %s.', p_what, p_most, length(p_text));
    END IF;
    RETURN p_text;
END $$;

CREATE FUNCTION proofdesk.bounded_ids(p_ids text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM unnest(p_ids) x WHERE x IS NULL OR length(x) > 400) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A communication id has 1 to 400 characters.';
    END IF;
    RETURN p_ids;
END $$;

-- Who sees a matter: compliance and records every one; an agent only one they were added to.
CREATE FUNCTION proofdesk.may_see_matter(p_role text, p_matter text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
    SELECT is_member(p_role) AND (p_role IN ('compliance', 'records')
        OR (p_role = 'agent' AND EXISTS (SELECT 1 FROM matter_members m
                                         WHERE m.matter_id = p_matter AND fold(m.login) = fold(session_user))))
$$;

-- The matter as it is now, locked for a change, if this person may see it (else "no matter
-- you may see", whether it exists or not) and, for a change, if it is open.
CREATE FUNCTION proofdesk.seen_matter(p_role text, p_matter text, p_what text, p_change boolean) RETURNS proofdesk.matters
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE m matters;
BEGIN
    PERFORM bounded(p_matter, 100, 'A matter id');
    PERFORM require_role(p_role, ARRAY['agent', 'compliance', 'records'], p_what);
    IF p_change THEN
        SELECT * INTO m FROM matters WHERE fold(id) = fold(p_matter) FOR UPDATE;
    ELSE
        SELECT * INTO m FROM matters WHERE fold(id) = fold(p_matter);
    END IF;
    IF NOT FOUND OR NOT may_see_matter(p_role, m.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD',
            MESSAGE = format('There is no matter %s that you may see. `matter list` shows yours.', p_matter);
    END IF;
    IF p_change AND m.state <> 'open' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV',
            MESSAGE = format('Matter %s was closed by %s and takes no more changes.', m.id, m.closed_by);
    END IF;
    RETURN m;
END $$;

-- The states entries carry (records/matterstate.h), and reads return.
CREATE FUNCTION proofdesk.matter_state(m proofdesk.matters) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('matter', m.id, 'title', m.title, 'reason', m.reason, 'tags', m.tags,
        'opened_by', m.opened_by, 'opened_at', m.opened_at, 'state', m.state, 'closed_by', m.closed_by,
        'closed_at', m.closed_at, 'close_reason', m.close_reason, 'revision', m.revision)
$$;
CREATE FUNCTION proofdesk.search_state(s proofdesk.matter_searches) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('matter', s.matter_id, 'search', s.seq, 'query', s.query, 'ran_by', s.ran_by,
        'ran_at', s.ran_at, 'total', s.total, 'added', s.added, 'watch', s.watch, 'ids_sha256', s.ids_sha256)
$$;
CREATE FUNCTION proofdesk.item_state(i proofdesk.matter_items) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('id', i.comm_id, 'tags', i.tags, 'note', i.note, 'reviewer', i.reviewer,
        'reviewed_at', i.reviewed_at, 'revision', i.revision)
$$;
CREATE FUNCTION proofdesk.production_state(p proofdesk.productions) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('production', p.id, 'matter', p.matter_id, 'prefix', p.prefix, 'tag', p.tag,
        'first_number', p.first_number, 'reserved', p.reserved, 'state', p.state, 'documents', p.documents,
        'exceptions', p.exceptions, 'root_sha256', p.root_sha256, 'path', p.path, 'created_by', p.created_by,
        'created_at', p.created_at, 'completed_at', p.completed_at)
$$;

-- Opening a matter -------------------------------------------------------------------------
CREATE FUNCTION proofdesk.insert_matter(p_role text, p_device text, p_title text, p_reason text, p_tags jsonb,
                                        p_why text, p_holds jsonb) RETURNS proofdesk.matters
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE m matters; e audit_entries; after jsonb;
BEGIN
    m.id := 'MAT-' || nextval('matter_numbers');
    m.title := p_title; m.reason := p_reason; m.tags := p_tags;
    m.opened_by := session_user; m.opened_at := now_ms(); m.state := 'open'; m.revision := 1;
    after := jsonb_build_object('matter', matter_state(m));
    IF p_holds IS NOT NULL THEN after := after || jsonb_build_object('holds', p_holds); END IF;
    e := append_entry(p_role, 'matter.open', 'done', 'matter', m.id, p_why, NULL, after::text, p_device);
    m.entry_seq := e.seq;
    INSERT INTO matters SELECT m.*;
    RETURN m;
END $$;

CREATE FUNCTION proofdesk.open_matter(p_key text, p_role text, p_device text, p_title text, p_reason text,
                                      p_tags text[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb; m matters; tags jsonb;
BEGIN
    PERFORM bounded(p_title, 500, 'A matter''s title'), bounded(p_reason, 4000, 'A matter''s reason');
    IF cardinality(p_tags) > 9 OR EXISTS (SELECT 1 FROM unnest(p_tags) t WHERE coalesce(trim(t), '') = ''
                                          OR length(t) > 40) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A matter has 1 to 9 review tags of 1 to 40 characters.';
    END IF;
    IF (SELECT count(DISTINCT fold(t)) FROM unnest(p_tags) t) <> cardinality(p_tags) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A review tag is named twice.';
    END IF;
    done := applied(p_key);
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'open a matter');
    IF coalesce(trim(p_title), '') = '' OR coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A matter needs a title and a reason.';
    END IF;
    tags := CASE WHEN cardinality(p_tags) > 0 THEN to_jsonb(p_tags)
                 ELSE '["relevant", "not relevant", "escalate"]'::jsonb END;
    m := insert_matter(p_role, p_device, trim(p_title), trim(p_reason), tags, trim(p_reason), NULL);
    PERFORM pg_notify('proofdesk_matters', '');
    RETURN remember(p_key, matter_state(m));
END $$;

-- A search of a matter: the ids the desk found (staged in chunks when many), frozen ----------
CREATE FUNCTION proofdesk.stage_matter_hits(p_key text, p_role text, p_matter text, p_from bigint, p_ids text[])
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
BEGIN
    PERFORM bounded(p_matter, 100, 'A matter id'), bounded_ids(p_ids);
    PERFORM require_role(p_role, ARRAY['compliance'], 'search for a matter');
    INSERT INTO matter_staging(matter_id, ord, comm_id)
    SELECT p_matter, p_from + o - 1, x FROM unnest(p_ids) WITH ORDINALITY AS u(x, o)
    ON CONFLICT (login, matter_id, ord) DO UPDATE SET comm_id = excluded.comm_id;
    RETURN jsonb_build_object('staged', cardinality(p_ids));
END $$;

CREATE FUNCTION proofdesk.add_matter_search(p_key text, p_role text, p_device text, p_matter text, p_query text,
                                            p_ids text[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb; m matters; s matter_searches; e audit_entries;
BEGIN
    PERFORM bounded(p_query, 2000, 'A query'), bounded_ids(p_ids);
    done := applied(p_key);
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'search for a matter');
    m := seen_matter(p_role, p_matter, 'search for a matter', true);
    IF coalesce(trim(p_query), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A matter''s search needs a query.';
    END IF;
    s.matter_id := m.id;
    s.seq := coalesce((SELECT max(seq) FROM matter_searches WHERE matter_id = m.id), 0) + 1;
    INSERT INTO matter_hits(matter_id, search_seq, ord, comm_id)
    SELECT m.id, s.seq, ord, comm_id FROM matter_staging WHERE login = session_user AND matter_id = p_matter
    UNION ALL
    SELECT m.id, s.seq, (SELECT count(*) FROM matter_staging WHERE login = session_user AND matter_id = p_matter)
                        + o - 1, x FROM unnest(coalesce(p_ids, '{}')) WITH ORDINALITY AS u(x, o);
    DELETE FROM matter_staging WHERE login = session_user AND matter_id = p_matter;
    SELECT count(*), encode(sha256(convert_to(coalesce(string_agg(comm_id || E'\n', '' ORDER BY ord), ''), 'UTF8')), 'hex')
      INTO s.total, s.ids_sha256 FROM matter_hits WHERE matter_id = m.id AND search_seq = s.seq;
    INSERT INTO matter_items(matter_id, comm_id, position)
    SELECT m.id, first.comm_id,
           coalesce((SELECT max(position) FROM matter_items WHERE matter_id = m.id), 0) + row_number() OVER (ORDER BY first.ord)
    FROM (SELECT DISTINCT ON (fold(h.comm_id)) h.comm_id, h.ord FROM matter_hits h
          WHERE h.matter_id = m.id AND h.search_seq = s.seq ORDER BY fold(h.comm_id), h.ord) first
    WHERE NOT EXISTS (SELECT 1 FROM matter_items i WHERE i.matter_id = m.id AND fold(i.comm_id) = fold(first.comm_id));
    GET DIAGNOSTICS s.added = ROW_COUNT;
    s.query := trim(p_query); s.ran_by := session_user; s.ran_at := now_ms(); s.watch := false;
    e := append_entry(p_role, 'matter.add_search', 'done', 'matter', m.id, NULL, NULL,
                      jsonb_build_object('search', search_state(s))::text, p_device);
    s.entry_seq := e.seq;
    INSERT INTO matter_searches SELECT s.*;
    PERFORM pg_notify('proofdesk_matters', '');
    RETURN remember(p_key, search_state(s));
END $$;

CREATE FUNCTION proofdesk.watch_matter_search(p_key text, p_role text, p_device text, p_matter text, p_search int,
                                              p_watch boolean) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb; m matters; s matter_searches; before jsonb; e audit_entries;
BEGIN
    done := applied(p_key);
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'watch a matter''s search');
    m := seen_matter(p_role, p_matter, 'watch a matter''s search', true);
    SELECT * INTO s FROM matter_searches WHERE matter_id = m.id AND seq = p_search FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD', MESSAGE = format('Matter %s has no search %s.', m.id, p_search);
    END IF;
    IF s.watch = p_watch THEN RETURN remember(p_key, search_state(s)); END IF;
    before := jsonb_build_object('search', search_state(s));
    s.watch := p_watch;
    e := append_entry(p_role, 'matter.watch', 'done', 'matter', m.id, NULL, before::text,
                      jsonb_build_object('search', search_state(s))::text, p_device);
    UPDATE matter_searches SET watch = p_watch, entry_seq = e.seq WHERE matter_id = m.id AND seq = p_search;
    PERFORM pg_notify('proofdesk_matters', '');
    RETURN remember(p_key, search_state(s));
END $$;

CREATE FUNCTION proofdesk.add_matter_member(p_key text, p_role text, p_device text, p_matter text, p_login text,
                                            p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb; m matters; e audit_entries; at bigint := now_ms();
BEGIN
    PERFORM bounded(p_login, 100, 'A login'), bounded(p_reason, 4000, 'A reason');
    done := applied(p_key);
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'add someone to a matter');
    m := seen_matter(p_role, p_matter, 'add someone to a matter', true);
    IF coalesce(trim(p_login), '') = '' OR coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'Adding someone to a matter needs the login and a reason.';
    END IF;
    IF EXISTS (SELECT 1 FROM matter_members WHERE matter_id = m.id AND fold(login) = fold(trim(p_login))) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL', MESSAGE = format('%s was already added to matter %s.', p_login, m.id);
    END IF;
    e := append_entry(p_role, 'matter.member', 'done', 'matter', m.id, trim(p_reason), NULL,
                      jsonb_build_object('member', jsonb_build_object('matter', m.id, 'user', trim(p_login),
                          'added_by', session_user, 'added_at', at))::text, p_device);
    INSERT INTO matter_members VALUES (m.id, trim(p_login), session_user, at, e.seq);
    PERFORM pg_notify('proofdesk_matters', '');
    RETURN remember(p_key, jsonb_build_object('matter', m.id, 'user', trim(p_login)));
END $$;

CREATE FUNCTION proofdesk.close_matter(p_key text, p_role text, p_device text, p_matter text, p_reason text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb; m matters; before jsonb; e audit_entries;
BEGIN
    PERFORM bounded(p_reason, 4000, 'A reason');
    done := applied(p_key);
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'close a matter');
    m := seen_matter(p_role, p_matter, 'close a matter', true);
    IF coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'Closing a matter needs a reason.';
    END IF;
    before := jsonb_build_object('matter', matter_state(m));
    m.state := 'closed'; m.closed_by := session_user; m.closed_at := now_ms(); m.close_reason := trim(p_reason);
    m.revision := m.revision + 1;
    e := append_entry(p_role, 'matter.close', 'done', 'matter', m.id, trim(p_reason), before::text,
                      jsonb_build_object('matter', matter_state(m))::text, p_device);
    UPDATE matters SET state = 'closed', closed_by = m.closed_by, closed_at = m.closed_at,
        close_reason = m.close_reason, revision = m.revision, entry_seq = e.seq
    WHERE id = m.id AND state = 'open' AND revision = m.revision - 1;
    PERFORM pg_notify('proofdesk_matters', '');
    RETURN remember(p_key, matter_state(m));
END $$;

-- A review: the letter's tags (each one the matter defines) and note, compare-and-set -------
CREATE FUNCTION proofdesk.tag_matter_item(p_key text, p_role text, p_device text, p_matter text, p_comm_id text,
                                          p_tags text[], p_note text, p_set_note boolean, p_expected int)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb; m matters; i matter_items; before jsonb; e audit_entries; tags jsonb; unknown text;
BEGIN
    PERFORM bounded(p_comm_id, 400, 'A communication id'), bounded(p_note, 4000, 'A review note');
    IF cardinality(p_tags) > 9 OR EXISTS (SELECT 1 FROM unnest(p_tags) t WHERE length(t) > 40) THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = 'A letter carries at most 9 of its matter''s tags.';
    END IF;
    done := applied(p_key);
    IF done IS NOT NULL THEN RETURN done; END IF;
    m := seen_matter(p_role, p_matter, 'review a matter''s letters', true);
    SELECT t INTO unknown FROM unnest(coalesce(p_tags, '{}')) t
    WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(m.tags) d WHERE fold(d) = fold(trim(t))) LIMIT 1;
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV', MESSAGE = format('"%s" is not a review tag of matter %s; its tags are: %s.',
            unknown, m.id, (SELECT string_agg(d, ', ') FROM jsonb_array_elements_text(m.tags) d));
    END IF;
    SELECT coalesce(jsonb_agg(d ORDER BY o), '[]') INTO tags FROM jsonb_array_elements_text(m.tags) WITH ORDINALITY AS x(d, o)
    WHERE EXISTS (SELECT 1 FROM unnest(coalesce(p_tags, '{}')) t WHERE fold(trim(t)) = fold(d));
    SELECT * INTO i FROM matter_items WHERE matter_id = m.id AND fold(comm_id) = fold(trim(p_comm_id)) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD', MESSAGE = format('%s is not in the review set of matter %s.', p_comm_id, m.id);
    END IF;
    IF p_expected IS NOT NULL AND p_expected <> i.revision THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL', MESSAGE = format('%s was reviewed meanwhile by %s at %s (tags: %s). Read it '
            'again before you change it.', i.comm_id, i.reviewer, to_timestamp(i.reviewed_at / 1000.0),
            coalesce((SELECT string_agg(t, ', ') FROM jsonb_array_elements_text(i.tags) t), 'none'));
    END IF;
    before := CASE WHEN i.reviewer IS NULL THEN NULL ELSE jsonb_build_object('item', item_state(i)) END;
    i.tags := tags; i.reviewer := session_user; i.reviewed_at := now_ms(); i.revision := i.revision + 1;
    IF p_set_note THEN i.note := nullif(trim(p_note), ''); END IF;
    e := append_entry(p_role, 'matter.tag', 'done', 'matter', m.id, NULL, before::text,
                      jsonb_build_object('item', item_state(i))::text, p_device);
    UPDATE matter_items SET tags = i.tags, note = i.note, reviewer = i.reviewer, reviewed_at = i.reviewed_at,
        revision = i.revision, entry_seq = e.seq
    WHERE matter_id = m.id AND comm_id = i.comm_id AND revision = i.revision - 1;
    PERFORM pg_notify('proofdesk_matters', '');
    RETURN remember(p_key, item_state(i));
END $$;

-- Productions: numbers reserved here, never twice in a matter -------------------------------
CREATE FUNCTION proofdesk.start_production(p_key text, p_role text, p_device text, p_matter text, p_prefix text,
                                           p_tag text, p_path text, p_letters bigint, p_start_key text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb; m matters; p productions; e audit_entries;
BEGIN
    PERFORM bounded(p_prefix, 20, 'A production number''s prefix'), bounded(p_tag, 40, 'A tag'),
            bounded(p_path, 4096, 'A production''s folder'), bounded(p_start_key, 100, 'A production''s key');
    IF p_prefix !~ '^[[:alnum:]_-]{1,20}$' OR p_letters < 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV',
            MESSAGE = format('"%s" cannot begin a production number: use 1 to 20 letters, digits, ''-'' or ''_''.', p_prefix);
    END IF;
    done := applied(p_key);
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'produce a matter''s letters');
    m := seen_matter(p_role, p_matter, 'produce a matter''s letters', true);
    SELECT * INTO p FROM productions WHERE created_by = session_user AND start_key = p_start_key AND state = 'started';
    IF FOUND THEN -- asked again after a kill: the numbers it reserved then
        RETURN remember(p_key, production_state(p) || (SELECT jsonb_build_object('anchor_seq', a.seq, 'anchor_hash', a.hash)
                                                       FROM audit_entries a WHERE a.seq = p.entry_seq));
    END IF;
    p.id := 'PROD-' || nextval('production_numbers');
    p.matter_id := m.id; p.prefix := p_prefix; p.tag := nullif(p_tag, ''); p.reserved := p_letters;
    p.first_number := coalesce((SELECT max(first_number + reserved) FROM productions WHERE matter_id = m.id), 1);
    p.state := 'started'; p.documents := 0; p.exceptions := 0; p.path := p_path;
    p.created_by := session_user; p.created_at := now_ms(); p.start_key := coalesce(nullif(p_start_key, ''), p.id);
    e := append_entry(p_role, 'production.start', 'done', 'matter', m.id, NULL, NULL,
                      jsonb_build_object('production', production_state(p))::text, p_device);
    p.entry_seq := e.seq;
    INSERT INTO productions SELECT p.*;
    RETURN remember(p_key, production_state(p) || jsonb_build_object('anchor_seq', e.seq, 'anchor_hash', e.hash));
END $$;

CREATE FUNCTION proofdesk.complete_production(p_key text, p_role text, p_device text, p_production text,
                                              p_documents bigint, p_exceptions bigint, p_root text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE done jsonb; p productions; before jsonb; e audit_entries;
BEGIN
    PERFORM bounded(p_production, 100, 'A production id'), bounded(p_root, 64, 'A SHA-256');
    done := applied(p_key);
    IF done IS NOT NULL THEN RETURN done; END IF;
    PERFORM require_role(p_role, ARRAY['compliance'], 'produce a matter''s letters');
    SELECT * INTO p FROM productions WHERE fold(id) = fold(p_production) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD', MESSAGE = format('There is no production %s.', p_production);
    END IF;
    PERFORM seen_matter(p_role, p.matter_id, 'produce a matter''s letters', false);
    IF p.state <> 'started' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDCFL', MESSAGE = format('Production %s was already completed.', p.id);
    END IF;
    IF p_documents > p.reserved OR p_documents < 0 OR p_exceptions < 0 OR p_root !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'PDINV',
            MESSAGE = format('Production %s reserved %s numbers and cannot number %s documents.', p.id, p.reserved, p_documents);
    END IF;
    before := jsonb_build_object('production', production_state(p));
    IF NOT EXISTS (SELECT 1 FROM productions q WHERE q.matter_id = p.matter_id AND q.first_number > p.first_number) THEN
        p.reserved := p_documents; -- the numbers it did not use are the next production's
    END IF;
    p.state := 'complete'; p.documents := p_documents; p.exceptions := p_exceptions; p.root_sha256 := p_root;
    p.completed_at := now_ms();
    e := append_entry(p_role, 'production.create', 'done', 'matter', p.matter_id, NULL, before::text,
                      jsonb_build_object('production', production_state(p))::text, p_device);
    UPDATE productions SET state = 'complete', reserved = p.reserved, documents = p.documents,
        exceptions = p.exceptions, root_sha256 = p.root_sha256, completed_at = p.completed_at, entry_seq = e.seq
    WHERE id = p.id AND state = 'started';
    PERFORM pg_notify('proofdesk_matters', '');
    RETURN remember(p_key, production_state(p));
END $$;

-- Reads: what this person may see, nothing written -------------------------------------------
CREATE FUNCTION proofdesk.matter_list(p_role text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
BEGIN
    PERFORM require_role(p_role, ARRAY['agent', 'compliance', 'records'], 'see matters');
    RETURN coalesce((SELECT jsonb_agg(matter_state(m) ORDER BY (substr(m.id, 5))::bigint) FROM matters m
                     WHERE may_see_matter(p_role, m.id)), '[]');
END $$;

CREATE FUNCTION proofdesk.matter_show(p_role text, p_matter text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE m matters;
BEGIN
    m := seen_matter(p_role, p_matter, 'see matters', false);
    RETURN matter_state(m) || jsonb_build_object(
        'searches', coalesce((SELECT jsonb_agg(search_state(s) ORDER BY s.seq) FROM matter_searches s
                              WHERE s.matter_id = m.id), '[]'),
        'holds', coalesce((SELECT jsonb_agg(h.id ORDER BY h.created_at, h.id) FROM holds h WHERE h.matter = m.id), '[]'),
        'members', coalesce((SELECT jsonb_agg(x.login ORDER BY x.added_at, x.login) FROM matter_members x
                             WHERE x.matter_id = m.id), '[]'),
        'review', jsonb_build_object(
            'items', (SELECT count(*) FROM matter_items i WHERE i.matter_id = m.id),
            'reviewed', (SELECT count(reviewer) FROM matter_items i WHERE i.matter_id = m.id),
            'tags', coalesce((SELECT jsonb_object_agg(t, n) FROM (SELECT t, count(*) AS n FROM matter_items i,
                              jsonb_array_elements_text(i.tags) t WHERE i.matter_id = m.id GROUP BY t) c), '{}')),
        'productions', coalesce((SELECT jsonb_agg(production_state(p) ORDER BY p.first_number, p.id) FROM productions p
                                 WHERE p.matter_id = m.id), '[]'));
END $$;

CREATE FUNCTION proofdesk.matter_review(p_role text, p_matter text, p_tag text, p_reviewer text, p_unreviewed boolean,
                                        p_limit bigint) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE m matters;
BEGIN
    PERFORM bounded(p_tag, 40, 'A tag'), bounded(p_reviewer, 100, 'A login');
    m := seen_matter(p_role, p_matter, 'see matters', false);
    RETURN coalesce((SELECT jsonb_agg(item_state(i) ORDER BY i.position) FROM (
        SELECT * FROM matter_items i WHERE i.matter_id = m.id
          AND (coalesce(p_tag, '') = '' OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(i.tags) t
                                                   WHERE fold(t) = fold(p_tag)))
          AND (coalesce(p_reviewer, '') = '' OR fold(i.reviewer) = fold(p_reviewer))
          AND (NOT coalesce(p_unreviewed, false) OR i.reviewer IS NULL)
        ORDER BY i.position LIMIT CASE WHEN p_limit < 0 THEN NULL ELSE p_limit END) i), '[]');
END $$;

CREATE FUNCTION proofdesk.matter_production(p_role text, p_production text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE p productions;
BEGIN
    PERFORM bounded(p_production, 100, 'A production id');
    SELECT * INTO p FROM productions WHERE fold(id) = fold(p_production);
    IF NOT FOUND THEN RETURN NULL; END IF;
    PERFORM seen_matter(p_role, p.matter_id, 'see matters', false);
    RETURN production_state(p);
END $$;

-- A hold's matter is the matter's id -----------------------------------------------------------
CREATE FUNCTION proofdesk.hold_matter_is_a_matter() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = proofdesk, pg_temp AS $$
DECLARE found text;
BEGIN
    IF NEW.matter IS NULL THEN RETURN NEW; END IF;
    SELECT id INTO found FROM matters WHERE fold(id) = fold(NEW.matter);
    IF found IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'PDNFD', MESSAGE = format('There is no matter "%s": a hold names its matter by '
            'the matter''s id (MAT-…); `matter list` shows them, `matter open` opens one.', NEW.matter);
    END IF;
    NEW.matter := found;
    RETURN NEW;
END $$;

-- The matters holds named in free text: one a text, opened now, its holds linked.
DO $$
DECLARE t text; m proofdesk.matters;
BEGIN
    FOR t IN SELECT DISTINCT matter FROM proofdesk.holds WHERE matter IS NOT NULL ORDER BY 1 LOOP
        m := proofdesk.insert_matter('system', 'server', t, '{"code":"matter.carried_over"}',
                                     '["relevant", "not relevant", "escalate"]', '{"code":"matter.carried_over"}',
                                     (SELECT jsonb_agg(id ORDER BY created_at, id) FROM proofdesk.holds WHERE matter = t));
        UPDATE proofdesk.holds SET matter = m.id WHERE matter = t;
    END LOOP;
END $$;
CREATE TRIGGER holds_matter_is_a_matter BEFORE INSERT OR UPDATE OF matter ON proofdesk.holds
    FOR EACH ROW EXECUTE FUNCTION proofdesk.hold_matter_is_a_matter();

-- Refusals of the new actions may be recorded.
INSERT INTO proofdesk.refusable_actions VALUES ('matter.open'), ('matter.add_search'), ('matter.watch'),
    ('matter.member'), ('matter.close'), ('matter.tag'), ('production.start'), ('production.create'),
    ('matter.manage'), ('matter.review'), ('matter.produce') ON CONFLICT DO NOTHING;

REVOKE ALL ON FUNCTION proofdesk.bounded, proofdesk.bounded_ids, proofdesk.may_see_matter, proofdesk.seen_matter,
    proofdesk.matter_state, proofdesk.search_state, proofdesk.item_state, proofdesk.production_state,
    proofdesk.insert_matter, proofdesk.open_matter, proofdesk.stage_matter_hits, proofdesk.add_matter_search,
    proofdesk.watch_matter_search, proofdesk.add_matter_member, proofdesk.close_matter, proofdesk.tag_matter_item,
    proofdesk.start_production, proofdesk.complete_production, proofdesk.matter_list, proofdesk.matter_show,
    proofdesk.matter_review, proofdesk.matter_production, proofdesk.hold_matter_is_a_matter FROM PUBLIC;
DO $$
DECLARE
    people text := (SELECT string_agg(quote_ident(rolname), ', ') FROM proofdesk.team_roles WHERE role <> 'publisher');
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION proofdesk.open_matter, proofdesk.stage_matter_hits, '
                   'proofdesk.add_matter_search, proofdesk.watch_matter_search, proofdesk.add_matter_member, '
                   'proofdesk.close_matter, proofdesk.tag_matter_item, proofdesk.start_production, '
                   'proofdesk.complete_production, proofdesk.matter_list, proofdesk.matter_show, '
                   'proofdesk.matter_review, proofdesk.matter_production TO %s', people);
END $$;
ALTER FUNCTION proofdesk.may_see_matter SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.seen_matter SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.insert_matter SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.open_matter SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.stage_matter_hits SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.add_matter_search SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.watch_matter_search SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.add_matter_member SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.close_matter SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.tag_matter_item SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.start_production SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.complete_production SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.matter_list SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.matter_show SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.matter_review SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.matter_production SET lock_timeout = '5s';
ALTER FUNCTION proofdesk.hold_matter_is_a_matter SET lock_timeout = '5s';
