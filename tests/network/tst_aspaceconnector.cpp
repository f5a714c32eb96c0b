// The ArchivesSpace connector against a fake backend on loopback: sessions, all_ids with the
// overlap window, id_set batches, the delete feed, suppression, lock_version conflicts.
#include "fakeaspaceserver.h"
#include "networkfixture.h"

#include <QTest>

using namespace proofdesk;
using fakeserver::Fault;

class TestAspaceConnector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void syncsDigitalObjectsInBatches();
    void logsInAgainWhenTheSessionExpires();
    void findsDeletedAndSuppressedRecords();
    void sendsIdSetBatchesAhead_data();
    void sendsIdSetBatchesAhead();
    void batchesSentAheadLogInOnceWhenTheSessionExpires();
    void updatesAreFoundByTheServersClock_data();
    void updatesAreFoundByTheServersClock();
    void failsClearlyOnMalformedAnswers_data();
    void failsClearlyOnMalformedAnswers();
    void everyFailedRequestConvergesAfterResume_data();
    void everyFailedRequestConvergesAfterResume();
    void updatesWithLockVersionAndRetriesOnConflict();
    void theDefaultMappingMakesNothingUp();

private:
    std::unique_ptr<fakeserver::FakeAspaceServer> m_server;
};

void TestAspaceConnector::init()
{
    m_server = std::make_unique<fakeserver::FakeAspaceServer>();
    QVERIFY(m_server->start());
    m_server->setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
}

static const QJsonObject kSmall{{QStringLiteral("page_size"), 4}};

void TestAspaceConnector::syncsDigitalObjectsInBatches()
{
    for (int i = 0; i < 10; ++i)
        m_server->addObject({{QStringLiteral("user_defined"),
                              QJsonObject{{QStringLiteral("string_1"), QStringLiteral("CU-%1").arg(i)}}}});
    NetRun run(QStringLiteral("archivesspace"), m_server->baseUrl(), kSmall);
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 10);
    QCOMPARE(
        run.writer.queryText("SELECT customer_id FROM communications WHERE id = '/repositories/2/digital_objects/3'"),
        QStringLiteral("CU-2"));
    QCOMPARE(run.writer.queryText("SELECT rendition_sha256 FROM communications LIMIT 1").size(), 64);
    int batches = 0;
    for (const auto &r : m_server->requests())
        batches += r.hasQuery(QStringLiteral("id_set"));
    QCOMPARE(batches, 3);
    // Documents come from file_versions, verified against their checksum.
    auto connector = run.connector();
    const QString sha = run.writer.queryText("SELECT rendition_sha256 FROM communications LIMIT 1");
    const QString uri = run.writer.queryText("SELECT rendition_path FROM communications LIMIT 1");
    QCOMPARE(connector->fetchDocument({QStringLiteral("x"), uri, sha, 0}), sha);
}

void TestAspaceConnector::logsInAgainWhenTheSessionExpires()
{
    m_server->addObject();
    NetRun run(QStringLiteral("archivesspace"), m_server->baseUrl());
    QVERIFY(run.sync().ok());
    m_server->expireSessions();
    m_server->addObject();
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 2);
    QCOMPARE(m_server->logins(), 2);
    for (const auto &r : m_server->requests())
        QVERIFY2(!r.url.toString().contains(QStringLiteral("s3cret")), "the password reached a URL");
}

void TestAspaceConnector::findsDeletedAndSuppressedRecords()
{
    const qint64 a = m_server->addObject();
    const qint64 b = m_server->addObject();
    m_server->addObject();
    NetRun run(QStringLiteral("archivesspace"), m_server->baseUrl());
    QVERIFY(run.sync().ok());
    m_server->deleteObject(a);
    m_server->suppress(b);
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.result.deleted, 2);
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 1);
}

void TestAspaceConnector::failsClearlyOnMalformedAnswers_data()
{
    QTest::addColumn<QString>("request"); // the query parameter of the request answered badly
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("error");
    QTest::newRow("records not a list") << QStringLiteral("id_set") << QByteArray(R"({"not": "a list"})")
                                        << QStringLiteral("(id_set of 1): the answer is not a list of records");
}

void TestAspaceConnector::failsClearlyOnMalformedAnswers()
{
    QFETCH(QString, request);
    QFETCH(QByteArray, answer);
    QFETCH(QString, error);
    m_server->addObject();
    NetRun run(QStringLiteral("archivesspace"), m_server->baseUrl());
    m_server->setFaultHook([request, answer](const fakeserver::Request &r) {
        if (!r.hasQuery(request))
            return Fault();
        Fault f = Fault::of(Fault::Transform);
        f.transform = [answer](const QByteArray &) { return answer; };
        return f;
    });
    const auto report = run.sync();
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QStringLiteral("repository \"net\": GET /repositories/2/digital_objects")),
             qPrintable(report.error));
    QVERIFY2(report.error.contains(error), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 0);
}

