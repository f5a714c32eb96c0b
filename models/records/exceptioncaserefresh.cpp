#include "exceptioncaserefresh.h"

#include "exceptioncaseregister.h"
#include "session.h"

#include "sync/workflow/workflowconnector.h"

#include <QHash>

namespace proofdesk::records {

CaseRefreshReport refreshExceptionCases(const RecordsSession &session, const ConnectorFactory &connectors)
{
    CaseRefreshReport report;
    cache::Database &db = session.db();
    ExceptionCaseRegister cases(db);
    QHash<qint64, QList<ExceptionCase>> byRepository;
    for (const ExceptionCase &c : cases.openCases())
        if (c.state != QLatin1String("queued")) // not sent yet: the engine cannot know it
            byRepository[c.repoId] << c;
    cache::RepositoryStore repositories(db);
    for (auto it = byRepository.cbegin(); it != byRepository.cend(); ++it) {
        const auto repository = repositories.findById(it.key());
        std::unique_ptr<sync::RepositoryConnector> connector;
        try {
            connector = repository && connectors ? connectors(*repository) : nullptr;
        } catch (const std::exception &e) {
            report.errors << QString::fromUtf8(e.what());
            continue;
        }
        auto *workflow = dynamic_cast<sync::WorkflowConnector *>(connector.get());
        if (!workflow)
            continue; // the repository was removed or is no workflow service now: the cases keep their state
        for (const ExceptionCase &c : it.value()) {
            try {
                const sync::WorkflowCase found = workflow->caseState(QStringLiteral("exception_case"), c.id);
                if (found.state == sync::WorkflowCase::State::None)
                    continue; // sent, but not (yet) in the engine's history: stays started
                cache::Transaction tx(db);
                if (cases.setState(c.id, sync::WorkflowCase::stateName(found.state), found.instanceId,
                                   found.deleteReason, session.now()))
                    ++report.changed;
                tx.commit();
            } catch (const std::exception &e) {
                report.errors << QString::fromUtf8(e.what());
                break; // the engine is not answering: the other cases wait for the next time too
            }
        }
    }
    return report;
}

} // namespace proofdesk::records
