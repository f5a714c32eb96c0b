#include "rawimport.h"

#include "benchcorpus.h"
#include "cache/bulkload.h"
#include "cache/rowseal.h"
#include "cache/rulefunctions.h"
#include "sync/drop/droprecordparser.h"
#include "util/timeutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <functional>
#include <optional>
#include <sqlite3.h>

namespace {

void check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("raw sqlite: %s", sqlite3_errmsg(db));
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    check(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), db);
    return st;
}

void text(sqlite3_stmt *st, int i, const QString &s)
{
    if (s.isNull()) {
        sqlite3_bind_null(st, i);
        return;
    }
    const QByteArray u = s.toUtf8();
    sqlite3_bind_text(st, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
}

void run(sqlite3_stmt *st, sqlite3 *db)
{
    check(sqlite3_step(st), db);
    sqlite3_reset(st);
}

} // namespace

using proofdesk::domain::Communication;
using proofdesk::domain::DeliveryEvent;

namespace {

struct RawRow
{
    std::optional<Communication> c;
    std::optional<DeliveryEvent> e;
};

// Fills `rows` with the next page (not timed); false when there is none.
using NextPage = std::function<bool(QList<RawRow> &rows)>;

// The writer's statements. A drop's rows are upserts (a later line for an id replaces its row
// and text, as the import does); the corpus's ids are all new and are plain inserts, as before.
struct RawStatements
{
    sqlite3 *db;
    sqlite3_stmt *comm, *textRow, *fts, *block, *event, *status;

    RawStatements(sqlite3 *d, bool upsert)
        : db(d)
    {
        const QByteArray columns =
            "INSERT INTO communications(id, repo_id, type, issued_at, channel, template_id, "
            "template_version, rendition_path, media_type, rendition_sha256, rendition_bytes, "
            "recipient_name, customer_id, account_id, claim_id, business_unit, batch, campaign, "
            "language, retention_class, origin, fixity, content_sha256, status, status_at, record_hash, "
            "policy_id, loan_id, recipient_address) "
            "VALUES(?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
            "?19, 'original', 'verified', ?9, ?20, ?21, ?22, ?23, ?24, ?25)";
        const QByteArray onConflict =
            " ON CONFLICT(id) DO UPDATE SET type = excluded.type, issued_at = excluded.issued_at, "
            "channel = excluded.channel, template_id = excluded.template_id, template_version = "
            "excluded.template_version, rendition_path = excluded.rendition_path, rendition_sha256 = "
            "excluded.rendition_sha256, recipient_name = excluded.recipient_name, customer_id = "
            "excluded.customer_id, account_id = excluded.account_id, claim_id = excluded.claim_id, "
            "business_unit = excluded.business_unit, batch = excluded.batch, campaign = excluded.campaign, "
            "language = excluded.language, retention_class = excluded.retention_class, record_hash = "
            "excluded.record_hash, policy_id = excluded.policy_id, loan_id = excluded.loan_id RETURNING rowid";
        comm = prepare(db, (upsert ? columns + onConflict : columns).constData());
        textRow = prepare(db, upsert ? "REPLACE INTO comm_text(rowid, body, names, ids) VALUES(?1, ?2, ?3, ?4)"
                                     : "INSERT INTO comm_text(rowid, body, names, ids) VALUES(?1, ?2, ?3, ?4)");
        fts = prepare(db, "INSERT INTO comm_fts(rowid, body, names, ids) VALUES(?1, ?2, ?3, ?4)");
        block =
            prepare(db, "INSERT OR IGNORE INTO comm_blocks(comm_rowid, block_id, block_version) VALUES(?1, ?2, ?3)");
        event = prepare(db, "INSERT INTO delivery_events(repo_id, communication_id, event, at, channel, provider_ref) "
                            "VALUES(1, ?1, ?2, ?3, ?4, ?5)");
        status = prepare(db, "UPDATE communications SET status = ?1, status_at = ?2 "
                             "WHERE id = ?3 AND (status_at IS NULL OR status_at <= ?2)");
    }
    ~RawStatements()
    {
        for (sqlite3_stmt *st : {comm, textRow, fts, block, event, status})
            sqlite3_finalize(st);
    }

