#pragma once

#include "recordsactor.h"
#include "session.h"

#include <memory>

namespace proofdesk::records {

// Who acts on a data folder's own records: RecordsActor over a RecordsSession (the person, the
// role, the device, the role check and the entry). LocalRecordsStore's parts act as it; alone it
// is what a read needs, small enough for the command line's lean start, which records its
// search or view with the same check and entry as the store (recordAccess) without loading the
// store's rules and everything they draw.
class LocalRecordsActor : public RecordsActor
{
public:
    explicit LocalRecordsActor(const RecordsSession &session); // `session` must outlive it
    // An actor with a session of its own, for `identity` in the requested (or first
    // permitted) role for `action` (RecordsSession::openFor: a refusal is audited and thrown).
    static std::unique_ptr<LocalRecordsActor> open(cache::Database &writer, const Identity &identity,
                                                   std::optional<Role> role, Action action);

    QString user() const override { return m_actingSession.user(); }
    std::optional<Role> role() const override { return m_actingSession.role(); }
    QString roleText() const override { return m_actingSession.roleText(); }
    QString device() const override { return m_actingSession.device(); }
    qint64 now() const override { return m_actingSession.now(); }
    void require(Action action, const QString &objectType = {}, const QString &objectId = {}) const override;
    audit::AuditEntry record(const QString &action, const QString &objectType, const QString &objectId,
                             const QString &reason = {}, const QJsonValue &before = {},
                             const QJsonValue &after = {}) override;

private:
    explicit LocalRecordsActor(std::unique_ptr<RecordsSession> own);

    std::unique_ptr<RecordsSession> m_ownSession; // open()'s
    const RecordsSession &m_actingSession;
};

} // namespace proofdesk::records