void TestAspaceConnector::everyFailedRequestConvergesAfterResume_data()
{
    QTest::addColumn<int>("failAt");
    for (int n = 0; n < 8; ++n)
        QTest::addRow("request %d fails", n) << n;
}

void TestAspaceConnector::everyFailedRequestConvergesAfterResume()
{
    QFETCH(int, failAt);
    for (int i = 0; i < 9; ++i)
        m_server->addObject();
    QString reference;
    {
        NetRun clean(QStringLiteral("archivesspace"), m_server->baseUrl(), kSmall);
        QVERIFY(clean.sync().ok());
        reference = clean.dump();
    }
    NetRun run(QStringLiteral("archivesspace"), m_server->baseUrl(), kSmall);
    m_server->failRequest(m_server->requestCount() + failAt, Fault::of(Fault::TruncateBody));
    run.sync();
    m_server->clearFaults();
    const auto again = run.sync();
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(run.dump(), reference);
}

void TestAspaceConnector::updatesWithLockVersionAndRetriesOnConflict()
{
    const qint64 id = m_server->addObject();
    NetRun run(QStringLiteral("archivesspace"), m_server->baseUrl());
    auto connector = run.connector();
    const QString uri = QStringLiteral("/repositories/2/digital_objects/%1").arg(id);
    // Someone else saves the record between our read and our write, once.
    bool raced = false;
    m_server->setFaultHook([&](const fakeserver::Request &r) {
        if (r.method == "POST" && r.path() == uri && !raced) {
            raced = true;
            m_server->updateObject(id, {{QStringLiteral("title"), QStringLiteral("edited elsewhere")}});
        }
        return Fault();
    });
    const auto sent = connector->send({1, QStringLiteral("hold"), uri, QStringLiteral("k"), "{}"});
    QVERIFY2(sent.status == sync::SendResult::Status::Accepted, qPrintable(sent.message));
    const QJsonObject stored = m_server->object(id);
    QCOMPARE(stored.value(QStringLiteral("title")).toString(), QStringLiteral("edited elsewhere"));
    QVERIFY(stored.value(QStringLiteral("user_defined")).toObject().value(QStringLiteral("boolean_1")).toBool());
}

void TestAspaceConnector::sendsIdSetBatchesAhead_data()
{
    QTest::addColumn<int>("readAhead");
    QTest::newRow("one batch at a time") << 0;
    QTest::newRow("two batches ahead (the default)") << 2;
}

// A server that takes a while to answer each id_set batch: with batches sent ahead, the
// next ones are asked for while the current one is still being answered, and the cache
// ends the same.
void TestAspaceConnector::sendsIdSetBatchesAhead()
{
    QFETCH(int, readAhead);
    for (int i = 0; i < 30; ++i)
        m_server->addObject({{QStringLiteral("user_defined"),
                              QJsonObject{{QStringLiteral("string_1"), QStringLiteral("CU-%1").arg(i)}}}});
    constexpr int kAnswerMs = 250;
    m_server->setFaultHook([](const fakeserver::Request &r) {
        Fault slow = Fault::of(Fault::Delay);
        slow.delayMs = kAnswerMs;
        return r.hasQuery(QStringLiteral("id_set")) ? slow : Fault();
    });
    NetRun run(QStringLiteral("archivesspace"), m_server->baseUrl(),
               {{QStringLiteral("page_size"), 4},
                {QStringLiteral("read_ahead"), readAhead},
                {QStringLiteral("timeout_ms"), 5000}});
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 30);
    QCOMPARE(run.count("SELECT count(DISTINCT customer_id) FROM communications"), 30);

    QList<qint64> arrivals;
    for (const auto &r : m_server->requests())
        if (r.hasQuery(QStringLiteral("id_set")))
            arrivals << r.receivedMs;
    QCOMPARE(arrivals.size(), 8); // 30 records in batches of 4, each asked for once
    int overlapping = 0;          // asked for before the answer to the batch before it was due
    for (qsizetype i = 1; i < arrivals.size(); ++i)
        overlapping += arrivals.at(i) - arrivals.at(i - 1) < kAnswerMs / 2;
    if (readAhead == 0)
        QCOMPARE(overlapping, 0);
    else
        QVERIFY2(overlapping >= 3, qPrintable(QString::number(overlapping)));
}

