#include "reissueoutcomes.h"

#include "reissueservice.h"
#include "session.h"
#include "sync/workflowcase.h"

#include <QJsonObject>

namespace proofdesk::records {

ReissueOutcomeReport refreshReissueOutcomes(const RecordsSession &session, const ConnectorFactory &connectors)
{
    ReissueOutcomeReport report;
    cache::Database &db = session.db();
    // The repository each request was sent to: its outbox item's (a workflow repository added
    // later does not take over requests sent elsewhere).
    QHash<qint64, QStringList> byRepository;
    cache::Statement st = db.prepare("SELECT r.id, o.repo_id FROM rec.reissue_requests r JOIN rec.outbox o "
                                     "ON o.kind = 'reissue' AND o.object_id = r.id WHERE r.status = 'sent' "
                                     "ORDER BY r.requested_at, r.id");
    while (st.step())
        byRepository[st.columnInt(1)] << st.columnText(0);
    if (byRepository.isEmpty())
        return report;
    const RecordsSession system = engineSession(session);
    ReissueService service(system);
    askWorkflow(
        db, connectors, QStringLiteral("reissue"), byRepository,
        [&](const QString &id, const sync::WorkflowCase &found) {
            const bool deleted = found.state == sync::WorkflowCase::State::Deleted;
            if (!deleted && !found.rejected)
                return; // running, or completed: the archive tells the rest
            const QJsonObject engine{{QStringLiteral("instance_id"), found.instanceId},
                                     {QStringLiteral("end_time"), found.endTime},
                                     {QStringLiteral("engine_state"), sync::WorkflowCase::stateName(found.state)}};
            if (service.endByEngine(id, found.rejected ? QStringLiteral("rejected") : QStringLiteral("cancelled"),
                                    found.engineReason(), engine))
                ++report.ended;
        },
        report.errors);
    return report;
}

} // namespace proofdesk::records