    void insert(const Communication &c, const DeliveryEvent *e, bool bulkLoad)
    {
        text(comm, 1, c.id);
        text(comm, 2, c.type);
        sqlite3_bind_int64(comm, 3, c.issuedAt);
        text(comm, 4, c.channel);
        text(comm, 5, c.templateId);
        text(comm, 6, c.templateVersion);
        text(comm, 7, c.renditionPath);
        text(comm, 8, c.mediaType);
        text(comm, 9, c.renditionSha256);
        sqlite3_bind_int64(comm, 10, c.renditionBytes);
        text(comm, 11, c.recipientName);
        text(comm, 12, c.customerId);
        text(comm, 13, c.accountId);
        text(comm, 14, c.claimId);
        text(comm, 15, c.businessUnit);
        text(comm, 16, c.batch);
        text(comm, 17, c.campaign);
        text(comm, 18, c.language);
        text(comm, 19, c.retentionClass);
        text(comm, 20, e ? e->event : QStringLiteral("none"));
        if (e)
            sqlite3_bind_int64(comm, 21, e->at);
        else
            sqlite3_bind_null(comm, 21);
        text(comm, 22, c.recordHash.isEmpty() ? c.id : QString::fromLatin1(c.recordHash));
        text(comm, 23, c.policyId);
        text(comm, 24, c.loanId);
        text(comm, 25, c.recipientAddress);
        const int rc = sqlite3_step(comm);
        check(rc, db);
        const qint64 rowid = rc == SQLITE_ROW ? sqlite3_column_int64(comm, 0) : sqlite3_last_insert_rowid(db);
        sqlite3_reset(comm);
        for (sqlite3_stmt *st : {textRow, fts}) {
            if (bulkLoad && st == fts)
                continue; // rebuilt in one pass at the end, as ours does
            sqlite3_bind_int64(st, 1, rowid);
            text(st, 2, c.text);
            text(st, 3, c.recipientName);
            text(st, 4, c.searchableIds());
            run(st, db);
        }
        for (const auto &ref : c.contentBlocks) {
            sqlite3_bind_int64(block, 1, rowid);
            text(block, 2, ref.id);
            text(block, 3, ref.version);
            run(block, db);
        }
        if (e)
            insertEvent(*e);
    }

    void insertEvent(const DeliveryEvent &e)
    {
        text(event, 1, e.communicationId);
        text(event, 2, e.event);
        sqlite3_bind_int64(event, 3, e.at);
        text(event, 4, e.channel);
        text(event, 5, e.providerRef);
        run(event, db);
    }

    // A drop's event, in a page after its communication: the latest one gives the status.
    void eventWithStatus(const DeliveryEvent &e)
    {
        insertEvent(e);
        text(status, 1, e.event);
        sqlite3_bind_int64(status, 2, e.at);
        text(status, 3, e.communicationId);
        run(status, db);
    }
};

// The same bulk load as cache/bulkload.cpp: non-unique indexes of the bulk tables and the
// aggregate triggers dropped and the full-text index left alone; returns what to build again.
QList<QByteArray> deferIndexes(sqlite3 *db)
{
    QList<QByteArray> deferred;
    sqlite3_stmt *q =
        prepare(db, "SELECT type, name, sql FROM sqlite_schema WHERE (type = 'index' AND sql IS NOT NULL "
                    "AND sql NOT LIKE 'CREATE UNIQUE%' AND name <> 'comm_issued_by_rowid' AND tbl_name IN "
                    "('communications','comm_blocks','delivery_events')) "
                    "OR (type = 'trigger' AND name LIKE 'agg\\_%' ESCAPE '\\')");
    QList<QByteArray> names;
    while (sqlite3_step(q) == SQLITE_ROW) {
        names << QByteArray((const char *)sqlite3_column_text(q, 0)) + ' '
                     + QByteArray((const char *)sqlite3_column_text(q, 1));
        deferred << QByteArray((const char *)sqlite3_column_text(q, 2));
    }
    sqlite3_finalize(q);
    for (const auto &n : names)
        check(sqlite3_exec(db, QByteArray("DROP " + n).constData(), nullptr, nullptr, nullptr), db);
    return deferred;
}

double rawImport(const QString &databasePath, const NextPage &nextPage, bool bulkLoad, bool upsert)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open(databasePath.toUtf8().constData(), &db), db);
    proofdesk::cache::registerRuleFunctions(db);     // the schema's COLLATE fold is part of the same schema
    proofdesk::cache::RowSeal::registerFunction(db); // and its rows' seals
    // What sealing costs (issue #62): PROOFDESK_RAW_UNSEALED=1 loads the rows without the triggers,
    // here and in the import's phase (importphases.cpp).
    if (!qEnvironmentVariableIsEmpty("PROOFDESK_RAW_UNSEALED"))
        check(
            sqlite3_exec(db, "DROP TRIGGER comm_seal_insert; DROP TRIGGER comm_seal_update", nullptr, nullptr, nullptr),
            db);
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -262144", "PRAGMA temp_store = MEMORY"})
        check(sqlite3_exec(db, pragma, nullptr, nullptr, nullptr), db);
    check(sqlite3_exec(db, "INSERT INTO repositories(name, kind, url) VALUES('raw', 'drop', '/raw')", nullptr, nullptr,
                       nullptr),
          db);
    QElapsedTimer deferTimer;
    deferTimer.start();
    // The raw page cache is 256 MiB throughout (ours: 64 MiB, which bounds a sync's memory).
    const QList<QByteArray> deferred = bulkLoad ? deferIndexes(db) : QList<QByteArray>();
    qint64 nanos = deferTimer.nsecsElapsed(); // only the SQLite work is timed, not making the rows
    {
        RawStatements st(db, upsert);
        QList<RawRow> rows;
        while (nextPage(rows)) {
            QElapsedTimer timer;
            timer.start();
            check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db);
            for (const RawRow &row : rows) {
                if (row.c)
                    st.insert(*row.c, row.e ? &*row.e : nullptr, bulkLoad);
                else if (row.e)
                    st.eventWithStatus(*row.e);
            }
            check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
            nanos += timer.nsecsElapsed();
        }
    }
    QElapsedTimer createTimer;
    createTimer.start();
    for (const auto &sql : deferred)
        check(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), db);
    if (bulkLoad) {
        // The aggregates counted again by the same statements as ours (BulkLoad), then the text.
        for (const char *const *sql = proofdesk::cache::BulkLoad::aggregateRecounts(); *sql; ++sql)
            check(sqlite3_exec(db, *sql, nullptr, nullptr, nullptr), db);
        for (const char *sql :
             {"INSERT INTO comm_fts(comm_fts) VALUES('rebuild')", "INSERT INTO comm_fts(comm_fts) VALUES('optimize')"})
            check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db);
    }
    nanos += createTimer.nsecsElapsed();
    sqlite3_close(db);
    return nanos / 1e9;
}

