#include "cachefile.h"

#include "bulkload.h"
#include "cache/recordsfile.h"
#include "fulldisk.h"
#include "lostrecordsfile.h"
#include "migrations.h"
#include "rebuiltcache.h"
#include "recordstie.h"
#include "repositorycarryover.h"
#include "rowseal.h"

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

namespace {

// Reads both schemas: a WAL connection meets a disk too full for its -shm file only here.
void probe(Database &db)
{
    db.queryInt("SELECT count(*) FROM main.sqlite_master");
    db.queryInt("SELECT count(*) FROM rec.sqlite_master");
}

} // namespace

Database CacheFile::openOnFullDisk(const QString &databasePath, const SqliteError &why)
{
    const QString records = cache::RecordsFile::besideCache(databasePath);
    const QString folder = QFileInfo(databasePath).absolutePath();
    if (QFile::exists(databasePath) && !QFile::exists(records)) {
        Database cache(databasePath, Database::Mode::ReadOnFullDisk);
        LostRecordsFile::refuse(cache, records); // a folder that had one says so
    }
    if (!QFile::exists(databasePath) || !QFile::exists(records))
        throw SqliteError(why, QStringLiteral("%1: nothing could be written (%2)")
                                   .arg(SqliteError::diskFullMessage(folder), QString::fromUtf8(why.what())));
    // However the folder was left (changes in a log, a -shm index a failed opening cut to a few
    // bytes): read without writing a byte, the logs read into memory (Database::fullDiskUri).
    Database db(databasePath, Database::Mode::ReadOnFullDisk);
    applyPragmas(db);
    cache::RecordsFile::attach(db, records, false);
    probe(db);
    RecordsTie::refuseUntied(db, folder); // read-only, but never someone else's trail
    return db;
}

Database CacheFile::openOrReadOnFullDisk(const QString &databasePath, Database (*open)(const QString &))
{
    try {
        return open(databasePath);
    } catch (const SqliteError &e) {
        if (!FullDisk::explains(e, QFileInfo(databasePath).absolutePath()))
            throw;
        return openOnFullDisk(databasePath, e); // reads go on; a write fails naming the full disk
    }
}

Database CacheFile::openWriter(const QString &databasePath)
{
    return openOrReadOnFullDisk(databasePath, &CacheFile::openWriterOnDisk);
}

Database CacheFile::openReader(const QString &databasePath)
{
    return openOrReadOnFullDisk(databasePath, &CacheFile::openReaderOnDisk);
}

Database CacheFile::openWriterOnDisk(const QString &databasePath)
{
    Database db(databasePath, Database::Mode::ReadWrite);
    applyPragmas(db);
    // 64 MiB: a sync's memory stays flat whatever the repository's size (DESIGN.md). Large
    // imports no longer need more: they bulk load (bulkload.h), and CREATE INDEX spills its
    // sort to temporary files past the cache size. Measured: 32 MiB and 256 MiB cost the
    // same CPU per record syncing 100k and 300k records from the CMIS test server. A sync that
    // keeps every index takes 256 MiB while it holds pages (SyncEngine::enlargePageCache).
    db.exec("PRAGMA cache_size = -65536");
    const QString mode = db.queryText("PRAGMA journal_mode = WAL");
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw SqliteError(0,
                          QStringLiteral("%1: WAL journal mode could not be enabled (got %2)").arg(databasePath, mode));
    // User-authored state (audit trail, holds, outbox…) lives in records.sqlite beside the
    // cache, never in this rebuildable file; queries reach it as schema `rec`.
    cache::RecordsFile::attach(db, cache::RecordsFile::besideCache(databasePath), true);
    probe(db);
    return db;
}

Database CacheFile::openReaderOnDisk(const QString &databasePath)
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
    cache::RecordsFile::attach(db, cache::RecordsFile::besideCache(databasePath), false);
    probe(db);
    return db;
}

int CacheFile::schemaVersion(Database &db) { return recordedSchemaVersion(db, "meta"); }

void CacheFile::migrate(Database &db) { runMigrations(db, "meta", migrations(), "cache"); }

