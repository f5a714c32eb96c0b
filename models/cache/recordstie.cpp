#include "recordstie.h"

#include "cachefile.h"
#include "fulldisk.h"
#include "lostrecordsfile.h"
#include "repositorycarryover.h"
#include "util/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <optional>
#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace proofdesk::cache {

namespace {

const char *const kDeviceKey = "records_device_id"; // LostRecordsFile reads it too
const char *const kSeqKey = "trail_seq";
const char *const kHashKey = "trail_hash";
constexpr qint64 kMaxFolderJsonBytes = 64 * 1024;

QString recordsPathIn(const QString &dataDir) { return QDir(dataDir).filePath(QStringLiteral("records.sqlite")); }

bool hasTable(Database &db, const char *schema, const char *table)
{
    Statement st = db.prepare(
        QStringLiteral("SELECT 1 FROM %1.sqlite_master WHERE type = 'table' AND name = ?1").arg(QLatin1String(schema)));
    st.bind(1, QString::fromLatin1(table));
    return st.step();
}

std::optional<QString> hashAt(Database &db, const char *schema, qint64 seq)
{
    if (seq <= 0 || !hasTable(db, schema, "audit_entries"))
        return std::nullopt;
    Statement st =
        db.prepare(QStringLiteral("SELECT hash FROM %1.audit_entries WHERE seq = ?1").arg(QLatin1String(schema)));
    st.bind(1, seq);
    return st.step() ? std::optional<QString>(st.columnText(0)) : std::nullopt;
}

QString metaValue(Database &cache, const char *key)
{
    if (!hasTable(cache, "main", "meta"))
        return QString();
    Statement st = cache.prepare("SELECT value FROM main.meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(key));
    return st.step() ? st.columnText(0) : QString();
}

TrailHead fromFolderJson(const QString &dataDir)
{
    QFile file(RecordsTie::filePath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(file.read(kMaxFolderJsonBytes)).object();
    return {json.value(QStringLiteral("records_device")).toString(),
            qint64(json.value(QStringLiteral("trail_seq")).toDouble()),
            json.value(QStringLiteral("trail_hash")).toString()};
}

// Written whole or not at all (util::OutputFile: a temporary file, flushed, synced, checked, renamed).
void writeFolderJson(const QString &dataDir, const TrailHead &head)
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("records_device"), head.device},
                                                      {QStringLiteral("trail_seq"), head.seq},
                                                      {QStringLiteral("trail_hash"), head.hash}})
                                .toJson(QJsonDocument::Indented);
    try {
        util::OutputFile::write(RecordsTie::filePath(dataDir), json);
    } catch (const util::OutputFileError &e) {
        // As SQLite names an I/O error, so that a full disk is told as such (FullDisk::explains).
        throw SqliteError(SQLITE_IOERR_WRITE, QString::fromUtf8(e.what()), e.systemErrno());
    }
}

// A database as it is, for reading: nullopt when it is missing or cannot be read (damage is
// the checks' business, not this one's). On a full disk without touching its -shm index.
std::optional<Database> openToRead(const QString &path, const QString &dataDir)
{
    if (!QFile::exists(path))
        return std::nullopt;
    for (const Database::Mode mode : {Database::Mode::ReadOnly, Database::Mode::ReadOnFullDisk}) {
        try {
            Database db(path, mode);
            db.exec("PRAGMA busy_timeout = 10000");
            db.queryInt("SELECT count(*) FROM main.sqlite_master");
            return db;
        } catch (const SqliteError &e) {
            if (mode == Database::Mode::ReadOnFullDisk || !FullDisk::explains(e, dataDir))
                return std::nullopt;
        }
    }
    return std::nullopt;
}

enum class Tie { Same, Restored, Emptied, Foreign, Rewritten };

