#include "exceptioncaserefresh.h"

#include "exceptioncaseregister.h"
#include "session.h"
#include "sync/workflowcase.h"

#include <QJsonObject>

namespace proofdesk::records {

CaseRefreshReport refreshExceptionCases(const RecordsSession &session, const ConnectorFactory &connectors)
{
    CaseRefreshReport report;
    cache::Database &db = session.db();
    const RecordsSession system = engineSession(session);
    ExceptionCaseRegister cases(db);
    QHash<qint64, QStringList> byRepository;
    for (const ExceptionCase &c : cases.openCases())
        if (c.state != QLatin1String("queued")) // not sent yet: the engine cannot know it
            byRepository[c.repoId] << c.id;
    askWorkflow(
        db, connectors, QStringLiteral("exception_case"), byRepository,
        [&](const QString &id, const sync::WorkflowCase &found) {
            const QString state = sync::WorkflowCase::stateName(found.state);
            cache::Transaction tx(db);
            const auto before = cases.find(id);
            if (!cases.setState(id, state, found.instanceId, found.deleteReason, system.now()))
                return;
            ++report.changed;
            if (found.state != sync::WorkflowCase::State::Running) // ended: the engine's outcome, audited
                system.record(QStringLiteral("exception_case.engine_outcome"), QStringLiteral("exception_case"), id,
                              found.deleteReason,
                              QJsonObject{{QStringLiteral("state"), before ? before->state : QString()}},
                              QJsonObject{{QStringLiteral("state"), state},
                                          {QStringLiteral("instance_id"), found.instanceId},
                                          {QStringLiteral("end_time"), found.endTime}});
            tx.commit();
        },
        report.errors);
    return report;
}

} // namespace proofdesk::records
