#include "migrations.h"

#include "bulkload.h"
#include "initialschema.h"
#include "recollate.h"
#include "rowtally.h"
#include "tableseal.h"

#include <sqlite3.h>

namespace proofdesk::cache {

// Each migration runs once, inside one transaction, and bumps meta.schema_version.
// Never edit a migration that has shipped: add the next number instead.
//
// Times are INTEGER milliseconds since the epoch, UTC. Text columns that a search field
// compares (search-syntax.md: "case-insensitive") are declared COLLATE NOCASE so that their
// indexes serve the comparison; migration 12 makes them COLLATE fold (domain/textfold.h), and
// a new migration declares such a column COLLATE fold. Low-cardinality search fields get
// (field, issued_at, id) indexes so that "newest first, first 100" walks the index instead of
// sorting. Migration 1, the first schema, is initialschema.cpp.

// Compliance (models/compliance): indexes that let each finding check read only the rows it
// reports, and aggregates the dashboards draw from without scanning a million rows. The
// aggregates are kept by triggers, so every writer (sync, tests, tools) keeps them right.
static const char *const kMigration2 = R"SQL(
-- unapproved_template: a version's rows issued outside its approval window, by range.
CREATE INDEX comm_template_issued ON communications(template_id, template_version, issued_at);
-- retention_overdue: per class, the rows whose period started before a cut-off.
CREATE INDEX comm_retention ON communications(retention_class, coalesce(retention_trigger, issued_at));

-- Communications per issue week (Monday 00:00 UTC, ms), channel and delivery status.
CREATE TABLE agg_comm_week (
    week    INTEGER NOT NULL,
    channel TEXT NOT NULL COLLATE NOCASE,
    status  TEXT NOT NULL COLLATE NOCASE,
    n       INTEGER NOT NULL,
    PRIMARY KEY (week, channel, status)
) WITHOUT ROWID;
-- Communications per retention class and month of the date their period runs from
-- (year * 12 + month - 1, UTC): the month they become eligible is that plus 12 * years.
CREATE TABLE agg_retention_month (
    class TEXT NOT NULL,
    month INTEGER NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (class, month)
) WITHOUT ROWID;

INSERT INTO agg_comm_week(week, channel, status, n)
    SELECT (issued_at + 259200000) / 604800000 * 604800000 - 259200000, channel, status, count(*)
    FROM communications GROUP BY 1, 2, 3;
INSERT INTO agg_retention_month(class, month, n)
    SELECT retention_class,
           CAST(strftime('%Y', coalesce(retention_trigger, issued_at) / 1000, 'unixepoch') AS INTEGER) * 12
             + CAST(strftime('%m', coalesce(retention_trigger, issued_at) / 1000, 'unixepoch') AS INTEGER) - 1,
           count(*)
    FROM communications WHERE retention_class IS NOT NULL GROUP BY 1, 2;

CREATE TRIGGER agg_comm_insert AFTER INSERT ON communications BEGIN
    INSERT INTO agg_comm_week(week, channel, status, n)
        VALUES((new.issued_at + 259200000) / 604800000 * 604800000 - 259200000, new.channel, new.status, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO agg_retention_month(class, month, n)
        SELECT new.retention_class,
               CAST(strftime('%Y', coalesce(new.retention_trigger, new.issued_at) / 1000, 'unixepoch') AS INTEGER) * 12
                 + CAST(strftime('%m', coalesce(new.retention_trigger, new.issued_at) / 1000, 'unixepoch') AS INTEGER) - 1,
               1
        WHERE new.retention_class IS NOT NULL
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER agg_comm_delete AFTER DELETE ON communications BEGIN
    UPDATE agg_comm_week SET n = n - 1
        WHERE week = (old.issued_at + 259200000) / 604800000 * 604800000 - 259200000
          AND channel = old.channel AND status = old.status;
    UPDATE agg_retention_month SET n = n - 1
        WHERE class = old.retention_class
          AND month = CAST(strftime('%Y', coalesce(old.retention_trigger, old.issued_at) / 1000, 'unixepoch') AS INTEGER) * 12
                      + CAST(strftime('%m', coalesce(old.retention_trigger, old.issued_at) / 1000, 'unixepoch') AS INTEGER) - 1;
END;
CREATE TRIGGER agg_comm_week_update AFTER UPDATE OF issued_at, channel, status ON communications
WHEN old.issued_at IS NOT new.issued_at OR old.channel IS NOT new.channel OR old.status IS NOT new.status
BEGIN
    UPDATE agg_comm_week SET n = n - 1
        WHERE week = (old.issued_at + 259200000) / 604800000 * 604800000 - 259200000
          AND channel = old.channel AND status = old.status;
    INSERT INTO agg_comm_week(week, channel, status, n)
        VALUES((new.issued_at + 259200000) / 604800000 * 604800000 - 259200000, new.channel, new.status, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER agg_retention_update AFTER UPDATE OF issued_at, retention_class, retention_trigger ON communications
WHEN old.retention_class IS NOT new.retention_class OR old.retention_trigger IS NOT new.retention_trigger
  OR (new.retention_trigger IS NULL AND old.issued_at IS NOT new.issued_at)
BEGIN
    UPDATE agg_retention_month SET n = n - 1
        WHERE class = old.retention_class
          AND month = CAST(strftime('%Y', coalesce(old.retention_trigger, old.issued_at) / 1000, 'unixepoch') AS INTEGER) * 12
                      + CAST(strftime('%m', coalesce(old.retention_trigger, old.issued_at) / 1000, 'unixepoch') AS INTEGER) - 1;
    INSERT INTO agg_retention_month(class, month, n)
        SELECT new.retention_class,
               CAST(strftime('%Y', coalesce(new.retention_trigger, new.issued_at) / 1000, 'unixepoch') AS INTEGER) * 12
                 + CAST(strftime('%m', coalesce(new.retention_trigger, new.issued_at) / 1000, 'unixepoch') AS INTEGER) - 1,
               1
        WHERE new.retention_class IS NOT NULL
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
)SQL";

// retired_block reads the issue time of each communication that contains a retired block
// version (often most of the archive): a narrow (rowid, issued_at) index answers that from a
// few megabytes instead of a seek into each wide row.
static const char *const kMigration3 = R"SQL(
CREATE INDEX comm_issued_by_rowid ON communications(rowid, issued_at);
)SQL";

// Two indexes another one already covers: comm_template is the prefix of
// comm_template_issued (which the completion's and the unknown-version check's skip scans
// use as well), and events_comm's lookups by communication_id are served by events_unique,
// which starts with it (a communication has a handful of events to order by time). Each
// secondary index costs every insert, and two seconds of a bulk load's rebuild at a million.
static const char *const kMigration4 = R"SQL(
DROP INDEX IF EXISTS comm_template;
DROP INDEX IF EXISTS events_comm;
-- An interrupted bulk load may have them dropped already and waiting to be rebuilt.
DELETE FROM meta WHERE key IN ('deferred_index.comm_template', 'deferred_index.events_comm');
)SQL";

