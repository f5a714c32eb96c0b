#include "cachefile.h"

#include "bulkload.h"

#include "migrations.h"
#include "records/recordsfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <optional>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCache, "proofdesk.cache")

namespace proofdesk::cache {

QString CacheFile::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("cache.sqlite"));
}

void CacheFile::applyPragmas(Database &db)
{
    db.exec("PRAGMA busy_timeout = 10000");
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA cache_size = -65536"); // 64 MiB page cache per connection
    db.exec("PRAGMA mmap_size = 268435456");
}

Database CacheFile::openWriter(const QString &databasePath)
{
    Database db(databasePath, Database::Mode::ReadWrite);
    applyPragmas(db);
    // 64 MiB: a sync's memory stays flat whatever the repository's size (DESIGN.md). Large
    // imports no longer need more: they bulk load (bulkload.h), and CREATE INDEX spills its
    // sort to temporary files past the cache size. Measured: 32 MiB and 256 MiB cost the
    // same CPU per record syncing 100k and 300k records from the CMIS test server.
    db.exec("PRAGMA cache_size = -65536");
    const QString mode = db.queryText("PRAGMA journal_mode = WAL");
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw SqliteError(0, QStringLiteral("%1: WAL journal mode could not be enabled (got %2)")
                                 .arg(databasePath, mode));
    // User-authored state (audit trail, holds, outbox…) lives in records.sqlite beside the
    // cache, never in this rebuildable file; queries reach it as schema `rec`.
    records::RecordsFile::attach(db, records::RecordsFile::besideCache(databasePath), true);
    return db;
}

Database CacheFile::openReader(const QString &databasePath)
{
    Database db(databasePath, Database::Mode::ReadOnly);
    applyPragmas(db);
    // A desktop process holds several readers (search, row pages, detail, completion): each
    // with the writer's 64 MiB cache and a 256 MiB map would count several times over in the
    // process's memory. The OS page cache still keeps hot pages; readers keep a modest cache.
    db.exec("PRAGMA cache_size = -16384");
    db.exec("PRAGMA mmap_size = 0");
    // Sorting a million-row result list (allRowIds) may spill to a temporary file instead
    // of holding the whole sort in memory.
    db.exec("PRAGMA temp_store = FILE");
    records::RecordsFile::attach(db, records::RecordsFile::besideCache(databasePath), false);
    return db;
}

int CacheFile::schemaVersion(Database &db)
{
    db.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    Statement st = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    return st.step() ? st.columnText(0).toInt() : 0;
}

void CacheFile::migrate(Database &db)
{
    const int current = schemaVersion(db);
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        Transaction tx(db);
        db.exec(m.sql);
        db.prepare("INSERT INTO meta(key, value) VALUES('schema_version', ?1) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .bind(1, QString::number(m.version))
            .run();
        tx.commit();
        qCDebug(lcCache) << "migrated cache to schema" << m.version << m.description;
    }
}

// The problem quick_check found (empty when none); nullopt when the file is busy: another
// process's connection kept it locked past the wait, which says it is in use, not damaged,
// and must never get a healthy cache moved aside.
static std::optional<QString> quickCheck(Database &db)
{
    try {
        db.exec("PRAGMA busy_timeout = 10000"); // wait for other connections as every one does
        Statement st = db.prepare("PRAGMA quick_check(1)");
        const QString result = st.step() ? st.columnText(0) : QStringLiteral("no answer");
        return result == QLatin1String("ok") ? QString() : result;
    } catch (const SqliteError &e) {
        const int primary = e.code() & 0xff;
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            return std::nullopt;
        // "file is not a database" and friends surface here.
        return QString::fromUtf8(e.what());
    }
}

// quick_check reads the whole file (seconds at a million communications), so it runs when an
// earlier session ended uncleanly or when a day has passed since the last clean check.
static bool checkIsDue(Database &db)
{
    try {
        Statement st = db.prepare("SELECT value FROM meta WHERE key = 'last_quick_check'");
        if (!st.step())
            return true;
        return QDateTime::currentMSecsSinceEpoch() - st.columnText(0).toLongLong() > 24 * 3600 * 1000LL;
    } catch (const SqliteError &) {
        return true; // no meta table, or not a database at all: check
    }
}

