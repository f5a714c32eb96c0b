#include "syncengine.h"

#include "cache/bulkload.h"
#include "cache/communicationcount.h"
#include "cache/repositorystore.h"
#include "cache/rowbits.h"
#include "util/crashpoint.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

Q_LOGGING_CATEGORY(lcSync, "proofdesk.sync")

namespace proofdesk::sync {

namespace {

struct Fetched
{
    ChangePage page;
    QString error;
};

// Exceptions must not cross the thread boundary: they become an error value here.
// `applied` is a page the writer is done with, freed here where pages are made: freeing its
// hundred thousand strings cost the writer ~1 µs a record, and contended with the parser for
// its malloc arena.
QFuture<Fetched> fetchAsync(RepositoryConnector &connector, const QByteArray &cursor, ChangePage applied = {})
{
    return QtConcurrent::run([&connector, cursor, applied = std::move(applied)]() mutable {
        applied = ChangePage();
        Fetched f;
        try {
            f.page = connector.fetchChanges(cursor);
            f.page.readFrom = cursor;
        } catch (const std::exception &e) {
            f.error = QString::fromUtf8(e.what());
        }
        return f;
    });
}

// Waits for an in-flight fetch before the connector it uses can go away.
struct FetchGuard
{
    QFuture<Fetched> *future;
    ~FetchGuard()
    {
        if (future->isValid())
            future->waitForFinished();
    }
};

// Lends the connector a budget for the content store for one sync, and takes it back.
struct BudgetLoan
{
    RepositoryConnector &connector;
    ~BudgetLoan() { connector.setStoreBudget(nullptr); }
};

// Waits for the page in flight, adding the wait to `waitNs`; the future is left empty.
Fetched awaitPage(QFuture<Fetched> &next, qint64 &waitNs)
{
    QElapsedTimer waitTimer;
    waitTimer.start();
    Fetched fetched = next.result();
    waitNs += waitTimer.nsecsElapsed();
    next = QFuture<Fetched>();
    return fetched;
}

// Whether a failed fetch ends the sync, and how the report says so: a fetch that Cancel cut
// short (the connector's wait or request) is no outage and is not recorded as one.
bool stopsOnFetchError(const Fetched &fetched, bool cancelled, cache::Database &writer,
                       const cache::RepositoryInfo &repository, SyncReport &report)
{
    if (fetched.error.isEmpty())
        return false;
    if (cancelled) {
        report.cancelled = true;
        return true;
    }
    report.error = fetched.error;
    cache::RepositoryStore(writer).recordError(repository.id, fetched.error);
    return true;
}

// The failed page's transaction rolled back: the cache holds every page before it.
QString cacheWriteFailure(const RepositoryConnector &connector, const cache::SqliteError &e)
{
    return e.isDiskFull() ? QStringLiteral("%1: the disk holding the cache is full; what was "
                                           "committed before was kept. Free some space and sync "
                                           "again to continue.")
                                .arg(connector.describe())
                          : QStringLiteral("%1: the cache could not be written (%2)")
                                .arg(connector.describe(), QString::fromUtf8(e.what()));
}

// The common words' and the months' stored rows brought up to the sync's rows (rowbits.h).
// Search is right without them, only slower: a failure is logged and the sync stands.
void refreshStoredRows(cache::Database &writer, const QString &repository, const cache::RowBitsOptions &options)
{
    try {
        QElapsedTimer timer;
        timer.start();
        cache::refreshRowBits(writer, options);
        qCDebug(lcSync) << repository << "stored rows refreshed in" << timer.elapsed() << "ms";
    } catch (const std::exception &e) {
        qCWarning(lcSync) << repository << "the stored rows for counting could not be refreshed:" << e.what();
    }
}

} // namespace

SyncEngine::SyncEngine(cache::Database &writer)
    : m_writer(writer)
    , m_cacheWriter(writer)
{}

// The repository's sync scope; a stored one that no longer parses keeps everything, and
// the report says so.
SyncScope SyncEngine::scopeOf(const cache::RepositoryInfo &repository, SyncReport &report)
{
    QString problem;
    SyncScope scope = SyncScope::ofSettings(repository.settings, &problem);
    if (!problem.isEmpty())
        report.result.warnings << RejectedRecord{repository.name, 0, problem};
    return scope;
}

// Where to read the repository from under today's scope. The cursor went past what was
// outside the scope the last sync read under; when today's window admits more (a rolling
// `issued:<now-3d` moved on a day, the scope was widened, the repository was last read
// before scopes were noted and the scope rolls), the repository is read again from its start
// (a CMIS repository is asked for what lies in the scope; the cache writer skips what it
// holds unchanged). The scope read under is noted in the same transaction as the cursor.
QByteArray SyncEngine::cursorUnderScope(const cache::RepositoryInfo &repository, const SyncScope &scope,
                                        SyncReport &report)
{
    const auto readUnder = SyncScope::fromResolvedJson(repository.scopeRead);
    const bool admitsMore = !repository.cursor.isEmpty() && (readUnder ? !scope.within(*readUnder) : scope.rolls());
    cache::RepositoryStore store(m_writer);
    cache::Transaction tx(m_writer);
    if (admitsMore)
        store.clearCursor(repository.id);
    store.setScopeRead(repository.id, scope.resolvedJson());
    tx.commit();
    report.readAgainForScope = admitsMore;
    if (admitsMore)
        qCInfo(lcSync) << repository.name
                       << "the sync scope now admits letters the last reading left out: "
                          "reading the repository again from its start";
    return admitsMore ? QByteArray() : repository.cursor;
}

// What left the scope since the last sync (a rolling window moved, the scope was narrowed):
// after a complete sync only, so that nothing is removed on a half-read repository.
// With the scope stored now (scopeAtEnd). One changed during the sync is applied whatever
// became of the sync: the change promised that what lies outside it leaves, and this sync may
// have brought some in.
void SyncEngine::evictOutsideScope(const cache::RepositoryInfo &repository, const SyncScope &atStart,
                                   SyncReport &report)
{
    bool changedMeanwhile = false;
    const SyncScope scope = scopeAtEnd(repository, atStart, report, &changedMeanwhile);
    if ((!report.ok() && !changedMeanwhile) || scope.keepsEverything())
        return;
    try {
        m_cacheWriter.evictOutsideScope(repository, scope, report.result);
    } catch (const std::exception &e) {
        report.error = QStringLiteral("%1: the communications outside the sync scope could not be removed: %2")
                           .arg(repository.name, QString::fromUtf8(e.what()));
        qCWarning(lcSync) << report.error;
    }
}

// Issue #44: a narrowing stored while a sync ran removed what the cache held then, and the
// sync's later pages, taken under the old scope, stayed until the next sync. A widening's
// cleared cursor was overwritten by the sync's pages, so the next sync never read again what
// the new scope takes in.
SyncScope SyncEngine::scopeAtEnd(const cache::RepositoryInfo &repository, const SyncScope &atStart, SyncReport &report,
                                 bool *changed)
{
    *changed = false;
    const auto now = cache::RepositoryStore(m_writer).findById(repository.id);
    const QString key = QStringLiteral("scope");
    if (!now || now->settings.value(key) == repository.settings.value(key))
        return atStart; // removed meanwhile (nothing of it is left), or the same scope
    *changed = true;
    SyncScope scope = scopeOf(*now, report);
    if (!scope.within(atStart)) {
        cache::RepositoryStore(m_writer).clearCursor(repository.id); // as the widening did
        report.cursor.clear();
    }
    return scope;
}

bool SyncEngine::worthBulkLoading(const ChangePage &firstPage) const
{
    const qint64 records = firstPage.recordCount() + firstPage.rejected.size();
    if (!firstPage.more || firstPage.bytesTotal <= 0 || firstPage.bytesRead <= 0 || records == 0)
        return false;
    // The whole sync, this page included: a drop of 100,000 letters without delivery events was
    // estimated at 95,000 (the rest after its first page) and written row by row, every index
    // kept (issue 66: 13 times its cache's size written).
    const double bytesPerRecord = double(firstPage.bytesRead) / records;
    const qint64 expected = qint64(firstPage.bytesTotal / bytesPerRecord);
    return expected >= m_bulkLoadMinimum && expected > cache::countCommunications(m_writer);
}

// A sync's pages are committed together until they hold a quarter of the rows the cache held
// before them (a page's worth at least): each commit writes every page of an index its rows
// touched, and ids, customers and issue times come in no order (the id's unique index in a bulk
// load; every index in a sync smaller than the cache), so that a letter's share of those pages,
// and the bytes a letter costs, stay the same however large the cache has grown. The pages
// hold the cache's lock alone (cache::Locks::CacheOnly): searches and records actions, which
// write records.sqlite, go on beside them. The last page is committed with its cursor, and so
// is a page whose documents the content store keeps (DocumentCache::afterStoring evicts after
// their rows are committed).
bool SyncEngine::commitDue(const ChangePage &page) const
{
    // A bulk load into an empty cache holds 5,000 at least; a sync into a small cache commits
    // each page as it comes (its indexes are small), so that a kill loses little.
    constexpr qint64 kFewestBulkLoaded = 5000;
    const qint64 due = m_held.bulkLoad ? qMax(kFewestBulkLoaded, m_held.rowsBefore / 4) : m_held.rowsBefore / 4;
    return !m_cacheWriter.holdsPages() || !page.more || !page.storedObjects.isEmpty() || m_held.records >= due;
}

// The page cache for pages that keep every index: a leaf they dirtied that the cache spills to
// the log before their commit is written there again when dirtied again (a connection's 64
// MiB held a fraction of the leaves 5,000 letters dirty in a cache of 250,000). The memory is
// taken as pages are read, up to the limit, and given back when the sync ends. Committing once
// the cache spilled was tried: at 250,000 letters a page alone spilled, so every page was
// committed, and the bytes were those of a commit a page (docs/import.md, I12).
void SyncEngine::enlargePageCache()
{
    constexpr qint64 kHeldPageCacheKiB = 256 * 1024;
    const qint64 size = m_writer.queryInt("PRAGMA cache_size");
    if (size >= 0 || -size >= kHeldPageCacheKiB) // pages (not KiB) were set, or as much already
        return;
    m_pageCacheBefore = size;
    m_writer.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kHeldPageCacheKiB));
}

