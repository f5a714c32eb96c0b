#include "recordsmigrations.h"

#include "recollate.h"

namespace proofdesk::cache {

// records.sqlite holds what users author and what can never be rebuilt from a repository:
// the audit trail, role grants, holds, reissue requests, the outbox, disposition decisions
// and tombstones. It is never moved aside with a damaged cache. Rows refer to
// communications by their id (cache rowids change when the cache is rebuilt).
//
// Each migration runs once, in one transaction; never edit one that has shipped. Times are
// INTEGER milliseconds since the epoch, UTC.
static const char *const kMigration1 = R"SQL(
CREATE TABLE audit_entries (
    seq         INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    user        TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    outcome     TEXT NOT NULL DEFAULT 'done',  -- done | refused
    object_type TEXT NOT NULL,
    object_id   TEXT,
    reason      TEXT,
    before      TEXT,                          -- canonical JSON
    after       TEXT,                          -- canonical JSON
    device      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_object ON audit_entries(object_type, object_id COLLATE NOCASE, seq);
CREATE INDEX audit_user   ON audit_entries(user COLLATE NOCASE, seq);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: an entry cannot be changed'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: an entry cannot be deleted'); END;

CREATE TABLE role_grants (
    user       TEXT NOT NULL COLLATE NOCASE,
    role       TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (user, role)
) WITHOUT ROWID;
-- The settings' mapping of repository groups to roles.
CREATE TABLE group_roles (
    group_name TEXT NOT NULL COLLATE NOCASE,
    role       TEXT NOT NULL,
    PRIMARY KEY (group_name, role)
) WITHOUT ROWID;

-- Holds are objects of their own; released, never deleted. A scope hold (scope_field,
-- scope_value) covers every communication with that business key, including those that
-- arrive later; a query hold records the query its items were chosen by.
CREATE TABLE holds (
    id             TEXT PRIMARY KEY COLLATE NOCASE,
    name           TEXT NOT NULL,
    matter         TEXT,
    reason         TEXT NOT NULL,
    scope_field    TEXT,
    scope_value    TEXT COLLATE NOCASE,
    scope_query    TEXT,
    created_by     TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    released_at    INTEGER,
    released_by    TEXT,
    release_reason TEXT,
    revision       INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
CREATE INDEX holds_scope ON holds(scope_field, scope_value) WHERE scope_field IS NOT NULL;
-- Removing an item marks it; the row stays.
CREATE TABLE hold_items (
    hold_id        TEXT NOT NULL COLLATE NOCASE REFERENCES holds(id),
    comm_id        TEXT NOT NULL COLLATE NOCASE,
    added_at       INTEGER NOT NULL,
    added_by       TEXT NOT NULL,
    added_reason   TEXT,
    removed_at     INTEGER,
    removed_by     TEXT,
    removed_reason TEXT,
    PRIMARY KEY (hold_id, comm_id)
) WITHOUT ROWID;
CREATE INDEX hold_items_comm ON hold_items(comm_id, hold_id);

CREATE TABLE reissue_requests (
    id                   TEXT PRIMARY KEY,
    comm_id              TEXT NOT NULL COLLATE NOCASE,
    repo_id              INTEGER,
    mode                 TEXT NOT NULL CHECK (mode IN ('resend', 'regenerate')),
    reason               TEXT NOT NULL,
    channel              TEXT NOT NULL,
    destination          TEXT,
    original_channel     TEXT NOT NULL,
    original_destination TEXT,
    needs_approval       INTEGER NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('draft', 'pending_approval', 'approved',
                             'queued', 'sent', 'fulfilled', 'rejected', 'cancelled')),
    requested_by         TEXT NOT NULL,
    requested_at         INTEGER NOT NULL,
    approved_by          TEXT,
    approved_at          INTEGER,
    decision_note        TEXT,
    fulfilled_comm_id    TEXT,
    fulfilled_at         INTEGER,
    updated_at           INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX reissue_comm   ON reissue_requests(comm_id);
CREATE INDEX reissue_status ON reissue_requests(status, requested_at);

-- Requests to repositories; id is the idempotency key the repository sees.
CREATE TABLE outbox (
    id              TEXT PRIMARY KEY,
    repo_id         INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('reissue', 'hold', 'disposition')),
    object_id       TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'sent', 'acknowledged', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         INTEGER,
    acknowledged_at INTEGER
) WITHOUT ROWID;
CREATE INDEX outbox_state ON outbox(state, created_at);

-- Retention extended for one communication (never shortened: see RetentionService).
CREATE TABLE retention_extensions (
    comm_id TEXT PRIMARY KEY COLLATE NOCASE,
    until   INTEGER NOT NULL,
    reason  TEXT NOT NULL,
    by      TEXT NOT NULL,
    at      INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE disposition_batches (
    id                 TEXT PRIMARY KEY,
    approved_by        TEXT NOT NULL,
    approved_at        INTEGER NOT NULL,
    reason             TEXT,
    item_count         INTEGER NOT NULL,
    certificate_path   TEXT,
    certificate_sha256 TEXT
) WITHOUT ROWID;
-- What is left of a disposed communication: who, when, under which class, and the hash of
-- the record and bytes that were destroyed.
CREATE TABLE tombstones (
    comm_id          TEXT PRIMARY KEY COLLATE NOCASE,
    repo_id          INTEGER,
    batch_id         TEXT NOT NULL REFERENCES disposition_batches(id),
    type             TEXT,
    retention_class  TEXT,
    issued_at        INTEGER,
    eligible_at      INTEGER,
    disposed_at      INTEGER NOT NULL,
    approved_by      TEXT NOT NULL,
    record_sha256    TEXT NOT NULL,
    rendition_sha256 TEXT
) WITHOUT ROWID;
CREATE INDEX tombstones_batch ON tombstones(batch_id);

-- The compliance workspace's review marks on findings.
CREATE TABLE finding_reviews (
    seq         INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    comm_id     TEXT NOT NULL COLLATE NOCASE,
    reviewed_by TEXT NOT NULL,
    at          INTEGER NOT NULL,
    note        TEXT
);
CREATE INDEX finding_reviews_comm ON finding_reviews(comm_id, kind);
)SQL";

// Actions made while the team database could not be reached (team::TeamOutbox): each is the
// server call it will be, with its idempotency key, sent in order once the server is back.
static const char *const kMigration2 = R"SQL(
CREATE TABLE team_pending (
    seq         INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    login       TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT,
    sql         TEXT NOT NULL,
    params      TEXT NOT NULL,          -- JSON array
    created_at  INTEGER NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'applied', 'conflict')),
    message     TEXT,                   -- why the server refused it (a conflict)
    done_at     INTEGER
);
CREATE INDEX team_pending_state ON team_pending(login, state, seq);
)SQL";

