#pragma once

#include "auditanchor.h"
#include "auditentry.h"
#include "cache/sqlite.h"

#include <QIODevice>
#include <QList>
#include <optional>

namespace proofdesk::audit {

// An object an entry names; an empty type stands for any type. The id is compared
// case-insensitively.
struct AuditObject
{
    QString type;
    QString id;
    bool operator==(const AuditObject &other) const
    {
        return type == other.type && id.compare(other.id, Qt::CaseInsensitive) == 0;
    }
};

// Which entries to read. Empty strings and lists, and unset times, do not filter.
struct AuditFilter
{
    QString user;              // exact, case-insensitive (agents see only their own entries)
    QString action;            // exact, or a prefix ending in '.' ("hold." = every hold action)
    bool actionPrefix = false; // `action` is a prefix whatever it ends in ("evidence" finds "evidence.export")
    QString objectType;
    QString objectId;
    QList<AuditObject> objects; // entries naming any one of these (records::objectsAboutCommunication)
    std::optional<qint64> from; // at >= from
    std::optional<qint64> to;   // at < to
    qint64 afterSeq = 0;        // for paging: entries with seq > afterSeq
    int limit = -1;             // -1 = all
};

// The hash-chained, append-only audit trail in records.sqlite (attached as schema `rec` to
// every cache connection). Entries are appended inside the transaction of the action they
// record, so an action and its entry commit or roll back together; an action that also changes
// cache.sqlite, a file SQLite commits apart from records.sqlite, uses ChangeTransaction
// (changetransaction.h), which stages its entries in the cache too.
class AuditTrail
{
public:
    explicit AuditTrail(cache::Database &db);

    // Appends `entry` (seq, prev_hash and hash are filled in) and returns it as stored. Runs
    // in the caller's transaction, or in one of its own when there is none.
    AuditEntry append(AuditEntry entry);

    QList<AuditEntry> entries(const AuditFilter &filter = {}) const;
    // Writes the entries as JSON lines (one canonical object per line); returns how many.
    qint64 exportJsonLines(QIODevice &out, const AuditFilter &filter = {}) const;
    qint64 count() const;
    // The newest entry's seq and hash: what an anchor keeps (seq 0 and kGenesisHash when empty).
    AuditAnchor head() const;
    // The hash entry `seq` has now; nullopt when there is no such entry.
    std::optional<QString> hashAt(qint64 seq) const;

    // The entry of a row whose first columns are seq, at, user, role, action, outcome,
    // object_type, object_id, reason, before, after, device, prev_hash, hash (NULLs kept).
    static AuditEntry readEntry(const cache::Statement &row);

private:
    template <typename Visit> void scan(const AuditFilter &filter, Visit visit) const;
    AuditEntry appendInTransaction(AuditEntry entry);

    cache::Database &m_db;
};

} // namespace proofdesk::audit
