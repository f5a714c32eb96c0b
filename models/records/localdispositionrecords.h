#pragma once

#include "dispositionrecords.h"

namespace proofdesk::records {

class LocalRecordsFolder;
class RecordsSession;

// Disposition of this data folder's communications: DispositionService reviews and approves.
class LocalDispositionRecords : public DispositionRecords
{
public:
    explicit LocalDispositionRecords(const LocalRecordsFolder &folder);

    QList<EligibleItem> dispositionReview(int limit = -1, ReviewRead read = ReviewRead::Review) override;
    DispositionResult approveDisposition(const QStringList &ids, const QString &reason) override;
    qint64 heldEligibleCount() const override;
    std::optional<Tombstone> tombstone(const QString &communicationId) const override;

private:
    const LocalRecordsFolder &m_folder;
    const RecordsSession &m_session;
};

} // namespace proofdesk::records