// Holds reach CMIS and ArchivesSpace repositories object by object (HoldDeliveries): one row
// per hold and communication it ever covered there, telling what the repository object must
// show for that hold now (held 1: the hold is on it; 0: it is off) and whether the
// repository confirmed it. A new revision of the hold touches only the rows whose wanted
// state changes, putting them back to pending under a new generation; a confirmation counts
// only for the generation that was sent, so a release queued while its hold was on the way
// is sent after it and never lost. Progress is durable object by object: after a crash the
// dispatcher sends what is still pending, and a resend to an object already as wanted
// changes nothing there. Objects that failed go after the others (queue order: attempts,
// then generation), so one that keeps failing never holds up the rest. No foreign key to
// holds: the team mirror replaces hold rows.
static const char *const kMigration3 = R"SQL(
CREATE TABLE hold_deliveries (
    hold_id    TEXT NOT NULL COLLATE NOCASE,
    comm_id    TEXT NOT NULL COLLATE NOCASE,
    repo_id    INTEGER NOT NULL,
    object_id  TEXT,                   -- the repository's identity when queued (repo_object_id)
    held       INTEGER NOT NULL CHECK (held IN (0, 1)),
    revision   INTEGER NOT NULL,       -- the hold revision that asked for this state
    generation INTEGER NOT NULL,       -- grows with every queueing: send order and confirmations
    state      TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'refused')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    queued_at  INTEGER NOT NULL,
    done_at    INTEGER,
    PRIMARY KEY (hold_id, comm_id)
) WITHOUT ROWID;
CREATE INDEX hold_deliveries_queue ON hold_deliveries(repo_id, state, attempts, generation);
CREATE INDEX hold_deliveries_held ON hold_deliveries(comm_id) WHERE held = 1;
CREATE INDEX hold_deliveries_generation ON hold_deliveries(generation);
)SQL";

