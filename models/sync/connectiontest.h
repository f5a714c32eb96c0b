#pragma once

#include "cache/repositorystore.h"
#include "http/httpoptions.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

class QThread;

namespace proofdesk::sync {

struct ConnectionTestResult
{
    bool ok = false;
    QString message;    // translated: what was found, or the connector's error naming the request
    qint64 records = 0; // records on the first page
    bool more = false;  // the repository has more pages after it
    // What does not fit the repository (a mapped property its CMIS type lacks), or the
    // error that stopped the test: one sentence each; empty when ok.
    QStringList problems;
    // What fits but is worth knowing: fields of the profile's default mapping that the
    // repository's type does not carry, left unread (RepositoryConnector::configurationWarnings).
    // Also in `message`.
    QStringList warnings;
    // What the first page's records say about the mapping (MappingSanity): values that look
    // like another field's, a sample no template version of which is known. Also in
    // `warnings` and `message`; `repo test` exits 1 with them.
    QStringList mappingWarnings;
    bool misconfigured = false; // the repository answered; the problems are about the configuration
};

// "Test connection" and `repo test`: makes the repository's connector, checks its
// configuration against the repository (RepositoryConnector::checkConfiguration: for CMIS,
// every mapped property against the type's definition) and fetches its first page of changes
// (repository info, login, first query) without applying anything to the cache.
// Synchronous; the desktop client runs it through ConnectionTestJob.
ConnectionTestResult testConnection(const cache::RepositoryInfo &repository, const QString &dataDir, bool useKeychain,
                                    const std::optional<HttpOptions> &httpDefaults = {});

// The configuration check alone, for a repository not saved yet (`repo add`), with the
// password given for it (nullopt: the stored one): the problems that stop it, and in
// `warnings` (where given) what only leaves fields unread. Throws ConnectorError when the
// repository cannot be asked (unreachable, sign-in refused).
QStringList checkConfiguration(const cache::RepositoryInfo &repository, const QString &dataDir,
                               const std::optional<QString> &secret, const HttpOptions &httpDefaults,
                               QStringList *warnings = nullptr);

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
