// The CMIS connector against a real HTTP server on loopback: the happy path, each fault
// (a clear error naming repository and request, the cache unchanged by the failed page),
// the change log's overlap rule, full resyncs, and documents fetched with Range resume.
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "records/connectorsender.h"

#include <QJsonArray>
#include <QTest>
#include <future>

using namespace proofdesk;
using fakeserver::Fault;

class TestCmisConnector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void crawlsThenFollowsTheChangeLog();
    void mapsPropertiesThroughTheSettings();
    void recoversFromPassingFaults_data();
    void recoversFromPassingFaults();
    void persistentFaultsFailClearlyAndLeaveTheCache_data();
    void persistentFaultsFailClearlyAndLeaveTheCache();
    void reauthenticatesOnceOn401();
    void wrongPasswordIsNamedAfterOneRetry();
    void truncatedLogResyncsAndFindsDeletions();
    void refusedTokenResyncs();
    void everyFailedRequestConvergesAfterResume_data();
    void everyFailedRequestConvergesAfterResume();
    void reportsCrawlProgressFromNumItems();
    void sendsCrawlPagesAhead_data();
    void sendsCrawlPagesAhead();
    void theDefaultAsksFourPagesAhead();
    void fetchesDocumentsVerifiedAndResumesWithRange();
    void refusesDocumentsThatDoNotMatchTheirHash();
    void sendsHoldsAndRetriesOnConflict();
    void outboxItemsReachANetworkRepositoryOnce();

private:
    void populate(int count);
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
};

void TestCmisConnector::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_server->start());
}

void TestCmisConnector::populate(int count)
{
    for (int i = 0; i < count; ++i)
        m_server->addDocument(QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0')),
                              {{QStringLiteral("exs:customerId"), QStringLiteral("C-%1").arg(i)}});
}

static const QJsonObject kSmallPages{{QStringLiteral("page_size"), 7}};

void TestCmisConnector::crawlsThenFollowsTheChangeLog()
{
    populate(30);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), kSmallPages);
    const auto first = run.sync();
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 30);
    QVERIFY(first.cursor.contains("\"phase\":\"changes\""));

    m_server->updateDocument(QStringLiteral("D003"), {{QStringLiteral("exs:customerId"), QStringLiteral("C-NEW")}});
    m_server->deleteDocument(QStringLiteral("D004"));
    m_server->addDocument(QStringLiteral("D100"));
    const auto second = run.sync();
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 30);
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE id = 'D004'"), 0);
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE customer_id = 'C-NEW'"), 1);
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE id = 'D100'"), 1);
    QCOMPARE(second.result.deleted, 1);

    const auto third = run.sync(); // nothing new: the overlap event alone
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(third.result.accepted, 0);
}

void TestCmisConnector::mapsPropertiesThroughTheSettings()
{
    m_server->addDocument(QStringLiteral("X1"),
                          {{QStringLiteral("acme:cust"), QStringLiteral("K-77")},
                           {QStringLiteral("cmis:secondaryObjectTypeIds"), QJsonArray{QStringLiteral("cmis:rm_hold")}},
                           {QStringLiteral("cmis:rm_holdIds"), QJsonArray{QStringLiteral("H-1")}}});
    m_server->addDocument(QStringLiteral("X2"), {{QStringLiteral("acme:cust"), QJsonObject{}}}); // wrong type
    QJsonObject settings{
        {QStringLiteral("mapping"), QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("acme:cust")}}}};
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), settings);
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.writer.queryText("SELECT customer_id FROM communications WHERE id = 'X1'"), QStringLiteral("K-77"));
    QVERIFY(run.writer.queryText("SELECT extra FROM communications WHERE id = 'X1'").contains(QStringLiteral("H-1")));
    // X2 is read by the crawl and again from the change log event noted before the crawl.
    QVERIFY(!report.result.rejected.isEmpty());
    for (const auto &r : report.result.rejected)
        QVERIFY(r.reason.startsWith(QStringLiteral("object X2:")));
    QVERIFY(report.result.rejected.first().reason.contains(QStringLiteral("acme:cust")));
    QVERIFY(report.result.rejected.first().file.contains(QStringLiteral("/cmis/browser/A1")));
}

