#pragma once

#include "remotesearch.h"
#include "sync/http/httpoptions.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

namespace proofdesk::services {

// "Search the repositories too" for the desktop client: RemoteSearch on a worker thread with
// its own reader connection and connectors, progress and cancel (as SyncJob), and "Keep
// offline" on a worker with its own writer. One search at a time: a new one cancels the one
// under way, whose finished() still comes (isRunning() is then the newer one's). Signals arrive on the thread that
// created the job; nothing throws out of the workers.
class RemoteSearchJob : public QObject
{
    Q_OBJECT

public:
    RemoteSearchJob(const QString &databasePath, const QString &dataDir, QObject *parent = nullptr);
    // Cancels the search under way and waits for the workers.
    ~RemoteSearchJob() override;

    // Tests: no OS keychain, short HTTP patience, small pages.
    void setUseKeychain(bool use) { m_useKeychain = use; }
    void setHttpDefaults(const sync::HttpOptions &options) { m_http = options; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    // Asks every repository for what of `query` the cache does not hold, up to `wanted`
    // communications from each (RemoteSearch::run).
    void start(const QString &query, int wanted);
    // Aborts the request in flight (the connectors' HTTP session has the job's cancel flag: its
    // connection is closed within a few tens of milliseconds) and sends none after it, a type
    // definition or a next page alike; finished() follows with what had come (cancelled set).
    // Should the worker still be busy after kCancelAnswerMs (reading what came, not waiting for
    // a repository), the search is reported cancelled with nothing found then (#41: Cancel waited
    // 69 s for a server answering in 30 s); the worker's late answer is then dropped.
    void cancel();
    static constexpr int kCancelAnswerMs = 800;
    // Tests: how long that is instead. One far off makes every cancelled search end with its
    // worker's own answer, however loaded the machine (whose worker may take longer to end).
    void setCancelAnswerMs(int ms) { m_cancelAnswer.setInterval(ms); }
    bool isRunning() const { return m_running; }
    QString query() const { return m_query; }

    // The hits become cached records (RemoteSearch::keepOffline); keptOffline() follows.
    void keepOffline(const QList<RemoteHit> &hits);
    bool isKeeping() const { return m_keeping > 0; }

signals:
    void started(const QString &query);
    void progress(int repositoriesDone, int repositories, int pages);
    // Every search ends with finished() or failed(), also one a newer search cancelled.
    void finished(const QString &query, const proofdesk::services::RemoteSearchResult &result);
    // The cache could not be read (message says why): nobody was asked.
    void failed(const QString &query, const QString &message);
    // `ids` are cached now, at `rowids` (same order); `error` says why none or not all were.
    void keptOffline(const QStringList &ids, const QList<qint64> &rowids, const QString &error);

private:
    RemoteSearchResult run(const QString &query, int wanted, int generation, const std::atomic<bool> *cancel);
    void done(int generation, const QString &query, const RemoteSearchResult &result, const QString &error);
    void keep(const QList<RemoteHit> &hits);
    void answerCancel();

    QString m_databasePath;
    QString m_dataDir;
    bool m_useKeychain;
    std::optional<sync::HttpOptions> m_http;
    int m_pageSize = 100;
    // The job's thread only, but for m_generation, read by the workers' progress.
    std::atomic<int> m_generation{0};
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    QTimer m_cancelAnswer;      // a cancelled search still running this long is reported
    int m_cancelGeneration = 0; // the search that cancel() was asked for
    int m_reportedEarly = -1;   // its finished() came from answerCancel(): the worker's is dropped
    QString m_query;
    int m_keeping = 0;
    QThreadPool m_pool;
};

} // namespace proofdesk::services
