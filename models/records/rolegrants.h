#pragma once

#include "cache/sqlite.h"
#include "identity.h"
#include "roles.h"

#include <QList>

namespace proofdesk::records {

class RecordsSession;

struct RoleGrant
{
    QString user;
    Role role = Role::Agent;
    QString grantedBy;
    qint64 grantedAt = 0;
};

// Who has which role in a data folder: local grants made by an admin, and the settings'
// mapping of repository groups to roles. Both live in records.sqlite; every change is
// audited.
class RoleGrants
{
public:
    explicit RoleGrants(cache::Database &db);

    // Local grants and the roles of the identity's groups, in agent..admin order: only those an
    // entry of the trail made (RoleReplay); a row inserted by hand gives nothing.
    QList<Role> rolesOf(const Identity &identity) const;
    QList<RoleGrant> list() const;
    bool anyGrant() const;

    // Admin only (the session is checked and the change audited with the reason).
    void grant(const RecordsSession &admin, const QString &user, Role role, const QString &reason);
    void revoke(const RecordsSession &admin, const QString &user, Role role, const QString &reason);
    void setGroupRoles(const RecordsSession &admin, const QString &group, const QList<Role> &roles,
                       const QString &reason);

private:
    cache::Database &m_db;
};

// Roles granted by the system, not an admin (a folder's first use; a test's setup), audited as
// a system step (role.grant with `roles`, granted_by "system"). Idempotent.
void grantAsSystem(cache::Database &writer, const Identity &identity, const QList<Role> &roles,
                   const QString &storedReason);

// The demo data folder (desktop first run): the current user is granted every role, so
// that every part of the client can be tried. Idempotent; audited as a system step.
void grantAllRolesForDemo(cache::Database &writer, const Identity &identity);

// A data folder nobody has claimed yet (no grants at all): its first user gets every role,
// so `proofdesk-cli import` into an empty data folder leaves a folder scripts can use.
// Returns whether roles were granted.
bool grantAllRolesIfUnclaimed(cache::Database &writer, const Identity &identity);

} // namespace proofdesk::records
