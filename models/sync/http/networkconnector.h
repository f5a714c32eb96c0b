#pragma once

#include "cache/repositorystore.h"
#include "httpsession.h"
#include "provendocuments.h"
#include "sync/credentials/credentialstore.h"
#include "sync/repositoryconnector.h"

#include <atomic>
#include <optional>

namespace proofdesk::cache {
class ContentStore;
}

namespace proofdesk::sync {

// What a network connector needs from its surroundings besides its repository's settings.
struct ConnectorEnvironment
{
    QString dataDir; // the data folder: cache.sqlite (read-only id comparisons), partial downloads
    cache::ContentStore *store = nullptr;
    CredentialStore credentials;
    HttpOptions httpDefaults; // tests shorten timeouts and backoff here
    // The job's Cancel flag (not owned, outlives the connector): ends the connector's HTTP
    // waits and requests in flight with CancelledError.
    const std::atomic_bool *cancel = nullptr;
    // A password given now and not stored yet: `repo add` checks the repository with it
    // before anything is saved. Otherwise the secret comes from RepositorySecret.
    std::optional<QString> secret;

    // What the sync, document fetch and connection test jobs give a connector: the data
    // folder, the keychain (or the session's memory without one) and, when a test shortens
    // them, HTTP defaults.
    static ConnectorEnvironment forDataFolder(const QString &dataDir, bool useKeychain,
                                              const std::optional<HttpOptions> &httpDefaults = {})
    {
        ConnectorEnvironment environment;
        environment.dataDir = dataDir;
        environment.credentials = CredentialStore(useKeychain);
        if (httpDefaults)
            environment.httpDefaults = *httpDefaults;
        return environment;
    }
};

// The common part of the HTTP connectors: repository identity, the HTTP session, the
// secret (read lazily on the sync thread), document downloads into the content store.
class NetworkConnector : public RepositoryConnector
{
public:
    NetworkConnector(const cache::RepositoryInfo &repository, ConnectorEnvironment environment);

    QString describe() const override;
    const cache::RepositoryInfo &repository() const { return m_repository; }

protected:
    QString setting(const char *key, const QString &fallback = {}) const;
    int intSetting(const char *key, int fallback) const;
    QString user() const { return setting("user"); }
    // The secret for user() (RepositorySecret: keychain, password file, systemd credential);
    // throws ConnectorError (naming the repository) when none is known.
    QString secret() const;
    // Downloads url into the content store via a resumable partial file (HTTP Range),
    // verified against ref.expectedSha256 when given; returns the stored SHA-256.
    QString download(const QUrl &url, const DocumentRef &ref);
    QUrl resolve(const QString &pathOrUrl) const;

    cache::RepositoryInfo m_repository;
    ConnectorEnvironment m_env;
    HttpSession m_http;
    // What a prefetch may take from the store without a download (DocumentPrefetch::fetchAll).
    ProvenDocuments m_proven{m_env.dataDir, m_repository.id};
};

} // namespace proofdesk::sync
