#include "identity.h"

#include <pwd.h>
#include <unistd.h>

namespace proofdesk::records {

Identity Identity::fromOperatingSystem()
{
    Identity id;
    id.source = QStringLiteral("os");
    for (const char *variable : {"USER", "LOGNAME"}) {
        id.user = qEnvironmentVariable(variable).trimmed();
        if (!id.user.isEmpty())
            return id;
    }
    if (const passwd *pw = getpwuid(geteuid()))
        id.user = QString::fromLocal8Bit(pw->pw_name);
    return id;
}

Identity Identity::fromRepositoryLogin(const QString &login, const QString &repository, const QStringList &groups)
{
    return Identity{login.trimmed(), QStringLiteral("repository:") + repository, groups};
}

} // namespace proofdesk::records