// The repository's own identity of each object, apart from the (possibly mapped) business
// id, so that deletions and resyncs never compare a cmis:objectId with a docNo; a mark for a
// held communication the repository deleted (it stays, DESIGN.md "Records rules"); and the
// repository's own holds (cmis:rm_holdIds), which count as holds. Existing rows get the
// identity where the old columns tell it: CMIS kept the object id as the rendition path,
// ArchivesSpace ids were uris unless mapped (those rows are filled by the next crawl).
static const char *const kMigration5 = R"SQL(
ALTER TABLE communications ADD COLUMN repo_object_id TEXT;
ALTER TABLE communications ADD COLUMN repo_deleted_at INTEGER;
ALTER TABLE communications ADD COLUMN repo_hold_ids TEXT;
UPDATE communications SET repo_object_id = rendition_path
    WHERE repo_id IN (SELECT id FROM repositories WHERE kind = 'cmis') AND rendition_path <> '';
UPDATE communications SET repo_object_id = id
    WHERE repo_id IN (SELECT id FROM repositories WHERE kind = 'archivesspace')
      AND id LIKE '/repositories/%';
UPDATE communications SET repo_hold_ids = json_extract(extra, '$.repository_holds')
    WHERE json_valid(extra) AND json_type(extra, '$.repository_holds') = 'array'
      AND json_array_length(extra, '$.repository_holds') > 0;
