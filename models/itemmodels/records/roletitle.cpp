#include "roletitle.h"

#include <QCoreApplication>

namespace proofdesk::itemmodels {

QString roleTitle(const QString &roleName)
{
    if (roleName == QLatin1String("agent"))
        return QCoreApplication::translate("RoleTitle", "Agent");
    if (roleName == QLatin1String("compliance"))
        return QCoreApplication::translate("RoleTitle", "Compliance officer");
    if (roleName == QLatin1String("records"))
        return QCoreApplication::translate("RoleTitle", "Records manager");
    if (roleName == QLatin1String("admin"))
        return QCoreApplication::translate("RoleTitle", "Administrator");
    if (roleName == QLatin1String("system"))
        return QCoreApplication::translate("RoleTitle", "System");
    return roleName;
}

} // namespace proofdesk::itemmodels
