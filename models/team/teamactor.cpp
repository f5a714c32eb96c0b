#include "teamactor.h"

#include "audit/canonicaljson.h"
#include "pgconnection.h"
#include "teamentries.h"
#include "teamoutbox.h"

#include <QThread>
#include <QUuid>

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

namespace {

QString canonicalText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    std::string text;
    audit::canonical::appendValue(text, value);
    return QString::fromStdString(text);
}

QString newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

TeamActor::CallHook &callHook()
{
    static TeamActor::CallHook hook;
    return hook;
}

} // namespace

RecordsError recordsErrorOf(const TeamError &e)
{
    switch (e.kind()) {
    case TeamError::Kind::Refused:
        return RecordsError(RecordsError::Kind::Refused, e.message());
    case TeamError::Kind::NotFound:
        return RecordsError(RecordsError::Kind::NotFound, e.message());
    case TeamError::Kind::Conflict: // well asked, but the records changed meanwhile
        return RecordsError(RecordsError::Kind::Conflict, e.message());
    default:
        return RecordsError(RecordsError::Kind::Invalid, e.message());
    }
}

TeamActor::TeamActor(Connect connect, std::unique_ptr<PgConnection> connection, records::Role role,
                     const records::RecordsSession &local, QString dataDir)
    : m_connect(std::move(connect))
    , m_connection(std::move(connection))
    , m_role(role)
    , m_local(local)
    , m_dataDir(std::move(dataDir))
{}

TeamActor::~TeamActor() = default;

QString TeamActor::user() const { return m_offline ? m_offlineLogin : server().user(); }

void TeamActor::goOffline(const QString &login, const QString &why)
{
    m_offline = true;
    m_offlineLogin = login;
    m_offlineReason = why;
    m_connection.reset();
}

void TeamActor::needsServer(const QString &what) const
{
    throw RecordsError(
        RecordsError::Kind::Invalid,
        QStringLiteral("%1 needs the team database, which cannot be reached: %2").arg(what, m_offlineReason));
}

PgConnection &TeamActor::server() const
{
    if (m_offline) // reads fall back to the local copy (refreshIfReachable); the rest says why
        throw TeamError(TeamError::Kind::Unreachable,
                        QStringLiteral("The team database cannot be reached: %1").arg(m_offlineReason));
    if (!m_connection || !m_connection->isOpen())
        m_connection = m_connect();
    return *m_connection;
}

QString TeamActor::roleText() const { return records::roleName(m_role); }

void TeamActor::recordRefusal(const QString &action, const QString &objectType, const QString &objectId,
                              const QString &message) const
{
    PgConnection *reachable = nullptr;
    try {
        reachable = m_offline ? nullptr : &server();
    } catch (const TeamError &) {
        return; // the server went away: the refusal stands unrecorded
    }
    TeamOutbox(m_local.db())
        .recordRefusal(reachable, user(), roleText(), action, objectType, objectId, message, m_local.device(),
                       m_local.now());
}

void TeamActor::require(Action action, const QString &objectType, const QString &objectId) const
{
    const records::AccessDecision decision = records::AccessPolicy::check(user(), m_role, action);
    if (decision.allowed)
        return;
    recordRefusal(records::actionName(action), objectType, objectId, decision.reason.stored()); // coded
    throw RecordsError(RecordsError::Kind::Refused, decision.message);
}

QJsonValue TeamActor::call(const QString &action, const QString &objectType, const QString &objectId,
                           const QString &sql, QVariantList params) const
{
    params.prepend(newKey()); // the same key on every attempt: the server applies it once
    if (m_offline) {
        TeamOutbox(m_local.db()).enqueue(user(), roleText(), action, objectType, objectId, sql, params, m_local.now());
        return QJsonValue();
    }
    int busyTries = 0;
    for (int attempt = 0;; ++attempt) {
        try {
            if (callHook())
                callHook()(sql, false);
            QJsonValue result = server().callJson(sql, params);
            if (callHook())
                callHook()(sql, true);
            return result;
        } catch (const TeamError &e) {
            if (e.isBusy()) {
                // Another session held what this call needs for the server's 5 s: the server
                // ends a session that keeps it past a call (teamschema_v4.sql), so one more
                // try gets through, unless a call of someone else's is that long. A few
                // seconds, not five waits of five.
                if (++busyTries > 1)
                    throw TeamError(TeamError::Kind::Unreachable, busyMessage(e));
                continue;
            }
            if (e.kind() == TeamError::Kind::Unreachable) {
                if (attempt >= 4 && !m_mayWait)
                    throw;
                if (attempt >= 4) {
                    // Gone for longer than a restart (a failover takes seconds more): the call
                    // waits in the folder with the same key, and is applied once when the team
                    // is back, whether or not this attempt reached it before the loss.
                    m_offline = true;
                    m_offlineLogin = m_local.user();
                    m_offlineReason = e.message();
                    m_connection.reset();
                    TeamOutbox(m_local.db())
                        .enqueue(m_offlineLogin, roleText(), action, objectType, objectId, sql, params, m_local.now());
                    return QJsonValue();
                }
                QThread::msleep(250u << attempt); // 0.25 s … 2 s: a restarting server comes back
                m_connection.reset();
                continue;
            }
            if (e.kind() == TeamError::Kind::Failed)
                throw;
            // Refusals and conflicts (released meanwhile, approved by someone else) are shown
            // and recorded, never dropped.
            if (e.kind() == TeamError::Kind::Refused || e.kind() == TeamError::Kind::Conflict)
                recordRefusal(action, objectType, objectId, e.message());
            throw recordsErrorOf(e);
        }
    }
}

QString TeamActor::busyMessage(const TeamError &e) const
{
    // Who keeps the team's records after a call of theirs returned (teamschema_v4.sql): named,
    // so that a person knows whom to ask, and what the server does about it.
    QStringList holders;
    try {
        const PgResult r = server().exec(QStringLiteral("SELECT login, held_s FROM proofdesk.stalled_sessions(0)"));
        for (int row = 0; row < r.rows(); ++row)
            holders << QStringLiteral("%1 (%2 s)").arg(r.text(row, 0)).arg(r.integer(row, 1));
    } catch (const TeamError &) {
    }
    if (holders.isEmpty())
        return e.message();
    return QStringLiteral("%1 Holding the team's records after a call of their own: %2. The team database ends such a "
                          "session once it has held them 5 s, if its owner has pg_signal_backend.")
        .arg(e.message(), holders.join(QLatin1String(", ")));
}

audit::AuditEntry TeamActor::record(const QString &action, const QString &objectType, const QString &objectId,
                                    const QString &reason, const QJsonValue &before, const QJsonValue &after)
{
    const QJsonValue row = call(action, objectType, objectId,
                                QStringLiteral("SELECT proofdesk.record($1, $2, $3, 'done', $4, $5, $6, $7, $8, $9)"),
                                {roleText(), action, objectType, objectId, reason, canonicalText(before),
                                 canonicalText(after), m_local.device()});
    if (m_offline) { // recorded when the server is back; its place in the chain is the server's
        audit::AuditEntry e;
        e.user = user();
        e.role = roleText();
        e.action = action;
        e.objectType = objectType;
        e.objectId = objectId;
        e.reason = reason;
        e.at = m_local.now();
        return e;
    }
    return auditEntryFromServer(row.toObject());
}

void TeamActor::setCallHook(CallHook hook) { callHook() = std::move(hook); }

} // namespace proofdesk::team