CREATE INDEX comm_repo_object ON communications(repo_id, repo_object_id);
CREATE INDEX comm_repo_held ON communications(repo_id) WHERE repo_hold_ids IS NOT NULL;
)SQL";

// Sorting the results by type, channel, delivery status or customer (the results view's
// headers), ties newest first. Each (column, issued_at, id) index of migration 1 gives the
// descending order read backwards; the ascending one needs issued_at descending inside each
// value, which these give read forwards, so that the first page of a million rows costs a
// page of index entries, not a sort of every row of the first value. The customer's index
// gains the issue date the same way (customers are many and small: its descending order
// sorts a customer's few rows on the way); it serves customer: lookups as the old one did.
static const char *const kMigration6 = R"SQL(
CREATE INDEX comm_type_sort ON communications(type, issued_at DESC, id);
CREATE INDEX comm_channel_sort ON communications(channel, issued_at DESC, id);
CREATE INDEX comm_status_sort ON communications(status, issued_at DESC, id);
DROP INDEX IF EXISTS comm_customer;
CREATE INDEX comm_customer_sort ON communications(customer_id, issued_at DESC, id);
-- An interrupted bulk load may have comm_customer dropped already and waiting to be rebuilt.
DELETE FROM meta WHERE key = 'deferred_index.comm_customer';
)SQL";

// Rejected lines as distinct lines: one row however often a line is met (an import that
// waited for another, a file reported as changed at every import), so the count a user sees
// is the number of bad lines. `run_open` marks rows met by a sync that has not reached its
// last page yet (interrupted, cancelled, crashed): they are written in the page's transaction
// with its cursor, and the sync that finishes the run reports them again (CacheWriter).
// Rows the old reader wrote for a last line without its newline were never rejections: it
// was read once complete.
static const char *const kMigration7 = R"SQL(
DELETE FROM import_errors WHERE reason LIKE 'incomplete last line (no newline, not valid JSON)%';
DELETE FROM import_errors WHERE seq NOT IN
    (SELECT min(seq) FROM import_errors GROUP BY repo_id, file, line, reason);
CREATE UNIQUE INDEX import_errors_line ON import_errors(repo_id, file, line, reason);
ALTER TABLE import_errors ADD COLUMN run_open INTEGER NOT NULL DEFAULT 0;
CREATE INDEX import_errors_open ON import_errors(repo_id) WHERE run_open = 1;
)SQL";

// The content store as a bounded cache (DESIGN.md "The cache"): one row per object in
// DATA/objects with its size and when it was last viewed (or stored), so that the least
// recently viewed bytes go first when the store is over its limit (meta 'documents.limit')
// and `stats` counts the store without walking it. Pins keep the bytes of work under way (an
// evidence package being built) until they are released or their time runs out (a process
// that died holding one).
static const char *const kMigration8 = R"SQL(
CREATE TABLE doc_objects (
    sha256  TEXT PRIMARY KEY,
    bytes   INTEGER NOT NULL,
    used_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX doc_objects_lru ON doc_objects(used_at);
CREATE TABLE doc_pins (
    token  TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    until  INTEGER NOT NULL,
    PRIMARY KEY (token, sha256)
) WITHOUT ROWID;
CREATE INDEX doc_pins_sha ON doc_pins(sha256);
)SQL";

// Communications the repository deleted but a hold keeps are counted apart from live ones
// (`stats`, issue #25 item 12): few, so a partial index finds them without a table scan.
static const char *const kMigration9 = R"SQL(
CREATE INDEX IF NOT EXISTS comm_repo_deleted ON communications(repo_deleted_at) WHERE repo_deleted_at IS NOT NULL;
)SQL";

