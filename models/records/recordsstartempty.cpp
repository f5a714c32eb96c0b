#include "recordsstartempty.h"

#include "cache/cachefile.h"
#include "cache/datafolder.h"
#include "cache/lostrecordsfile.h"
#include "recordserror.h"
#include "recordsfile.h"
#include "rolegrants.h"
#include "session.h"

#include <QFile>
#include <QJsonObject>

namespace proofdesk::records {

StartedEmpty startEmptyRecordsFile(const QString &dataDir, const Identity &identity, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid, QStringLiteral("Starting an empty records file needs a reason."));
    const QString recordsPath = RecordsFile::databasePath(dataDir);
    const QString cachePath = cache::CacheFile::databasePath(dataDir);
    if (QFile::exists(recordsPath))
        throw RecordsError(RecordsError::Kind::Invalid,
                           QStringLiteral("%1 is there: nothing was lost, nothing was started.").arg(recordsPath));
    StartedEmpty started;
    if (QFile::exists(cachePath)) {
        cache::Database cacheDb(cachePath, cache::Database::Mode::ReadOnly);
        started.lostDevice = cache::LostRecordsFile::usedDevice(cacheDb);
    }
    if (started.lostDevice.isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid,
                           QStringLiteral("%1 never had a records file to lose: any command makes one.").arg(dataDir));

    RecordsFile::prepare(recordsPath, false); // the new, empty file: what LostRecordsFile waits for
    cache::DataFolder folder(dataDir);         // now opens, and remembers the new file
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    started.newDevice = RecordsFile::deviceId(writer);
    // The decision first (nobody holds a role yet: recorded as a system step on behalf of the
    // person who ran it), then the grants that follow from it.
    RecordsSession::system(writer, identity)
        .record(QStringLiteral("records.start_empty"), QStringLiteral("records_file"), started.newDevice,
                reason.trimmed(), QJsonObject{{QStringLiteral("device"), started.lostDevice}},
                QJsonObject{{QStringLiteral("device"), started.newDevice}});
    grantAllRolesIfUnclaimed(writer, identity);
    return started;
}

} // namespace proofdesk::records