// The problem quick_check found (empty when none); nullopt when the file is busy: another
// process's connection kept it locked past the wait, which says it is in use, not damaged,
// and must never get a healthy cache moved aside.
std::optional<QString> CacheFile::quickCheck(Database &db, bool thorough, const QString &dataDir)
{
    try {
        db.exec("PRAGMA busy_timeout = 10000"); // wait for other connections as every one does
        // After damage was seen, integrity_check: it also finds an index that disagrees with
        // its table, which quick_check leaves out.
        Statement st = db.prepare(thorough ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)");
        const QString result = st.step() ? st.columnText(0) : QStringLiteral("no answer");
        return result == QLatin1String("ok") ? QString() : result;
    } catch (const SqliteError &e) {
        const int primary = e.code() & 0xff;
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_INTERRUPT)
            return std::nullopt;
        // A full disk (no room for the -shm file) is not damage: never moved aside for it.
        if (FullDisk::explains(e, dataDir))
            return std::nullopt;
        // "file is not a database" and friends surface here.
        return QString::fromUtf8(e.what());
    }
}

// quick_check reads the whole file (seconds at a million communications), so it runs when an
// earlier session may have ended with the machine or when a day has passed since the last
// clean check.
bool CacheFile::checkIsDue(Database &db)
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

bool CacheFile::readyToRead(Database &reader)
{
    try {
        Statement st = reader.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
        if (!st.step() || st.columnText(0).toInt() != migrations().back().version)
            return false;
        // trail_staged: audit entries a crash left beside their changes, for the opening to finish.
        return !checkIsDue(reader) && BulkLoad::pendingIndexes(reader) == 0
               && reader.queryInt("SELECT count(*) FROM trail_staged") == 0 && cache::RecordsFile::isCurrent(reader)
               && RecordsTie::isTied(reader, QFileInfo(reader.path()).absolutePath());
    } catch (const SqliteError &) {
        return false; // no meta table yet, or not readable as expected: the full opening decides
    }
}

