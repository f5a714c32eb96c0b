#include "workflowlookup.h"

#include "session.h"
#include "sync/casehistory.h"
#include "sync/repositoryconnector.h"

namespace proofdesk::records {

void askWorkflow(cache::Database &db, const ConnectorFactory &connectors, const QString &itemKind,
                 const QHash<qint64, QStringList> &keysByRepository,
                 const std::function<void(const QString &key, const sync::WorkflowCase &found)> &answer,
                 QStringList &errors)
{
    cache::RepositoryStore repositories(db);
    for (auto it = keysByRepository.cbegin(); it != keysByRepository.cend(); ++it) {
        const auto repository = repositories.findById(it.key());
        std::unique_ptr<sync::RepositoryConnector> connector;
        try {
            connector = repository && connectors ? connectors(*repository) : nullptr;
        } catch (const std::exception &e) {
            errors << QString::fromUtf8(e.what());
            continue;
        }
        sync::CaseHistory *workflow = connector ? connector->caseHistory() : nullptr;
        if (!workflow)
            continue; // removed, or no workflow service now: what it had keeps its state
        for (const QString &key : it.value()) {
            try {
                const sync::WorkflowCase found = workflow->caseState(itemKind, key);
                if (found.state != sync::WorkflowCase::State::None) // else sent, not in the history yet
                    answer(key, found);
            } catch (const std::exception &e) {
                errors << QString::fromUtf8(e.what());
                break; // the engine is not answering: the other keys wait for the next time too
            }
        }
    }
}

RecordsSession engineSession(const RecordsSession &session) { return session.systemStep(); }

} // namespace proofdesk::records