void TestCmisConnector::recoversFromPassingFaults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("500 once") << int(Fault::Status) << 500;
    QTest::newRow("429 with Retry-After") << int(Fault::Status) << 429;
    QTest::newRow("503 with Retry-After") << int(Fault::Status) << 503;
    QTest::newRow("connection closed") << int(Fault::CloseBeforeAnswer) << 0;
    QTest::newRow("dropped mid-body") << int(Fault::DropMidBody) << 0;
    QTest::newRow("no answer (timeout)") << int(Fault::Hang) << 0;
    QTest::newRow("slow but in time") << int(Fault::Delay) << 0;
}

void TestCmisConnector::recoversFromPassingFaults()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    populate(10);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), kSmallPages);
    Fault fault = Fault::of(Fault::Kind(kind));
    fault.status = status;
    fault.retryAfterSeconds = 0;
    fault.delayMs = 50;
    m_server->failRequest(2, fault);
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 10);
}

void TestCmisConnector::persistentFaultsFailClearlyAndLeaveTheCache_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("500 every time") << int(Fault::Status) << QStringLiteral("gave up after 3 attempts");
    QTest::newRow("no answer ever") << int(Fault::Hang) << QStringLiteral("no answer within 200 ms");
    QTest::newRow("dropped mid-body every time") << int(Fault::DropMidBody) << QStringLiteral("attempts");
    QTest::newRow("malformed JSON") << int(Fault::TruncateBody) << QStringLiteral("not valid JSON");
    QTest::newRow("wrong type in a field")
        << int(Fault::Transform) << QStringLiteral("\"hasMoreItems\" is not true or false");
}

void TestCmisConnector::persistentFaultsFailClearlyAndLeaveTheCache()
{
    QFETCH(int, kind);
    QFETCH(QString, expected);
    populate(10);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), kSmallPages);
    QVERIFY(run.sync().ok());
    const QString before = run.dump();
    const QByteArray cursorBefore = run.writer.queryText("SELECT cursor FROM repositories").toUtf8();
    m_server->updateDocument(QStringLiteral("D001"), {{QStringLiteral("exs:customerId"), QStringLiteral("CHANGED")}});
    m_server->addDocument(QStringLiteral("D500"));

    Fault fault = Fault::of(Fault::Kind(kind));
    fault.transform = [](QByteArray body) { return body.replace("\"hasMoreItems\":false", "\"hasMoreItems\":\"no\""); };
    m_server->setFaultHook([fault](const fakeserver::Request &r) {
        return r.query(QStringLiteral("cmisselector")) == QLatin1String("contentChanges") ? fault : Fault();
    });
    const auto report = run.sync();
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QStringLiteral("repository \"net\"")), qPrintable(report.error));
    QVERIFY2(report.error.contains(QStringLiteral("GET /cmis/browser/A1")), qPrintable(report.error));
    QVERIFY2(report.error.contains(expected), qPrintable(report.error));
    QVERIFY2(!report.error.contains(QStringLiteral("s3cret")), qPrintable(report.error));
    QCOMPARE(run.dump(), before);
    QCOMPARE(run.writer.queryText("SELECT cursor FROM repositories").toUtf8(), cursorBefore);
    QVERIFY(!run.writer.queryText("SELECT last_error FROM repositories").isEmpty()); // shown offline
    QVERIFY(run.count("SELECT offline_since IS NOT NULL FROM repositories"));

    m_server->clearFaults();
    QVERIFY(run.sync().ok());
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE customer_id = 'CHANGED'"), 1);
    QVERIFY(run.count("SELECT offline_since IS NULL FROM repositories"));
}

void TestCmisConnector::reauthenticatesOnceOn401()
{
    populate(3);
    m_server->setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
    m_server->failRequest(1, Fault::httpStatus(401));
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 3);
}

void TestCmisConnector::wrongPasswordIsNamedAfterOneRetry()
{
    populate(3);
    m_server->setCredentials(QStringLiteral("tester"), QStringLiteral("other"));
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    const auto report = run.sync();
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QStringLiteral("after logging in again")), qPrintable(report.error));
    QVERIFY(!report.error.contains(QStringLiteral("s3cret")));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestCmisConnector::truncatedLogResyncsAndFindsDeletions()
{
    populate(12);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), kSmallPages);
    QVERIFY(run.sync().ok());
    m_server->deleteDocument(QStringLiteral("D002"));
    m_server->addDocument(QStringLiteral("D200"));
    m_server->truncateLog(); // the deletion's event is lost
    m_server->addDocument(QStringLiteral("D201"));
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE id = 'D002'"), 0);
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE id IN ('D200', 'D201')"), 2);
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 13);
}

