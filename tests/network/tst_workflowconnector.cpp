// The workflow connector against a fake engine speaking Flowable's REST API on loopback:
// one process instance per request (business key = idempotency key), also when the answer
// to the start is lost; status from the historic instance; paging; Basic auth; errors.
#include "fakeflowableserver.h"
#include "networkfixture.h"
#include "sync/workflow/workflowconnector.h"

#include <QTest>

using namespace proofdesk;
using fakeserver::Fault;
using sync::SendResult;
using sync::WorkflowCase;

Q_DECLARE_METATYPE(fakeserver::Fault)

class TestWorkflowConnector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void reissueStartsOneInstanceWithTheRequestAsVariables();
    void retryAfterALostAnswerFindsTheInstanceByBusinessKey_data();
    void retryAfterALostAnswerFindsTheInstanceByBusinessKey();
    void statusComesFromTheHistoricInstance();
    void aRejectionIsReadFromTheEnding_data();
    void aRejectionIsReadFromTheEnding();
    void listsAreReadPageByPage();
    void everyRequestSignsInWithBasicAuth();
    void errorsNameTheRepositoryTheRequestAndTheEngineMessage();
    void exceptionCaseStartsItsOwnProcessDefinition();
    void checkConfigurationNamesUndeployedDefinitions();

private:
    std::unique_ptr<NetRun> run(QJsonObject settings = {})
    {
        return std::make_unique<NetRun>(QStringLiteral("workflow"), m_server->baseUrl(), settings);
    }
    static sync::WorkflowConnector *workflow(sync::RepositoryConnector *c)
    {
        return dynamic_cast<sync::WorkflowConnector *>(c);
    }
    static sync::OutboxItem reissue(const QString &key = QStringLiteral("REQ-7"))
    {
        return {7, QStringLiteral("reissue"), key, key,
                R"({"id":"REQ-7","communication_id":"EXS-1","mode":"regenerate","reason":"customer moved",)"
                R"("channel":"print","destination":"1 New Street","original_channel":"email",)"
                R"("original_destination":"a@example.org"})"};
    }
    std::unique_ptr<fakeserver::FakeFlowableServer> m_server;
};

void TestWorkflowConnector::init()
{
    m_server = std::make_unique<fakeserver::FakeFlowableServer>();
    QVERIFY(m_server->start());
    m_server->deploy(QStringLiteral("proofdesk-reissue"));
    m_server->deploy(QStringLiteral("proofdesk-exception"));
}

void TestWorkflowConnector::reissueStartsOneInstanceWithTheRequestAsVariables()
{
    auto net = run();
    auto connector = net->connector();
    const SendResult sent = connector->send(reissue());
    QVERIFY2(sent.status == SendResult::Status::Accepted, qPrintable(sent.message));
    QCOMPARE(m_server->starts(), 1);
    const auto instance = m_server->instances().first();
    QCOMPARE(sent.remoteRef, instance.id);
    QCOMPARE(instance.processDefinitionKey, QStringLiteral("proofdesk-reissue"));
    QCOMPARE(instance.businessKey, QStringLiteral("REQ-7"));
    QMap<QString, QString> variables;
    for (const QJsonValue &v : instance.variables)
        variables.insert(v[QStringLiteral("name")].toString(), v[QStringLiteral("value")].toString());
    QCOMPARE(variables.value(QStringLiteral("mode")), QStringLiteral("regenerate"));
    QCOMPARE(variables.value(QStringLiteral("channel")), QStringLiteral("print"));
    QCOMPARE(variables.value(QStringLiteral("destination")), QStringLiteral("1 New Street"));
    QCOMPARE(variables.value(QStringLiteral("reason")), QStringLiteral("customer moved"));
    QCOMPARE(variables.value(QStringLiteral("communication")), QStringLiteral("EXS-1"));
    // Sent again (a crash before the outbox marked it sent): found, not started again.
    const SendResult again = connector->send(reissue());
    QCOMPARE(again.status, SendResult::Status::Duplicate);
    QCOMPARE(again.remoteRef, instance.id);
    QCOMPARE(m_server->starts(), 1);
}

