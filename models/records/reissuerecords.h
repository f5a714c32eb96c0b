#pragma once

#include "recordsactor.h"
#include "reissue.h"

namespace proofdesk::records {

// Reissues: requested by agents and compliance officers, approved by a compliance officer
// other than the requester.
class ReissueRecords : public virtual RecordsActor
{
public:
    virtual ReissueRequest requestReissue(const ReissueSpec &spec) = 0;
    virtual ReissueRequest approveReissue(const QString &requestId, const QString &note) = 0;
    virtual ReissueRequest rejectReissue(const QString &requestId, const QString &note) = 0;
    virtual ReissueRequest withdrawReissue(const QString &requestId, const QString &reason) = 0;
    virtual QList<ReissueRequest> reissues(const QString &status = {}, const QString &communicationId = {}) const = 0;
    virtual std::optional<ReissueRequest> findReissue(const QString &requestId) const = 0;
};

} // namespace proofdesk::records
