#include "recordsstartempty.h"

#include "cache/cachefile.h"
#include "cache/recordsfile.h"
#include "datafolder/datafolder.h"
#include "records/recordserror.h"
#include "records/rolegrants.h"
#include "records/session.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <optional>

namespace proofdesk::datafolder {

using cache::RecordsFile;
using records::Identity;
using records::RecordsError;
using records::RecordsSession;

namespace {

QJsonObject headJson(const cache::TrailHead &head)
{
    return QJsonObject{{QStringLiteral("device"), head.device},
                       {QStringLiteral("trail_seq"), head.seq},
                       {QStringLiteral("trail_hash"), head.hash}};
}

// What the folder noted of its records file (empty: it never had one to lose).
QList<cache::TrailHead> notedHeads(const QString &dataDir)
{
    std::optional<cache::Database> cacheDb;
    try {
        cacheDb.emplace(cache::CacheFile::databasePath(dataDir), cache::Database::Mode::ReadOnly);
        cacheDb->queryInt("SELECT count(*) FROM main.sqlite_master");
    } catch (const cache::SqliteError &) {
        cacheDb.reset(); // missing or damaged: folder.json and repositories.json speak for it
    }
    return cache::RecordsTie::remembered(dataDir, cacheDb ? &*cacheDb : nullptr);
}

// The folder's own records file is there and passes its check: nothing to start.
bool ownFileIsSound(const QString &dataDir, const QString &recordsPath)
{
    if (!QFile::exists(recordsPath))
        return false;
    try {
        cache::RecordsTie::refuseUntied(dataDir);
        cache::Database db(recordsPath, cache::Database::Mode::ReadOnly);
        return db.queryText("PRAGMA quick_check(1)") == QLatin1String("ok")
               && !cache::RecordsTie::headOf(db, "main").device.isEmpty();
    } catch (const cache::SqliteError &) {
        return false;
    }
}

// Moves the file (and its log and index) aside; returns the new name.
QString moveAside(const QString &recordsPath)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString kept = recordsPath + QStringLiteral(".replaced-") + stamp;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString from = recordsPath + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::rename(from, kept + QLatin1String(suffix)))
            throw cache::SqliteError(
                0, QStringLiteral("cannot move %1 aside to %2").arg(from, kept + QLatin1String(suffix)));
    }
    return kept;
}

} // namespace

StartedEmpty startEmptyRecordsFile(const QString &dataDir, const Identity &identity, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid,
                           QStringLiteral("Starting an empty records file needs a reason."));
    const QString recordsPath = RecordsFile::databasePath(dataDir);
    if (ownFileIsSound(dataDir, recordsPath))
        throw RecordsError(
            RecordsError::Kind::Invalid,
            QStringLiteral("%1 is there and is this data folder's: nothing was lost, nothing was started.")
                .arg(recordsPath));
    const QList<cache::TrailHead> noted = notedHeads(dataDir);
    if (noted.isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid,
                           QStringLiteral("%1 never had a records file to lose: any command makes one.").arg(dataDir));
    StartedEmpty started;
    started.lostDevice = noted.first().device;
    if (QFile::exists(recordsPath))
        started.keptAs = moveAside(recordsPath); // emptied, another folder's, damaged: kept, never deleted

    RecordsFile::prepare(recordsPath, false); // the new, empty file
    {
        cache::Database fresh(recordsPath, cache::Database::Mode::ReadOnly);
        started.newDevice = cache::RecordsTie::headOf(fresh, "main").device;
    }
    cache::RecordsTie::replace(dataDir, cache::TrailHead{started.newDevice, 0, QString()});
    datafolder::DataFolder folder(dataDir); // now opens, and notes the new file in the cache too
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    QJsonObject before = headJson(noted.first());
    if (!started.keptAs.isEmpty())
        before.insert(QStringLiteral("kept_as"), started.keptAs);
    // The decision first (nobody holds a role yet: recorded as a system step on behalf of the
    // person who ran it), then the grants that follow from it.
    RecordsSession::system(writer, identity)
        .record(QStringLiteral("records.start_empty"), QStringLiteral("records_file"), started.newDevice,
                reason.trimmed(), before, QJsonObject{{QStringLiteral("device"), started.newDevice}});
    grantAllRolesIfUnclaimed(writer, identity);
    return started;
}

void recordRestoredTrail(const QString &dataDir, const cache::TrailHead &noted)
{
    cache::Database writer = cache::CacheFile::openWriter(cache::CacheFile::databasePath(dataDir));
    const cache::TrailHead now = cache::RecordsTie::headOf(writer);
    RecordsSession::system(writer, Identity::fromOperatingSystem())
        .record(QStringLiteral("records.restored"), QStringLiteral("records_file"), now.device,
                QStringLiteral("records.sqlite is an older copy of this folder's: entries %1 to %2 this folder had "
                               "seen are not in it")
                    .arg(now.seq + 1)
                    .arg(noted.seq),
                headJson(noted), headJson(now));
    cache::RecordsTie::remember(writer, dataDir); // the head it goes on from
}

} // namespace proofdesk::datafolder
