#pragma once

#include "holdrecords.h"

namespace proofdesk::records {

class LocalRecordsFolder;
class RecordsSession;

// Legal holds on this data folder's records.sqlite: HoldService decides, HoldRegister reads.
class LocalHoldRecords : public HoldRecords
{
public:
    explicit LocalHoldRecords(const LocalRecordsFolder &folder);

    HoldInfo createHold(const HoldSpec &spec, const HoldProgress &progress = {}) override;
    qint64 addHoldItems(const QString &holdId, const QStringList &ids, const QString &reason,
                        const HoldProgress &progress = {}) override;
    qint64 removeHoldItems(const QString &holdId, const QStringList &ids, const QString &reason) override;
    HoldInfo releaseHold(const QString &holdId, const QString &reason) override;
    QList<HoldInfo> list() const override;
    std::optional<HoldInfo> findHold(const QString &holdId) const override;
    QStringList holdMembers(const QString &holdId) const override;
    QList<audit::AuditEntry> holdHistory(const QString &holdId) const override;
    QList<HoldRefusal> holdRefusals(const QString &holdId, int limit) const override;

private:
    const LocalRecordsFolder &m_folder;
    const RecordsSession &m_session;
};

} // namespace proofdesk::records
