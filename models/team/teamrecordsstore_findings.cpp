// TeamRecordsStore: finding reviews and exception cases. The team database applies and audits
// a review (proofdesk.review_finding); this folder keeps a copy (TeamMirror) that the findings
// read. An exception case goes to this folder's workflow repository through its own outbox,
// like a reissue; the team's trail records that it was opened.
#include "pgconnection.h"
#include "records/exceptioncaseregister.h"
#include "records/findingreviewregister.h"
#include "teammirror.h"
#include "teamrecordsstore.h"

#include <QJsonObject>

namespace proofdesk::team {

records::FindingReview TeamRecordsStore::reviewFinding(const QString &kind, const QString &communicationId,
                                                       const QString &note)
{
    require(records::Action::ReviewFinding, QStringLiteral("communication"), communicationId);
    records::FindingReview review = records::findingReviewRequest(kind, communicationId, note);
    const QJsonObject applied =
        call(QStringLiteral("finding.review"), QStringLiteral("communication"), review.communicationId,
             QStringLiteral("SELECT proofdesk.review_finding($1, $2, $3, $4, $5, $6)"),
             {roleText(), m_local.device(), review.kind, review.communicationId, review.note})
            .toObject();
    if (m_offline) { // applied when the server is back; who and when are then the server's
        review.by = user();
        review.at = m_local.now();
        review.provisional = true;
        return review;
    }
    TeamMirror(server(), m_local.db()).refreshFindingReviews();
    review.by = applied.value(QStringLiteral("reviewed_by")).toString();
    review.at = applied.value(QStringLiteral("at")).toInteger();
    return review;
}

QList<records::FindingReview> TeamRecordsStore::findingReviews(const QString &communicationId) const
{
    refreshIfReachable([this] { TeamMirror(server(), m_local.db()).refreshFindingReviews(); });
    return records::FindingReviewRegister(m_local.db()).list(communicationId);
}

records::ExceptionCase TeamRecordsStore::openExceptionCase(const QString &finding, const QString &communicationId,
                                                           const QString &reason)
{
    require(records::Action::OpenExceptionCase, QStringLiteral("communication"), communicationId);
    records::ExceptionCaseRegister cases(m_local.db());
    records::ExceptionCase opened;
    {
        cache::Transaction tx(m_local.db());
        opened = cases.open(finding, communicationId, reason, user(), m_local.now());
        tx.commit();
    }
    try { // the team database checks the role and writes the entry (proofdesk.open_exception_case)
        call(QStringLiteral("exception_case.open"), QStringLiteral("communication"), opened.communicationId,
             QStringLiteral("SELECT proofdesk.open_exception_case($1, $2, $3, $4, $5, $6, $7, $8)"),
             {roleText(), m_local.device(), opened.id, opened.finding, opened.communicationId, opened.reason,
              opened.repoId ? QVariant(opened.repoId) : QVariant()});
    } catch (...) {
        cache::Transaction tx(m_local.db()); // no case without its entry
        cases.withdrawUnsent(opened.id);
        tx.commit();
        throw;
    }
    return opened;
}

QList<records::ExceptionCase> TeamRecordsStore::exceptionCases(const QString &communicationId) const
{
    return records::ExceptionCaseRegister(m_local.db()).list(communicationId);
}

} // namespace proofdesk::team
