#pragma once

#include "records/recordserror.h"
#include "records/recordsstore.h"
#include "records/session.h"

#include <functional>
#include <memory>

namespace proofdesk::team {

class PgConnection;
class TeamError;

// The records store of a team: holds, reissues, disposition decisions, finding reviews and
// the audit trail live in the team database, whose functions check the role and the records
// rule and write the audit entry (teamschema_v1.sql). This class checks the role table first (so that a
// refusal is explained, and recorded, without a round trip), sends each action with an
// idempotency key (a retry after a dropped connection is applied once), and keeps the
// local mirror current (TeamMirror). What only this desktop has, the cache and the outbox
// to the repositories, is reached through `local` (a system session on the writer).
class TeamRecordsStore : public records::RecordsStore
{
public:
    using Connect = std::function<std::unique_ptr<PgConnection>()>;

    // `connect` opens a connection (again, after one dropped); `role` is the role acted in,
    // which must be among the login's group roles (checked by ActionRunner and the server).
    TeamRecordsStore(Connect connect, std::unique_ptr<PgConnection> connection, records::Role role,
                     const records::RecordsSession &local, QString dataDir);
    ~TeamRecordsStore() override;

    // Offline: the team database could not be reached. Changes are kept in this folder's
    // TeamOutbox (sent in order, once, when it is back) and answered provisionally (a request
    // or hold with status "offline"); reads use the local copy; what needs the server's answer
    // now (disposition, the whole trail) fails, saying so.
    void goOffline(const QString &login, const QString &why);
    bool isOffline() const { return m_offline; }
    // Whether this action may wait in the folder when the server goes away in its middle (a
    // failover under way): a keyed call that still finds no server after its retries is queued
    // with its key, and the action goes on offline (ActionRunner: what may wait for the team).
    // Otherwise the call fails, saying the team cannot be reached.
    void setMayWait(bool mayWait) { m_mayWait = mayWait; }

    QString user() const override;
    std::optional<records::Role> role() const override { return m_role; }
    QString roleText() const override;
    QString device() const override { return m_local.device(); }
    qint64 now() const override { return m_local.now(); }
    void require(records::Action action, const QString &objectType = {}, const QString &objectId = {}) const override;
    audit::AuditEntry record(const QString &action, const QString &objectType, const QString &objectId,
                             const QString &reason = {}, const QJsonValue &before = {},
                             const QJsonValue &after = {}) override;

    records::HoldInfo createHold(const records::HoldSpec &spec, const records::HoldProgress &progress = {}) override;
    qint64 addHoldItems(const QString &holdId, const QStringList &ids, const QString &reason,
                        const records::HoldProgress &progress = {}) override;
    qint64 removeHoldItems(const QString &holdId, const QStringList &ids, const QString &reason) override;
    records::HoldInfo releaseHold(const QString &holdId, const QString &reason) override;
    QList<records::HoldInfo> holds() const override;
    std::optional<records::HoldInfo> findHold(const QString &holdId) const override;
    QStringList holdMembers(const QString &holdId) const override;
    QList<audit::AuditEntry> holdHistory(const QString &holdId) const override;
    QList<records::HoldRefusal> holdRefusals(const QString &holdId, int limit) const override;

    records::ReissueRequest planReissue(const records::ReissueSpec &spec) const override;
    records::ReissueRequest requestReissue(const records::ReissueSpec &spec) override;
    records::ReissueRequest approveReissue(const QString &requestId, const QString &note) override;
    records::ReissueRequest rejectReissue(const QString &requestId, const QString &note) override;
    records::ReissueRequest withdrawReissue(const QString &requestId, const QString &reason) override;
    QList<records::ReissueRequest> reissues(const QString &status = {},
                                            const QString &communicationId = {}) const override;
    std::optional<records::ReissueRequest> findReissue(const QString &requestId) const override;

