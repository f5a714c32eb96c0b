#include "lostrecordsfile.h"

#include "records/recordsfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace proofdesk::cache {

namespace {

const char *const kRecordsKey = "records_device_id";

bool hasTable(Database &db, const char *name)
{
    Statement st = db.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?1");
    st.bind(1, QString::fromLatin1(name));
    return st.step();
}

} // namespace

QString LostRecordsFile::startEmptyCommand(const QString &dataDir)
{
    return QStringLiteral("proofdesk-cli --data %1 records start-empty --reason \"…\"").arg(dataDir);
}

QString LostRecordsFile::usedDevice(Database &cache)
{
    if (hasTable(cache, "meta")) {
        Statement st = cache.prepare("SELECT value FROM main.meta WHERE key = ?1");
        st.bind(1, QString::fromLatin1(kRecordsKey));
        if (st.step() && !st.columnText(0).isEmpty())
            return st.columnText(0);
    }
    if (hasTable(cache, "repositories") && cache.queryInt("SELECT EXISTS(SELECT 1 FROM main.repositories)"))
        return QStringLiteral("unknown");
    return QString();
}

void LostRecordsFile::refuse(Database &cache, const QString &recordsPath)
{
    if (QFile::exists(recordsPath))
        return;
    const QString device = usedDevice(cache);
    if (device.isEmpty())
        return; // a new or unused folder: its records file is made now
    const QString dataDir = QFileInfo(recordsPath).absolutePath();
    throw SqliteError(0, QStringLiteral(
        "%1 is missing, but this data folder had one (device %2). It held the audit trail, legal holds, "
        "reissue requests, role grants and unsent outbox items, which cannot be rebuilt from a repository; "
        "nothing was created in its place. Restore records.sqlite (and records.sqlite-wal, if you have it) "
        "from a backup into %3. Only if they are lost for good, start an empty one on purpose with `%4`: "
        "the new audit trail then begins with that decision, and you get every role to grant the others again.")
                             .arg(recordsPath, device, dataDir, startEmptyCommand(dataDir)));
}

void LostRecordsFile::refuse(const QString &cachePath, const QString &recordsPath)
{
    if (QFile::exists(recordsPath) || !QFile::exists(cachePath))
        return;
    std::optional<Database> probe;
    try {
        probe.emplace(cachePath, Database::Mode::ReadOnly);
        probe->exec("PRAGMA busy_timeout = 10000");
        probe->queryInt("SELECT count(*) FROM sqlite_master");
    } catch (const SqliteError &) {
        return; // a cache that cannot be read is the quick check's business, not this one's
    }
    refuse(*probe, recordsPath);
}

void LostRecordsFile::remember(Database &writer)
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

} // namespace proofdesk::cache
