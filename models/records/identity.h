#pragma once

#include <QString>
#include <QStringList>

namespace proofdesk::records {

// Who is acting: the repository login where there is one, else the operating-system
// account. Groups come from the repository and map to roles (RoleGrants::setGroupRoles).
struct Identity
{
    QString user;
    QString source; // "os" or "repository:<name>"
    QStringList groups;

    // $USER, else $LOGNAME, else the account of the effective uid (getpwuid). On a shared
    // OS account this is only as strong as the environment: a repository login is stronger.
    static Identity fromOperatingSystem();
    static Identity fromRepositoryLogin(const QString &login, const QString &repository,
                                        const QStringList &groups = {});
    bool isValid() const { return !user.trimmed().isEmpty(); }
};

} // namespace proofdesk::records
