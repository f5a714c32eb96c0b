#include "session.h"

#include "audit/audittrail.h"
#include "audit/canonicaljson.h"
#include "cache/recordsfile.h"
#include "recordserror.h"
#include "rolereplay.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::RecordsSession", "proofdesk::records", text);
}

// The granted roles as a reason's parameter: "agent, records", or "none".
QJsonValue roleList(const QList<Role> &roles)
{
    QStringList names;
    for (Role r : roles)
        names << roleName(r);
    return names.isEmpty() ? audit::AuditReason::phrase("none") : QJsonValue(names.join(QLatin1String(", ")));
}

} // namespace

RecordsSession::RecordsSession(cache::Database &db, QString user, std::optional<Role> role, Clock clock)
    : m_db(&db)
    , m_user(std::move(user))
    , m_role(role)
    , m_roleText(role ? roleName(*role) : QStringLiteral("system"))
    , m_device(cache::RecordsFile::deviceId(db))
    , m_clock(std::move(clock))
{}

qint64 RecordsSession::now() const { return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(); }

namespace {

// Reading the trail is how a grant no entry made is named (`audit verify`), and how a trail cut
// short is seen at all: such a grant still lets its holder read the trail, and nothing else.
RoleReplay::IdentityRoles rolesFor(cache::Database &db, const Identity &identity, std::optional<Action> action)
{
    RoleReplay::IdentityRoles roles = RoleReplay(db).rolesOf(identity);
    const bool readsTrail = action && (*action == Action::ViewAuditTrail || *action == Action::ViewOwnAuditEntries);
    if (!readsTrail || roles.unexplained.isEmpty())
        return roles;
    QList<Role> all;
    for (const Role r : allRoles()) {
        if (roles.granted.contains(r) || roles.unexplained.contains(r))
            all << r;
    }
    return {all, {}};
}

} // namespace

RecordsSession RecordsSession::open(cache::Database &writer, const Identity &identity, Role role, Clock clock)
{
    return open(writer, identity, role, std::move(clock), rolesFor(writer, identity, std::nullopt));
}

RecordsSession RecordsSession::open(cache::Database &writer, const Identity &identity, Role role, Clock clock,
                                    const RoleReplay::IdentityRoles &roles)
{
    if (!identity.isValid())
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("The current user could not be determined (no USER, LOGNAME or account name)."));
    const QList<Role> &granted = roles.granted;
    RecordsSession session(writer, identity.user, role, std::move(clock));
    if (roles.unexplained.contains(role))
        session.refuse(QStringLiteral("role.assume"), QStringLiteral("role"), roleName(role),
                       audit::AuditReason("role.grant_unexplained", {identity.user, roleName(role)}));
    if (!granted.contains(role))
        session.refuse(QStringLiteral("role.assume"), QStringLiteral("role"), roleName(role),
                       audit::AuditReason("role.not_granted", {identity.user, roleName(role), roleList(granted)}));
    return session;
}

RecordsSession RecordsSession::openFor(cache::Database &writer, const Identity &identity, std::optional<Role> requested,
                                       Action action, Clock clock)
{
    const RoleReplay::IdentityRoles roles = rolesFor(writer, identity, action); // read once
    if (requested) {
        RecordsSession session = open(writer, identity, *requested, std::move(clock), roles);
        session.require(action);
        return session;
    }
    const QList<Role> &granted = roles.granted;
    for (Role r : granted) {
        if (AccessPolicy::permits(r, action))
            return open(writer, identity, r, std::move(clock), roles);
    }
    RecordsSession session(writer, identity.user,
                           granted.isEmpty() ? std::nullopt : std::optional<Role>(granted.front()), std::move(clock));
    session.refuse(
        actionName(action), QStringLiteral("role"), QString(),
        audit::AuditReason("role.needed", {actionPhraseArg(action), roleNamesArg(AccessPolicy::rolesFor(action)),
                                           identity.user, roleList(granted)}));
}

RecordsSession RecordsSession::forReading(cache::Database &db, const Identity &identity, std::optional<Role> requested,
                                          Action action, Clock clock)
{
    const QList<Role> granted = rolesFor(db, identity, action).granted;
    std::optional<Role> role;
    if (requested && granted.contains(*requested) && AccessPolicy::permits(*requested, action))
        role = requested;
    for (const Role r : granted) {
        if (!role && !requested && AccessPolicy::permits(r, action))
            role = r;
    }
    if (!role)
        throw RecordsError(
            RecordsError::Kind::Refused,
            audit::AuditReason("role.needed", {actionPhraseArg(action), roleNamesArg(AccessPolicy::rolesFor(action)),
                                               identity.user, roleList(granted)})
                .rendered());
    RecordsSession session(db, identity.user, role, std::move(clock));
    session.m_quiet = true;
    return session;
}

RecordsSession RecordsSession::system(cache::Database &writer, const Identity &identity, Clock clock)
{
    return RecordsSession(writer, identity.user, std::nullopt, std::move(clock));
}

RecordsSession RecordsSession::systemStep() const
{
    return system(*m_db, Identity{m_user, QString(), {}}, [this] { return now(); });
}

void RecordsSession::require(Action action, const QString &objectType, const QString &objectId) const
{
    if (!m_role)
        return; // system steps are not user actions
    const AccessDecision decision = AccessPolicy::check(m_user, *m_role, action);
    if (!decision.allowed)
        refuse(actionName(action), objectType, objectId, decision.reason);
}

void RecordsSession::refuse(const QString &action, const QString &objectType, const QString &objectId,
                            const audit::AuditReason &reason) const
{
    recordRefusal(action, objectType, objectId, reason);
    throw RecordsError(RecordsError::Kind::Refused, reason.rendered());
}

void RecordsSession::recordRefusal(const QString &action, const QString &objectType, const QString &objectId,
                                   const audit::AuditReason &reason) const
{
    if (m_quiet)
        return; // a read's refusal is told, not recorded
    appendRefusal(action, objectType, objectId, reason.stored());
}

void RecordsSession::appendRefusal(const QString &action, const QString &objectType, const QString &objectId,
                                   const QString &storedReason) const
{
    audit::AuditEntry e;
    e.at = now();
    e.user = m_user;
    e.role = m_roleText;
    e.action = action;
    e.outcome = QStringLiteral("refused");
    e.objectType = objectType.isEmpty() ? QStringLiteral("none") : objectType;
    e.objectId = objectId;
    e.reason = storedReason;
    e.device = m_device;
    audit::AuditTrail(*m_db).append(e);
}

audit::AuditEntry RecordsSession::record(const QString &action, const QString &objectType, const QString &objectId,
                                         const QString &reason, const QJsonValue &before, const QJsonValue &after) const
{
    audit::AuditEntry e;
    e.at = now();
    e.user = m_user;
    e.role = m_roleText;
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.reason = reason;
    e.before = before.isNull() || before.isUndefined() ? QByteArray() : audit::canonicalJson(before);
    e.after = after.isNull() || after.isUndefined() ? QByteArray() : audit::canonicalJson(after);
    e.device = m_device;
    return audit::AuditTrail(*m_db).append(e);
}

} // namespace proofdesk::records
