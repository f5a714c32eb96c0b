// TeamRecordsStore: finding reviews. The team database applies and audits a review
// (proofdesk.review_finding); this folder keeps a copy (TeamMirror) that the findings read.
#include "teamrecordsstore.h"

#include "pgconnection.h"
#include "records/findingreviewregister.h"
#include "teammirror.h"

#include <QJsonObject>

namespace proofdesk::team {

records::FindingReview TeamRecordsStore::reviewFinding(const QString &kind,
                                                       const QString &communicationId,
                                                       const QString &note)
{
    require(records::Action::RunFindings, QStringLiteral("communication"), communicationId);
    records::FindingReview review = records::findingReviewRequest(kind, communicationId, note);
    const QJsonObject applied =
        call(QStringLiteral("finding.review"), QStringLiteral("communication"),
             review.communicationId,
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

} // namespace proofdesk::team