    // Applied by the team database (proofdesk.review_finding), then copied into this folder.
    records::FindingReview reviewFinding(const QString &kind, const QString &communicationId,
                                         const QString &note) override;
    QList<records::FindingReview> findingReviews(const QString &communicationId = {}) const override;
    records::ExceptionCase openExceptionCase(const QString &finding, const QString &communicationId,
                                             const QString &reason) override;
    QList<records::ExceptionCase> exceptionCases(const QString &communicationId = {}) const override;

    QList<records::EligibleItem> dispositionReview(int limit = -1,
                                                   records::ReviewRead read = records::ReviewRead::Review) override;
    records::DispositionResult approveDisposition(const QStringList &ids, const QString &reason) override;
    qint64 heldEligibleCount() const override;
    std::optional<records::Tombstone> tombstone(const QString &communicationId) const override;

    QList<audit::AuditEntry> auditEntries(audit::AuditFilter filter, bool *ownOnly = nullptr) override;
    QList<audit::AuditObject> objectsAbout(const QString &communicationId) const override;
    qint64 exportAudit(QIODevice &out, audit::AuditFilter filter, bool *ownOnly = nullptr) override;
    qint64 auditCount() const override;
    audit::VerifyResult verifyAudit(const std::function<void(qint64)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr) override;
    audit::AuditAnchor auditAnchor() override;
    std::optional<QString> auditEntryHash(qint64 seq) const override;

    records::FlushReport flushOutbox() override;

    QList<records::RoleGrant> roleGrants() const override;
    QList<records::Role> rolesOf(const QString &user) const override;
    void grantRole(const QString &user, records::Role role, const QString &reason) override;
    void revokeRole(const QString &user, records::Role role, const QString &reason) override;

    // The connection, opened again if it dropped (never hold it across a call(): a retry may
    // replace it).
    PgConnection &connection() const { return server(); }

    // After a process died between the team database's approval and this desktop's outbox
    // (kill -9, power): requests this login approved, or requested without needing approval,
    // that are still "approved" on the server are put in the outbox and marked queued.
    int resumeApproved();

    // Holds this login created or released on the team whose current revision this desk never
    // queued for its repositories (a crash after the server committed): queued now.
    int resumeHolds();

    // Tests: runs before each attempt of a keyed call (executed = false) and after the server
    // answered it (executed = true); may throw TeamError(Unreachable) or drop the connection
    // to stand for a network that fails there. Not for production code.
    using CallHook = std::function<void(const QString &sql, bool executed)>;
    static void setCallHook(CallHook hook);

private:
    PgConnection &server() const;
    // Runs `sql` (a proofdesk.* function returning jsonb, whose first parameter is the
    // idempotency key) with a fresh key; a dropped connection is reconnected and the call
    // sent again with the same key. Server refusals become RecordsError, recorded.
    QJsonValue call(const QString &action, const QString &objectType, const QString &objectId, const QString &sql,
                    QVariantList params) const;
    void recordRefusal(const QString &action, const QString &objectType, const QString &objectId,
                       const QString &message) const;
    QString busyMessage(const TeamError &e) const;
    void scopeAuditFilter(audit::AuditFilter &filter, bool *ownOnly) const;
    template <typename Visit> void scanAudit(const audit::AuditFilter &filter, Visit visit) const;
    // Brings the copy up to date and sends an approved request from this desk; offline, the
    // provisional answer (the draft, or the copy, with status "offline").
    records::ReissueRequest afterReissueChange(const QString &id, const QJsonValue &row,
                                               const records::ReissueRequest *draft = nullptr);
    QStringList idsOf(const QList<QVariant> &keys, bool byRowId) const;
    // Throws RecordsError unless this desk can send `r` to `repository` (the team's identity
    // of the original's repository) or has a workflow service that sends reissues.
    void requireSendable(const records::ReissueRequest &r, const QString &repository) const;

    [[noreturn]] void needsServer(const QString &what) const;

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
