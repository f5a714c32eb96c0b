#pragma once

#include "cache/repositorystore.h"
#include "sync/documentfetch.h"
#include "sync/http/httpoptions.h"

#include <optional>

namespace proofdesk::cache {
class ContentStore;
}

namespace proofdesk::services {

// What asking for one communication's document came to.
struct FetchOnDemandResult
{
    enum class Status {
        Fetched,         // the bytes came: `outcome` says verified, failed or missing
        NotInCache,      // no communication with that id
        ArrivesWithDrop, // a drop's document comes with the drop and is never fetched
        Unreachable,     // the repository could not give the bytes (`error`); the cache is unchanged
    };
    Status status = Status::NotInCache;
    std::optional<cache::RepositoryInfo> repository;
    sync::DocumentFetch::Outcome outcome;
    QString error;
};

// Fetch on demand, the one way `proofdesk-cli fetch` and the desktop's detail pane
// (DocumentFetchJob) both take: the communication's repository looked up, drops refused, a
// connector made for the data folder (its keychain choice, the HTTP defaults), the bytes
// verified by DocumentFetch, and a verified document kept within documents.limit.
class FetchOnDemand
{
public:
    FetchOnDemand(const QString &dataDir, bool useKeychain, std::optional<sync::HttpOptions> httpDefaults = {});

    // A repository's failure (ConnectorError) is Unreachable; what the cache or the making of
    // the connector throws otherwise (SqliteError, no password) goes to the caller.
    FetchOnDemandResult fetch(cache::Database &writer, cache::ContentStore &store, const QString &communicationId,
                              sync::DocumentFetch::Source source = sync::DocumentFetch::Source::StoreWhenProven) const;

private:
    QString m_dataDir;
    bool m_useKeychain;
    std::optional<sync::HttpOptions> m_httpDefaults;
};

} // namespace proofdesk::services
