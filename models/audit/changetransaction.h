#pragma once

#include "auditentry.h"
#include "cache/sqlite.h"

#include <QList>

namespace proofdesk::audit {

// A change to cache.sqlite and its entries in the audit trail as one (issue #44): records.sqlite
// is attached to the cache's connection as `rec`, and in WAL mode SQLite commits the two files
// one after the other, the cache first. Killed between the two, or with records.sqlite's disk
// full at that moment, an administrator's change (a scope, a repository, documents.limit) stood
// in the cache and its entry nowhere. While a StagedEntries lives on a connection, every entry
// appended to the trail on it is also written into the cache (trail_staged, cache migration 12)
// by the same transaction: whatever of the commit lands, a change never lands without its
// entry. Once records.sqlite has the entry the staged copy is deleted; finishStagedEntries()
// appends what records.sqlite never got.
class StagedEntries
{
public:
    explicit StagedEntries(cache::Database &db);
    ~StagedEntries();
    StagedEntries(const StagedEntries &) = delete;
    StagedEntries &operator=(const StagedEntries &) = delete;

    // The staging that entries appended on `db` now go to (the innermost), or nullptr.
    static StagedEntries *of(const cache::Database &db);
    // Called by AuditTrail in the transaction that appended `seq`: copies it into the cache.
    void stage(qint64 seq);

    bool isEmpty() const { return m_rows.isEmpty(); }
    // After a COMMIT that failed: whether the cache's part landed all the same (the copies
    // staged here are in the cache as committed), which leaves the change stored.
    bool landedInCache() const;
    // Deletes the copies records.sqlite now has; a failure leaves them for finishStagedEntries().
    void clearConfirmed() noexcept;

private:
    cache::Database &m_db;
    QList<qint64> m_rows; // trail_staged ids
};

// What a change to the cache and its entries use instead of cache::Transaction: BEGIN
// IMMEDIATE (both files), the entries appended meanwhile staged in the cache, and after the
// commit the staged copies cleared. A commit whose cache part landed and whose records part
// did not (a full disk) throws EntryKeptInCache: the change is stored, and so is its entry, in
// the cache until records.sqlite takes it.
class ChangeTransaction
{
public:
    explicit ChangeTransaction(cache::Database &db);
    void commit();

private:
    cache::Transaction m_tx;
    StagedEntries m_staged;
};

// A commit that stored the change (and its entry in the cache) but could not write the entry
// into records.sqlite: not "nothing was written". Keeps the cause's code and errno (a full disk).
class EntryKeptInCache : public cache::SqliteError
{
public:
    explicit EntryKeptInCache(const cache::SqliteError &cause);
};

// Appends to the trail, in order, each staged entry records.sqlite does not have (at the head
// the trail has now: an entry of its seq and hash, or that entry again after the entries
// appended since) and deletes the staged copies records.sqlite has. At every opening of a data
// folder and before every records action; one query when there is nothing staged. Returns how
// many entries were appended. Throws SqliteError (a full disk: the copies wait).
int finishStagedEntries(cache::Database &db);

} // namespace proofdesk::audit
