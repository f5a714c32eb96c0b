#pragma once

#include "cache/repositorystore.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace proofdesk::sync {
class RepositoryConnector;
}

namespace proofdesk::records {

class RecordsSession;

struct CaseRefreshReport
{
    int changed = 0;
    QStringList errors; // one per workflow repository that could not be asked
};

using ConnectorFactory =
    std::function<std::unique_ptr<sync::RepositoryConnector>(const cache::RepositoryInfo &repository)>;

// Asks the workflow repository where each open exception case is (its historic process
// instance, by business key) and stores what changed: started → running → completed, or
// deleted with the engine's reason. A case still in the outbox is not asked about. A
// repository that cannot be asked leaves its cases as they were and is named in errors.
CaseRefreshReport refreshExceptionCases(const RecordsSession &session, const ConnectorFactory &connectors);

} // namespace proofdesk::records
