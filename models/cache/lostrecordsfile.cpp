#include "lostrecordsfile.h"

#include "recordstie.h"

#include <QFile>
#include <QFileInfo>

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

QString LostRecordsFile::whatToDo(const QString &dataDir)
{
    return QStringLiteral(
               "This folder's records file held the audit trail, legal holds, reissue requests, role grants and unsent "
               "outbox "
               "items, which cannot be rebuilt from a repository; nothing was created or changed in its place. Restore "
               "records.sqlite (and records.sqlite-wal, if you have it) from a backup into %1. Only if they are lost "
               "for good, "
               "start an empty one on purpose with `%2`: any file in its place is kept beside it, the new audit trail "
               "begins "
               "with that decision, and you get every role to grant the others again.")
        .arg(dataDir, startEmptyCommand(dataDir));
}

void LostRecordsFile::refuseMissing(const QString &recordsPath, const QString &device)
{
    throw SqliteError(0, QStringLiteral("%1 is missing, but this data folder had one (device %2). %3")
                             .arg(recordsPath, device, whatToDo(QFileInfo(recordsPath).absolutePath())));
}

void LostRecordsFile::refuse(Database &cache, const QString &recordsPath)
{
    if (QFile::exists(recordsPath))
        return;
    const QList<TrailHead> noted = RecordsTie::remembered(QFileInfo(recordsPath).absolutePath(), &cache);
    if (!noted.isEmpty())
        refuseMissing(recordsPath, noted.first().device);
}

} // namespace proofdesk::cache
