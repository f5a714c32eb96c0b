#pragma once

#include "sync/casehistory.h"
#include "sync/http/httpauth.h"
#include "sync/http/networkconnector.h"

#include <QJsonArray>

namespace proofdesk::sync {

// A BPMN engine's Flowable REST API (Flowable, Activiti, OpenText's BPMN workflow services).
// An outbox item starts one process instance (POST runtime/process-instances) of the
// definition its kind is configured for (workflowsettings.h), with the item's idempotency
// key as business key and its request as variables. Before every start the instance is
// looked up by business key, running and historic, so a retry after a dropped answer or a
// crash never starts a second one; the start itself is never resent blindly, neither by
// HttpSession nor by Qt's network layer (HttpRequest::idempotent). Status comes from the
// historic instance (caseState). It has no records of its own: fetchChanges() only checks
// that the engine answers.
class WorkflowConnector : public NetworkConnector, public CaseHistory
{
public:
    WorkflowConnector(const cache::RepositoryInfo &repository, ConnectorEnvironment environment);
    ~WorkflowConnector() override;

    QString kind() const override { return QStringLiteral("workflow"); }
    ChangePage fetchChanges(const QByteArray &cursor) override;
    SendResult send(const OutboxItem &item) override;
    // The configured process definitions that are not deployed, one sentence each.
    QStringList checkConfiguration() override;

    CaseHistory *caseHistory() override { return this; }
    // The newest instance of the process for `itemKind` with this business key, from the
    // history (includeProcessVariables). Throws ConnectorError naming the repository and
    // request when the engine cannot be asked or answers something else than a page.
    WorkflowCase caseState(const QString &itemKind, const QString &businessKey) override;
    // The process definition key an item kind starts; empty for kinds it takes none of.
    QString processKeyFor(const QString &itemKind) const;

private:
    QUrl api(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    // Every element of a paged list ({"data","total","start","size"}), page by page.
    QJsonArray listAll(const QString &path, QList<QPair<QString, QString>> query);
    // The id of an instance of `processKey` with `businessKey`, running or ended; empty if none.
    QString findInstance(const QString &processKey, const QString &businessKey);
    // One POST of the start, never resent below this. Throws ConnectorError when the start
    // may or may not have happened (a lost answer, 5xx, 429), with *waitMs set to how long
    // to wait before looking and starting again.
    SendResult start(const QString &processKey, const OutboxItem &item, int attempt, int *waitMs);

    BasicAuth m_auth; // Flowable's REST API signs in with HTTP Basic on every request
};

// The variables a process instance starts with ([{"name","type","value"}]): for a reissue
// mode, channel, destination, reason and communication; for an exception case finding,
// communication, reason and opened_by; then the request's id.
QJsonArray workflowVariables(const OutboxItem &item);

} // namespace proofdesk::sync
