#include "rolereplay.h"

#include "cache/sqlite.h"
#include "domain/textfold.h"
#include "util/translation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::RoleReplay", "proofdesk::records", text, -1);
}

struct Grant
{
    QString by;     // granted_by (a user's grant); empty for a group's role
    qint64 seq = 0; // the entry that made it; 0 for a row
};

struct Holder
{
    QString name; // the user or group as written
    QMap<QString, Grant> roles;
};

// Keyed by the user or group folded, as the rows' NOCASE columns compare them.
using Holders = QMap<QString, Holder>;

QString asJsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// role.grant names one role (`role`, an admin's grant) or several (`roles`, the system's grant
// of a folder's first use, whose rows say granted_by "system"); a grant already there stays as
// first made (INSERT OR IGNORE); role.revoke names the role it took.
void applyUserEntry(Holders &users, cache::Statement &st)
{
    const QString actor = st.columnText(1);
    const QString action = st.columnText(2);
    Holder &h = users[domain::foldCase(st.columnText(3))];
    if (h.name.isEmpty())
        h.name = st.columnText(3); // as the row keeps it: the first grant's spelling
    if (action == QLatin1String("role.revoke")) {
        h.roles.remove(QJsonDocument::fromJson(st.columnUtf8(4)).object().value(QLatin1String("role")).toString());
        return;
    }
    const QJsonObject after = QJsonDocument::fromJson(st.columnUtf8(5)).object();
    const bool bySystem = after.contains(QLatin1String("roles"));
    const QJsonArray roles =
        bySystem ? after.value(QLatin1String("roles")).toArray() : QJsonArray{after.value(QLatin1String("role"))};
    for (const QJsonValue &role : roles) {
        if (!h.roles.contains(role.toString()))
            h.roles.insert(role.toString(), Grant{bySystem ? QStringLiteral("system") : actor, st.columnInt(0)});
    }
}

Holders replayUsers(cache::Database &db, const QString &user)
{
    cache::Statement st = db.prepare(
        user.isNull() ? "SELECT seq, user, action, object_id, before, after FROM rec.audit_entries "
                        "WHERE object_type = 'user' AND action IN ('role.grant', 'role.revoke') AND outcome = 'done' "
                        "ORDER BY seq"
                      : "SELECT seq, user, action, object_id, before, after FROM rec.audit_entries "
                        "WHERE object_type = 'user' AND object_id = ?1 COLLATE NOCASE "
                        "AND action IN ('role.grant', 'role.revoke') AND outcome = 'done' ORDER BY seq");
    if (!user.isNull())
        st.bind(1, user);
    Holders users;
    while (st.step())
        applyUserEntry(users, st);
    return users;
}

Holders replayGroups(cache::Database &db, const std::optional<QStringList> &groups)
{
    cache::Statement st =
        db.prepare(!groups ? "SELECT seq, object_id, after FROM rec.audit_entries WHERE object_type = 'group_roles' "
                             "AND action = 'settings.change' AND outcome = 'done' ORDER BY seq"
                           : "SELECT seq, object_id, after FROM rec.audit_entries WHERE object_type = 'group_roles' "
                             "AND object_id COLLATE NOCASE IN (SELECT value FROM json_each(?1)) "
                             "AND action = 'settings.change' AND outcome = 'done' ORDER BY seq");
    if (groups)
        st.bind(1, asJsonArray(*groups));
    Holders out;
    while (st.step()) {
        Holder &h = out[domain::foldCase(st.columnText(1))];
        h.name = st.columnText(1);
        h.roles.clear(); // each entry sets the group's roles whole
        const QJsonArray roles =
            QJsonDocument::fromJson(st.columnUtf8(2)).object().value(QLatin1String("roles")).toArray();
        for (const QJsonValue &role : roles)
            h.roles.insert(role.toString(), Grant{QString(), st.columnInt(0)});
    }
    return out;
}

Holders rows(cache::Database &db, const char *sql, const QString &filter)
{
    cache::Statement st = db.prepare(sql);
    if (!filter.isNull())
        st.bind(1, filter);
    Holders out;
    while (st.step()) {
        Holder &h = out[domain::foldCase(st.columnText(0))];
        h.name = st.columnText(0);
        h.roles.insert(st.columnText(1), Grant{st.columnText(2), 0});
    }
    return out;
}

