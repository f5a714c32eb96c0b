#pragma once

#include "rolegrants.h"
#include "roles.h"

#include <QList>

namespace proofdesk::records {

// Who may do what, as the store that decides it knows: a data folder's own grants
// (records.sqlite), or a team's logins and their group roles on the server (the CLI's
// `roles` read this, never a raw grants table, so that a team's folder shows the team's).
class RoleRecords
{
public:
    virtual ~RoleRecords() = default;

    virtual QList<RoleGrant> roleGrants() const = 0;
    virtual QList<Role> rolesOf(const QString &user) const = 0;
    // Admin only (the role check and the entry are the store's). A team's roles are changed on
    // the team (`team user add`): a team store refuses, saying so.
    virtual void grantRole(const QString &user, Role role, const QString &reason) = 0;
    virtual void revokeRole(const QString &user, Role role, const QString &reason) = 0;
};

} // namespace proofdesk::records