void TestWorkflowConnector::retryAfterALostAnswerFindsTheInstanceByBusinessKey_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("starts");
    // Requests: 0 runtime lookup, 1 history lookup, 2 the start.
    QTest::newRow("answer cut after the start was committed") << Fault::of(Fault::DropMidBody) << 1;
    Fault late = Fault::of(Fault::Delay);
    late.delayMs = 1000; // the client gave up after 200 ms; the engine had started it
    QTest::newRow("answer after the timeout, start committed") << late << 1;
    QTest::newRow("no answer at all, start not made") << Fault::of(Fault::Hang) << 1;
    QTest::newRow("connection closed before the start") << Fault::of(Fault::CloseBeforeAnswer) << 1;
    // Not a byte of the answer: Qt's network layer took this for a stale connection and sent
    // the start again by itself, a second instance (issue #25).
    QTest::newRow("started, connection closed before any answer") << Fault::of(Fault::CloseAfterHandling) << 1;
    QTest::newRow("500 before the start") << Fault::httpStatus(500) << 1;
    QTest::newRow("503 with Retry-After") << Fault::httpStatus(503, 0) << 1;
}

void TestWorkflowConnector::retryAfterALostAnswerFindsTheInstanceByBusinessKey()
{
    QFETCH(Fault, fault);
    QFETCH(int, starts);
    auto net = run();
    auto connector = net->connector();
    m_server->failRequest(2, fault);
    const SendResult sent = connector->send(reissue());
    QVERIFY2(sent.done(), qPrintable(sent.message));
    QCOMPARE(m_server->starts(), starts);
    QCOMPARE(m_server->instances().size(), 1);
    QCOMPARE(sent.remoteRef, m_server->instances().first().id);
    // After a start the engine committed, the next request is a lookup, never a second start.
    const QList<fakeserver::Request> log = m_server->requests();
    for (qsizetype i = 0; i + 1 < log.size(); ++i)
        if (log.at(i).method == "POST" && fault.kind != Fault::Status && fault.kind != Fault::CloseBeforeAnswer
            && fault.kind != Fault::Hang)
            QCOMPARE(log.at(i + 1).method, QByteArray("GET"));
    QCOMPARE(connector->send(reissue()).status, SendResult::Status::Duplicate);
    QCOMPARE(m_server->starts(), starts);
}

void TestWorkflowConnector::aRejectionIsReadFromTheEnding_data()
{
    const auto var = [](const QString &name, const QJsonValue &value) {
        return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
    };
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("deleteReason"); // empty: completed with `variables`
    QTest::addColumn<QJsonArray>("variables");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<QString>("reason");
    const QJsonObject defaults;
    QTest::newRow("outcome rejected") << defaults << QString()
                                      << QJsonArray{var(QStringLiteral("outcome"), QStringLiteral("Rejected")),
                                                    var(QStringLiteral("outcome_reason"), QStringLiteral("no address"))}
                                      << true << QStringLiteral("no address");
    QTest::newRow("outcome fulfilled") << defaults << QString()
                                       << QJsonArray{var(QStringLiteral("outcome"), QStringLiteral("fulfilled")),
                                                     var(QStringLiteral("approved"), false)}
                                       << false << QString();
    QTest::newRow("no variables") << defaults << QString() << QJsonArray() << false << QString();
    QTest::newRow("approved false as text")
        << defaults << QString()
        << QJsonArray{var(QStringLiteral("approved"), QStringLiteral("false")),
                      var(QStringLiteral("rejectionReason"), QStringLiteral("fraud check"))}
        << true << QStringLiteral("fraud check");
    QTest::newRow("decision declined, no reason")
        << defaults << QString() << QJsonArray{var(QStringLiteral("decision"), QStringLiteral("declined"))} << true
        << QString();
    QTest::newRow("the request's own reason is not the engine's")
        << defaults << QString() << QJsonArray{var(QStringLiteral("outcome"), QStringLiteral("rejected"))} << true
        << QString();
    QTest::newRow("a configured variable")
        << QJsonObject{{QStringLiteral("outcome_variable"), QStringLiteral("acme_result")},
                       {QStringLiteral("outcome_reason_variable"), QStringLiteral("acme_why")}}
        << QString()
        << QJsonArray{var(QStringLiteral("acme_result"), QStringLiteral("denied")),
                      var(QStringLiteral("acme_why"), QStringLiteral("limit"))}
        << true << QStringLiteral("limit");
    QTest::newRow("deleted, rejected") << defaults << QStringLiteral("Rejected by operator: deceased") << QJsonArray()
                                       << true << QStringLiteral("Rejected by operator: deceased");
    QTest::newRow("deleted, cancelled") << defaults << QStringLiteral("duplicate request") << QJsonArray() << false
                                        << QStringLiteral("duplicate request");
}