void SyncEngine::restorePageCache()
{
    if (!m_pageCacheBefore)
        return;
    try {
        m_writer.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_pageCacheBefore));
    } catch (const cache::SqliteError &) {
        // Only a size: the connection's larger one stays until it closes.
    }
    m_pageCacheBefore.reset();
}

void SyncEngine::commitPages(SyncReport &report)
{
    m_cacheWriter.commitHeld();
    report.cursor = m_held.cursor;
    m_held.rowsBefore += m_held.records;
    m_held.records = 0;
    crashPoint("sync-page-applied"); // tests: a crash after a page and its cursor are committed
}

// Whatever ended the sync (done, cancelled, failed), the cache gets its indexes back before
// anyone searches it; a failure here leaves them listed for CacheFile::prepare to rebuild.
void SyncEngine::rebuildDeferredIndexes(SyncReport &report, SyncProgress &state,
                                        const std::function<void(const SyncProgress &)> &progress)
{
    try {
        if (cache::BulkLoad::pendingIndexes(m_writer) == 0)
            return;
        QElapsedTimer timer;
        timer.start();
        cache::BulkLoad::restoreIndexes(m_writer, [&](int built, int total) {
            state.indexesBuilt = built;
            state.indexesTotal = total;
            if (progress)
                progress(state);
        });
        qCInfo(lcSync) << report.repository << "rebuilt the secondary indexes in" << timer.elapsed() << "ms";
    } catch (const std::exception &e) {
        if (report.error.isEmpty())
            report.error = QStringLiteral("the cache's indexes could not be rebuilt (%1); they will be "
                                          "rebuilt when the cache is next opened")
                               .arg(QString::fromUtf8(e.what()));
        qCWarning(lcSync) << report.error;
    }
}

