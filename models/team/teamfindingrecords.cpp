#include "teamfindingrecords.h"

#include "pgconnection.h"
#include "records/exceptioncaseregister.h"
#include "records/findingreviewregister.h"
#include "teamactor.h"
#include "teammirror.h"

#include <QJsonObject>

namespace proofdesk::team {

TeamFindingRecords::TeamFindingRecords(TeamActor &actor)
    : m_actor(actor)
    , m_local(actor.local())
{}

records::FindingReview TeamFindingRecords::reviewFinding(const QString &kind, const QString &communicationId,
                                                         const QString &note)
{
    m_actor.require(records::Action::ReviewFinding, QStringLiteral("communication"), communicationId);
    records::FindingReview review = records::findingReviewRequest(kind, communicationId, note);
    const QJsonObject applied =
        m_actor
            .call(QStringLiteral("finding.review"), QStringLiteral("communication"), review.communicationId,
                  QStringLiteral("SELECT proofdesk.review_finding($1, $2, $3, $4, $5, $6)"),
                  {m_actor.roleText(), m_local.device(), review.kind, review.communicationId, review.note})
            .toObject();
    if (m_actor.isOffline()) { // applied when the server is back; who and when are then the server's
        review.by = m_actor.user();
        review.at = m_local.now();
        review.provisional = true;
        return review;
    }
    TeamMirror(m_actor.server(), m_local.db()).refreshFindingReviews();
    review.by = applied.value(QStringLiteral("reviewed_by")).toString();
    review.at = applied.value(QStringLiteral("at")).toInteger();
    return review;
}

QList<records::FindingReview> TeamFindingRecords::findingReviews(const QString &communicationId) const
{
    refreshIfReachable([this] { TeamMirror(m_actor.server(), m_local.db()).refreshFindingReviews(); });
    return records::FindingReviewRegister(m_local.db()).list(communicationId);
}

records::ExceptionCase TeamFindingRecords::openExceptionCase(const QString &finding, const QString &communicationId,
                                                             const QString &reason)
{
    m_actor.require(records::Action::OpenExceptionCase, QStringLiteral("communication"), communicationId);
    records::ExceptionCaseRegister cases(m_local.db());
    records::ExceptionCase opened;
    {
        cache::Transaction tx(m_local.db());
        opened = cases.open(finding, communicationId, reason, m_actor.user(), m_local.now());
        tx.commit();
    }
    try { // the team database checks the role and writes the entry (proofdesk.open_exception_case)
        m_actor.call(QStringLiteral("exception_case.open"), QStringLiteral("communication"), opened.communicationId,
                     QStringLiteral("SELECT proofdesk.open_exception_case($1, $2, $3, $4, $5, $6, $7, $8)"),
                     {m_actor.roleText(), m_local.device(), opened.id, opened.finding, opened.communicationId,
                      opened.reason, opened.repoId ? QVariant(opened.repoId) : QVariant()});
    } catch (...) {
        cache::Transaction tx(m_local.db()); // no case without its entry
        cases.withdrawUnsent(opened.id);
        tx.commit();
        throw;
    }
    return opened;
}

QList<records::ExceptionCase> TeamFindingRecords::exceptionCases(const QString &communicationId) const
{
    return records::ExceptionCaseRegister(m_local.db()).list(communicationId);
}

} // namespace proofdesk::team