// How the engine says a person rejected the work (workflowoutcome.h, docs/connecting.md).
void TestWorkflowConnector::aRejectionIsReadFromTheEnding()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QString, deleteReason);
    QFETCH(QJsonArray, variables);
    QFETCH(bool, rejected);
    QFETCH(QString, reason);
    auto net = run(settings);
    auto connector = net->connector();
    QVERIFY(connector->send(reissue()).done());
    const QString id = m_server->instances().first().id;
    if (deleteReason.isEmpty())
        m_server->complete(id, variables);
    else
        m_server->deleteInstance(id, deleteReason);
    const WorkflowCase ended = workflow(connector.get())->caseState(QStringLiteral("reissue"), QStringLiteral("REQ-7"));
    QCOMPARE(ended.rejected, rejected);
    QCOMPARE(ended.engineReason(), reason);
}

void TestWorkflowConnector::statusComesFromTheHistoricInstance()
{
    auto net = run();
    auto connector = net->connector();
    QVERIFY(connector->send(reissue(QStringLiteral("REQ-1"))).done());
    QVERIFY(connector->send(reissue(QStringLiteral("REQ-2"))).done());
    auto *wf = workflow(connector.get());
    QVERIFY(wf);
    WorkflowCase running = wf->caseState(QStringLiteral("reissue"), QStringLiteral("REQ-1"));
    QCOMPARE(running.state, WorkflowCase::State::Running);
    QCOMPARE(running.variables.value(QStringLiteral("mode")).toString(), QStringLiteral("regenerate"));
    QVERIFY(running.endTime.isEmpty());

    const QList<fakeserver::FakeFlowableServer::Instance> all = m_server->instances();
    m_server->complete(all.at(0).id);
    m_server->deleteInstance(all.at(1).id, QStringLiteral("customer withdrew the complaint"));
    const WorkflowCase completed = wf->caseState(QStringLiteral("reissue"), QStringLiteral("REQ-1"));
    QCOMPARE(completed.state, WorkflowCase::State::Completed);
    QCOMPARE(completed.instanceId, all.at(0).id);
    QVERIFY(!completed.endTime.isEmpty());
    const WorkflowCase deleted = wf->caseState(QStringLiteral("reissue"), QStringLiteral("REQ-2"));
    QCOMPARE(deleted.state, WorkflowCase::State::Deleted);
    QCOMPARE(deleted.deleteReason, QStringLiteral("customer withdrew the complaint"));
    QCOMPARE(wf->caseState(QStringLiteral("reissue"), QStringLiteral("REQ-none")).state, WorkflowCase::State::None);
    // The history was asked for the variables.
    bool askedForVariables = false;
    for (const auto &r : m_server->requests())
        askedForVariables |= r.path() == QLatin1String("/history/historic-process-instances")
                             && r.query(QStringLiteral("includeProcessVariables")) == QLatin1String("true");
    QVERIFY(askedForVariables);
}

void TestWorkflowConnector::listsAreReadPageByPage()
{
    // The engine pages by 1 whatever is asked: a business key with two instances (one
    // deleted, then one started again by someone in the engine's own tasklist).
    m_server->setMaxPageSize(1);
    const QString first = m_server->addInstance(QStringLiteral("proofdesk-reissue"), QStringLiteral("REQ-9"));
    m_server->deleteInstance(first, QStringLiteral("started by mistake"));
    const QString second = m_server->addInstance(QStringLiteral("proofdesk-reissue"), QStringLiteral("REQ-9"));
    auto net = run({{QStringLiteral("page_size"), 50}});
    auto connector = net->connector();
    const WorkflowCase c = workflow(connector.get())->caseState(QStringLiteral("reissue"), QStringLiteral("REQ-9"));
    QCOMPARE(c.instanceId, second);
    QCOMPARE(c.state, WorkflowCase::State::Running);
    QStringList starts;
    for (const auto &r : m_server->requests()) {
        QCOMPARE(r.query(QStringLiteral("size")), QStringLiteral("50"));
        starts << r.query(QStringLiteral("start"));
    }
    QCOMPARE(starts, (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
}

void TestWorkflowConnector::everyRequestSignsInWithBasicAuth()
{
    auto net = run();
    QVERIFY(net->connector()->send(reissue()).done());
    const QByteArray basic = "Basic " + QByteArray("tester:s3cret").toBase64();
    for (const auto &r : m_server->requests())
        QCOMPARE(r.headers.value("authorization"), basic);

    m_server->setPassword(QStringLiteral("changed on the engine"));
    const SendResult refused = net->connector()->send(reissue(QStringLiteral("REQ-8")));
    QCOMPARE(refused.status, SendResult::Status::Retry); // stays queued until the password is fixed
    QVERIFY2(refused.message.contains(QStringLiteral("repository \"net\"")), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QStringLiteral("HTTP 401")), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QStringLiteral("check the user name and password")), qPrintable(refused.message));
    QVERIFY2(!refused.message.contains(QStringLiteral("s3cret")), qPrintable(refused.message));
    QCOMPARE(m_server->starts(), 1);
    const auto report = net->sync();
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QStringLiteral("GET /management/engine")), qPrintable(report.error));
}

