#include "teamrolerecords.h"

#include "domain/person.h"
#include "pgconnection.h"
#include "records/recordserror.h"
#include "teamactor.h"

namespace proofdesk::team {

TeamRoleRecords::TeamRoleRecords(TeamActor &actor)
    : m_actor(actor)
{}

QList<records::RoleGrant> TeamRoleRecords::roleGrants() const
{
    if (m_actor.isOffline())
        throw records::RecordsError(records::RecordsError::Kind::Refused,
                                    QStringLiteral("The team's roles are the team database's, which cannot be reached "
                                                   "now: %1")
                                        .arg(m_actor.offlineReason()));
    const PgResult r =
        m_actor.server().exec(QStringLiteral("SELECT login, role, granted_by FROM proofdesk.team_members()"));
    QList<records::RoleGrant> grants;
    for (int row = 0; row < r.rows(); ++row)
        if (const auto role = records::parseRole(r.text(row, 1))) // the publisher is no records role
            grants.append({r.text(row, 0), *role, r.text(row, 2), 0});
    return grants;
}

QList<records::Role> TeamRoleRecords::rolesOf(const QString &user) const
{
    QList<records::Role> roles;
    for (const records::RoleGrant &g : roleGrants())
        if (domain::samePerson(g.user, user) && !roles.contains(g.role))
            roles << g.role;
    std::sort(roles.begin(), roles.end());
    return roles;
}

void TeamRoleRecords::grantRole(const QString &user, records::Role role, const QString &reason)
{
    m_actor.require(records::Action::GrantRoles, QStringLiteral("role"), user);
    throw records::RecordsError(
        records::RecordsError::Kind::Invalid,
        QStringLiteral("This data folder's records are the team's: roles are the team's group "
                       "roles, given by its admin with `proofdesk-cli team user add %1 --role %2` "
                       "(a local grant would count for nothing on the team).")
            .arg(user, records::roleName(role)));
}

void TeamRoleRecords::revokeRole(const QString &user, records::Role role, const QString &reason)
{
    m_actor.require(records::Action::GrantRoles, QStringLiteral("role"), user);
    throw records::RecordsError(
        records::RecordsError::Kind::Invalid,
        QStringLiteral("This data folder's records are the team's: %1's %2 role is taken away on "
                       "the team database, by its admin.")
            .arg(user, records::roleName(role)));
}

} // namespace proofdesk::team