Tie compare(const TrailHead &noted, const TrailHead &found, const std::optional<QString> &hashAtNoted)
{
    if (found.device.isEmpty())
        return Tie::Emptied;
    if (noted.device != QLatin1String("unknown") && found.device != noted.device)
        return Tie::Foreign;
    if (noted.seq <= 0)
        return Tie::Same;
    if (hashAtNoted)
        return *hashAtNoted == noted.hash ? Tie::Same : Tie::Rewritten;
    if (found.seq == 0)
        return Tie::Emptied;
    return found.seq < noted.seq ? Tie::Restored : Tie::Rewritten;
}

QString trailOf(const TrailHead &noted)
{
    return noted.seq > 0 ? QStringLiteral("device %1, audit trail up to entry %2").arg(noted.device).arg(noted.seq)
                         : QStringLiteral("device %1").arg(noted.device);
}

[[noreturn]] void refuse(Tie tie, const TrailHead &noted, const TrailHead &found, const QString &recordsPath)
{
    QString what;
    switch (tie) {
    case Tie::Emptied:
        what = QStringLiteral("%1 is empty (%2 bytes, %3), so it is not this data folder's records file (%4)")
                   .arg(recordsPath)
                   .arg(QFileInfo(recordsPath).size())
                   .arg(found.device.isEmpty() ? QStringLiteral("no device id and no audit trail")
                                               : QStringLiteral("no audit trail"),
                        trailOf(noted));
        break;
    case Tie::Foreign:
        what = QStringLiteral("%1 is the records file of another data folder (device %2), not this one's (%3)")
                   .arg(recordsPath, found.device, trailOf(noted));
        break;
    default:
        what = QStringLiteral("%1 carries this data folder's device id (%2) but another audit trail: its entry %3 is "
                              "not the one this folder saw (hash %4…)")
                   .arg(recordsPath, found.device)
                   .arg(noted.seq)
                   .arg(noted.hash.left(12));
        break;
    }
    throw SqliteError(
        0, QStringLiteral("%1. %2").arg(what, LostRecordsFile::whatToDo(QFileInfo(recordsPath).absolutePath())));
}

// The noted head an older copy of the folder's own file ends before (no device: none).
TrailHead judge(Database &db, const char *schema, const QList<TrailHead> &noted, const QString &recordsPath)
{
    const TrailHead found = RecordsTie::headOf(db, schema);
    TrailHead restored;
    for (const TrailHead &n : noted) {
        const Tie tie = compare(n, found, hashAt(db, schema, n.seq));
        if (tie == Tie::Restored) {
            if (n.seq > restored.seq)
                restored = n;
        } else if (tie != Tie::Same) {
            refuse(tie, n, found, recordsPath);
        }
    }
    return restored;
}

} // namespace

QString RecordsTie::filePath(const QString &dataDir) { return QDir(dataDir).filePath(QStringLiteral("folder.json")); }

QList<TrailHead> RecordsTie::remembered(const QString &dataDir, Database *cache)
{
    QList<TrailHead> heads;
    const TrailHead file = fromFolderJson(dataDir);
    if (!file.device.isEmpty())
        heads << file;
    if (cache) {
        try {
            const TrailHead meta{LostRecordsFile::usedDevice(*cache), metaValue(*cache, kSeqKey).toLongLong(),
                                 metaValue(*cache, kHashKey)};
            if (!meta.device.isEmpty() && (heads.isEmpty() || meta.device != QLatin1String("unknown")))
                heads << meta;
        } catch (const SqliteError &) {
            // a damaged cache: folder.json and repositories.json speak for the folder
        }
    }
    // A cache that cannot be read, in a folder from before folder.json: its repositories show use.
    if (heads.isEmpty() && !cache && !RepositoryCarryOver::rescue(CacheFile::databasePath(dataDir), dataDir).isEmpty())
        heads << TrailHead{QStringLiteral("unknown"), 0, QString()};
    return heads;
}

