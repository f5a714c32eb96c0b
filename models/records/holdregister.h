#pragma once

#include "audit/auditentry.h"
#include "cache/sqlite.h"
#include "hold.h"

#include <QList>
#include <QSet>

namespace proofdesk::records {

// Reads holds: the register with counts, one hold, its members and its history (the audit
// entries about it). Read-only; works on a reader or the writer connection.
class HoldRegister
{
public:
    explicit HoldRegister(cache::Database &db);

    QList<HoldInfo> list() const;
    std::optional<HoldInfo> find(const QString &holdId) const;
    // The ids of the communications it covers now, sorted.
    QStringList memberIds(const QString &holdId) const;
    QList<audit::AuditEntry> history(const QString &holdId) const;
    // Whether the communication is under any active hold (items or scope).
    bool isHeld(const QString &communicationId) const;
    // isHeld() for many ids in one statement: the ids (as the cache spells them) under hold.
    QSet<QString> heldAmong(const QStringList &communicationIds) const;
    // The active holds that cover the communication at this cache row (items and scope holds
    // alike), oldest first, with who made each and why; without counts (the detail pane's).
    QList<HoldInfo> coveringRow(qint64 rowid) const;

private:
    QList<HoldInfo> query(const QString &holdId) const;
    void fillCounts(HoldInfo &hold) const;
    cache::Database &m_db;
};

} // namespace proofdesk::records
