#include "datafolder.h"

#include "datafolderlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace proofdesk::cache {

namespace {

// Two processes opening a new data folder at once would both create and migrate its files
// ("table … already exists"), and one could take the other's half-made cache for a damaged
// one: the folder is prepared by one process at a time.
CacheOpenReport prepareAlone(const QString &dataDir, bool forceCheck)
{
    DataFolderLock lock(dataDir, QStringLiteral("prepare"));
    if (lock.lock() != DataFolderLock::Result::Locked)
        throw SqliteError(0, lock.errorString());
    return CacheFile::prepare(dataDir, forceCheck);
}

} // namespace

void DataFolder::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Proofdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("proofdesk.example"));
    QCoreApplication::setApplicationName(QStringLiteral("proofdesk"));
}

QString DataFolder::defaultPath()
{
    const QString env = qEnvironmentVariable("PROOFDESK_DATA");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

DataFolder::DataFolder(const QString &path)
    : m_path(QDir(path).absolutePath())
    , m_marker((QDir().mkpath(m_path), m_path))
    , m_report(prepareAlone(m_path, m_marker.earlierSessionEndedUncleanly()))
    , m_store(m_path)
{
}

} // namespace proofdesk::cache
