#include "workflowroute.h"

namespace proofdesk::records {

std::optional<cache::RepositoryInfo> workflowRepository(cache::Database &db)
{
    std::optional<cache::RepositoryInfo> first; // the oldest: adding a second one changes nothing
    for (const cache::RepositoryInfo &repository : cache::RepositoryStore(db).list())
        if (repository.kind == QLatin1String("workflow") && (!first || repository.id < first->id))
            first = repository;
    return first;
}

} // namespace proofdesk::records
