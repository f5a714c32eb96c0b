#pragma once

#include "localrecordsactor.h"
#include "recordsstore.h"
#include "session.h"

namespace proofdesk::records {

// The embedded records store: records.sqlite beside the cache (attached as `rec` to the
// writer connection). The services (HoldService, ReissueService, DispositionService) hold
// the rules; this class is the one door callers go through.
class LocalRecordsStore : public RecordsStore, public LocalRecordsActor
{
public:
    // `session` must outlive the store; `dataDir` is the data folder (certificates, purges).
    LocalRecordsStore(const RecordsSession &session, QString dataDir);

    HoldInfo createHold(const HoldSpec &spec, const HoldProgress &progress = {}) override;
    qint64 addHoldItems(const QString &holdId, const QStringList &ids, const QString &reason,
                        const HoldProgress &progress = {}) override;
    qint64 removeHoldItems(const QString &holdId, const QStringList &ids, const QString &reason) override;
    HoldInfo releaseHold(const QString &holdId, const QString &reason) override;
    QList<HoldInfo> holds() const override;
    std::optional<HoldInfo> findHold(const QString &holdId) const override;
    QStringList holdMembers(const QString &holdId) const override;
    QList<audit::AuditEntry> holdHistory(const QString &holdId) const override;
    QList<HoldRefusal> holdRefusals(const QString &holdId, int limit) const override;

    ReissueRequest planReissue(const ReissueSpec &spec) const override;
    ReissueRequest requestReissue(const ReissueSpec &spec) override;
    ReissueRequest approveReissue(const QString &requestId, const QString &note) override;
    ReissueRequest rejectReissue(const QString &requestId, const QString &note) override;
    ReissueRequest withdrawReissue(const QString &requestId, const QString &reason) override;
    QList<ReissueRequest> reissues(const QString &status = {}, const QString &communicationId = {}) const override;
    std::optional<ReissueRequest> findReissue(const QString &requestId) const override;

    FindingReview reviewFinding(const QString &kind, const QString &communicationId, const QString &note) override;
    QList<FindingReview> findingReviews(const QString &communicationId = {}) const override;
    ExceptionCase openExceptionCase(const QString &finding, const QString &communicationId,
                                    const QString &reason) override;
    QList<ExceptionCase> exceptionCases(const QString &communicationId = {}) const override;

    QList<EligibleItem> dispositionReview(int limit = -1, ReviewRead read = ReviewRead::Review) override;
    DispositionResult approveDisposition(const QStringList &ids, const QString &reason) override;
    qint64 heldEligibleCount() const override;
    std::optional<Tombstone> tombstone(const QString &communicationId) const override;

    QList<audit::AuditEntry> auditEntries(audit::AuditFilter filter, bool *ownOnly = nullptr) override;
    QList<audit::AuditObject> objectsAbout(const QString &communicationId) const override;
    qint64 exportAudit(QIODevice &out, audit::AuditFilter filter, bool *ownOnly = nullptr) override;
    qint64 auditCount() const override;
    audit::VerifyResult verifyAudit(const std::function<void(qint64)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr) override;
    audit::AuditAnchor auditAnchor() override;
    std::optional<QString> auditEntryHash(qint64 seq) const override;

    FlushReport flushOutbox() override;

    QList<RoleGrant> roleGrants() const override;
    QList<Role> rolesOf(const QString &user) const override;
    void grantRole(const QString &user, Role role, const QString &reason) override;
    void revokeRole(const QString &user, Role role, const QString &reason) override;

    const RecordsSession &session() const { return m_session; }
    // Every change is refused with `why` (a copy of a team's records after `team disconnect`);
    // reads, and the records of reads, go on.
    void setReadOnly(const QString &why) { m_readOnly = why; }

private:
    void writable() const;
    // Applies "agents see their own entries only" to `filter`, checking the role table.
    void scopeAuditFilter(audit::AuditFilter &filter, bool *ownOnly) const;

    const RecordsSession &m_session;
    QString m_dataDir;
    QString m_readOnly;
};

} // namespace proofdesk::records