// Exception cases opened from a finding (undelivered, fixity failed): one per finding, started
// as a process instance of the workflow repository, whose business key is the case's id. The
// outbox gains the kind that carries them (SQLite changes a CHECK only by copying the table).
// `state` is what the engine last said: queued (in the outbox), started (the engine took
// it), running, completed, deleted (with the engine's delete reason).
static const char *const kMigration4 = R"SQL(
CREATE TABLE outbox_v4 (
    id              TEXT PRIMARY KEY,
    repo_id         INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('reissue', 'hold', 'disposition', 'exception_case')),
    object_id       TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'sent', 'acknowledged', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         INTEGER,
    acknowledged_at INTEGER
) WITHOUT ROWID;
INSERT INTO outbox_v4 SELECT id, repo_id, kind, object_id, payload, created_at, state, attempts, last_error,
                             sent_at, acknowledged_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v4 RENAME TO outbox;
CREATE INDEX outbox_state ON outbox(state, created_at);

CREATE TABLE exception_cases (
    id            TEXT PRIMARY KEY,          -- exception:<finding kind>:<communication>: the business key
    finding       TEXT NOT NULL CHECK (finding IN ('undelivered', 'fixity_failed')),
    comm_id       TEXT NOT NULL COLLATE NOCASE,
    repo_id       INTEGER NOT NULL,          -- the workflow repository
    reason        TEXT NOT NULL,
    opened_by     TEXT NOT NULL,
    opened_at     INTEGER NOT NULL,
    state         TEXT NOT NULL DEFAULT 'queued'
                      CHECK (state IN ('queued', 'started', 'running', 'completed', 'deleted')),
    instance_id   TEXT,
    delete_reason TEXT,
    updated_at    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX exception_cases_comm ON exception_cases(comm_id);
)SQL";

// Ids, business keys of scope holds and user names compare with the project's folding
// (domain/textfold.h), as the cache's columns do since its migration 12: a scope hold on
// customer ÉLODIE-7 holds élodie-7, as the team server decides (cache/recollate.h).
static const char *const kMigration5 = "";

static void foldIdsAndKeys(Database &db) { recollateNoCaseToFold(db, false); }

