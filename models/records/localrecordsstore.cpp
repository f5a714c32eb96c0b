#include "localrecordsstore.h"

#include "exceptioncaseregister.h"
#include "findingreviewregister.h"
#include "holdregister.h"
#include "holdservice.h"
#include "recordserror.h"
#include "reissueservice.h"
#include "reissuestore.h"
#include "relatedobjects.h"
#include "retention.h"
#include "rolegrants.h"

#include <QJsonObject>

namespace proofdesk::records {

LocalRecordsStore::LocalRecordsStore(const RecordsSession &session, QString dataDir)
    : LocalRecordsActor(session)
    , m_session(session)
    , m_dataDir(std::move(dataDir))
{}

void LocalRecordsStore::writable() const
{
    if (!m_readOnly.isEmpty())
        throw RecordsError(RecordsError::Kind::Refused, m_readOnly);
}

HoldInfo LocalRecordsStore::createHold(const HoldSpec &spec, const HoldProgress &progress)
{
    writable();
    return HoldService(m_session).create(spec, progress);
}

qint64 LocalRecordsStore::addHoldItems(const QString &holdId, const QStringList &ids, const QString &reason,
                                       const HoldProgress &progress)
{
    writable();
    return HoldService(m_session).addItems(holdId, ids, reason, progress);
}

qint64 LocalRecordsStore::removeHoldItems(const QString &holdId, const QStringList &ids, const QString &reason)
{
    writable();
    return HoldService(m_session).removeItems(holdId, ids, reason);
}

HoldInfo LocalRecordsStore::releaseHold(const QString &holdId, const QString &reason)
{
    writable();
    return HoldService(m_session).release(holdId, reason);
}

QList<HoldInfo> LocalRecordsStore::holds() const { return HoldRegister(m_session.db()).list(); }

std::optional<HoldInfo> LocalRecordsStore::findHold(const QString &holdId) const
{
    return HoldRegister(m_session.db()).find(holdId);
}

QStringList LocalRecordsStore::holdMembers(const QString &holdId) const
{
    return HoldRegister(m_session.db()).memberIds(holdId);
}

QList<audit::AuditEntry> LocalRecordsStore::holdHistory(const QString &holdId) const
{
    return HoldRegister(m_session.db()).history(holdId);
}

QList<HoldRefusal> LocalRecordsStore::holdRefusals(const QString &holdId, int limit) const
{
    return records::holdRefusals(m_session.db(), holdId, limit);
}

ReissueRequest LocalRecordsStore::planReissue(const ReissueSpec &spec) const
{
    return ReissueService(m_session).draft(spec);
}

ReissueRequest LocalRecordsStore::requestReissue(const ReissueSpec &spec)
{
    writable();
    return ReissueService(m_session).request(spec);
}

ReissueRequest LocalRecordsStore::approveReissue(const QString &requestId, const QString &note)
{
    writable();
    return ReissueService(m_session).approve(requestId, note);
}

ReissueRequest LocalRecordsStore::rejectReissue(const QString &requestId, const QString &note)
{
    writable();
    return ReissueService(m_session).reject(requestId, note);
}

ReissueRequest LocalRecordsStore::withdrawReissue(const QString &requestId, const QString &reason)
{
    writable();
    return ReissueService(m_session).cancel(requestId, reason);
}

QList<ReissueRequest> LocalRecordsStore::reissues(const QString &status, const QString &communicationId) const
{
    return ReissueStore(m_session.db()).list(status, communicationId);
}

std::optional<ReissueRequest> LocalRecordsStore::findReissue(const QString &requestId) const
{
    return ReissueStore(m_session.db()).find(requestId);
}

FindingReview LocalRecordsStore::reviewFinding(const QString &kind, const QString &communicationId, const QString &note)
{
    writable();
    m_session.require(Action::ReviewFinding, QStringLiteral("communication"), communicationId);
    FindingReview review = findingReviewRequest(kind, communicationId, note);
    review.by = m_session.user();
    review.at = m_session.now();
    // The mark and its entry together, or neither.
    cache::Transaction tx(m_session.db());
    FindingReviewRegister(m_session.db()).add(review);
    m_session.record(QStringLiteral("finding.review"), QStringLiteral("communication"), review.communicationId,
                     review.note, QJsonValue(), QJsonObject{{QStringLiteral("kind"), review.kind}});
    tx.commit();
    return review;
}

QList<FindingReview> LocalRecordsStore::findingReviews(const QString &communicationId) const
{
    return FindingReviewRegister(m_session.db()).list(communicationId);
}

ExceptionCase LocalRecordsStore::openExceptionCase(const QString &finding, const QString &communicationId,
                                                   const QString &reason)
{
    writable();
    m_session.require(Action::OpenExceptionCase, QStringLiteral("communication"), communicationId);
    // The case, its outbox item and its entry together, or none of them.
    cache::Transaction tx(m_session.db());
    const ExceptionCase opened =
        ExceptionCaseRegister(m_session.db()).open(finding, communicationId, reason, m_session.user(), m_session.now());
    m_session.record(QStringLiteral("exception_case.open"), QStringLiteral("communication"), opened.communicationId,
                     opened.reason, QJsonValue(),
                     QJsonObject{{QStringLiteral("case"), opened.id},
                                 {QStringLiteral("finding"), opened.finding},
                                 {QStringLiteral("repo_id"), opened.repoId}});
    tx.commit();
    return opened;
}

QList<ExceptionCase> LocalRecordsStore::exceptionCases(const QString &communicationId) const
{
    return ExceptionCaseRegister(m_session.db()).list(communicationId);
}

QList<EligibleItem> LocalRecordsStore::dispositionReview(int limit, ReviewRead read)
{
    return DispositionService(m_session, m_dataDir).review(limit, read);
}

DispositionResult LocalRecordsStore::approveDisposition(const QStringList &ids, const QString &reason)
{
    writable();
    return DispositionService(m_session, m_dataDir).approve(ids, reason);
}

std::optional<Tombstone> LocalRecordsStore::tombstone(const QString &communicationId) const
{
    return findTombstone(m_session.db(), communicationId);
}

qint64 LocalRecordsStore::heldEligibleCount() const
{
    return Retention(m_session.db()).heldEligibleCount(m_session.now());
}

void LocalRecordsStore::scopeAuditFilter(audit::AuditFilter &filter, bool *ownOnly) const
{
    const bool everyone = !m_session.role() || AccessPolicy::permits(*m_session.role(), Action::ViewAuditTrail);
    m_session.require(everyone ? Action::ViewAuditTrail : Action::ViewOwnAuditEntries, QStringLiteral("audit"));
    if (!everyone)
        filter.user = m_session.user(); // whatever the caller asked for
    if (ownOnly)
        *ownOnly = !everyone;
}

QList<audit::AuditEntry> LocalRecordsStore::auditEntries(audit::AuditFilter filter, bool *ownOnly)
{
    scopeAuditFilter(filter, ownOnly);
    return audit::AuditTrail(m_session.db()).entries(filter);
}

qint64 LocalRecordsStore::exportAudit(QIODevice &out, audit::AuditFilter filter, bool *ownOnly)
{
    scopeAuditFilter(filter, ownOnly);
    return audit::AuditTrail(m_session.db()).exportJsonLines(out, filter);
}

QList<audit::AuditObject> LocalRecordsStore::objectsAbout(const QString &communicationId) const
{
    return objectsAboutCommunication(m_session.db(), communicationId);
}

qint64 LocalRecordsStore::auditCount() const { return audit::AuditTrail(m_session.db()).count(); }

audit::VerifyResult LocalRecordsStore::verifyAudit(const std::function<void(qint64)> &progress,
                                                   const std::atomic_bool *cancel)
{
    m_session.require(Action::ViewAuditTrail, QStringLiteral("audit"));
    audit::VerifyResult v = audit::AuditVerifier(m_session.db()).verify(progress, cancel);
    try {
        m_session.record(
            QStringLiteral("audit.verify"), QStringLiteral("audit"), QString(), QString(), {},
            QJsonObject{{QStringLiteral("entries"), v.entries},
                        {QStringLiteral("ok"), v.ok},
                        {QStringLiteral("first_bad_seq"), v.ok ? QJsonValue() : QJsonValue(v.firstBadSeq)}});
    } catch (const cache::SqliteError &e) {
        // On a full disk the verification still answers (it only reads); that it is missing
        // from the trail is said with the result.
        if (!e.isDiskFull())
            throw;
        v.notRecorded = QString::fromUtf8(e.what());
    }
    return v;
}

audit::AuditAnchor LocalRecordsStore::auditAnchor()
{
    m_session.require(Action::ViewAuditTrail, QStringLiteral("audit"));
    // One transaction: the head the entry names is the one it is chained onto.
    cache::Transaction tx(m_session.db());
    const audit::AuditAnchor extended = audit::AuditTrail(m_session.db()).head();
    // The entry cannot hold its own hash; it names the head it extends, and the anchor
    // handed back is the entry itself, so that the anchor also covers its own record.
    const audit::AuditEntry entry = m_session.record(QStringLiteral("audit.anchor"), QStringLiteral("audit"), QString(),
                                                     QString(), {}, extended.toJson());
    tx.commit();
    return {entry.seq, entry.hash};
}

std::optional<QString> LocalRecordsStore::auditEntryHash(qint64 seq) const
{
    m_session.require(Action::ViewAuditTrail, QStringLiteral("audit"));
    return audit::AuditTrail(m_session.db()).hashAt(seq);
}

FlushReport LocalRecordsStore::flushOutbox() { return OutboxDispatcher(m_session).flush(); }
QList<RoleGrant> LocalRecordsStore::roleGrants() const { return RoleGrants(m_session.db()).list(); }

QList<Role> LocalRecordsStore::rolesOf(const QString &user) const
{
    return RoleGrants(m_session.db()).rolesOf(Identity{user, QStringLiteral("os"), {}});
}

void LocalRecordsStore::grantRole(const QString &user, Role role, const QString &reason)
{
    writable();
    RoleGrants(m_session.db()).grant(m_session, user, role, reason);
}

void LocalRecordsStore::revokeRole(const QString &user, Role role, const QString &reason)
{
    writable();
    RoleGrants(m_session.db()).revoke(m_session, user, role, reason);
}

} // namespace proofdesk::records
