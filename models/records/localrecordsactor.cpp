#include "localrecordsactor.h"

namespace proofdesk::records {

LocalRecordsActor::LocalRecordsActor(const RecordsSession &session)
    : m_actingSession(session)
{}

LocalRecordsActor::LocalRecordsActor(std::unique_ptr<RecordsSession> own)
    : m_ownSession(std::move(own))
    , m_actingSession(*m_ownSession)
{}

std::unique_ptr<LocalRecordsActor> LocalRecordsActor::open(cache::Database &writer, const Identity &identity,
                                                           std::optional<Role> role, Action action)
{
    return std::unique_ptr<LocalRecordsActor>(new LocalRecordsActor(
        std::make_unique<RecordsSession>(RecordsSession::openFor(writer, identity, role, action))));
}

void LocalRecordsActor::require(Action action, const QString &objectType, const QString &objectId) const
{
    m_actingSession.require(action, objectType, objectId);
}

audit::AuditEntry LocalRecordsActor::record(const QString &action, const QString &objectType, const QString &objectId,
                                            const QString &reason, const QJsonValue &before, const QJsonValue &after)
{
    return m_actingSession.record(action, objectType, objectId, reason, before, after);
}

} // namespace proofdesk::records
