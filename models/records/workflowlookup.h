#pragma once

#include "cache/repositorystore.h"

#include <QHash>
#include <QStringList>
#include <functional>
#include <memory>

namespace proofdesk::sync {
class RepositoryConnector;
struct WorkflowCase;
} // namespace proofdesk::sync

namespace proofdesk::records {

class RecordsSession;

using ConnectorFactory =
    std::function<std::unique_ptr<sync::RepositoryConnector>(const cache::RepositoryInfo &repository)>;

// Asks workflow repositories (a connector with a case history, sync/casehistory.h) where the
// process instances of some business keys are (the historic instance, with its variables),
// repository by repository, and hands each one the engine knows to `answer`; a key the engine
// has no instance for yet is passed over. A repository that cannot be asked, or stops answering
// (or whose answer cannot be stored: `answer` threw), is named in `errors` and its other keys
// wait for the next time; one that was removed or is no workflow service now is passed over.
// Exception cases and reissue requests both ask this way.
void askWorkflow(cache::Database &db, const ConnectorFactory &connectors, const QString &itemKind,
                 const QHash<qint64, QStringList> &keysByRepository,
                 const std::function<void(const QString &key, const sync::WorkflowCase &found)> &answer,
                 QStringList &errors);

// What the engine decided is recorded as the system's doing, in the role "system", whoever's
// action sent the outbox that asked.
RecordsSession engineSession(const RecordsSession &session);

} // namespace proofdesk::records
