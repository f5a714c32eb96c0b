#include "initialschema.h"

namespace proofdesk::cache {

// Migration 1 as it shipped (see migrations.cpp for the rules every migration follows). Never
// edit it: a cache at any version reaches the same end by the migrations after it.
static const char *const kInitialSchema = R"SQL(
CREATE TABLE repositories (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind        TEXT NOT NULL,
    url         TEXT NOT NULL,
    settings    TEXT NOT NULL DEFAULT '{}',
    cursor      TEXT,
    last_sync   INTEGER,
    last_error  TEXT,
    offline_since INTEGER
);

CREATE TABLE communications (
    rowid             INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    repo_id           INTEGER NOT NULL REFERENCES repositories(id),
    type              TEXT NOT NULL COLLATE NOCASE,
    issued_at         INTEGER NOT NULL,
    channel           TEXT NOT NULL COLLATE NOCASE,
    template_id       TEXT NOT NULL COLLATE NOCASE,
    template_version  TEXT NOT NULL COLLATE NOCASE,
    rendition_path    TEXT NOT NULL,
    media_type        TEXT NOT NULL,
    rendition_sha256  TEXT NOT NULL,
    rendition_bytes   INTEGER NOT NULL,
    pages             INTEGER,
    recipient_name    TEXT NOT NULL,
    recipient_address TEXT,
    recipient_email   TEXT,
    recipient_phone   TEXT,
    customer_id       TEXT NOT NULL COLLATE NOCASE,
    account_id        TEXT COLLATE NOCASE,
    policy_id         TEXT COLLATE NOCASE,
    claim_id          TEXT COLLATE NOCASE,
    loan_id           TEXT COLLATE NOCASE,
    case_id           TEXT COLLATE NOCASE,
    workspace_type    TEXT,
    workspace_id      TEXT COLLATE NOCASE,
    workspace_title   TEXT,
    business_unit     TEXT COLLATE NOCASE,
    batch             TEXT COLLATE NOCASE,
    campaign          TEXT COLLATE NOCASE,
    language          TEXT COLLATE NOCASE,
    retention_class   TEXT,
    retention_trigger INTEGER,
    snapshot_path     TEXT,
    snapshot_sha256   TEXT,
    origin            TEXT NOT NULL DEFAULT 'original' COLLATE NOCASE,
    reissue_of        TEXT COLLATE NOCASE,
    request_id        TEXT,
    extra             TEXT,
    -- fixity of the rendition bytes: verified | failed | missing
    fixity            TEXT NOT NULL DEFAULT 'missing' COLLATE NOCASE,
    -- SHA-256 the bytes actually hashed to (differs from rendition_sha256 when failed)
    content_sha256    TEXT,
    -- delivery status: the event with the latest time, or 'none'
    status            TEXT NOT NULL DEFAULT 'none' COLLATE NOCASE,
    status_at         INTEGER,
    record_hash       TEXT NOT NULL
);
CREATE INDEX comm_issued     ON communications(issued_at, id);
CREATE INDEX comm_type       ON communications(type, issued_at, id);
CREATE INDEX comm_channel    ON communications(channel, issued_at, id);
CREATE INDEX comm_unit       ON communications(business_unit, issued_at, id);
CREATE INDEX comm_status     ON communications(status, issued_at, id);
CREATE INDEX comm_origin     ON communications(origin, issued_at, id);
CREATE INDEX comm_fixity     ON communications(fixity, issued_at, id);
CREATE INDEX comm_language   ON communications(language, issued_at, id);
CREATE INDEX comm_repo       ON communications(repo_id, issued_at, id);
CREATE INDEX comm_template   ON communications(template_id, template_version);
CREATE INDEX comm_customer   ON communications(customer_id);
CREATE INDEX comm_account    ON communications(account_id);
CREATE INDEX comm_policy     ON communications(policy_id);
CREATE INDEX comm_claim      ON communications(claim_id);
CREATE INDEX comm_loan       ON communications(loan_id);
CREATE INDEX comm_case       ON communications(case_id);
CREATE INDEX comm_workspace  ON communications(workspace_id);
CREATE INDEX comm_batch      ON communications(batch);
CREATE INDEX comm_campaign   ON communications(campaign);
CREATE INDEX comm_reissue_of ON communications(reissue_of);

-- The text that full-text search reads, kept apart from the row table so that field
-- filters and ordering scan narrow rows. comm_fts is an external-content FTS5 index over
-- it (contentless would need contentless_delete, which SQLite 3.40 lacks, and a later line
-- for the same id must replace the old text).
CREATE TABLE comm_text (
    rowid INTEGER PRIMARY KEY REFERENCES communications(rowid) ON DELETE CASCADE,
    body  TEXT NOT NULL,
    names TEXT NOT NULL,
    ids   TEXT NOT NULL
);
CREATE VIRTUAL TABLE comm_fts USING fts5(
    body, names, ids,
    content='comm_text', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE comm_blocks (
    comm_rowid    INTEGER NOT NULL REFERENCES communications(rowid) ON DELETE CASCADE,
    block_id      TEXT NOT NULL COLLATE NOCASE,
    block_version TEXT NOT NULL,
    PRIMARY KEY (comm_rowid, block_id, block_version)
) WITHOUT ROWID;
CREATE INDEX comm_blocks_block ON comm_blocks(block_id, comm_rowid);

CREATE TABLE delivery_events (
    seq              INTEGER PRIMARY KEY,
    repo_id          INTEGER NOT NULL REFERENCES repositories(id),
    communication_id TEXT NOT NULL COLLATE NOCASE,
    event            TEXT NOT NULL,
    at               INTEGER NOT NULL,
    channel          TEXT,
    detail           TEXT,
    provider_ref     TEXT,
    extra            TEXT
);
CREATE INDEX events_comm ON delivery_events(communication_id, at);
-- The same event line twice changes nothing (NULLs would defeat a plain UNIQUE constraint).
CREATE UNIQUE INDEX events_unique ON delivery_events(
    communication_id, event, at, coalesce(channel, ''), coalesce(provider_ref, ''));

CREATE TABLE template_versions (
    template_id    TEXT NOT NULL COLLATE NOCASE,
    version        TEXT NOT NULL COLLATE NOCASE,
    repo_id        INTEGER NOT NULL REFERENCES repositories(id),
    name           TEXT,
    status         TEXT NOT NULL,
    business_unit  TEXT,
    channels       TEXT,
    effective_from INTEGER,
    effective_to   INTEGER,
    change_note    TEXT,
    content_blocks TEXT,
    body           TEXT,
    sha256         TEXT,
    extra          TEXT,
    record_hash    TEXT NOT NULL,
    PRIMARY KEY (template_id, version)
) WITHOUT ROWID;

CREATE TABLE template_approvals (
    template_id TEXT NOT NULL COLLATE NOCASE,
    version     TEXT NOT NULL COLLATE NOCASE,
    ordinal     INTEGER NOT NULL,
    step        TEXT,
    by          TEXT,
    at          INTEGER,
    decision    TEXT,
    note        TEXT,
    PRIMARY KEY (template_id, version, ordinal)
) WITHOUT ROWID;

CREATE TABLE content_blocks (
    block_id    TEXT NOT NULL COLLATE NOCASE,
    version     TEXT NOT NULL COLLATE NOCASE,
    repo_id     INTEGER NOT NULL REFERENCES repositories(id),
    kind        TEXT,
    title       TEXT,
    status      TEXT,
    approved_at INTEGER,
    retired_at  INTEGER,
    text        TEXT,
    extra       TEXT,
    record_hash TEXT NOT NULL,
    PRIMARY KEY (block_id, version)
) WITHOUT ROWID;

CREATE TABLE retention_classes (
    class       TEXT PRIMARY KEY COLLATE NOCASE,
    repo_id     INTEGER NOT NULL REFERENCES repositories(id),
    title       TEXT,
    years       INTEGER NOT NULL,
    trigger     TEXT NOT NULL DEFAULT 'issued_at',
    extra       TEXT,
    record_hash TEXT NOT NULL
) WITHOUT ROWID;

-- Holds, the audit trail, reissues, the outbox and tombstones are user-authored and never
-- rebuildable: they live in records.sqlite (models/records/recordsmigrations.cpp), attached
-- to every connection as schema `rec`, and refer to communications by id.

-- Lines a drop import rejected, kept so the user can see them after the run.
CREATE TABLE import_errors (
    seq     INTEGER PRIMARY KEY,
    repo_id INTEGER NOT NULL REFERENCES repositories(id),
    at      INTEGER NOT NULL,
    file    TEXT NOT NULL,
    line    INTEGER NOT NULL,
    reason  TEXT NOT NULL
);
)SQL";

const char *initialSchemaSql() { return kInitialSchema; }

} // namespace proofdesk::cache
