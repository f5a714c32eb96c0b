#include "findingreview.h"

#include "recordserror.h"
#include "search/findingconditions.h"

#include <QCoreApplication>

namespace proofdesk::records {

// The messages keep the context the findings' texts have (proofdesk::compliance), where
// their translations are filed.
FindingReview findingReviewRequest(const QString &kind, const QString &communicationId, const QString &note)
{
    const QString known = search::findingsql::canonicalKind(kind.trimmed());
    if (known.isEmpty())
        throw RecordsError(
            RecordsError::Kind::Invalid,
            QCoreApplication::translate("proofdesk::compliance", "\"%1\" is not a kind of finding.").arg(kind));
    if (communicationId.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid,
                           QCoreApplication::translate("proofdesk::compliance",
                                                       "A review names the communication whose finding was checked."));
    if (note.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid,
                           QCoreApplication::translate("proofdesk::compliance",
                                                       "A review needs a note saying what was checked or done."));
    FindingReview review;
    review.kind = known;
    review.communicationId = communicationId.trimmed();
    review.note = note.trimmed();
    return review;
}

} // namespace proofdesk::records