Holders userRows(cache::Database &db, const QString &user)
{
    return rows(db,
                user.isNull() ? "SELECT user, role, granted_by FROM rec.role_grants"
                              : "SELECT user, role, granted_by FROM rec.role_grants WHERE user = ?1",
                user);
}

Holders groupRows(cache::Database &db, const std::optional<QStringList> &groups)
{
    return rows(db,
                !groups ? "SELECT group_name, role, '' FROM rec.group_roles"
                        : "SELECT group_name, role, '' FROM rec.group_roles "
                          "WHERE group_name IN (SELECT value FROM json_each(?1))",
                groups ? asJsonArray(*groups) : QString());
}

// `object` names one role of one holder: "role admin of ann", "role records of group ops".
using ObjectName = QString (*)(const QString &role, const QString &holder);

void compare(QList<StateProblem> &problems, const Holders &now, const Holders &made, ObjectName objectName)
{
    QStringList keys = now.keys() + made.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const Holder row = now.value(key);
        const Holder entries = made.value(key);
        const QString name = row.name.isEmpty() ? entries.name : row.name;
        for (auto it = row.roles.cbegin(); it != row.roles.cend(); ++it) {
            const auto e = entries.roles.constFind(it.key());
            if (e == entries.roles.cend())
                problems << StateProblem{objectName(it.key(), name),
                                         tr("no entry of the audit trail granted it: it was added outside Proofdesk")};
            else if (!e->by.isEmpty() && e->by != it->by)
                problems << StateProblem{objectName(it.key(), name),
                                         tr("the row says it was granted by %1, entry %2 by %3: it was changed "
                                            "outside Proofdesk")
                                             .arg(it->by)
                                             .arg(e->seq)
                                             .arg(e->by)};
        }
        for (auto it = entries.roles.cbegin(); it != entries.roles.cend(); ++it) {
            if (!row.roles.contains(it.key()))
                problems << StateProblem{
                    objectName(it.key(), name),
                    tr("entry %1 granted it and it is gone: it was deleted outside Proofdesk").arg(it->seq)};
        }
    }
}

QString userRole(const QString &role, const QString &user) { return tr("role %1 of %2").arg(role, user); }
QString groupRole(const QString &role, const QString &group) { return tr("role %1 of group %2").arg(role, group); }

// The roles rows give and whether an entry made each.
void collect(QSet<QString> &explained, QSet<QString> &given, const Holders &now, const Holders &made)
{
    for (auto h = now.cbegin(); h != now.cend(); ++h) {
        const Holder entries = made.value(h.key());
        for (auto it = h->roles.cbegin(); it != h->roles.cend(); ++it) {
            given.insert(it.key());
            if (entries.roles.contains(it.key()))
                explained.insert(it.key());
        }
    }
}

} // namespace

RoleReplay::RoleReplay(cache::Database &db)
    : m_db(db)
{}

QList<StateProblem> RoleReplay::check() const
{
    QList<StateProblem> problems;
    compare(problems, userRows(m_db, QString()), replayUsers(m_db, QString()), userRole);
    compare(problems, groupRows(m_db, std::nullopt), replayGroups(m_db, std::nullopt), groupRole);
    return problems;
}

RoleReplay::IdentityRoles RoleReplay::rolesOf(const Identity &identity) const
{
    QSet<QString> explained, given;
    const QString user = identity.user.isNull() ? QStringLiteral("") : identity.user;
    collect(explained, given, userRows(m_db, user), replayUsers(m_db, user));
    if (!identity.groups.isEmpty())
        collect(explained, given, groupRows(m_db, identity.groups), replayGroups(m_db, identity.groups));
    IdentityRoles out;
    for (const Role r : allRoles()) {
        if (explained.contains(roleName(r)))
            out.granted << r;
        else if (given.contains(roleName(r)))
            out.unexplained << r;
    }
    return out;
}

} // namespace proofdesk::records