static void rememberCheck(Database &db)
{
    db.prepare("INSERT INTO meta(key, value) VALUES('last_quick_check', ?1) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::number(QDateTime::currentMSecsSinceEpoch()))
        .run();
}

namespace {

// The cache remembers the records file it was used with (its device id), so that a
// records.sqlite that disappears later — deleted, not restored with a backup, lost with a
// disk — is noticed instead of being recreated empty: the audit trail, holds, reissue
// requests, role grants and unsent outbox items cannot be rebuilt from a repository.
const char *const kRecordsKey = "records_device_id";

} // namespace

void CacheFile::refuseLostRecords(const QString &cachePath, const QString &recordsPath)
{
    if (QFile::exists(recordsPath) || !QFile::exists(cachePath))
        return;
    QString device;
    try {
        Database probe(cachePath, Database::Mode::ReadOnly);
        if (probe.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'meta'") > 0) {
            Statement st = probe.prepare("SELECT value FROM meta WHERE key = ?1");
            st.bind(1, QString::fromLatin1(kRecordsKey));
            if (st.step())
                device = st.columnText(0);
        }
    } catch (const SqliteError &) {
        return; // a cache that cannot be read is the quick check's business, not this one's
    }
    if (device.isEmpty())
        return; // a folder made before the records file was remembered
    throw SqliteError(0, QStringLiteral(
        "%1 is missing, but this data folder had one (device %2). It held the audit trail, legal holds, "
        "reissue requests, role grants and unsent outbox items, which cannot be rebuilt from a repository. "
        "Restore records.sqlite (and records.sqlite-wal, if you have it) from a backup into %3. Only if "
        "they are lost for good: move cache.sqlite aside as well to start this data folder afresh (the "
        "cache is rebuilt by adding and syncing the repositories again).")
                             .arg(recordsPath, device, QFileInfo(recordsPath).absolutePath()));
}

void CacheFile::rememberRecordsFile(Database &writer)
{
    const QString device = records::RecordsFile::deviceId(writer);
    Statement known = writer.prepare("SELECT value FROM meta WHERE key = ?1");
    known.bind(1, QString::fromLatin1(kRecordsKey));
    if (known.step() && known.columnText(0) == device)
        return; // nothing to write: opening a folder for a read stays a read
    known.reset();
    writer.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::fromLatin1(kRecordsKey))
        .bind(2, device)
        .run();
}

CacheOpenReport CacheFile::prepare(const QString &dataDir, bool forceCheck)
{
    CacheOpenReport report;
    if (!QDir().mkpath(dataDir))
        throw SqliteError(0, QStringLiteral("cannot create the data folder %1").arg(dataDir));
    report.databasePath = databasePath(dataDir);
    const QString recordsPath = records::RecordsFile::databasePath(dataDir);
    // A records file this folder had and lost is an error, never a silent empty one.
    refuseLostRecords(report.databasePath, recordsPath);
    // Checked and migrated first, and never moved aside with a damaged cache: it cannot be
    // rebuilt from the repositories (throws with a message that says so if it is damaged).
    records::RecordsFile::prepare(recordsPath, true);
    report.created = !QFile::exists(report.databasePath);

    if (!report.created) {
        QString problem;
        {
            Database probe(report.databasePath, Database::Mode::ReadWrite);
            if (forceCheck || checkIsDue(probe)) {
                const std::optional<QString> found = quickCheck(probe);
                problem = found.value_or(QString());
                report.checked = found.has_value(); // a busy file is checked next time
            }
        }
        if (!problem.isEmpty()) {
            // Move the damaged file (and its WAL) aside rather than delete it: it is the
            // user's data and may still be useful to a support engineer.
            const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            report.movedAsidePath = report.databasePath + QStringLiteral(".damaged-") + stamp;
            for (const char *suffix : {"", "-wal", "-shm"}) {
                const QString from = report.databasePath + QLatin1String(suffix);
                if (QFile::exists(from))
                    QFile::rename(from, report.movedAsidePath + QLatin1String(suffix));
            }
            report.rebuilt = true;
            report.problem = problem;
            qCWarning(lcCache) << "cache failed quick_check, rebuilding:" << problem;
        }
    }

    Database db = openWriter(report.databasePath);
    migrate(db);
    // An import that dropped the secondary indexes and did not live to rebuild them.
    if (BulkLoad::pendingIndexes(db) > 0) {
        qCInfo(lcCache) << "rebuilding indexes an interrupted bulk import left dropped";
        BulkLoad::restoreIndexes(db);
    }
    report.schemaVersion = schemaVersion(db);
    if (report.created || report.checked)
        rememberCheck(db);
    rememberRecordsFile(db);
    return report;
}

} // namespace proofdesk::cache
