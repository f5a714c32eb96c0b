#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace proofdesk::cache {

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
    , m_report(CacheFile::prepare(m_path, m_marker.earlierSessionEndedUncleanly()))
    , m_store(m_path)
{
}

} // namespace proofdesk::cache
