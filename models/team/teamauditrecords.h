#pragma once

#include "records/auditrecords.h"

namespace proofdesk::records {
class RecordsSession;
}

namespace proofdesk::team {

class TeamActor;

// The team's audit trail: read page by page through a cursor, verified with the local trail's chain rules, anchored.
class TeamAuditRecords : public records::AuditRecords
{
public:
    TeamAuditRecords(TeamActor &actor);

    QList<audit::AuditEntry> auditEntries(audit::AuditFilter filter, bool *ownOnly = nullptr) override;
    QList<audit::AuditObject> objectsAbout(const QString &communicationId) const override;
    qint64 exportAudit(QIODevice &out, audit::AuditFilter filter, bool *ownOnly = nullptr) override;
    qint64 auditCount() const override;
    audit::VerifyResult verifyAudit(const std::function<void(qint64)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr) override;
    audit::AuditAnchor auditAnchor() override;
    std::optional<QString> auditEntryHash(qint64 seq) const override;

    // The entries `filter` selects, whoever may see them (a hold's history is read by all).
    QList<audit::AuditEntry> entriesOf(const audit::AuditFilter &filter) const;

private:
    void scopeAuditFilter(audit::AuditFilter &filter, bool *ownOnly) const;
    template <typename Visit> void scanAudit(const audit::AuditFilter &filter, Visit visit) const;

    TeamActor &m_actor;
    const records::RecordsSession &m_local;
};

} // namespace proofdesk::team
