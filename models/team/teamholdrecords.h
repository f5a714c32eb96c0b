#pragma once

#include "records/holdrecords.h"

namespace proofdesk::records {
class RecordsSession;
}

namespace proofdesk::team {

class TeamActor;
class TeamAuditRecords;

// Legal holds on the team database (records role), and this folder's copy of them (TeamMirror); each revision is queued
// for this desk's repositories.
class TeamHoldRecords : public records::HoldRecords
{
public:
    TeamHoldRecords(TeamActor &actor, const TeamAuditRecords &audit);

    records::HoldInfo createHold(const records::HoldSpec &spec, const records::HoldProgress &progress = {}) override;
    qint64 addHoldItems(const QString &holdId, const QStringList &ids, const QString &reason,
                        const records::HoldProgress &progress = {}) override;
    qint64 removeHoldItems(const QString &holdId, const QStringList &ids, const QString &reason) override;
    records::HoldInfo releaseHold(const QString &holdId, const QString &reason) override;
    QList<records::HoldInfo> list() const override;
    std::optional<records::HoldInfo> findHold(const QString &holdId) const override;
    QStringList holdMembers(const QString &holdId) const override;
    QList<audit::AuditEntry> holdHistory(const QString &holdId) const override;
    QList<records::HoldRefusal> holdRefusals(const QString &holdId, int limit) const override;

    // Holds this login created or released on the team whose current revision this desk never
    // queued for its repositories (a crash after the server committed): queued now.
    int resume();

private:
    QStringList idsOf(const QList<QVariant> &keys, bool byRowId) const;

    TeamActor &m_actor;
    const records::RecordsSession &m_local;
    const TeamAuditRecords &m_audit;
};

} // namespace proofdesk::team
