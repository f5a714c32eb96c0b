#include "localdispositionrecords.h"

#include "localrecordsfolder.h"
#include "retention.h"
#include "session.h"

namespace proofdesk::records {

LocalDispositionRecords::LocalDispositionRecords(const LocalRecordsFolder &folder)
    : m_folder(folder)
    , m_session(folder.session())
{}

QList<EligibleItem> LocalDispositionRecords::dispositionReview(int limit, ReviewRead read)
{
    return DispositionService(m_session, m_folder.dataDir()).review(limit, read);
}

DispositionResult LocalDispositionRecords::approveDisposition(const QStringList &ids, const QString &reason)
{
    m_folder.writable();
    return DispositionService(m_session, m_folder.dataDir()).approve(ids, reason);
}

std::optional<Tombstone> LocalDispositionRecords::tombstone(const QString &communicationId) const
{
    return findTombstone(m_session.db(), communicationId);
}

qint64 LocalDispositionRecords::heldEligibleCount() const
{
    return Retention(m_session.db()).heldEligibleCount(m_session.now());
}

} // namespace proofdesk::records
