#include "syncengine.h"

#include "cache/bulkload.h"
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
QFuture<Fetched> fetchAsync(RepositoryConnector &connector, const QByteArray &cursor,
                            ChangePage applied = {})
{
    return QtConcurrent::run([&connector, cursor, applied = std::move(applied)]() mutable {
        applied = ChangePage();
        Fetched f;
        try {
            f.page = connector.fetchChanges(cursor);
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

} // namespace

SyncEngine::SyncEngine(cache::Database &writer)
    : m_writer(writer)
    , m_cacheWriter(writer)
{
}

bool SyncEngine::worthBulkLoading(const ChangePage &firstPage) const
{
    const qint64 records = firstPage.recordCount() + firstPage.rejected.size();
    if (!firstPage.more || firstPage.bytesTotal <= 0 || firstPage.bytesRead <= 0 || records == 0)
        return false;
    const double bytesPerRecord = double(firstPage.bytesRead) / records;
    const qint64 expected = qint64((firstPage.bytesTotal - firstPage.bytesRead) / bytesPerRecord);
    return expected >= m_bulkLoadMinimum
           && expected > m_writer.queryInt("SELECT count(*) FROM communications");
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

SyncReport SyncEngine::sync(const cache::RepositoryInfo &repository, RepositoryConnector &connector,
                            const std::function<void(const SyncProgress &)> &progress,
                            const std::atomic_bool *cancel)
{
    SyncReport report;
    report.repository = repository.name;
    report.cursor = repository.cursor;
    // A run that an earlier sync began and did not finish: its rejected lines are this one's too.
    report.result.rejected = m_cacheWriter.rejectedInUnfinishedRun(repository.id);
    SyncProgress state;
    // Declared before the fetch that uses it, so that it outlives the guard's wait.
    std::optional<cache::StoreBudget> budget;
    if (m_store) {
        budget.emplace(cache::DocumentCache(m_writer, *m_store).room(m_dataDir));
        connector.setStoreBudget(&*budget);
    }
    struct BudgetReset
    {
        RepositoryConnector &connector;
        ~BudgetReset() { connector.setStoreBudget(nullptr); }
    } budgetReset{connector};
    QFuture<Fetched> next = fetchAsync(connector, repository.cursor);
    FetchGuard guard{&next};
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    ChangePage applied; // kept for the next fetch to free
    QElapsedTimer waitTimer, applyTimer, evictTimer;
    qint64 waitNs = 0, applyNs = 0, evictNs = 0;
    try {
        for (;;) {
            waitTimer.start();
            Fetched fetched = next.result();
            waitNs += waitTimer.nsecsElapsed();
            next = QFuture<Fetched>();
            if (!fetched.error.isEmpty() && cancelled()) {
                // The connector's wait or request was cut short by Cancel: not an outage.
                report.cancelled = true;
                break;
            }
            if (!fetched.error.isEmpty()) {
                report.error = fetched.error;
                cache::RepositoryStore(m_writer).recordError(repository.id, fetched.error);
                break;
            }
            ChangePage &page = fetched.page;
            if (page.more && !cancelled())
                next = fetchAsync(connector, page.nextCursor, std::move(applied));
            if (state.pages == 0 && worthBulkLoading(page))
                qCInfo(lcSync) << repository.name << "bulk load: dropped"
                               << cache::BulkLoad::deferIndexes(m_writer) << "secondary indexes";
            applyTimer.start();
            report.result.add(m_cacheWriter.applyPage(repository.id, page));
            applyNs += applyTimer.nsecsElapsed();
            crashPoint("sync-page-applied"); // tests: a crash after a page and its cursor are committed
            report.documents.notCopied += page.notStored;
            if (m_store && !page.storedObjects.isEmpty()) {
                evictTimer.start();
                report.documents.add(cache::DocumentCache(m_writer, *m_store).afterStoring(page.storedObjects, m_dataDir));
                evictNs += evictTimer.nsecsElapsed();
            }
            report.cursor = page.nextCursor;
            state.pages += 1;
            state.records += page.recordCount() + page.rejected.size();
            state.bytesRead = page.bytesRead;
            state.bytesTotal = page.bytesTotal;
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
    } catch (const cache::SqliteError &e) {
        // The failed page's transaction rolled back: the cache holds every page before it.
        report.error = e.isDiskFull()
                           ? QStringLiteral("%1: the disk holding the cache is full; every page "
                                            "before this one was kept. Free some space and sync "
                                            "again to continue.")
                                 .arg(connector.describe())
                           : QStringLiteral("%1: the cache could not be written (%2)")
                                 .arg(connector.describe(), QString::fromUtf8(e.what()));
        qCWarning(lcSync) << report.error;
    } catch (const std::exception &e) {
        report.error = QStringLiteral("%1: %2").arg(connector.describe(), QString::fromUtf8(e.what()));
        qCWarning(lcSync) << report.error;
    }
    rebuildDeferredIndexes(report, state, progress);
    // Where the time went: waiting for the connector (parse, hash, network) vs writing, and
    // keeping the content store within its limit.
    qCDebug(lcSync) << repository.name << "pages" << state.pages << "waited for connector"
                    << waitNs / 1000000 << "ms, wrote" << applyNs / 1000000 << "ms, evicted"
                    << evictNs / 1000000 << "ms";
    return report;
}

} // namespace proofdesk::sync
