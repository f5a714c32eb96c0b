#pragma once

#include "auditrecords.h"

namespace proofdesk::records {

class LocalRecordsFolder;
class RecordsSession;

// This data folder's audit trail as the person acting may see it, verified and anchored.
class LocalAuditRecords : public AuditRecords
{
public:
    explicit LocalAuditRecords(const LocalRecordsFolder &folder);

    QList<audit::AuditEntry> auditEntries(audit::AuditFilter filter, bool *ownOnly = nullptr) override;
    QList<audit::AuditObject> objectsAbout(const QString &communicationId) const override;
    qint64 exportAudit(QIODevice &out, audit::AuditFilter filter, bool *ownOnly = nullptr) override;
    qint64 auditCount() const override;
    audit::VerifyResult verifyAudit(const std::function<void(qint64)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr) override;
    audit::AuditAnchor auditAnchor() override;
    std::optional<QString> auditEntryHash(qint64 seq) const override;

private:
    // Applies "agents see their own entries only" to `filter`, checking the role table.
    void scopeAuditFilter(audit::AuditFilter &filter, bool *ownOnly) const;

    const RecordsSession &m_session;
    // A team's copy after `team disconnect` holds the team's holds, requests and roles, whose
    // entries are the server's: HoldReplay, ReissueReplay and RoleReplay ask only a folder of its own.
    bool m_recordsAreOurs;
};

} // namespace proofdesk::records