// Communications per month of issue, type, channel, delivery status and business unit (issue
// #30): a query over these fields alone, with whole months, is counted exactly from a few
// tens of thousands of these rows instead of the index entries of millions of communications
// (search/facetcount.h). A rowid table, because business_unit may be NULL; the triggers find
// a row with IS. A month is its first day, 00:00 UTC, in ms (NULL past the year 9999, which
// facetcount.cpp treats as unknown); the column is named issued_at so that the search's
// compiled conditions apply to it unchanged.
static const char *const kMigration10 = R"SQL(
CREATE TABLE agg_comm_month (
    issued_at     INTEGER,
    type          TEXT NOT NULL COLLATE NOCASE,
    channel       TEXT NOT NULL COLLATE NOCASE,
    status        TEXT NOT NULL COLLATE NOCASE,
    business_unit TEXT COLLATE NOCASE,
    n             INTEGER NOT NULL
);
CREATE INDEX agg_comm_month_key ON agg_comm_month(issued_at, type, channel, status, business_unit);
-- A sum over one value (and its months) reads its rows only: a type is ~3,000 of ~58,000 rows
-- at 19 types. The triggers' n = n + 1 touches none of these indexes.
CREATE INDEX agg_comm_month_type ON agg_comm_month(type, issued_at);
CREATE INDEX agg_comm_month_channel ON agg_comm_month(channel, issued_at);
CREATE INDEX agg_comm_month_status ON agg_comm_month(status, issued_at);
CREATE INDEX agg_comm_month_unit ON agg_comm_month(business_unit, issued_at);
INSERT INTO agg_comm_month(issued_at, type, channel, status, business_unit, n)
    SELECT CAST(strftime('%s', c.issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000, type, channel, status, business_unit, count(*)
    FROM communications c GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER agg_comm_month_insert AFTER INSERT ON communications BEGIN
    UPDATE agg_comm_month SET n = n + 1
        WHERE issued_at IS CAST(strftime('%s', new.issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000 AND type = new.type AND channel = new.channel
          AND status = new.status AND business_unit IS new.business_unit;
    INSERT INTO agg_comm_month(issued_at, type, channel, status, business_unit, n)
        SELECT CAST(strftime('%s', new.issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000, new.type, new.channel, new.status, new.business_unit, 1
        WHERE NOT EXISTS (SELECT 1 FROM agg_comm_month WHERE issued_at IS CAST(strftime('%s', new.issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000 AND type = new.type AND channel = new.channel
          AND status = new.status AND business_unit IS new.business_unit);
END;
CREATE TRIGGER agg_comm_month_delete AFTER DELETE ON communications BEGIN
    UPDATE agg_comm_month SET n = n - 1
        WHERE issued_at IS CAST(strftime('%s', old.issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000 AND type = old.type AND channel = old.channel
          AND status = old.status AND business_unit IS old.business_unit;
END;
CREATE TRIGGER agg_comm_month_update
AFTER UPDATE OF issued_at, type, channel, status, business_unit ON communications
WHEN old.issued_at IS NOT new.issued_at OR old.type IS NOT new.type OR old.channel IS NOT new.channel
  OR old.status IS NOT new.status OR old.business_unit IS NOT new.business_unit
BEGIN
    UPDATE agg_comm_month SET n = n - 1
        WHERE issued_at IS CAST(strftime('%s', old.issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000 AND type = old.type AND channel = old.channel
          AND status = old.status AND business_unit IS old.business_unit;
    UPDATE agg_comm_month SET n = n + 1
        WHERE issued_at IS CAST(strftime('%s', new.issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000 AND type = new.type AND channel = new.channel
          AND status = new.status AND business_unit IS new.business_unit;
    INSERT INTO agg_comm_month(issued_at, type, channel, status, business_unit, n)
        SELECT CAST(strftime('%s', new.issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000, new.type, new.channel, new.status, new.business_unit, 1
        WHERE NOT EXISTS (SELECT 1 FROM agg_comm_month WHERE issued_at IS CAST(strftime('%s', new.issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000 AND type = new.type AND channel = new.channel
          AND status = new.status AND business_unit IS new.business_unit);
END;
)SQL";

// Precomputed row sets ("row bits", cache/rowbits.h): the rows holding a common word, the
// rows issued in each month and the rows of each type, channel and business unit, as bitmaps
// in RowIdSet's 8 KB chunks, so that counting a word in most of ten million rows, or a word
// within a year or a type, intersects bitmaps instead of reading millions of postings or
// index entries (issue #30). A key (`word:TOKEN`, `issued:MONTH_MS`, `value:COLUMN:VALUE`) is
// valid for rowids up to its cover's `upto`; rows past it are read from the full-text index
// or the indexes as before. A family of keys (the months, each column's values) has one
// cover, its keys' common start ending in ':'. The triggers drop every cover a change at or
// below its `upto` could make wrong (a row's text changed or removed, a row inserted at a
// reused rowid, a date or a value changed); refreshRowBits builds them again after the next
// sync.
static const char *const kMigration11 = R"SQL(
CREATE TABLE rowbits_cover (
    key  TEXT PRIMARY KEY,
    upto INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE rowbits (
    key   TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    n     INTEGER NOT NULL,
    bits  BLOB NOT NULL CHECK (length(bits) = 8192),
    PRIMARY KEY (key, chunk)
);
CREATE TRIGGER rowbits_text_insert AFTER INSERT ON comm_text
WHEN new.rowid <= (SELECT max(upto) FROM rowbits_cover) BEGIN
    DELETE FROM rowbits_cover WHERE upto >= new.rowid;
END;
CREATE TRIGGER rowbits_text_update AFTER UPDATE ON comm_text
WHEN old.rowid IS NOT new.rowid OR old.body IS NOT new.body OR old.names IS NOT new.names
  OR old.ids IS NOT new.ids BEGIN
    DELETE FROM rowbits_cover WHERE upto >= min(old.rowid, new.rowid);
END;
CREATE TRIGGER rowbits_text_delete AFTER DELETE ON comm_text
WHEN old.rowid <= (SELECT max(upto) FROM rowbits_cover) BEGIN
    DELETE FROM rowbits_cover WHERE upto >= old.rowid;
END;
CREATE TRIGGER rowbits_comm_insert AFTER INSERT ON communications
WHEN new.rowid <= (SELECT max(upto) FROM rowbits_cover) BEGIN
    DELETE FROM rowbits_cover WHERE upto >= new.rowid;
END;
CREATE TRIGGER rowbits_comm_delete AFTER DELETE ON communications
WHEN old.rowid <= (SELECT max(upto) FROM rowbits_cover) BEGIN
    DELETE FROM rowbits_cover WHERE upto >= old.rowid;
END;
CREATE TRIGGER rowbits_comm_issued AFTER UPDATE OF issued_at ON communications
WHEN old.issued_at IS NOT new.issued_at BEGIN
    DELETE FROM rowbits_cover WHERE upto >= old.rowid AND key LIKE 'issued:%';
END;
CREATE TRIGGER rowbits_comm_values AFTER UPDATE OF type, channel, business_unit ON communications
WHEN old.type IS NOT new.type OR old.channel IS NOT new.channel OR old.business_unit IS NOT new.business_unit BEGIN
    DELETE FROM rowbits_cover WHERE upto >= old.rowid AND key LIKE 'value:%';
END;
)SQL";

// Field values compare with the project's folding (domain/textfold.h: Unicode, as the sync
// scope, the stored value rows and the team server fold), not SQLite's NOCASE (ASCII letters
// only, so that `unit:épargne` missed Épargne): every NOCASE column and index becomes
// COLLATE fold (cache/recollate.h). The aggregates are counted again (values NOCASE told
// apart are one now) and the stored rows of values, keyed by the old folding, are dropped:
// the next sync's refresh stores them again.
static const char *const kMigration12 = R"SQL(
DELETE FROM rowbits WHERE key LIKE 'value:%';
DELETE FROM rowbits_cover WHERE key LIKE 'value:%';
)SQL";

// A rolling scope's window is resolved to days at each sync; a sync compares it with the one
// the repository was last read under and reads again when the window now admits more
// (`issued:<now-3d` moves its upper bound on each day): sync/syncengine.cpp.
static const char *const kMigration13 = R"SQL(
ALTER TABLE repositories ADD COLUMN scope_read TEXT;
)SQL";

static void foldFieldValues(Database &db)
{
    recollateNoCaseToFold(db, true);
    if (db.queryInt("SELECT count(*) FROM meta WHERE key = 'deferred_aggregates'") == 0) // else a bulk load recounts
        for (const char *const *sql = BulkLoad::aggregateRecounts(); *sql; ++sql)
            db.exec(*sql);
}

// Audit entries committed with a change to this cache (audit/changetransaction.h). In WAL mode
// SQLite commits cache.sqlite and the attached records.sqlite one after the other, the cache
// first: a kill or a full disk between the two would leave an administrator's change here and
// its entry nowhere. So each entry of such a change is also written here, in the change's own
// transaction, as records.sqlite's audit_entries has it (seq and hash as appended); once
// records.sqlite has an entry of that seq and hash the row is deleted, and one it never got is
// appended to the trail at the next opening. Never the trail itself: records.sqlite is.
static const char *const kMigration14 = R"SQL(
CREATE TABLE trail_staged (
    id          INTEGER PRIMARY KEY,
    seq         INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    user        TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT,
    reason      TEXT,
    before      TEXT,
    after       TEXT,
    device      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
)SQL";

// Each stored chunk of rows and each cover carries a digest of what it holds and whose it is
// (cache/rowbitsdigest.h), checked with the chunk's count and cover whenever it is read: a row
// edited by hand is found and the stored rows dropped, never counted (issue #44 item 4). The
// digest is stored before the bits, so that a chunk's number is read without its 8 KB. The
// rows stored so far carry none: dropped, built again by the next sync.
static const char *const kMigration15 = R"SQL(
DROP TABLE rowbits;
CREATE TABLE rowbits (
    key    TEXT NOT NULL,
    chunk  INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    digest INTEGER NOT NULL,
    bits   BLOB NOT NULL CHECK (length(bits) = 8192),
    PRIMARY KEY (key, chunk)
);
DELETE FROM rowbits_cover;
ALTER TABLE rowbits_cover ADD COLUMN digest INTEGER NOT NULL DEFAULT 0;
)SQL";

// Each stored key's chunks and rows counted beside them, and each cover sealed with what its keys
// hold together (cache/rowbitskeys.h, issue #62): a chunk, or a key, deleted by hand with its cover
// kept read as fewer rows. The rows stored so far have no such count: dropped, built again by the
// next sync (the covers' digests are of more than before).
static const char *const kMigration23 = R"SQL(
CREATE TABLE rowbits_keys (
    key    TEXT PRIMARY KEY,
    chunks INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    digest INTEGER NOT NULL
) WITHOUT ROWID;
DELETE FROM rowbits_cover;
DELETE FROM rowbits;
)SQL";

// Verdicts another record's bytes lent (issue #40): a network repository's document was
// counted verified, without a download, when the store held bytes of the hash its record
// claimed, though those bytes had come from another communication (another record, a drop).
// A row alone cannot say whether its bytes were its own, so every verified row of a network
// repository whose hash another source (repository and location) also names goes back to
// "missing" and is downloaded again when opened: a letter two records share costs one more
// download; none stays verified on another record's bytes. Its record hash changes too, so
// that a sync fetching the document again writes the verdict instead of skipping the record
// as one it already has.
static const char *const kMigration16 = R"SQL(
UPDATE communications SET fixity = 'missing', content_sha256 = NULL, record_hash = record_hash || '-lent'
WHERE fixity = 'verified'
  AND repo_id IN (SELECT id FROM repositories WHERE kind <> 'drop')
  AND lower(content_sha256) IN (
      SELECT h FROM (
          SELECT lower(content_sha256) AS h, repo_id, rendition_path FROM communications
          WHERE content_sha256 IS NOT NULL AND content_sha256 <> ''
          UNION
          SELECT lower(rendition_sha256), repo_id, rendition_path FROM communications
          WHERE rendition_sha256 IS NOT NULL AND rendition_sha256 <> '')
      GROUP BY h HAVING count(*) > 1);
)SQL";

// A stored chunk of fewer than 4,096 rows may be its rows' 16-bit offsets, 2 bytes a row, instead
// of its 8 KB of bits (issue #43: the phrases kept whole were 49 MB a million rows, most of each
// chunk zeros). The chunks stored so far are kept as they are (8 KB is still a chunk's form). The
// record of the last sample goes, so that the next refresh chooses the words and phrases again,
// every pair of the words kept now among them (RowBitsOptions::pairsOfWords).
static const char *const kMigration17 = R"SQL(
DELETE FROM rowbits_cover WHERE key = 'sampled:words';
)SQL";

// SQLite cannot alter a CHECK in place, and a copy of the table would rewrite every stored row in
// the migration's transaction as the data folder opens (81 MB at a million rows, 767 MB at ten
// million). The new check allows more than the old, so every row stored holds to it: the table's
// definition is edited, as SQLite documents for a CHECK's change (and recollate.cpp does for
// collations).
static void allowChunksAsOffsets(Database &db)
{
    const char *const before = "CHECK (length(bits) = 8192)";
    const char *const after = "CHECK (length(bits) = 8192 OR (length(bits) = 2 * n AND n < 4096))";
    const qint64 schemaVersion = db.queryInt("PRAGMA schema_version");
    db.exec("PRAGMA writable_schema = ON");
    db.prepare("UPDATE sqlite_schema SET sql = replace(sql, ?1, ?2) WHERE type = 'table' AND name = 'rowbits'")
        .bind(1, QByteArray(before))
        .bind(2, QByteArray(after))
        .run();
    // A bumped schema version makes every connection (this one first) read the schema again.
    db.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    db.exec("PRAGMA writable_schema = OFF");
    Statement check = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'rowbits' "
                                 "AND instr(sql, ?1) > 0");
    check.bind(1, QByteArray(after));
    if (!check.step() || check.columnInt(0) != 1)
        throw SqliteError(SQLITE_SCHEMA, QStringLiteral("the table rowbits is not as migration 15 made it"));
}

// The record of the last sample goes again (issue #43), so that the next refresh keeps the
// phrases of three whose pairs are found together in many rows (RowBitsOptions::narrowedTripleRows);
// everything stored stays.
static const char *const kMigration18 = R"SQL(
DELETE FROM rowbits_cover WHERE key = 'sampled:words';
)SQL";

// The same again (issue #43): the sample is four times larger and keeps the phrases of three that
// narrowing would leave 2,500 rows of, down from 10,000 (F29 in docs/search-plans.md).
static const char *const kMigration19 = R"SQL(
DELETE FROM rowbits_cover WHERE key = 'sampled:words';
)SQL";

// Issue #62 item 3: each communication's row sealed where it is written, the rows there now
// sealed as they are (cache/tableseal.h, cache/rowseal.h).
static void sealCommunications(Database &db) { TableSeal::letters().create(db); }

// Migration 22 (issue #62): a letter's delivery events and its text sealed as its row is
// (cache/tableseal.h).
static void sealEventsAndTexts(Database &db)
{
    TableSeal::events().create(db);
    TableSeal::texts().create(db);
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, "initial schema: communications, full text, templates, blocks, events", initialSchemaSql()},
        {2, "compliance: finding indexes, weekly and retention aggregates for the dashboards", kMigration2},
        {3, "compliance: issue time by rowid for the retired block check", kMigration3},
        {4, "drop two indexes that others cover", kMigration4},
        {5, "repository object identity, repository deletion mark and repository holds", kMigration5},
        {6, "indexes for sorting results by type, channel, delivery status and customer", kMigration6},
        {7, "rejected lines once per line, and those of an unfinished sync", kMigration7},
        {8, "the content store as a bounded cache: objects by last view, pins", kMigration8},
        {9, "an index of the communications the repository deleted and a hold keeps", kMigration9},
        {10, "communications per month, type, channel, status and unit, for exact counts", kMigration10},
        {11, "row bitmaps of common words, months and field values, for counting", kMigration11},
        {12, "field values compared with Unicode case folding, not ASCII NOCASE", kMigration12, &foldFieldValues},
        {13, "the resolved sync scope a repository was last read under", kMigration13},
        {14, "audit entries committed with a change to the cache, until records.sqlite has them", kMigration14},
        {15, "a digest on each stored row bitmap and cover, checked when read", kMigration15},
        {16, "verdicts on documents whose stored bytes another record's source gave, withdrawn", kMigration16},
        {17, "stored row bitmaps of few rows kept as their rows' offsets", kMigration17, &allowChunksAsOffsets},
        {18, "phrases of three whose pairs meet in many rows: the words sampled again", kMigration18},
        {19, "phrases of three whose pairs meet in fewer rows: the words sampled again", kMigration19},
        {20, "each communication's row sealed where it is written", "", &sealCommunications},
        {21, "each repository's letters and delivery events counted where they are written", "", &RowTally::create},
        {22, "each delivery event's and each letter text's row sealed where it is written", "", &sealEventsAndTexts},
        {23, "each stored key's chunks and rows counted, and each cover sealed with its keys'", kMigration23},
    };
    return all;
}

} // namespace proofdesk::cache
