#pragma once

#include "exceptioncase.h"
#include "findingreview.h"

namespace proofdesk::records {

// What people did about findings: review marks and exception cases.
class FindingRecords
{
public:
    virtual ~FindingRecords() = default;

    // Finding reviews (the roles that run findings): a mark with a note on one finding of a
    // communication, audited as "finding.review". `kind` is the finding's kind name.
    virtual FindingReview reviewFinding(const QString &kind, const QString &communicationId, const QString &note) = 0;
    // The marks, oldest first: all, or those on one communication.
    virtual QList<FindingReview> findingReviews(const QString &communicationId = {}) const = 0;

    // Exception cases (compliance): from an undelivered or fixity_failed finding that holds,
    // a case queued for the workflow repository's exception process, once per finding,
    // audited as "exception_case.open". Its state follows the engine (flushOutbox). The
    // cases and the outbox are this data folder's own (records.sqlite) in either store.
    virtual ExceptionCase openExceptionCase(const QString &finding, const QString &communicationId,
                                            const QString &reason) = 0;
    virtual QList<ExceptionCase> exceptionCases(const QString &communicationId = {}) const = 0;
};

} // namespace proofdesk::records
