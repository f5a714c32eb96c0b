#include "rawimport.h"

#include "benchcorpus.h"
#include "cache/bulkload.h"
#include "cache/rulefunctions.h"
#include "util/timeutil.h"

#include <QElapsedTimer>
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

double rawImportSeconds(const QString &databasePath, qint64 count, quint64 seed, int pageRecords, bool bulkLoad,
                        BenchCorpus::Vocabulary vocabulary)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open(databasePath.toUtf8().constData(), &db), db);
    proofdesk::cache::registerRuleFunctions(db); // the schema's COLLATE fold is part of the same schema
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -262144", "PRAGMA temp_store = MEMORY"})
        check(sqlite3_exec(db, pragma, nullptr, nullptr, nullptr), db);
    check(sqlite3_exec(db, "INSERT INTO repositories(name, kind, url) VALUES('raw', 'drop', '/raw')", nullptr, nullptr,
                       nullptr),
          db);
    sqlite3_stmt *comm =
        prepare(db, "INSERT INTO communications(id, repo_id, type, issued_at, channel, template_id, "
                    "template_version, rendition_path, media_type, rendition_sha256, rendition_bytes, "
                    "recipient_name, customer_id, account_id, claim_id, business_unit, batch, campaign, "
                    "language, retention_class, origin, fixity, content_sha256, status, status_at, record_hash) "
                    "VALUES(?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                    "?19, 'original', 'verified', ?9, ?20, ?21, ?22)");
    sqlite3_stmt *textRow = prepare(db, "INSERT INTO comm_text(rowid, body, names, ids) VALUES(?1, ?2, ?3, ?4)");
    sqlite3_stmt *fts = prepare(db, "INSERT INTO comm_fts(rowid, body, names, ids) VALUES(?1, ?2, ?3, ?4)");
    sqlite3_stmt *block =
        prepare(db, "INSERT INTO comm_blocks(comm_rowid, block_id, block_version) VALUES(?1, ?2, ?3)");
    sqlite3_stmt *event =
        prepare(db, "INSERT INTO delivery_events(repo_id, communication_id, event, at, channel, provider_ref) "
                    "VALUES(1, ?1, ?2, ?3, ?4, ?5)");

    BenchCorpus corpus(seed, vocabulary);
    QElapsedTimer deferTimer;
    deferTimer.start();
    QList<QByteArray> deferred;
    // The same bulk load as cache/bulkload.cpp: non-unique indexes of the bulk tables and the
    // aggregate triggers dropped and the full-text index left alone, then all rebuilt (the
    // aggregates counted) at the end, inside the timed work.
    // The raw page cache is 256 MiB throughout (ours: 64 MiB, which bounds a sync's memory).
    if (bulkLoad) {
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
    }
    qint64 nanos = deferTimer.nsecsElapsed(); // only the SQLite work is timed, not making the rows
    for (qint64 start = 0; start < count; start += pageRecords) {
        QList<QPair<proofdesk::domain::Communication, proofdesk::domain::DeliveryEvent>> rows;
        for (qint64 i = start; i < std::min(count, start + pageRecords); ++i) {
            auto c = corpus.make(i);
            auto e = corpus.eventFor(c, i);
            rows.append({std::move(c), std::move(e)});
        }
        QElapsedTimer timer;
        timer.start();
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db);
        for (const auto &[c, e] : rows) {
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
            text(comm, 20, e.event);
            sqlite3_bind_int64(comm, 21, e.at);
            text(comm, 22, c.id);
            run(comm, db);
            const qint64 rowid = sqlite3_last_insert_rowid(db);
            for (sqlite3_stmt *st : {textRow, fts}) {
                if (bulkLoad && st == fts)
                    continue; // rebuilt in one pass at the end, as ours does
                sqlite3_bind_int64(st, 1, rowid);
                text(st, 2, c.text);
                text(st, 3, c.recipientName);
                text(st, 4, c.searchableIds());
                run(st, db);
            }
            sqlite3_bind_int64(block, 1, rowid);
            text(block, 2, c.contentBlocks.first().id);
            text(block, 3, c.contentBlocks.first().version);
            run(block, db);
            text(event, 1, e.communicationId);
            text(event, 2, e.event);
            sqlite3_bind_int64(event, 3, e.at);
            text(event, 4, e.channel);
            text(event, 5, e.providerRef);
            run(event, db);
        }
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
        nanos += timer.nsecsElapsed();
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
    const double seconds = nanos / 1e9;
    for (sqlite3_stmt *st : {comm, textRow, fts, block, event})
        sqlite3_finalize(st);
    sqlite3_close(db);
    return seconds;
}