// The drop's record files of one folder, in byte order of their names (drop-format.md).
QStringList recordFiles(const QString &dropDir, const QString &folder)
{
    QDir dir(dropDir + QLatin1Char('/') + folder);
    QStringList files = dir.entryList({QStringLiteral("*.ndjson")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

} // namespace

double rawImportSeconds(const QString &databasePath, qint64 count, quint64 seed, int pageRecords, bool bulkLoad,
                        BenchCorpus::Vocabulary vocabulary)
{
    BenchCorpus corpus(seed, vocabulary);
    qint64 start = 0;
    return rawImport(
        databasePath,
        [&](QList<RawRow> &rows) {
            rows.clear();
            for (qint64 i = start; i < std::min(count, start + pageRecords); ++i) {
                Communication c = corpus.make(i);
                DeliveryEvent e = corpus.eventFor(c, i);
                rows.append({std::move(c), std::move(e)});
            }
            start += pageRecords;
            return !rows.isEmpty();
        },
        bulkLoad, false);
}

double rawImportDropSeconds(const QString &databasePath, const QString &dropDir, int pageRecords, bool bulkLoad,
                            qint64 *letters)
{
    using namespace proofdesk::sync;
    const QStringList comms = recordFiles(dropDir, QStringLiteral("communications"));
    QStringList files = comms + recordFiles(dropDir, QStringLiteral("delivery"));
    qsizetype fileIndex = -1;
    QFile file;
    const auto nextLine = [&](QByteArray &line, bool &isComm) {
        while (!file.isOpen() || file.atEnd()) {
            file.close();
            if (++fileIndex >= files.size())
                return false;
            file.setFileName(files.at(fileIndex));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(files.at(fileIndex)));
        }
        line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        isComm = fileIndex < comms.size();
        return true;
    };
    const double seconds = rawImport(
        databasePath,
        [&](QList<RawRow> &rows) {
            rows.clear();
            QByteArray line;
            bool isComm = false;
            while (rows.size() < pageRecords && nextLine(line, isComm)) {
                if (line.isEmpty())
                    continue;
                RawRow row;
                if (isComm)
                    row.c = DropRecordParser::communication(line).record;
                else
                    row.e = DropRecordParser::deliveryEvent(line).record;
                if (row.c || row.e)
                    rows.append(std::move(row));
            }
            return !rows.isEmpty();
        },
        bulkLoad, true);
    if (letters) {
        sqlite3 *db = nullptr;
        check(sqlite3_open(databasePath.toUtf8().constData(), &db), db);
        sqlite3_stmt *st = prepare(db, "SELECT count(*) FROM communications");
        *letters = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    return seconds;
}
