#include "datafolder.h"

#include "audit/changetransaction.h"
#include "cache/datafolderlock.h"
#include "cache/fulldisk.h"
#include "datafolder/recordsstartempty.h"
#include "records/dispositionrecovery.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDataFolder, "proofdesk.datafolder")

namespace proofdesk::datafolder {

using cache::CacheFile;
using cache::CacheOpenReport;
using cache::Database;
using cache::DataFolderLock;
using cache::SqliteError;

namespace {

// Reading needs no space: on a full disk the folder opens for reading only, as it is (the
// check, the migrations and any recovery wait for room). Throws when even that cannot be
// (a records file lost or not this folder's).
CacheOpenReport openForReading(const QString &dataDir, const QString &why)
{
    CacheOpenReport report;
    report.databasePath = CacheFile::databasePath(dataDir);
    CacheFile::openReader(report.databasePath); // throws the reason it cannot be read
    report.readOnlyReason = SqliteError::diskFullMessage(dataDir, why);
    return report;
}

// Entries a kill or a full disk left in the cache with their change (audit/changetransaction.h)
// go into the trail before anyone reads it. On a disk too full for them they wait there, and
// the next opening tries again.
void finishStagedEntries(const QString &dataDir)
{
    try {
        Database writer = CacheFile::openWriter(CacheFile::databasePath(dataDir));
        if (const int appended = audit::finishStagedEntries(writer))
            qCInfo(lcDataFolder) << appended
                                 << "audit entries kept in the cache beside their changes were added to the trail";
    } catch (const std::exception &e) {
        qCWarning(lcDataFolder) << "audit entries kept in the cache wait for the next opening:" << e.what();
    }
}

// Two processes opening a new data folder at once would both create and migrate its files
// ("table … already exists"), and one could take the other's half-made cache for a damaged
// one: the folder is prepared by one process at a time.
CacheOpenReport prepareAlone(const QString &dataDir, bool forceCheck, bool damageSeen = false,
                             cache::DailyCheck daily = cache::DailyCheck::BeforeReading)
{
    DataFolderLock lock(dataDir, QStringLiteral("prepare"));
    if (lock.lock() != DataFolderLock::Result::Locked) {
        if (cache::FullDisk::refusesWrites(dataDir)) // too full for even a lock file (a few bytes)
            return openForReading(dataDir, lock.errorString());
        throw SqliteError(0, lock.errorString());
    }
    CacheOpenReport report;
    try {
        report = CacheFile::prepare(dataDir, forceCheck, damageSeen, daily);
    } catch (const SqliteError &e) {
        if (!cache::FullDisk::explains(e, dataDir))
            throw;
        return openForReading(dataDir, QString::fromUtf8(e.what()));
    }
    // An older copy of the folder's own records file was put back: the gap goes on the record.
    if (!report.restoredFrom.device.isEmpty())
        datafolder::recordRestoredTrail(dataDir, report.restoredFrom);
    finishStagedEntries(dataDir);
    // Before anyone searches: communications a crash left disposed of but not purged.
    records::finishInterruptedDispositions(dataDir);
    return report;
}

} // namespace

CacheOpenReport DataFolder::recoverFromDamage(const QString &path)
{
    return prepareAlone(QDir(path).absolutePath(), true, true);
}

DataFolder::DataFolder(const QString &path, cache::DailyCheck daily)
    : m_path(QDir(path).absolutePath())
    , m_marker((QDir().mkpath(m_path), m_path))
    , m_report(prepareAlone(m_path, m_marker.earlierEnd() == cache::EarlierEnd::MachineMayHaveStopped, false, daily))
    , m_store(m_path)
{
    m_marker.opened();
}

} // namespace proofdesk::datafolder
