#pragma once

#include "cache/repositorystore.h"
#include "repositoryconnector.h"

#include <memory>

namespace proofdesk::cache {
class ContentStore;
}

namespace proofdesk::sync {

// The connector that speaks a configured repository's protocol. Throws ConnectorError for
// a kind this build cannot speak yet, naming it.
std::unique_ptr<RepositoryConnector> createConnector(const cache::RepositoryInfo &repository,
                                                     cache::ContentStore &store);

} // namespace proofdesk::sync
