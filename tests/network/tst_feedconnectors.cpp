// The delivery feed (NDJSON after a cursor) against a fake server on loopback. The workflow
// service (Flowable REST) has its own test: tst_workflowconnector.
#include "fakefeedserver.h"
#include "networkfixture.h"

#include <QTest>

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
        m_server->addEvent(QStringLiteral("EXS-%1").arg(i), QStringLiteral("delivered"),
                           QStringLiteral("2026-10-03T09:00:00Z"));
    NetRun run(QStringLiteral("delivery"), feedUrl(),
               {{QStringLiteral("page_size"), 2}, {QStringLiteral("user"), QString()}});
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

QTEST_GUILESS_MAIN(TestFeedConnectors)
#include "tst_feedconnectors.moc"
