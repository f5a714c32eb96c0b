#include "connectorfactory.h"

#include "drop/dropconnector.h"

namespace proofdesk::sync {

std::unique_ptr<RepositoryConnector> createConnector(const cache::RepositoryInfo &repository,
                                                     cache::ContentStore &store)
{
    if (repository.kind == QLatin1String("drop"))
        return std::make_unique<DropConnector>(repository.url, &store);
    throw ConnectorError(QStringLiteral("repository \"%1\": the %2 connector is not available in "
                                        "this version; only drop repositories can be synced")
                             .arg(repository.name, repository.kind));
}

} // namespace proofdesk::sync