// One page from the connector into the cache (with its cursor, in one transaction), then
// the content store back within its limit and the progress told.
void SyncEngine::applyPage(const cache::RepositoryInfo &repository, const ChangePage &page, SyncReport &report,
                           SyncProgress &state, Timings &timings)
{
    if (state.pages == 0) {
        const bool bulk = worthBulkLoading(page);
        if (bulk)
            qCInfo(lcSync) << repository.name << "bulk load: dropped" << cache::BulkLoad::deferIndexes(m_writer)
                           << "secondary indexes";
        m_cacheWriter.holdCommits(true);
        if (!bulk)
            enlargePageCache();
        m_held = HeldPages{0, cache::countCommunications(m_writer), {}, bulk};
    }
    QElapsedTimer applyTimer;
    applyTimer.start();
    if (sync::CacheWriter::deletes(page) && m_cacheWriter.holdsPages())
        commitPages(report); // the page is applied in a transaction of its own (cachewriter.h)
    report.result.add(m_cacheWriter.applyPage(repository.id, page));
    m_held.records += page.communications.size() + page.deliveryEvents.size();
    m_held.cursor = page.nextCursor;
    if (commitDue(page))
        commitPages(report);
    timings.applyNs += applyTimer.nsecsElapsed();
    report.documents.notCopied += page.notStored;
    if (m_store && !page.storedObjects.isEmpty()) {
        QElapsedTimer evictTimer;
        evictTimer.start();
        report.documents.add(cache::DocumentCache(m_writer, *m_store).afterStoring(page.storedObjects, m_dataDir));
        timings.evictNs += evictTimer.nsecsElapsed();
    }
    state.pages += 1;
    state.records += page.recordCount() + page.rejected.size();
    state.bytesRead = page.bytesRead;
    state.bytesTotal = page.bytesTotal;
}

