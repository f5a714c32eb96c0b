#pragma once

#include "reissue.h"

namespace proofdesk::records {

// Reissues: requested by agents and compliance officers, approved by a compliance officer
// other than the requester.
class ReissueRecords
{
public:
    virtual ~ReissueRecords() = default;

    // The request `spec` would make, decided as requestReissue() decides it (its channel and
    // destination, whether a compliance officer must approve it), writing nothing: what the
    // Reissue dialog shows before anything is asked. Throws RecordsError as requestReissue()
    // would for a spec it refuses. A store that cannot decide now (a team database out of
    // reach) returns the plan with status "undecided".
    virtual ReissueRequest planReissue(const ReissueSpec &spec) const = 0;
    virtual ReissueRequest requestReissue(const ReissueSpec &spec) = 0;
    virtual ReissueRequest approveReissue(const QString &requestId, const QString &note) = 0;
    virtual ReissueRequest rejectReissue(const QString &requestId, const QString &note) = 0;
    virtual ReissueRequest withdrawReissue(const QString &requestId, const QString &reason) = 0;
    virtual QList<ReissueRequest> list(const QString &status = {}, const QString &communicationId = {}) const = 0;
    virtual std::optional<ReissueRequest> findReissue(const QString &requestId) const = 0;
};

} // namespace proofdesk::records
