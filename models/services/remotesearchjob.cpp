#include "remotesearchjob.h"

#include "cache/cachefile.h"
#include "cache/contentstore.h"
#include "sync/connectorfactory.h"
#include "sync/credentials/credentialstore.h"

#include <QMetaObject>

namespace proofdesk::services {

RemoteSearchJob::RemoteSearchJob(const QString &databasePath, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_useKeychain(sync::CredentialStore::defaultUseKeychain())
{
    // A search (or the last one, ending after a cancel) and a Keep offline side by side.
    m_pool.setMaxThreadCount(3);
    m_pool.setObjectName(QStringLiteral("remotesearch"));
    m_cancelAnswer.setSingleShot(true);
    m_cancelAnswer.setInterval(kCancelAnswerMs);
    connect(&m_cancelAnswer, &QTimer::timeout, this, &RemoteSearchJob::answerCancel);
}

RemoteSearchJob::~RemoteSearchJob()
{
    if (m_cancel)
        *m_cancel = true;
    m_pool.waitForDone();
    // Answers posted by the workers are dropped with this object's pending events.
}

void RemoteSearchJob::start(const QString &query, int wanted)
{
    cancel();
    const int generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelFlag;
    m_running = true;
    m_query = query;
    emit started(query);
    m_pool.start([this, query, wanted, generation, cancelFlag] {
        QString error;
        RemoteSearchResult result;
        try {
            result = run(query, wanted, generation, cancelFlag.get());
        } catch (const std::exception &e) { // the cache could not be read
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, generation, query, result, error] { done(generation, query, result, error); },
            Qt::QueuedConnection);
    });
}

void RemoteSearchJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_running && !m_cancelAnswer.isActive()) {
        m_cancelGeneration = m_generation;
        m_cancelAnswer.start();
    }
}

void RemoteSearchJob::answerCancel()
{
    if (!m_running || m_cancelGeneration != m_generation)
        return; // it ended in time, or a newer search runs
    m_running = false;
    m_reportedEarly = m_generation;
    RemoteSearchResult result;
    result.cancelled = true;
    emit finished(m_query, result);
}

// Runs on a worker thread.
RemoteSearchResult RemoteSearchJob::run(const QString &query, int wanted, int generation,
                                        const std::atomic<bool> *cancel)
{
    cache::Database reader = cache::CacheFile::openReader(m_databasePath);
    cache::ContentStore store(m_dataDir);
    sync::ConnectorEnvironment environment =
        sync::ConnectorEnvironment::forDataFolder(m_dataDir, m_useKeychain, m_http);
    // Cancel reaches the HTTP session: the request in flight is aborted (its connection closed)
    // and none is sent after it, a type definition or a next page alike.
    environment.cancel = cancel;
    RemoteSearch search(reader, [&store, &environment](const cache::RepositoryInfo &repo) {
        return sync::createConnector(repo, store, environment);
    });
    search.setPageSize(m_pageSize);
    search.setCancelFlag(cancel);
    search.setProgress([this, generation](const RemoteSearchProgress &p) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, p] {
                if (generation == m_generation)
                    emit progress(p.repositoriesDone, p.repositories, p.pages);
            },
            Qt::QueuedConnection);
    });
    return search.run(query, wanted);
}

void RemoteSearchJob::done(int generation, const QString &query, const RemoteSearchResult &result, const QString &error)
{
    if (generation == m_reportedEarly)
        return; // said cancelled already (answerCancel)
    // A search a newer one replaced still says what it asked (the trail records it); the
    // newer one is running then (isRunning()).
    if (generation == m_generation) {
        m_running = false;
        m_cancelAnswer.stop();
    }
    if (!error.isEmpty())
        emit failed(query, error);
    else
        emit finished(query, result);
}

void RemoteSearchJob::keepOffline(const QList<RemoteHit> &hits)
{
    ++m_keeping;
    m_pool.start([this, hits] { keep(hits); });
}

// Runs on a worker thread.
void RemoteSearchJob::keep(const QList<RemoteHit> &hits)
{
    QStringList ids;
    QList<qint64> rowids;
    QString error;
    try {
        cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
        const sync::ApplyResult applied = RemoteSearch::keepOffline(writer, hits);
        QStringList refused;
        for (const sync::RejectedRecord &r : applied.rejected)
            refused << r.reason;
        error = refused.join(QLatin1Char('\n'));
        cache::Statement st = writer.prepare("SELECT rowid FROM communications WHERE id = ?1");
        for (const RemoteHit &hit : hits) {
            st.reset();
            st.bind(1, hit.record.id);
            if (st.step()) {
                ids << hit.record.id;
                rowids << st.columnInt(0);
            }
        }
    } catch (const std::exception &e) { // the cache could not be written
        error = QString::fromUtf8(e.what());
    }
    QMetaObject::invokeMethod(
        this,
        [this, ids, rowids, error] {
            --m_keeping;
            emit keptOffline(ids, rowids, error);
        },
        Qt::QueuedConnection);
}

} // namespace proofdesk::services
