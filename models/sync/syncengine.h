#pragma once

#include "cache/documentcache.h"
#include "cache/repositorystore.h"
#include "cache/rowbits.h"
#include "cachewriter.h"
#include "repositoryconnector.h"
#include "syncscope.h"

#include <atomic>
#include <functional>

namespace proofdesk::sync {

struct SyncProgress
{
    qint64 pages = 0;
    qint64 records = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0; // 0 when the repository cannot tell
    // After a bulk import: the secondary indexes being rebuilt (0 of 0 otherwise).
    int indexesBuilt = 0;
    int indexesTotal = 0;
};

struct SyncReport
{
    QString repository;
    sync::ApplyResult result;
    QByteArray cursor;
    QString error; // set when the sync stopped on a failure; pages before it are kept
    bool cancelled = false;
    // The scope's window let in letters the repository's last reading left out (a rolling
    // bound moved on, a wider scope): this sync read the repository again from its start.
    bool readAgainForScope = false;
    // Stored documents evicted as pages came in (SyncEngine::setDocumentCache).
    cache::DocumentCache::Eviction documents;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Pulls pages of changes from a connector and applies each with its cursor in one
// transaction on the writer connection. The next page is fetched (parsed, hashed) on a
// second thread while the current one is written, so the two cores both work.
class SyncEngine
{
public:
    explicit SyncEngine(cache::Database &writer);

    SyncReport sync(const cache::RepositoryInfo &repository, RepositoryConnector &connector,
                    const std::function<void(const SyncProgress &)> &progress = {},
                    const std::atomic_bool *cancel = nullptr);

    // A sync expected to bring at least this many records, and more than the cache holds,
    // runs as a bulk load (cache/bulkload.h), its pages committed together (commitDue). The
    // estimate is made after the first page from the bytes the repository reports, for the
    // whole sync, that page included; repositories that cannot tell their size never bulk load.
    void setBulkLoadMinimum(qint64 records) { m_bulkLoadMinimum = records; }
    // After each sync the cache's stored rows of common words and months (cache/rowbits.h)
    // are brought up to date, in caches of at least this many communications.
    void setStoredRowsMinimum(qint64 rows) { m_storedRows.minRows = rows; }
    // The content store the connector copies into and the data folder whose documents.limit
    // bounds it: after each page, what the page stored is listed for the bounded cache and
    // the store evicted back to its limit (DocumentCache::afterStoring).
    void setDocumentCache(const cache::ContentStore *store, const QString &dataDir)
    {
        m_store = store;
        m_dataDir = dataDir;
    }

    // Told of each held communication the repository deleted (records/helddeletiontrail.h
    // writes it to the audit trail); SyncService sets it for every sync it runs.
    void setHeldDeletionRecorder(HeldDeletionRecorder *recorder) { m_cacheWriter.setHeldDeletionRecorder(recorder); }

private:
    // Where a sync's time went (logged at its end).
    struct Timings
    {
        qint64 waitNs = 0;  // waiting for the connector: parse, hash, network
        qint64 applyNs = 0; // writing pages into the cache
        qint64 evictNs = 0; // keeping the content store within its limit
    };

    void applyPage(const cache::RepositoryInfo &repository, const ChangePage &page, SyncReport &report,
                   SyncProgress &state, Timings &timings);
    bool worthBulkLoading(const ChangePage &firstPage) const;
    // Whether the pages a sync holds are to be committed now (after `page`).
    bool commitDue(const ChangePage &page) const;
    void enlargePageCache();
    void restorePageCache();
    // Commits the pages held, with their last cursor.
    void commitPages(SyncReport &report);
    static SyncScope scopeOf(const cache::RepositoryInfo &repository, SyncReport &report);
    QByteArray cursorUnderScope(const cache::RepositoryInfo &repository, const SyncScope &scope, SyncReport &report);
    // The scope stored now, read again at the end of a sync: one a narrowing or a widening
    // stored meanwhile (*changed) is the one whose outside leaves the cache.
    SyncScope scopeAtEnd(const cache::RepositoryInfo &repository, const SyncScope &atStart, SyncReport &report,
                         bool *changed);
    void evictOutsideScope(const cache::RepositoryInfo &repository, const SyncScope &atStart, SyncReport &report);
    void rebuildDeferredIndexes(SyncReport &report, SyncProgress &state,
                                const std::function<void(const SyncProgress &)> &progress);
    // After the last page (or a stop): the indexes a bulk load deferred, the cache kept within
    // the scope, the stored rows' digest refreshed, and where the time went logged.
    void finishRun(const cache::RepositoryInfo &repository, const SyncScope &scope, SyncReport &report,
                   SyncProgress &state, const std::function<void(const SyncProgress &)> &progress,
                   const Timings &timings);

    // The pages applied since the last commit, and the rows the cache held before them.
    struct HeldPages
    {
        qint64 records = 0;
        qint64 rowsBefore = 0;
        QByteArray cursor;
        bool bulkLoad = false;
    };

    qint64 m_bulkLoadMinimum = 10000;
    HeldPages m_held;
    std::optional<qint64> m_pageCacheBefore; // the writer's page cache, while a sync enlarged it
    cache::RowBitsOptions m_storedRows;
    const cache::ContentStore *m_store = nullptr;
    QString m_dataDir;
    cache::Database &m_writer;
    sync::CacheWriter m_cacheWriter;
};

} // namespace proofdesk::sync
