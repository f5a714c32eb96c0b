#pragma once

#include "audit/auditverifier.h"
#include "identity.h"
#include "roles.h"

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {

using audit::StateProblem;

// Records that prove themselves (issue #62), for who may do what in a folder of its own: the
// grants are what the role.grant and role.revoke entries made them, and a group's roles what
// its last settings.change entry set. A grant inserted with sqlite3 (a new admin, who would then
// change what only an admin may) is named by `audit verify`, and it gives nobody its role:
// RoleGrants::rolesOf counts only grants an entry made, and a session asked for such a role is
// refused saying why. On a team the server keeps the grants: this is not asked there.
class RoleReplay
{
public:
    explicit RoleReplay(cache::Database &db);

    // Every user's grants and every group's roles.
    QList<StateProblem> check() const;
    struct IdentityRoles
    {
        QList<Role> granted;     // by a row an entry made (directly or by a group), agent..admin
        QList<Role> unexplained; // only by rows no entry made
    };
    // The roles of `identity`, read from that user's and those groups' rows and entries only.
    IdentityRoles rolesOf(const Identity &identity) const;

private:
    cache::Database &m_db;
};

} // namespace proofdesk::records
