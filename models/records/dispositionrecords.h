#pragma once

#include "disposition.h"
#include "tombstones.h"

namespace proofdesk::records {

// Disposition (records role): the review list and the approval, which re-checks holds in
// the transaction of the decision.
class DispositionRecords
{
public:
    virtual ~DispositionRecords() = default;

    virtual QList<EligibleItem> dispositionReview(int limit = -1, ReviewRead read = ReviewRead::Review) = 0;
    virtual DispositionResult approveDisposition(const QStringList &ids, const QString &reason) = 0;
    // Communications past retention that a hold keeps from the review list.
    virtual qint64 heldEligibleCount() const = 0;
    // What is left of a disposed communication: who approved, when, the certificate. Disposal
    // is this data folder's own work (its records.sqlite) in either store.
    virtual std::optional<Tombstone> tombstone(const QString &communicationId) const = 0;
};

} // namespace proofdesk::records