void TestWorkflowConnector::errorsNameTheRepositoryTheRequestAndTheEngineMessage()
{
    auto net = run({{QStringLiteral("reissue_process"), QStringLiteral("acme-reissue")}});
    auto connector = net->connector();
    const SendResult rejected = connector->send(reissue());
    QCOMPARE(rejected.status, SendResult::Status::Rejected);
    QCOMPARE(rejected.message, QStringLiteral("repository \"net\": POST /runtime/process-instances: HTTP 404 "
                                              "(Not found: no processes deployed with key 'acme-reissue')"));
    QCOMPARE(m_server->starts(), 0);

    // An answer that is not a page is named as such.
    m_server->setFaultHook([](const fakeserver::Request &r) {
        Fault f;
        if (r.path().startsWith(QLatin1String("/history"))) {
            f.kind = Fault::Transform;
            f.transform = [](const QByteArray &) { return QByteArray(R"({"rows": []})"); };
        }
        return f;
    });
    try {
        workflow(connector.get())->caseState(QStringLiteral("reissue"), QStringLiteral("REQ-7"));
        QFAIL("a page without data was accepted");
    } catch (const sync::ConnectorError &e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("repository \"net\": GET /history/historic-process-instances: "
                                                       "the answer is not a page")),
                 qPrintable(e.message()));
    }
    // A kind the engine runs no process for is refused by the connector itself.
    const sync::OutboxItem hold{1, QStringLiteral("hold"), QStringLiteral("H-1"), QStringLiteral("H-1"), "{}"};
    QCOMPARE(connector->send(hold).status, SendResult::Status::Rejected);
}

void TestWorkflowConnector::exceptionCaseStartsItsOwnProcessDefinition()
{
    auto net = run();
    auto connector = net->connector();
    const sync::OutboxItem item{
        3, QStringLiteral("exception_case"), QStringLiteral("undelivered:EXS-4"),
        QStringLiteral("exception:undelivered:EXS-4"),
        R"({"finding":"undelivered","communication_id":"EXS-4","reason":"bounced twice","opened_by":"carol"})"};
    QVERIFY(connector->send(item).status == SendResult::Status::Accepted);
    QCOMPARE(connector->send(item).status, SendResult::Status::Duplicate);
    QCOMPARE(m_server->starts(), 1);
    const auto instance = m_server->instances().first();
    QCOMPARE(instance.processDefinitionKey, QStringLiteral("proofdesk-exception"));
    QCOMPARE(instance.businessKey, QStringLiteral("exception:undelivered:EXS-4"));
    const WorkflowCase c = workflow(connector.get())->caseState(QStringLiteral("exception_case"), instance.businessKey);
    QCOMPARE(c.variables.value(QStringLiteral("finding")).toString(), QStringLiteral("undelivered"));
    QCOMPARE(c.variables.value(QStringLiteral("opened_by")).toString(), QStringLiteral("carol"));
}

void TestWorkflowConnector::checkConfigurationNamesUndeployedDefinitions()
{
    QCOMPARE(run()->connector()->checkConfiguration(), QStringList());
    const QStringList problems =
        run({{QStringLiteral("exception_process"), QStringLiteral("acme-case")}})->connector()->checkConfiguration();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("\"acme-case\""))
                 && problems.first().contains(QStringLiteral("exception_process")),
             qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestWorkflowConnector)
#include "tst_workflowconnector.moc"