SyncReport SyncEngine::sync(const cache::RepositoryInfo &repository, RepositoryConnector &connector,
                            const std::function<void(const SyncProgress &)> &progress, const std::atomic_bool *cancel)
{
    SyncReport report;
    report.repository = repository.name;
    // A run that an earlier sync began and did not finish: its rejected lines are this one's too.
    report.result.rejected = m_cacheWriter.rejectedInUnfinishedRun(repository.id);
    SyncProgress state;
    const SyncScope scope = scopeOf(repository, report);
    report.cursor = cursorUnderScope(repository, scope, report);
    m_held = HeldPages{0, 0, report.cursor};
    m_cacheWriter.setScope(scope.keepsEverything() ? nullptr : &scope);
    // Declared before the fetch that uses it, so that it outlives the guard's wait.
    std::optional<cache::StoreBudget> budget;
    if (m_store) {
        budget.emplace(cache::DocumentCache(m_writer, *m_store).room(m_dataDir));
        connector.setStoreBudget(&*budget);
    }
    BudgetLoan budgetLoan{connector};
    QFuture<Fetched> next = fetchAsync(connector, report.cursor);
    FetchGuard guard{&next};
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    ChangePage applied; // kept for the next fetch to free
    Timings timings;
    try {
        for (;;) {
            Fetched fetched = awaitPage(next, timings.waitNs);
            if (stopsOnFetchError(fetched, cancelled(), m_writer, repository, report))
                break;
            ChangePage &page = fetched.page;
            if (page.more && !cancelled())
                next = fetchAsync(connector, page.nextCursor, std::move(applied));
            applyPage(repository, page, report, state, timings);
            if (progress)
                progress(state);
            applied = std::move(page);
            if (!applied.more)
                break;
            if (cancelled()) {
                report.cancelled = true;
                break;
            }
        }
        if (m_cacheWriter.holdsPages()) // what a bulk load holds at a cancel or a failed fetch: whole pages
            commitPages(report);
    } catch (const cache::SqliteError &e) {
        m_cacheWriter.rollbackHeld();
        report.error = cacheWriteFailure(connector, e);
        qCWarning(lcSync) << report.error;
    } catch (const std::exception &e) {
        m_cacheWriter.rollbackHeld();
        report.error = QStringLiteral("%1: %2").arg(connector.describe(), QString::fromUtf8(e.what()));
        qCWarning(lcSync) << report.error;
    }
    m_cacheWriter.holdCommits(false);
    restorePageCache();
    finishRun(repository, scope, report, state, progress, timings);
    return report;
}

void SyncEngine::finishRun(const cache::RepositoryInfo &repository, const SyncScope &scope, SyncReport &report,
                           SyncProgress &state, const std::function<void(const SyncProgress &)> &progress,
                           const Timings &timings)
{
    rebuildDeferredIndexes(report, state, progress);
    m_cacheWriter.setScope(nullptr);
    evictOutsideScope(repository, scope, report);
    refreshStoredRows(m_writer, repository.name, m_storedRows);
    // Where the time went: waiting for the connector (parse, hash, network) vs writing, and
    // keeping the content store within its limit.
    qCDebug(lcSync) << repository.name << "pages" << state.pages << "waited for connector" << timings.waitNs / 1000000
                    << "ms, wrote" << timings.applyNs / 1000000 << "ms, evicted" << timings.evictNs / 1000000 << "ms";
}

} // namespace proofdesk::sync