void TestCmisConnector::refusedTokenResyncs()
{
    populate(5);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    m_server->deleteDocument(QStringLiteral("D001"));
    m_server->addDocument(QStringLiteral("D300"));
    m_server->truncateLog();
    m_server->setRefuseOldTokens(true);
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE id = 'D001'"), 0);
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 5);
}

void TestCmisConnector::everyFailedRequestConvergesAfterResume_data()
{
    QTest::addColumn<int>("failAt");
    for (int n = 0; n < 16; ++n)
        QTest::addRow("request %d fails", n) << n;
}

void TestCmisConnector::everyFailedRequestConvergesAfterResume()
{
    QFETCH(int, failAt);
    populate(20);
    // The reference: the same repository synced without faults.
    QString reference;
    {
        NetRun clean(QStringLiteral("cmis"), m_server->serviceUrl(), kSmallPages);
        QVERIFY(clean.sync().ok());
        m_server->updateDocument(QStringLiteral("D005"), {{QStringLiteral("exs:customerId"), QStringLiteral("C-X")}});
        m_server->deleteDocument(QStringLiteral("D006"));
        m_server->addDocument(QStringLiteral("D400"));
        QVERIFY(clean.sync().ok());
        reference = clean.dump();
    }
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), kSmallPages);
    const int base = m_server->requestCount();
    m_server->failRequest(base + failAt, Fault::of(Fault::TruncateBody)); // never retried: stops the sync
    run.sync();
    m_server->clearFaults();
    const auto again = run.sync();
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(run.dump(), reference);
}

// The crawl's progress is a percentage: numItems (objects) at the bytes per result seen.
void TestCmisConnector::reportsCrawlProgressFromNumItems()
{
    populate(60);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), kSmallPages);
    QList<int> percents;
    run.repo = *cache::RepositoryStore(run.writer).findById(run.repo.id);
    auto connector = run.connector();
    const auto report = sync::SyncEngine(run.writer).sync(run.repo, *connector, [&](const sync::SyncProgress &p) {
        if (p.bytesTotal > 0)
            percents << int(100 * p.bytesRead / p.bytesTotal);
    });
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(percents.size() >= 9, qPrintable(QString::number(percents.size()))); // 60 in pages of 7
    QVERIFY2(percents.first() > 0 && percents.first() < 25, qPrintable(QString::number(percents.first())));
    QVERIFY(std::is_sorted(percents.begin(), percents.end()));
    QCOMPARE(percents.last(), 100);
}

void TestCmisConnector::sendsCrawlPagesAhead_data()
{
    QTest::addColumn<int>("readAhead");
    QTest::newRow("one request at a time") << 0;
    QTest::newRow("two pages ahead") << 2;
}

// A repository that takes a while to answer each query page: with pages sent ahead, the
// requests for the next pages arrive while the current one is still being answered, and
// the cache ends the same.
void TestCmisConnector::sendsCrawlPagesAhead()
{
    QFETCH(int, readAhead);
    populate(40);
    constexpr int kAnswerMs = 250;
    m_server->setFaultHook([](const fakeserver::Request &r) {
        Fault slow = Fault::of(Fault::Delay);
        slow.delayMs = kAnswerMs;
        return r.query(QStringLiteral("cmisselector")) == QLatin1String("query") ? slow : Fault();
    });
    QJsonObject settings = kSmallPages;
    settings.insert(QStringLiteral("read_ahead"), readAhead);
    settings.insert(QStringLiteral("timeout_ms"), 5000);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), settings);
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 40);
    QCOMPARE(run.count("SELECT count(DISTINCT customer_id) FROM communications"), 40);

    QList<qint64> arrivals; // of the crawl's query pages
    for (const auto &r : m_server->requests())
        if (r.query(QStringLiteral("q")).contains(QLatin1String("ORDER BY")))
            arrivals << r.receivedMs;
    QVERIFY(arrivals.size() >= 7); // 40 records in pages of 7 with overlap
    int overlapping = 0;           // asked for before the answer to the request before it was due
    for (qsizetype i = 1; i < arrivals.size(); ++i)
        overlapping += arrivals.at(i) - arrivals.at(i - 1) < kAnswerMs / 2;
    if (readAhead == 0)
        QCOMPARE(overlapping, 0);
    else
        QVERIFY2(overlapping >= 2, qPrintable(QString::number(overlapping)));
}

