#pragma once

#include "fakehttpserver.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fakeserver {

// A BPMN engine's Flowable REST API, as Flowable documents it: HTTP Basic on every request
// (401 without it), list answers as pages {"data","total","start","size"} that never hold
// more than maxPageSize() rows whatever the client asks, errors {"message","exception"}.
// Serves management/engine, repository/process-definitions, runtime/process-instances
// (GET a list, POST a start) and history/historic-process-instances
// (includeProcessVariables). A start is committed before its answer is written, so
// FakeHttpServer's faults (DropMidBody, Hang, CloseAfterHandling) lose the answer of a start
// that happened; CloseAfterHandling closes the connection before any byte of it, the case
// an HTTP client may take for a stale keep-alive connection and resend on its own.
class FakeFlowableServer : public FakeHttpServer
{
public:
    struct Instance
    {
        QString id;
        QString processDefinitionKey;
        QString businessKey;
        QJsonArray variables; // [{"name","type","value"}] as started
        QString startTime;
        QString endTime; // empty while running
        QString deleteReason;
    };

    FakeFlowableServer(QString user = QStringLiteral("tester"), QString password = QStringLiteral("s3cret"));

    void deploy(const QString &processDefinitionKey);
    void setPassword(const QString &password); // the engine's, from now on
    void setMaxPageSize(int rows);
    // An instance started by someone else (not through the REST start): for paging tests.
    QString addInstance(const QString &processDefinitionKey, const QString &businessKey);
    // The instance ends; `variables` ([{"name","type","value"}]) are set first, as an operator
    // completing the last task with a form does (an outcome and its reason).
    void complete(const QString &instanceId, const QJsonArray &variables = {});
    void deleteInstance(const QString &instanceId, const QString &reason);
    QList<Instance> instances() const;
    int starts() const; // POSTs that started an instance

protected:
    Response handle(const Request &request) override;

private:
    Response startInstance(const Request &request);
    Response page(const Request &request, const QList<QJsonObject> &rows) const;
    QJsonObject toJson(const Instance &instance, bool history, bool withVariables) const;
    QString addLocked(const QString &key, const QString &businessKey, const QJsonArray &variables);
    Instance *findLocked(const QString &id);

    QString m_user, m_password;
    QStringList m_deployed;
    QList<Instance> m_instances;
    int m_maxPageSize = 100;
    int m_starts = 0;
    int m_clock = 0; // start times advance one second per instance: order is by creation
};

} // namespace fakeserver
