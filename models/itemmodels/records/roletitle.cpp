#include "roletitle.h"

#include "records/roles.h"

#include <QCoreApplication>

namespace proofdesk::itemmodels {

QString roleTitle(const QString &roleName)
{
    if (roleName == QLatin1String("system"))
        return QCoreApplication::translate("RoleTitle", "System");
    // Exactly a role's name (records::roleName), as the records store writes it.
    const auto role = records::parseRole(roleName);
    if (!role || records::roleName(*role) != roleName)
        return roleName;
    switch (*role) {
    case records::Role::Agent:
        return QCoreApplication::translate("RoleTitle", "Agent");
    case records::Role::Compliance:
        return QCoreApplication::translate("RoleTitle", "Compliance officer");
    case records::Role::Records:
        return QCoreApplication::translate("RoleTitle", "Records manager");
    case records::Role::Admin:
        return QCoreApplication::translate("RoleTitle", "Administrator");
    }
    return roleName;
}

} // namespace proofdesk::itemmodels