// A first fill asks pages in parallel by default (issue #63, "a fill at the repository's pace"):
// once the first page is in, the next page and four ahead of it are asked before any answers.
void TestCmisConnector::theDefaultAsksFourPagesAhead()
{
    populate(70);
    m_server->holdAnswers([](const fakeserver::Request &r) {
        return r.query(QStringLiteral("cmisselector")) == QLatin1String("query")
               && r.query(QStringLiteral("q")).contains(QLatin1String("ORDER BY"))
               && r.query(QStringLiteral("skipCount")).toInt() > 0;
    });
    QJsonObject settings = kSmallPages;
    settings.insert(QStringLiteral("timeout_ms"), 20000); // held answers are not given up on and asked again
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), settings);
    std::future<sync::SyncReport> fill = std::async(std::launch::async, [&run] { return run.sync(); });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldAnswers(), 5, 10000);
    QTest::qWait(200); // and no sixth
    QCOMPARE(m_server->heldAnswers(), 5);
    m_server->releaseHeld();
    const sync::SyncReport report = fill.get();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 70);
}

void TestCmisConnector::fetchesDocumentsVerifiedAndResumesWithRange()
{
    const QByteArray content = QByteArray("%PDF-1.7 ") + QByteArray(200000, 'x');
    m_server->addDocument(QStringLiteral("BIG"), {}, content);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    const QString sha = run.writer.queryText("SELECT rendition_sha256 FROM communications WHERE id = 'BIG'");
    QCOMPARE(sha.size(), 64);
    const int next = m_server->requestCount();
    m_server->failRequest(next + 1, Fault::of(Fault::DropMidBody)); // after the repository info
    auto connector = run.connector();
    const QString stored =
        connector->fetchDocument({QStringLiteral("BIG"), QStringLiteral("BIG"), sha, content.size()});
    QCOMPARE(stored, sha);
    QCOMPARE(*run.folder.contentStore().read(sha), content);
    const auto log = m_server->requests();
    QVERIFY(log.last().headers.value("range").startsWith("bytes="));
    QVERIFY(log.last().headers.value("range") != "bytes=0-");
}

void TestCmisConnector::refusesDocumentsThatDoNotMatchTheirHash()
{
    m_server->addDocument(QStringLiteral("BAD"),
                          {{QStringLiteral("cmis:contentStreamHash"),
                            QString(QStringLiteral("{sha-256}") + QString(64, QLatin1Char('a')))}});
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    auto connector = run.connector();
    try {
        connector->fetchDocument({QStringLiteral("BAD"), QStringLiteral("BAD"), QString(64, QLatin1Char('a')), 0});
        QFAIL("a document with the wrong hash was accepted");
    } catch (const sync::ConnectorError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("not the repository's")), qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("repository \"net\"")));
    }
    QVERIFY(!run.folder.contentStore().contains(QString(64, QLatin1Char('a'))));
}

void TestCmisConnector::sendsHoldsAndRetriesOnConflict()
{
    populate(2);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    auto connector = run.connector();
    const int next = m_server->requestCount();
    m_server->failRequest(next + 2, Fault::httpStatus(409)); // the first update conflicts
    sync::OutboxItem item{1, QStringLiteral("hold"), QStringLiteral("D001"), QStringLiteral("key-1"),
                          R"({"hold_id": "H-9"})"};
    const auto sent = connector->send(item);
    QVERIFY2(sent.status == sync::SendResult::Status::Accepted, qPrintable(sent.message));
    QVERIFY(m_server->properties(QStringLiteral("D001"))
                .value(QStringLiteral("cmis:rm_holdIds"))
                .toArray()
                .contains(QStringLiteral("H-9")));
    QCOMPARE(connector->send(item).status, sync::SendResult::Status::Duplicate); // sent once only
}

// The records outbox delivers to network repositories through ConnectorSender; a retry
// after a crash (the same outbox id) must not apply the hold twice.
void TestCmisConnector::outboxItemsReachANetworkRepositoryOnce()
{
    populate(2);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    records::ConnectorSender sender(run.connector());
    records::OutboxItem item;
    item.id = QStringLiteral("hold-H-7-r1");
    item.kind = QStringLiteral("hold");
    item.objectId = QStringLiteral("D001");
    item.payload = R"({"hold_id": "H-7"})";
    sender.send(item);
    sender.send(item); // re-delivered after a crash between sending and recording
    const QJsonArray holds =
        m_server->properties(QStringLiteral("D001")).value(QStringLiteral("cmis:rm_holdIds")).toArray();
    QCOMPARE(std::count(holds.begin(), holds.end(), QJsonValue(QStringLiteral("H-7"))), 1);
}

QTEST_GUILESS_MAIN(TestCmisConnector)
#include "tst_cmisconnector.moc"
