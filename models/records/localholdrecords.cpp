#include "localholdrecords.h"

#include "holdregister.h"
#include "holdservice.h"
#include "localrecordsfolder.h"
#include "session.h"

namespace proofdesk::records {

LocalHoldRecords::LocalHoldRecords(const LocalRecordsFolder &folder)
    : m_folder(folder)
    , m_session(folder.session())
{}

HoldInfo LocalHoldRecords::createHold(const HoldSpec &spec, const HoldProgress &progress)
{
    m_folder.writable();
    return HoldService(m_session).create(spec, progress);
}

qint64 LocalHoldRecords::addHoldItems(const QString &holdId, const QStringList &ids, const QString &reason,
                                      const HoldProgress &progress)
{
    m_folder.writable();
    return HoldService(m_session).addItems(holdId, ids, reason, progress);
}

qint64 LocalHoldRecords::removeHoldItems(const QString &holdId, const QStringList &ids, const QString &reason)
{
    m_folder.writable();
    return HoldService(m_session).removeItems(holdId, ids, reason);
}

HoldInfo LocalHoldRecords::releaseHold(const QString &holdId, const QString &reason)
{
    m_folder.writable();
    return HoldService(m_session).release(holdId, reason);
}

QList<HoldInfo> LocalHoldRecords::list() const { return HoldRegister(m_session.db()).list(); }

std::optional<HoldInfo> LocalHoldRecords::findHold(const QString &holdId) const
{
    return HoldRegister(m_session.db()).find(holdId);
}

QStringList LocalHoldRecords::holdMembers(const QString &holdId) const
{
    return HoldRegister(m_session.db()).memberIds(holdId);
}

QList<audit::AuditEntry> LocalHoldRecords::holdHistory(const QString &holdId) const
{
    return HoldRegister(m_session.db()).history(holdId);
}

QList<HoldRefusal> LocalHoldRecords::holdRefusals(const QString &holdId, int limit) const
{
    return records::holdRefusals(m_session.db(), holdId, limit);
}

} // namespace proofdesk::records