TrailHead RecordsTie::headOf(Database &db, const char *schema)
{
    TrailHead head;
    if (hasTable(db, schema, "records_meta")) {
        Statement st = db.prepare(
            QStringLiteral("SELECT value FROM %1.records_meta WHERE key = 'device_id'").arg(QLatin1String(schema)));
        head.device = st.step() ? st.columnText(0) : QString();
    }
    if (hasTable(db, schema, "audit_entries")) {
        Statement st = db.prepare(QStringLiteral("SELECT seq, hash FROM %1.audit_entries ORDER BY seq DESC LIMIT 1")
                                      .arg(QLatin1String(schema)));
        if (st.step()) {
            head.seq = st.columnInt(0);
            head.hash = st.columnText(1);
        }
    }
    return head;
}

TrailHead RecordsTie::refuseUntied(const QString &dataDir)
{
    const QString recordsPath = recordsPathIn(dataDir);
    std::optional<Database> cache = openToRead(CacheFile::databasePath(dataDir), dataDir);
    const QList<TrailHead> noted = remembered(dataDir, cache ? &*cache : nullptr);
    cache.reset();
    if (noted.isEmpty())
        return {}; // a new or unused folder: its records file is made now
    if (!QFile::exists(recordsPath))
        LostRecordsFile::refuseMissing(recordsPath, noted.first().device);
    std::optional<Database> records = openToRead(recordsPath, dataDir);
    if (!records)
        return {}; // not readable: RecordsFile::prepare's check names the damage
    return judge(*records, "main", noted, recordsPath);
}

TrailHead RecordsTie::refuseUntied(Database &attached, const QString &dataDir)
{
    return judge(attached, "rec", remembered(dataDir, &attached), recordsPathIn(dataDir));
}

bool RecordsTie::isTied(Database &attached, const QString &dataDir)
{
    try {
        return refuseUntied(attached, dataDir).device.isEmpty();
    } catch (const SqliteError &) {
        return false;
    }
}

void RecordsTie::remember(Database &writer, const QString &dataDir)
{
    const TrailHead head = headOf(writer);
    const TrailHead meta{metaValue(writer, kDeviceKey), metaValue(writer, kSeqKey).toLongLong(),
                         metaValue(writer, kHashKey)};
    if (meta.device != head.device || meta.seq != head.seq || meta.hash != head.hash) {
        // Never waits for another process's long write (an import holds the cache for its
        // whole length): a head noted at an earlier opening still ties the folder.
        writer.exec("PRAGMA busy_timeout = 0");
        try {
            Transaction tx(writer);
            Statement put = writer.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            for (const auto &[key, value] :
                 {std::pair{kDeviceKey, head.device}, std::pair{kSeqKey, QString::number(head.seq)},
                  std::pair{kHashKey, head.hash}}) {
                put.bind(1, QString::fromLatin1(key)).bind(2, value.isNull() ? QStringLiteral("") : value).run();
                put.reset();
            }
            tx.commit();
        } catch (const SqliteError &e) {
            const int primary = e.code() & 0xff;
            if (primary != SQLITE_BUSY && primary != SQLITE_LOCKED)
                throw;
        }
        writer.exec("PRAGMA busy_timeout = 10000");
    }
    const TrailHead file = fromFolderJson(dataDir);
    if (file.device == head.device && file.seq == head.seq && file.hash == head.hash)
        return;
    try {
        writeFolderJson(dataDir, head);
    } catch (const SqliteError &e) {
        // The cache's rows still tie the folder; folder.json is written again at the next opening.
        qCWarning(lcCache) << e.what();
    }
}

void RecordsTie::replace(const QString &dataDir, const TrailHead &head)
{
    writeFolderJson(dataDir, head);
    // The cache's copy goes with it; the next opening notes the new file there. A cache that
    // cannot be read is rebuilt, and tied again from folder.json.
    if (!QFile::exists(CacheFile::databasePath(dataDir)))
        return;
    try {
        Database cache(CacheFile::databasePath(dataDir), Database::Mode::ReadWrite);
        cache.exec("PRAGMA busy_timeout = 10000");
        if (hasTable(cache, "main", "meta"))
            cache.exec("DELETE FROM main.meta WHERE key IN ('records_device_id', 'trail_seq', 'trail_hash')");
    } catch (const SqliteError &e) {
        if (!e.isCorrupt())
            throw;
    }
}

} // namespace proofdesk::cache