// Matters (DESIGN.md "Matters and productions"): a compliance officer's question with its
// searches, review and productions. Every row names the trail entry that made it as it is
// (entry_seq), and the rows are what the matter's entries say when replayed in order
// (records::MatterReplay): a hand edit of a row, or a row no entry explains, is found by
// `audit verify` and refused before a production. A search's ids are frozen in matter_hits in
// the order found, their SHA-256 in its entry. The review set is every id any search found;
// production numbers are reserved by a production when it starts (first_number, reserved), so
// that none is used twice in the matter, and given back when it ends if no later one reserved.
static const char *const kMigration6 = R"SQL(
CREATE TABLE matters (
    id           TEXT PRIMARY KEY COLLATE fold,      -- MAT-<number>
    number       INTEGER NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    reason       TEXT NOT NULL,
    tags         TEXT NOT NULL,                      -- JSON array: the review tags defined for it
    opened_by    TEXT NOT NULL,
    opened_at    INTEGER NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    closed_by    TEXT,
    closed_at    INTEGER,
    close_reason TEXT,
    revision     INTEGER NOT NULL,
    entry_seq    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE matter_members (
    matter_id TEXT NOT NULL COLLATE fold REFERENCES matters(id),
    user      TEXT NOT NULL COLLATE fold,
    added_by  TEXT NOT NULL,
    added_at  INTEGER NOT NULL,
    entry_seq INTEGER NOT NULL,
    PRIMARY KEY (matter_id, user)
) WITHOUT ROWID;
CREATE TABLE matter_searches (
    matter_id   TEXT NOT NULL COLLATE fold REFERENCES matters(id),
    seq         INTEGER NOT NULL,                    -- 1, 2, … within the matter
    query       TEXT NOT NULL,
    ran_by      TEXT NOT NULL,
    ran_at      INTEGER NOT NULL,
    total       INTEGER NOT NULL,
    added       INTEGER NOT NULL,
    ids_sha256  TEXT NOT NULL,
    watch       INTEGER NOT NULL DEFAULT 0 CHECK (watch IN (0, 1)),
    entry_seq   INTEGER NOT NULL,
    PRIMARY KEY (matter_id, seq)
) WITHOUT ROWID;
CREATE TABLE matter_hits (
    matter_id  TEXT NOT NULL COLLATE fold,
    search_seq INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    comm_id    TEXT NOT NULL COLLATE fold,
    PRIMARY KEY (matter_id, search_seq, ord)
) WITHOUT ROWID;
CREATE TABLE matter_items (
    matter_id   TEXT NOT NULL COLLATE fold,
    comm_id     TEXT NOT NULL COLLATE fold,
    position    INTEGER NOT NULL,                    -- the order the review set grew in
    tags        TEXT NOT NULL DEFAULT '[]',          -- JSON array of the matter's tags
    note        TEXT,
    reviewer    TEXT,
    reviewed_at INTEGER,
    revision    INTEGER NOT NULL DEFAULT 0,          -- 0: never reviewed
    entry_seq   INTEGER,                             -- NULL until reviewed
    PRIMARY KEY (matter_id, comm_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX matter_items_position ON matter_items(matter_id, position);
CREATE TABLE productions (
    id           TEXT PRIMARY KEY COLLATE fold,      -- PROD-<number>
    number       INTEGER NOT NULL UNIQUE,
    matter_id    TEXT NOT NULL COLLATE fold REFERENCES matters(id),
    prefix       TEXT NOT NULL,
    tag          TEXT,                               -- only the letters tagged so, when given
    first_number INTEGER NOT NULL,
    reserved     INTEGER NOT NULL,                   -- numbers first_number … first_number + reserved - 1
    state        TEXT NOT NULL CHECK (state IN ('started', 'complete')),
    documents    INTEGER,
    exceptions   INTEGER,
    root_sha256  TEXT,
    path         TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    completed_at INTEGER,
    start_key    TEXT NOT NULL UNIQUE,                -- the journal's: a start asked twice is one production
    entry_seq    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX productions_matter ON productions(matter_id, first_number);
CREATE INDEX holds_matter ON holds(matter) WHERE matter IS NOT NULL;
)SQL";

const std::vector<Migration> &recordsMigrations()
{
    static const std::vector<Migration> all = {
        {1, "audit trail, roles, holds, reissues, outbox, retention, disposition, finding reviews", kMigration1},
        {2, "actions waiting for the team database", kMigration2},
        {3, "holds delivered object by object to network repositories", kMigration3},
        {4, "exception cases started in the workflow repository", kMigration4},
        {5, "ids, hold keys and users compared with Unicode case folding, not ASCII NOCASE", kMigration5,
         &foldIdsAndKeys},
        {6, "matters: their searches, review and productions", kMigration6},
    };
    return all;
}

} // namespace proofdesk::cache
