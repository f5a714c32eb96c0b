#pragma once

#include "records/rolerecords.h"

namespace proofdesk::team {

class TeamActor;

// A team's logins and their group roles, as the server has them; roles are changed on the team (`team user add`), not
// here.
class TeamRoleRecords : public records::RoleRecords
{
public:
    TeamRoleRecords(TeamActor &actor);

    QList<records::RoleGrant> roleGrants() const override;
    QList<records::Role> rolesOf(const QString &user) const override;
    void grantRole(const QString &user, records::Role role, const QString &reason) override;
    void revokeRole(const QString &user, records::Role role, const QString &reason) override;

private:
    TeamActor &m_actor;
};

} // namespace proofdesk::team
