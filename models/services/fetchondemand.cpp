#include "fetchondemand.h"

#include "cache/documentcache.h"
#include "sync/connectorfactory.h"

namespace proofdesk::services {

FetchOnDemand::FetchOnDemand(const QString &dataDir, bool useKeychain, std::optional<sync::HttpOptions> httpDefaults)
    : m_dataDir(dataDir)
    , m_useKeychain(useKeychain)
    , m_httpDefaults(std::move(httpDefaults))
{}

FetchOnDemandResult FetchOnDemand::fetch(cache::Database &writer, cache::ContentStore &store,
                                         const QString &communicationId, sync::DocumentFetch::Source source) const
{
    FetchOnDemandResult result;
    result.repository = sync::DocumentFetch::repositoryOf(writer, communicationId);
    if (!result.repository)
        return result; // NotInCache
    if (!sync::DocumentFetch::fetchesOnDemand(result.repository->kind)) {
        result.status = FetchOnDemandResult::Status::ArrivesWithDrop;
        return result;
    }
    try {
        auto environment = sync::ConnectorEnvironment::forDataFolder(m_dataDir, m_useKeychain, m_httpDefaults);
        auto connector = sync::createConnector(*result.repository, store, std::move(environment));
        result.outcome = sync::DocumentFetch(writer, result.repository->id, *connector).fetch(communicationId, source);
    } catch (const sync::ConnectorError &e) {
        result.status = FetchOnDemandResult::Status::Unreachable;
        result.error = e.message();
        return result;
    }
    result.status = FetchOnDemandResult::Status::Fetched;
    if (result.outcome.fixity == domain::Fixity::Verified) // within documents.limit, this one kept
        cache::DocumentCache(writer, store).afterFetch(result.outcome.contentSha256, m_dataDir);
    return result;
}

} // namespace proofdesk::services
