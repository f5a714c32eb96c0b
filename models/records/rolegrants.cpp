#include "rolegrants.h"

#include "cache/filetransaction.h"
#include "recordserror.h"
#include "rolereplay.h"
#include "session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace proofdesk::records {

RoleGrants::RoleGrants(cache::Database &db)
    : m_db(db)
{}

QList<Role> RoleGrants::rolesOf(const Identity &identity) const { return RoleReplay(m_db).rolesOf(identity).granted; }

QList<RoleGrant> RoleGrants::list() const
{
    QList<RoleGrant> out;
    cache::Statement st = m_db.prepare("SELECT user, role, granted_by, granted_at FROM rec.role_grants "
                                       "ORDER BY user, role");
    while (st.step()) {
        if (const auto r = parseRole(st.columnText(1)))
            out << RoleGrant{st.columnText(0), *r, st.columnText(2), st.columnInt(3)};
    }
    return out;
}

bool RoleGrants::anyGrant() const { return m_db.queryInt("SELECT EXISTS (SELECT 1 FROM rec.role_grants)") != 0; }

static QString requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw RecordsError(
            RecordsError::Kind::Invalid,
            QCoreApplication::translate("proofdesk::records::RoleGrants", "A change of roles needs a reason."));
    return reason.trimmed();
}

void RoleGrants::grant(const RecordsSession &admin, const QString &user, Role role, const QString &reason)
{
    admin.require(Action::GrantRoles, QStringLiteral("role"), user);
    const QString why = requireReason(reason);
    cache::FileTransaction tx(m_db, cache::Locks::RecordsOnly);
    m_db.prepare("INSERT OR IGNORE INTO rec.role_grants(user, role, granted_by, granted_at) "
                 "VALUES(?1, ?2, ?3, ?4)")
        .bind(1, user.trimmed())
        .bind(2, roleName(role))
        .bind(3, admin.user())
        .bind(4, admin.now())
        .run();
    admin.record(QStringLiteral("role.grant"), QStringLiteral("user"), user.trimmed(), why, {},
                 QJsonObject{{QStringLiteral("role"), roleName(role)}});
    tx.commit();
}

void RoleGrants::revoke(const RecordsSession &admin, const QString &user, Role role, const QString &reason)
{
    admin.require(Action::GrantRoles, QStringLiteral("role"), user);
    const QString why = requireReason(reason);
    cache::FileTransaction tx(m_db, cache::Locks::RecordsOnly);
    m_db.prepare("DELETE FROM rec.role_grants WHERE user = ?1 AND role = ?2")
        .bind(1, user.trimmed())
        .bind(2, roleName(role))
        .run();
    admin.record(QStringLiteral("role.revoke"), QStringLiteral("user"), user.trimmed(), why,
                 QJsonObject{{QStringLiteral("role"), roleName(role)}}, {});
    tx.commit();
}

void RoleGrants::setGroupRoles(const RecordsSession &admin, const QString &group, const QList<Role> &roles,
                               const QString &reason)
{
    admin.require(Action::ChangeSettings, QStringLiteral("group"), group);
    const QString why = requireReason(reason);
    cache::FileTransaction tx(m_db, cache::Locks::RecordsOnly);
    QJsonArray before, after;
    cache::Statement old = m_db.prepare("SELECT role FROM rec.group_roles WHERE group_name = ?1 ORDER BY role");
    old.bind(1, group);
    while (old.step())
        before.append(old.columnText(0));
    m_db.prepare("DELETE FROM rec.group_roles WHERE group_name = ?1").bind(1, group).run();
    cache::Statement add = m_db.prepare("INSERT INTO rec.group_roles(group_name, role) VALUES(?1, ?2)");
    for (Role r : roles) {
        add.bind(1, group).bind(2, roleName(r)).run();
        add.reset();
        after.append(roleName(r));
    }
    admin.record(QStringLiteral("settings.change"), QStringLiteral("group_roles"), group, why,
                 QJsonObject{{QStringLiteral("roles"), before}}, QJsonObject{{QStringLiteral("roles"), after}});
    tx.commit();
}

void grantAsSystem(cache::Database &writer, const Identity &identity, const QList<Role> &roles,
                   const QString &storedReason)
{
    const RecordsSession system = RecordsSession::system(writer, identity);
    cache::FileTransaction tx(writer, cache::Locks::RecordsOnly);
    cache::Statement st = writer.prepare("INSERT OR IGNORE INTO rec.role_grants(user, role, granted_by, "
                                         "granted_at) VALUES(?1, ?2, 'system', ?3)");
    QJsonArray granted;
    for (Role r : roles) {
        st.bind(1, identity.user).bind(2, roleName(r)).bind(3, system.now()).run();
        if (writer.changes() > 0)
            granted.append(roleName(r));
        st.reset();
    }
    if (!granted.isEmpty())
        system.record(QStringLiteral("role.grant"), QStringLiteral("user"), identity.user, storedReason, {},
                      QJsonObject{{QStringLiteral("roles"), granted}});
    tx.commit();
}

void grantAllRolesForDemo(cache::Database &writer, const Identity &identity)
{
    grantAsSystem(writer, identity, allRoles(), audit::AuditReason("roles.first_use").stored());
}

bool grantAllRolesIfUnclaimed(cache::Database &writer, const Identity &identity)
{
    if (!identity.isValid() || RoleGrants(writer).anyGrant())
        return false;
    grantAllRolesForDemo(writer, identity);
    return true;
}

} // namespace proofdesk::records