std::optional<Database> CacheFile::openWriterIfReady(const QString &databasePath)
{
    const QString records = cache::RecordsFile::besideCache(databasePath);
    if (!QFile::exists(databasePath) || !QFile::exists(records))
        return std::nullopt;
    Database db(databasePath, Database::Mode::ReadWrite);
    applyPragmas(db);
    // A process that lives for one read touches a few hundred pages once: reading them costs
    // less than mapping them (1,003 rows by rowid at 100,000 communications: 5 ms read,
    // 8.5 ms mapped), as for the readers.
    db.exec("PRAGMA mmap_size = 0");
    // WAL is the file's own setting, made by prepare(): read here, never set.
    if (db.queryText("PRAGMA journal_mode").compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    cache::RecordsFile::attach(db, records, false); // a writer's attach would migrate
    if (!readyToRead(db))
        return std::nullopt;
    cache::RecordsFile::makeWritesDurable(db);
    // A read records one entry, made durable by its commit (the log synced): a checkpoint
    // when this connection closes would copy it into the file with two more syncs per read.
    // The log is left for the next writer's checkpoint, as a reader closing last leaves it.
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    return db;
}

// No checkpoint on close (above) leaves the log to grow by a frame or two a read, and every
// process's connection is the first: SQLite rebuilds the log's index from every frame of it
// (593 frames: 572 reads of 4 KB, about 1 ms of a 9 ms search at 100,000 communications, issue
// #43 item 4). A checkpoint that empties the log (TRUNCATE) every dozen or so reads costs those
// reads their two syncs once; a lower wal_autocheckpoint would not do: a new process's index
// counts no frame as copied yet, so it would copy the whole log again each time.
void CacheFile::trimRecordsLog(Database &db)
{
    if (!db.isOpen()
        || QFileInfo(RecordsFile::besideCache(db.path()) + QStringLiteral("-wal")).size() < kTrimmedLogBytes)
        return;
    sqlite3_busy_timeout(db.handle(), 0); // another process at work: not now
    sqlite3_wal_checkpoint_v2(db.handle(), "rec", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
}

static QString problemFileOf(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("cache-check-failed"));
}

void CacheFile::rememberCheck(Database &db)
{
    db.prepare("INSERT INTO meta(key, value) VALUES('last_quick_check', ?1) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::number(QDateTime::currentMSecsSinceEpoch()))
        .run();
    QFile::remove(problemFileOf(QFileInfo(db.path()).absolutePath()));
}

void CacheFile::rememberProblemFoundBeside(const QString &dataDir, const QString &problem)
{
    QFile note(problemFileOf(dataDir));
    if (note.open(QIODevice::WriteOnly | QIODevice::Truncate))
        note.write(problem.toUtf8());
}

QString CacheFile::problemFoundBeside(const QString &dataDir)
{
    QFile file(problemFileOf(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QString problem = QString::fromUtf8(file.readAll()).trimmed();
    return problem.isEmpty() ? QStringLiteral("a problem") : problem;
}

// An import or a narrowing that dropped the secondary indexes and did not live to rebuild
// them; one still at work (another process) rebuilds them itself when it is done.
static void restoreAbandonedIndexes(Database &db)
{
    if (BulkLoad::pendingIndexes(db) == 0)
        return;
    if (BulkLoad::loaderAtWork(db)) {
        qCInfo(lcCache) << "indexes dropped by an import or a narrowing under way: left for it to rebuild";
        return;
    }
    qCInfo(lcCache) << "rebuilding indexes an interrupted bulk import left dropped";
    BulkLoad::restoreIndexes(db);
}

// Moves the damaged file (and its WAL) aside rather than delete it: it is the user's data and
// may still be useful to a support engineer. Returns where it went.
static QString moveAside(const QString &databasePath)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString movedAsidePath = databasePath + QStringLiteral(".damaged-") + stamp;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString from = databasePath + QLatin1String(suffix);
        if (QFile::exists(from))
            QFile::rename(from, movedAsidePath + QLatin1String(suffix));
    }
    return movedAsidePath;
}

CacheOpenReport CacheFile::prepare(const QString &dataDir, bool forceCheck, bool damageSeen, DailyCheck daily)
{
    CacheOpenReport report;
    if (!QDir().mkpath(dataDir))
        throw SqliteError(0, QStringLiteral("cannot create the data folder %1").arg(dataDir));
    report.databasePath = databasePath(dataDir);
    const QString recordsPath = cache::RecordsFile::databasePath(dataDir);
    // A records file this folder had and lost, emptied or swapped for another is an error,
    // never a silent new trail; an older copy of its own (a restore) is noted in the report.
    report.restoredFrom = RecordsTie::refuseUntied(dataDir);
    // Checked and migrated first, and never moved aside with a damaged cache: it cannot be
    // rebuilt from the repositories (throws with a message that says so if it is damaged).
    cache::RecordsFile::prepare(recordsPath, true);
    report.created = !QFile::exists(report.databasePath);

    RepositoryCarryOver::Rescued carried;
    if (!report.created) {
        QString problem;
        {
            Database probe(report.databasePath, Database::Mode::ReadWrite);
            const bool checkNow = forceCheck || damageSeen || !problemFoundBeside(dataDir).isEmpty();
            if (!checkNow && daily == DailyCheck::Beside)
                report.checkLeftBeside = checkIsDue(probe);
            else if (checkNow || checkIsDue(probe)) {
                const std::optional<QString> found = quickCheck(probe, damageSeen, dataDir);
                problem = found.value_or(QString());
                report.checked = found.has_value(); // a busy file is checked next time
            }
        }
        if (!problem.isEmpty()) {
            // What the new cache needs to fill again: read before the file goes.
            carried = RepositoryCarryOver::rescueForRebuild(report.databasePath, dataDir);
            report.movedAsidePath = moveAside(report.databasePath);
            report.rebuilt = true;
            report.problem = problem;
            // SQLite's words name tables ("CHECK constraint failed in rowbits"): for the log,
            // not the person, who is told what it means for them (report.rebuilt).
            qCInfo(lcCache) << "cache failed quick_check, rebuilding:" << problem;
        }
    }

    Database db = openWriter(report.databasePath);
    migrate(db);
    if (report.rebuilt) {
        report.repositoriesKept = RepositoryCarryOver::restore(db, carried);
        RebuiltCache::remember(db, report.movedAsidePath); // every read says so until a sync fills it
    }
    restoreAbandonedIndexes(db);
    report.schemaVersion = schemaVersion(db);
    if (report.checked && !report.rebuilt) // a file that holds together: then each letter's row
        report.damagedRows = RowSeal::checkAndRepair(db).rowsNotAsWritten();
    if (report.created || report.checked)
        rememberCheck(db);
    RecordsTie::remember(db, dataDir);
    RepositoryCarryOver::remember(db, dataDir);
    return report;
}

} // namespace proofdesk::cache
