#pragma once

#include "cache/repositorystore.h"

#include <optional>

namespace proofdesk::records {

// The workflow repository (a BPMN engine) that fulfils reissues and runs exception cases:
// the first repository of kind "workflow", when one is configured.
std::optional<cache::RepositoryInfo> workflowRepository(cache::Database &db);

} // namespace proofdesk::records
