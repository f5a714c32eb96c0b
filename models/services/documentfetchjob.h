#pragma once

#include "sync/http/httpoptions.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <optional>

namespace proofdesk::services {

// Fetches communications' documents from their network repositories (FetchOnDemand) on
// worker threads, each with its own writer connection and connector, for the desktop
// client (the detail pane fetches what it is asked to show). One fetch per communication
// at a time; fetches of different communications run side by side, the newest request
// first when the workers are busy. A fetch is never cancelled by a newer one: whatever
// it brings is recorded in the cache. Signals arrive on the thread that created the job;
// nothing throws out of the workers.
class DocumentFetchJob : public QObject
{
    Q_OBJECT

public:
    DocumentFetchJob(const QString &databasePath, const QString &dataDir, QObject *parent = nullptr);
    // Waits for the fetches under way (queued ones are dropped).
    ~DocumentFetchJob() override;

    // Tests: no OS keychain, short HTTP patience.
    void setUseKeychain(bool use) { m_useKeychain = use; }
    void setHttpDefaults(const sync::HttpOptions &options) { m_http = options; }

    // Takes on a fetch of the communication's document; false (and nothing emitted) when
    // one of it is already under way.
    bool fetch(const QString &communicationId);
    bool isFetching(const QString &communicationId) const { return m_inFlight.contains(communicationId); }
    bool isRunning() const { return !m_inFlight.isEmpty(); }

signals:
    // A fetch was taken on; it runs as soon as a worker is free.
    void started(const QString &communicationId);
    // fixity: "verified", "failed" (message names the repository, the request and both
    // hashes), "missing" (the repository gives no hash to verify against), or empty when
    // the bytes could not be had: then message is a translated sentence naming the
    // repository and the request, and the cache is unchanged.
    void finished(const QString &communicationId, const QString &fixity, const QString &contentSha256,
                  const QString &message);

private:
    struct Result
    {
        QString fixity;
        QString contentSha256;
        QString message;
    };
    Result run(const QString &communicationId) const;
    void done(const QString &communicationId, const Result &result);

    QString m_databasePath;
    QString m_dataDir;
    bool m_useKeychain;
    std::optional<sync::HttpOptions> m_http;
    QSet<QString> m_inFlight; // the job's thread only
    int m_requests = 0;       // priority: the newest request first
    QThreadPool m_pool;
};

} // namespace proofdesk::services
