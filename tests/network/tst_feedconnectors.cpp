// The delivery feed (NDJSON after a cursor) and the workflow service (submit once with an
// Idempotency-Key, poll status) against a fake server on loopback.
#include "fakefeedserver.h"
#include "networkfixture.h"
#include "sync/workflow/workflowconnector.h"

#include <QtTest>

using namespace proofdesk;
using fakeserver::Fault;

class TestFeedConnectors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void readsDeliveryEventsAfterTheCursor();
    void rejectsBadLinesAndFailsOnCutOffBodies();
    void workflowSubmitsOnceAndPollsStatus();

private:
    QUrl feedUrl() const { return m_server->baseUrl().resolved(QUrl(QStringLiteral("/feed"))); }
    std::unique_ptr<fakeserver::FakeFeedServer> m_server;
};

void TestFeedConnectors::init()
{
    m_server = std::make_unique<fakeserver::FakeFeedServer>();
    QVERIFY(m_server->start());
}

void TestFeedConnectors::readsDeliveryEventsAfterTheCursor()
{
    for (int i = 0; i < 5; ++i)
        m_server->addEvent(QStringLiteral("EXS-%1").arg(i), QStringLiteral("delivered"), QStringLiteral("2026-10-03T09:00:00Z"));
    NetRun run(QStringLiteral("delivery"), feedUrl(), {{QStringLiteral("page_size"), 2}, {QStringLiteral("user"), QString()}});
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM delivery_events"), 5);
    QCOMPARE(report.cursor, QByteArray("5"));
    m_server->addEvent(QStringLiteral("EXS-9"), QStringLiteral("bounced"), QStringLiteral("2026-10-04T09:00:00Z"));
    QVERIFY(run.sync().ok());
    QCOMPARE(run.count("SELECT count(*) FROM delivery_events"), 6);
}

void TestFeedConnectors::rejectsBadLinesAndFailsOnCutOffBodies()
{
    m_server->addEvent(QStringLiteral("EXS-1"), QStringLiteral("sent"), QStringLiteral("2026-10-03T09:00:00Z"));
    m_server->addRawLine(R"({"cursor": "2", "communication_id": 5, "event": "sent", "at": "x"})");
    NetRun run(QStringLiteral("delivery"), feedUrl(), {{QStringLiteral("user"), QString()}});
    m_server->failRequest(0, Fault::of(Fault::TruncateBody));
    const auto cut = run.sync();
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error.contains(QStringLiteral("repository \"net\": GET /feed")), qPrintable(cut.error));
    QCOMPARE(run.count("SELECT count(*) FROM delivery_events"), 0);
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM delivery_events"), 1);
    QCOMPARE(report.result.rejected.size(), 1);
    QCOMPARE(report.result.rejected.first().line, 2);
}

void TestFeedConnectors::workflowSubmitsOnceAndPollsStatus()
{
    NetRun run(QStringLiteral("workflow"), m_server->baseUrl().resolved(QUrl(QStringLiteral("/"))),
               {{QStringLiteral("user"), QString()}});
    auto connector = run.connector();
    const sync::OutboxItem item{7, QStringLiteral("reissue"), QStringLiteral("EXS-1"), QStringLiteral("REQ-7"),
                                R"({"mode": "resend"})"};
    // The answer to the first submission is lost: the retry must not create a second request.
    m_server->failRequest(0, Fault::of(Fault::DropMidBody));
    const auto first = connector->send(item);
    QVERIFY2(first.done(), qPrintable(first.message));
    QCOMPARE(connector->send(item).status, sync::SendResult::Status::Duplicate);
    QCOMPARE(m_server->submissions(), 1);
    m_server->setStatus(QStringLiteral("WF-1"), QStringLiteral("fulfilled"));
    auto *workflow = dynamic_cast<sync::WorkflowConnector *>(connector.get());
    QVERIFY(workflow);
    QCOMPARE(workflow->status(QStringLiteral("WF-1")).status, QStringLiteral("fulfilled"));
    QVERIFY(run.sync().ok()); // the service answers
}

QTEST_GUILESS_MAIN(TestFeedConnectors)
#include "tst_feedconnectors.moc"
