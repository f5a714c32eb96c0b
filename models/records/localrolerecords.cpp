#include "localrolerecords.h"

#include "localrecordsfolder.h"
#include "rolegrants.h"
#include "session.h"

namespace proofdesk::records {

LocalRoleRecords::LocalRoleRecords(const LocalRecordsFolder &folder)
    : m_folder(folder)
    , m_session(folder.session())
{}

QList<RoleGrant> LocalRoleRecords::roleGrants() const { return RoleGrants(m_session.db()).list(); }

QList<Role> LocalRoleRecords::rolesOf(const QString &user) const
{
    return RoleGrants(m_session.db()).rolesOf(Identity{user, QStringLiteral("os"), {}});
}

void LocalRoleRecords::grantRole(const QString &user, Role role, const QString &reason)
{
    m_folder.writable();
    RoleGrants(m_session.db()).grant(m_session, user, role, reason);
}

void LocalRoleRecords::revokeRole(const QString &user, Role role, const QString &reason)
{
    m_folder.writable();
    RoleGrants(m_session.db()).revoke(m_session, user, role, reason);
}

} // namespace proofdesk::records
