#pragma once

#include "records/recordsactor.h"
#include "records/recordserror.h"
#include "records/session.h"

#include <QVariantList>
#include <functional>
#include <memory>

namespace proofdesk::team {

class PgConnection;
class TeamError;

// Who acts on a team's records, and the one way calls reach the team database: each action is
// sent with an idempotency key (a retry after a dropped connection is applied once), a busy or
// restarting server is tried again, and a refusal is recorded and becomes RecordsError. The
// role table is checked here first (so that a refusal is explained, and recorded, without a
// round trip). Offline (the server cannot be reached), changes wait in this folder's
// TeamOutbox and are answered provisionally. What only this desktop has, the cache and the
// outbox to the repositories, is reached through `local` (a system session on the writer).
// The parts of TeamRecordsStore act through it.
class TeamActor : public records::RecordsActor
{
public:
    using Connect = std::function<std::unique_ptr<PgConnection>()>;

    // `connect` opens a connection (again, after one dropped); `role` is the role acted in,
    // which must be among the login's group roles (checked by ActionRunner and the server).
    TeamActor(Connect connect, std::unique_ptr<PgConnection> connection, records::Role role,
              const records::RecordsSession &local, QString dataDir);
    ~TeamActor() override;

    QString user() const override;
    std::optional<records::Role> role() const override { return m_role; }
    QString roleText() const override;
    QString device() const override { return m_local.device(); }
    qint64 now() const override { return m_local.now(); }
    void require(records::Action action, const QString &objectType = {}, const QString &objectId = {}) const override;
    audit::AuditEntry record(const QString &action, const QString &objectType, const QString &objectId,
                             const QString &reason = {}, const QJsonValue &before = {},
                             const QJsonValue &after = {}) override;

    records::Role actingRole() const { return m_role; }
    const records::RecordsSession &local() const { return m_local; }
    const QString &dataDir() const { return m_dataDir; }

    // Offline: the team database could not be reached (see TeamRecordsStore::goOffline).
    void goOffline(const QString &login, const QString &why);
    bool isOffline() const { return m_offline; }
    // Whether this action may wait in the folder when the server goes away in its middle (a
    // failover under way): a keyed call that still finds no server after its retries is queued
    // with its key, and the action goes on offline (ActionRunner: what may wait for the team).
    // Otherwise the call fails, saying the team cannot be reached.
    void setMayWait(bool mayWait) { m_mayWait = mayWait; }
    const QString &offlineReason() const { return m_offlineReason; }
    // Throws RecordsError: `what` needs the team database, which cannot be reached.
    [[noreturn]] void needsServer(const QString &what) const;

    // The connection, opened again if it dropped (never hold it across a call(): a retry may
    // replace it). Throws TeamError(Unreachable) offline.
    PgConnection &server() const;
    // Runs `sql` (a proofdesk.* function returning jsonb, whose first parameter is the
    // idempotency key) with a fresh key; a dropped connection is reconnected and the call
    // sent again with the same key. Server refusals become RecordsError, recorded. Offline, the
    // call waits in the TeamOutbox and the answer is null.
    QJsonValue call(const QString &action, const QString &objectType, const QString &objectId, const QString &sql,
                    QVariantList params) const;
    void recordRefusal(const QString &action, const QString &objectType, const QString &objectId,
                       const QString &message) const;

    // Tests: runs before each attempt of a keyed call (executed = false) and after the server
    // answered it (executed = true); may throw TeamError(Unreachable) or drop the connection
    // to stand for a network that fails there. Not for production code.
    using CallHook = std::function<void(const QString &sql, bool executed)>;
    static void setCallHook(CallHook hook);

private:
    QString busyMessage(const TeamError &e) const;

    Connect m_connect;
    // Offline from the start (unreachable at login), or since a call found no server (call()).
    mutable bool m_offline = false;
    mutable QString m_offlineLogin;
    mutable QString m_offlineReason;
    bool m_mayWait = false;
    mutable std::unique_ptr<PgConnection> m_connection;
    records::Role m_role;
    const records::RecordsSession &m_local;
    QString m_dataDir;
};

// A server's refusal or error as the records layer names it (Refused, NotFound, Invalid).
records::RecordsError recordsErrorOf(const TeamError &e);

} // namespace proofdesk::team
