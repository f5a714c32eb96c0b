#pragma once

#include "cache/repositorystore.h"
#include "http/httpoptions.h"

#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace proofdesk::sync {

struct ConnectionTestResult
{
    bool ok = false;
    QString message; // translated: what was found, or the connector's error naming the request
    qint64 records = 0; // records on the first page
    bool more = false;  // the repository has more pages after it
};

// "Test connection": makes the repository's connector and fetches its first page of
// changes (repository info, login, first query) without applying anything to the cache.
// Synchronous; the desktop client runs it through ConnectionTestJob.
ConnectionTestResult testConnection(const cache::RepositoryInfo &repository, const QString &dataDir,
                                    bool useKeychain, const std::optional<HttpOptions> &httpDefaults = {});

// testConnection on a worker thread; finished arrives on the job's thread.
class ConnectionTestJob : public QObject
{
    Q_OBJECT

public:
    ConnectionTestJob(const cache::RepositoryInfo &repository, const QString &dataDir, QObject *parent = nullptr);
    ~ConnectionTestJob() override;

    void setUseKeychain(bool use) { m_useKeychain = use; }
    void setHttpDefaults(const HttpOptions &options) { m_http = options; }
    void start();
    const cache::RepositoryInfo &repository() const { return m_repository; }

signals:
    void finished(bool ok, const QString &message);

private:
    cache::RepositoryInfo m_repository;
    QString m_dataDir;
    bool m_useKeychain;
    std::optional<HttpOptions> m_http;
    QThread *m_thread = nullptr;
};

} // namespace proofdesk::sync
