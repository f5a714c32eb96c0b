#pragma once

#include "contentstore.h"
#include "documentlimit.h"
#include "sqlite.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace proofdesk::cache {

// The content store as a bounded cache (DESIGN.md "The cache"): the table doc_objects lists
// the objects in DATA/objects with their size and when they were last viewed; evict() takes
// the least recently viewed out until the store is within its limit. Never evicted: the
// bytes of a communication under an active hold (local holds, the team's mirrored holds and
// the repository's own: records::holdsql) and bytes pinned by work under way (DocumentPin).
// An evicted document is read again from its drop or repository and verified before it is
// shown (sync::DocumentSource, the detail pane's fetch).
//
// Objects are written by whoever brings bytes (an import of a drop on removable storage, a
// fetch): reconcile() brings the table in step with the folder afterwards, a folder of the
// store at a time, so nobody who writes an object needs the database for it.
class DocumentCache
{
public:
    DocumentCache(Database &writer, const ContentStore &store);

    using Usage = DocumentUsage;
    static Usage usage(Database &db, const QString &dataDir) { return DocumentUsage::read(db, dataDir); }

    // The communication's document was viewed (shown, exported) at nowMs: one indexed update
    // of its object's row, nothing when its bytes are not in the store (read in place).
    static void markViewed(Database &writer, const QString &communicationId, qint64 nowMs);

    // Called after each folder of the store with (done, 256).
    using Progress = std::function<void(int done, int total)>;
    // Rows for objects found in the folder (size and modification time), none for objects
    // gone from it. Returns the number of rows added or removed.
    int reconcile(const Progress &progress = {});

    struct Eviction
    {
        qint64 objects = 0;    // evicted
        qint64 bytes = 0;      // evicted
        qint64 bytesAfter = 0; // in the store afterwards
        qint64 limit = 0;
        bool keptOverLimit = false; // what is left over the limit is held or pinned
        // Documents a sync left out of the store, the limit being reached (StoreBudget).
        qint64 notCopied = 0;

        // Adds an eviction that came after this one (pages of an import, then its end).
        void add(const Eviction &later)
        {
            objects += later.objects;
            bytes += later.bytes;
            bytesAfter = later.bytesAfter;
            limit = later.limit;
            keptOverLimit = later.keptOverLimit;
            notCopied += later.notCopied;
        }
    };
    // Evicts least recently viewed objects (oldest used_at first) until the store holds at
    // most `limit` bytes. Each batch is one transaction that also deletes the files, so a
    // pin or a hold made meanwhile is seen by the next batch. progress: bytes evicted so far
    // of those to evict.
    Eviction evict(qint64 limit, const std::function<void(qint64 done, qint64 toEvict)> &progress = {});
    // An object just brought into the store for someone to view (a fetch on demand): its row,
    // used now, then evict() to the limit in force; the rest of the store is not walked.
    Eviction afterFetch(const QString &sha256, const QString &dataDir);
    // Objects just written into the store by an import (rows, used now), then evict() to the
    // limit in force when the store is over it: a copying import of a drop larger than the
    // limit stays within it as it goes, instead of filling the disk until its end.
    Eviction afterStoring(const QList<StoredObject> &objects, const QString &dataDir);
    // What a sync may still copy into the store: the limit in force less what the table
    // lists (at least 0).
    qint64 room(const QString &dataDir);
    // reconcile() and evict() to the limit in force: after an import, a sync, a fetch, and on
    // "free space now".
    Eviction enforceLimit(const QString &dataDir);

private:
    int reconcileFolder(const QString &prefix);
    qint64 storedBytes();
    void collectKept(qint64 nowMs);

    Database &m_writer;
    const ContentStore &m_store;
};

// Keeps objects from eviction while work that reads them is under way (an evidence package
// being built), in the database so that another process's eviction sees it too. The pin
// ends when this object does, or after `ttlMs` if the process dies holding it.
class DocumentPin
{
public:
    DocumentPin(Database &writer, const QStringList &sha256s, qint64 ttlMs = 3600 * 1000);
    ~DocumentPin();
    DocumentPin(const DocumentPin &) = delete;
    DocumentPin &operator=(const DocumentPin &) = delete;

private:
    Database &m_writer;
    QString m_token;
};

} // namespace proofdesk::cache
