#include "localfindingrecords.h"

#include "cache/filetransaction.h"
#include "exceptioncaseregister.h"
#include "findingreviewregister.h"
#include "localrecordsfolder.h"
#include "recordserror.h"
#include "session.h"

#include <QJsonObject>

namespace proofdesk::records {

LocalFindingRecords::LocalFindingRecords(const LocalRecordsFolder &folder)
    : m_folder(folder)
    , m_session(folder.session())
{}

FindingReview LocalFindingRecords::reviewFinding(const QString &kind, const QString &communicationId,
                                                 const QString &note)
{
    m_folder.writable();
    m_session.require(Action::ReviewFinding, QStringLiteral("communication"), communicationId);
    FindingReview review = findingReviewRequest(kind, communicationId, note);
    review.by = m_session.user();
    review.at = m_session.now();
    // The mark and its entry together, or neither.
    cache::FileTransaction tx(m_session.db(), cache::Locks::RecordsOnly);
    FindingReviewRegister(m_session.db()).add(review);
    m_session.record(QStringLiteral("finding.review"), QStringLiteral("communication"), review.communicationId,
                     review.note, QJsonValue(), QJsonObject{{QStringLiteral("kind"), review.kind}});
    tx.commit();
    return review;
}

QList<FindingReview> LocalFindingRecords::findingReviews(const QString &communicationId) const
{
    return FindingReviewRegister(m_session.db()).list(communicationId);
}

ExceptionCase LocalFindingRecords::openExceptionCase(const QString &finding, const QString &communicationId,
                                                     const QString &reason)
{
    m_folder.writable();
    m_session.require(Action::OpenExceptionCase, QStringLiteral("communication"), communicationId);
    // The case, its outbox item and its entry together, or none of them.
    cache::FileTransaction tx(m_session.db(), cache::Locks::RecordsOnly);
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

QList<ExceptionCase> LocalFindingRecords::exceptionCases(const QString &communicationId) const
{
    return ExceptionCaseRegister(m_session.db()).list(communicationId);
}

} // namespace proofdesk::records
