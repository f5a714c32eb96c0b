#include "datafolder.h"

#include "datafolderlock.h"
#include "records/dispositionrecovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace proofdesk::cache {

namespace {

// Two processes opening a new data folder at once would both create and migrate its files
// ("table … already exists"), and one could take the other's half-made cache for a damaged
// one: the folder is prepared by one process at a time.
// A disk too full for even a lock file (a few bytes): a byte written to a new file in the
// folder is refused for lack of space (ENOSPC, or EDQUOT for a quota).
bool diskIsFull(const QString &dataDir)
{
    const QByteArray probe = QFile::encodeName(
        QDir(dataDir).filePath(QStringLiteral(".space-probe-%1").arg(QCoreApplication::applicationPid())));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == ENOSPC || errno == EDQUOT;
    const bool full = ::write(fd, "x", 1) != 1 && (errno == ENOSPC || errno == EDQUOT);
    ::close(fd);
    ::unlink(probe.constData());
    return full;
}

// Reading needs no space: on a full disk the folder opens for reading only, as it is (the
// check, the migrations and any recovery wait for room). Throws when even that cannot be
// (a records file lost, changes in a write-ahead log that need room to be read).
CacheOpenReport openForReading(const QString &dataDir, const QString &why)
{
    CacheOpenReport report;
    report.databasePath = CacheFile::databasePath(dataDir);
    CacheFile::openReader(report.databasePath); // throws the reason it cannot be read
    report.readOnlyReason = SqliteError::diskFullMessage(dataDir, why);
    return report;
}

CacheOpenReport prepareAlone(const QString &dataDir, bool forceCheck, bool damageSeen = false)
{
    DataFolderLock lock(dataDir, QStringLiteral("prepare"));
    if (lock.lock() != DataFolderLock::Result::Locked) {
        if (diskIsFull(dataDir))
            return openForReading(dataDir, lock.errorString());
        throw SqliteError(0, lock.errorString());
    }
    CacheOpenReport report;
    try {
        report = CacheFile::prepare(dataDir, forceCheck, damageSeen);
    } catch (const SqliteError &e) {
        if (!e.isDiskFull())
            throw;
        return openForReading(dataDir, QString::fromUtf8(e.what()));
    }
    // Before anyone searches: communications a crash left disposed of but not purged.
    records::finishInterruptedDispositions(dataDir);
    return report;
}

} // namespace

CacheOpenReport DataFolder::recoverFromDamage(const QString &path)
{
    return prepareAlone(QDir(path).absolutePath(), true, true);
}

DataFolder::DataFolder(const QString &path)
    : m_path(QDir(path).absolutePath())
    , m_marker((QDir().mkpath(m_path), m_path))
    , m_report(prepareAlone(m_path, m_marker.earlierSessionEndedUncleanly()))
    , m_store(m_path)
{
}

} // namespace proofdesk::cache
