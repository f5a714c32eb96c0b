#pragma once

#include "cache/repositorystore.h"
#include "http/networkconnector.h"
#include "repositoryconnector.h"

#include <memory>

namespace proofdesk::cache {
class ContentStore;
}

namespace proofdesk::sync {

// The kinds this build can speak: drop, cmis, archivesspace, workflow, delivery.
QStringList connectorKinds();

// The connector that speaks a configured repository's protocol. Throws ConnectorError for
// a kind this build cannot speak, naming it.
std::unique_ptr<RepositoryConnector> createConnector(const cache::RepositoryInfo &repository,
                                                     cache::ContentStore &store);
// The same with the network connectors' surroundings (data folder, credentials, HTTP
// patience); environment.store may be left null: `store` is used.
std::unique_ptr<RepositoryConnector> createConnector(const cache::RepositoryInfo &repository,
                                                     cache::ContentStore &store, ConnectorEnvironment environment);

} // namespace proofdesk::sync
