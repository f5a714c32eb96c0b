#pragma once

#include "reissuerecords.h"

namespace proofdesk::records {

class LocalRecordsFolder;
class RecordsSession;

// Reissue requests on this data folder's records.sqlite: ReissueService decides, ReissueStore reads.
class LocalReissueRecords : public ReissueRecords
{
public:
    explicit LocalReissueRecords(const LocalRecordsFolder &folder);

    ReissueRequest planReissue(const ReissueSpec &spec) const override;
    ReissueRequest requestReissue(const ReissueSpec &spec) override;
    ReissueRequest approveReissue(const QString &requestId, const QString &note) override;
    ReissueRequest rejectReissue(const QString &requestId, const QString &note) override;
    ReissueRequest withdrawReissue(const QString &requestId, const QString &reason) override;
    QList<ReissueRequest> list(const QString &status = {}, const QString &communicationId = {}) const override;
    std::optional<ReissueRequest> findReissue(const QString &requestId) const override;

private:
    const LocalRecordsFolder &m_folder;
    const RecordsSession &m_session;
};

} // namespace proofdesk::records
