// Where a data folder is: apart from DataFolder's opening, so that a process that only reads
// a folder as it is (proofdesk-cli's lean start) finds it without linking the opening.
#include "datafolder.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace proofdesk::datafolder {

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

} // namespace proofdesk::datafolder