// Batches in flight together all meet the expired session: one of them logs in again, the
// others use the new session.
void TestAspaceConnector::batchesSentAheadLogInOnceWhenTheSessionExpires()
{
    for (int i = 0; i < 3; ++i)
        m_server->addObject();
    NetRun run(QStringLiteral("archivesspace"), m_server->baseUrl(), {{QStringLiteral("page_size"), 1}});
    QVERIFY(run.sync().ok());
    for (int i = 0; i < 20; ++i)
        m_server->addObject();
    bool expired = false;
    m_server->setFaultHook([this, &expired](const fakeserver::Request &r) {
        if (r.hasQuery(QStringLiteral("id_set")) && !expired) {
            expired = true;
            m_server->expireSessions(); // from now on, until someone logs in again
        }
        return Fault();
    });
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 23);
    // The first sync's login, this sync's own (a new connector has no session), and one
    // more for the expiry, however many batches were out when it came.
    QCOMPARE(m_server->logins(), 3);
}

// modified_since is compared with the server's modification times, so the cycle's start
// comes from the server's clock (its Date header). With this machine's clock ten minutes
// ahead of the server's, the old code asked for changes since a time the server had not
// reached yet and missed the update for good.
void TestAspaceConnector::updatesAreFoundByTheServersClock_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::newRow("server clock 10 min behind") << qint64(-600);
    QTest::newRow("server clock in step") << qint64(0);
    QTest::newRow("server clock 10 min ahead") << qint64(600);
}

void TestAspaceConnector::updatesAreFoundByTheServersClock()
{
    QFETCH(qint64, skew);
    m_server->setClockSkew(skew);
    const qint64 id = m_server->addObject();
    NetRun run(QStringLiteral("archivesspace"), m_server->baseUrl());
    QVERIFY(run.sync().ok());
    m_server->updateObject(
        id, {{QStringLiteral("user_defined"), QJsonObject{{QStringLiteral("string_1"), QStringLiteral("CU-NEW")}}}});
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.writer.queryText("SELECT customer_id FROM communications"), QStringLiteral("CU-NEW"));
}

// digital_object_type ("text") is no kind of communication and no channel is "web" for want
// of one: a record without the properties type and channel read keeps them empty, and the
// sync counts it among its warnings, naming the record and the property (#25 item 11).
void TestAspaceConnector::theDefaultMappingMakesNothingUp()
{
    m_server->addObject(); // type, channel and date filled (user_defined.enum_2, enum_1, date_1)
    const QJsonObject bare{{QStringLiteral("string_1"), QStringLiteral("C-7")}};
    const qint64 a = m_server->addObject({{QStringLiteral("user_defined"), bare}});
    const qint64 b = m_server->addObject({{QStringLiteral("user_defined"), bare}});
    NetRun run(QStringLiteral("archivesspace"), m_server->baseUrl());
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.result.rejected.isEmpty());
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 3);
    QCOMPARE(run.writer.queryText("SELECT group_concat(type || '/' || channel, ',') FROM "
                                  "(SELECT type, channel FROM communications ORDER BY id)"),
             QStringLiteral("statement/print,/,/"));
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE type = 'text' OR channel = 'web'"), 0);
    QCOMPARE(report.result.warnings.size(), 2); // one per record, naming what it lacks
    for (const qint64 id : {a, b}) {
        const QString uri = QStringLiteral("/repositories/2/digital_objects/%1").arg(id);
        const auto named = std::find_if(report.result.warnings.begin(), report.result.warnings.end(),
                                        [&](const auto &w) { return w.reason.startsWith(uri + QLatin1Char(':')); });
        QVERIFY2(named != report.result.warnings.end(), qPrintable(uri));
        for (const char *part : {"type (\"user_defined.enum_2\")", "channel (\"user_defined.enum_1\")", "left empty",
                                 "issued_at (\"user_defined.date_1\") has no value; its create_time was used"})
            QVERIFY2(named->reason.contains(QLatin1String(part)), qPrintable(named->reason));
    }
    // Mapped to a fixed value, or left unread on purpose, a field is not reported.
    NetRun quiet(
        QStringLiteral("archivesspace"), m_server->baseUrl(),
        {{QStringLiteral("mapping"), QJsonObject{{QStringLiteral("channel"), QStringLiteral("=print")},
                                                 {QStringLiteral("type"), QStringLiteral("=letter")},
                                                 {QStringLiteral("issued_at"), QStringLiteral("create_time")}}}});
    const auto again = quiet.sync();
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.result.warnings.size(), 0);
    QCOMPARE(quiet.count("SELECT count(*) FROM communications WHERE type = 'letter' AND channel = 'print'"), 3);
}

QTEST_GUILESS_MAIN(TestAspaceConnector)
#include "tst_aspaceconnector.moc"
