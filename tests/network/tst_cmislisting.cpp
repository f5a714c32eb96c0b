// The CMIS id listing that ends every crawl (#25 item 6), against the fake repository holding
// its queries to the CMIS 1.1 grammar: cmis:objectId is not orderable and an Id compares only
// with =, <> and IN, so the listing orders by the creation date the type declares orderable
// and goes on from the last date listed. More than one page of objects, deletions and
// additions during the crawl and during the listing, objects sharing one creation date, and
// a repository that ignores a WHERE it finds too hard: the cache ends with every live object,
// once, and nothing else.
#include "fakecmisserver.h"
#include "networkfixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>
#include <atomic>

using namespace proofdesk;
using fakeserver::FakeCmisServer;
using fakeserver::Fault;
using Grammar = fakeserver::FakeCmisServer::Grammar;

class TestCmisListing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void theOldIdListingIsRefusedByAStrictRepository();
    void moreThanAPageOfObjectsIsListedOnce_data();
    void moreThanAPageOfObjectsIsListedOnce();
    void changesDuringCrawlAndListingLeaveExactlyTheLiveObjects_data();
    void changesDuringCrawlAndListingLeaveExactlyTheLiveObjects();
    void theSortKeyIsWhatTheTypeDeclaresOrderable_data();
    void theSortKeyIsWhatTheTypeDeclaresOrderable();
    void aConfiguredQuerysConditionsBoundTheListing();

private:
    void populate(int count, bool oneDate);
    QStringList cachedIds(NetRun &run);
    QStringList liveIds();
    std::unique_ptr<FakeCmisServer> m_server;
};

namespace {

constexpr int kObjects = 2500;         // more than one listing page (4 × the default page of 500)
const qint64 kOneDate = 1748736000000; // 2025-06-01: before every document added later
// The fake evaluates every query over all its objects: on a busy machine, more than the
// fixture's 200 ms.
const QJsonObject kPatient{{QStringLiteral("timeout_ms"), 5000}};

QString docId(int i) { return QStringLiteral("D%1").arg(i, 5, 10, QLatin1Char('0')); }

bool isListing(const fakeserver::Request &r)
{
    return r.query(QStringLiteral("q")).startsWith(QLatin1String("SELECT cmis:objectId"));
}

bool isCrawl(const fakeserver::Request &r)
{
    const QString q = r.query(QStringLiteral("q"));
    return q.startsWith(QLatin1String("SELECT * FROM cmis:document")) && !q.contains(QLatin1String(" IN ("));
}

QList<fakeserver::Request> queries(const FakeCmisServer &server, bool (*which)(const fakeserver::Request &))
{
    QList<fakeserver::Request> out;
    for (const auto &r : server.requests())
        if (which(r))
            out << r;
    return out;
}

} // namespace

void TestCmisListing::init()
{
    m_server = std::make_unique<FakeCmisServer>();
    QVERIFY(m_server->start());
}

void TestCmisListing::populate(int count, bool oneDate)
{
    for (int i = 0; i < count; ++i) {
        QJsonObject props{{QStringLiteral("exs:customerId"), QStringLiteral("C-%1").arg(i)}};
        if (oneDate) // a bulk load stamped with one creation date
            props.insert(QStringLiteral("cmis:creationDate"), double(kOneDate));
        m_server->addDocument(docId(i), props);
    }
}

QStringList TestCmisListing::cachedIds(NetRun &run)
{
    QStringList ids;
    cache::Statement st = run.writer.prepare("SELECT rendition_path FROM communications ORDER BY 1");
    while (st.step())
        ids << st.columnText(0);
    return ids;
}

QStringList TestCmisListing::liveIds()
{
    QStringList ids = m_server->documentIds();
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The listing Proofdesk sent before (a keyset on cmis:objectId) is what a repository that
// enforces CMIS 1.1 refuses, and what one that ignores hard conditions answers from the start.
void TestCmisListing::theOldIdListingIsRefusedByAStrictRepository()
{
    populate(5, false);
    const QString old = QStringLiteral("SELECT cmis:objectId FROM cmis:document WHERE cmis:objectId > 'D00002' "
                                       "ORDER BY cmis:objectId ASC");
    QNetworkAccessManager network;
    const auto ask = [&]() {
        QUrl url = m_server->serviceUrl();
        url.setPath(url.path() + QStringLiteral("/A1"));
        url.setQuery(QUrlQuery{{QStringLiteral("cmisselector"), QStringLiteral("query")}, {QStringLiteral("q"), old}});
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const auto answer = std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                           QJsonDocument::fromJson(reply->readAll()).object());
        reply->deleteLater();
        return answer;
    };
    const auto [status, body] = ask();
    QCOMPARE(status, 400);
    QCOMPARE(body.value(QStringLiteral("exception")).toString(), QStringLiteral("invalidArgument"));
    QVERIFY2(body.value(QStringLiteral("message")).toString().contains(QLatin1String("cmis:objectId")),
             qPrintable(body.value(QStringLiteral("message")).toString()));

    m_server->setGrammar(Grammar::IgnoresHardConditions);
    const auto [lenientStatus, lenientBody] = ask();
    QCOMPARE(lenientStatus, 200);
    const QJsonArray results = lenientBody.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5); // the WHERE ignored: from the first object on
    QCOMPARE(results.first()
                 .toObject()
                 .value(QStringLiteral("succinctProperties"))
                 .toObject()
                 .value(QStringLiteral("cmis:objectId"))
                 .toString(),
             docId(0));
}

void TestCmisListing::moreThanAPageOfObjectsIsListedOnce_data()
{
    QTest::addColumn<Grammar>("grammar");
    QTest::addColumn<bool>("oneDate");
    QTest::newRow("strict, distinct creation dates") << Grammar::Strict << false;
    QTest::newRow("strict, one creation date for all") << Grammar::Strict << true;
    QTest::newRow("ignores hard conditions, distinct dates") << Grammar::IgnoresHardConditions << false;
    QTest::newRow("ignores hard conditions, one date") << Grammar::IgnoresHardConditions << true;
}

void TestCmisListing::moreThanAPageOfObjectsIsListedOnce()
{
    QFETCH(Grammar, grammar);
    QFETCH(bool, oneDate);
    m_server->setGrammar(grammar);
    populate(kObjects, oneDate);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), kPatient);
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.result.accepted, kObjects);
    QCOMPARE(cachedIds(run), liveIds());
    const auto listing = queries(*m_server, &isListing);
    QVERIFY2(listing.size() >= 2, "the listing took one page");
    for (const auto &r : listing) // ordered by what the type declares orderable, never by the id
        QVERIFY2(r.query(QStringLiteral("q")).endsWith(QLatin1String(" ORDER BY cmis:creationDate ASC")),
                 qPrintable(r.query(QStringLiteral("q"))));
    // A second sync follows the change log: nothing changed, nothing applied.
    const auto again = run.sync();
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.result.accepted, 0);
}

void TestCmisListing::changesDuringCrawlAndListingLeaveExactlyTheLiveObjects_data()
{
    QTest::addColumn<Grammar>("grammar");
    QTest::addColumn<bool>("oneDate");
    QTest::addColumn<bool>("duringListing"); // else during the crawl
    QTest::addColumn<bool>("resync");        // a second sync that crawls again (truncated log)
    for (const bool listing : {false, true})
        for (const bool oneDate : {false, true}) {
            const QByteArray when = listing ? "during the listing" : "during the crawl";
            const QByteArray dates = oneDate ? ", one creation date" : ", distinct dates";
            QTest::newRow(QByteArray("strict, " + when + dates).constData())
                << Grammar::Strict << oneDate << listing << false;
            QTest::newRow(QByteArray("ignores hard conditions, " + when + dates).constData())
                << Grammar::IgnoresHardConditions << oneDate << listing << false;
        }
    QTest::newRow("strict, a resync's listing, one date") << Grammar::Strict << true << true << true;
    QTest::newRow("strict, a resync's listing, distinct dates") << Grammar::Strict << false << true << true;
}

// Deleting objects already read shifts every later one left (skipCount would step over as
// many live objects); adding ones shifts nothing the listing still has to read. Whether it
// happens while the crawl pages or while the listing does, the cache ends holding exactly
// what lives: the objects the crawl stepped over are fetched by id, and the ones deleted go.
void TestCmisListing::changesDuringCrawlAndListingLeaveExactlyTheLiveObjects()
{
    QFETCH(Grammar, grammar);
    QFETCH(bool, oneDate);
    QFETCH(bool, duringListing);
    QFETCH(bool, resync);
    m_server->setGrammar(grammar);
    populate(kObjects, oneDate);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), kPatient);
    if (resync) {
        const auto first = run.sync();
        QVERIFY2(first.ok(), qPrintable(first.error));
        m_server->addDocument(docId(80000));
        m_server->truncateLog(); // the log no longer reaches back to the last event read: crawl and list again
    }
    auto seen = std::make_shared<std::atomic_int>(0);
    FakeCmisServer *server = m_server.get();
    m_server->setFaultHook([=](const fakeserver::Request &r) {
        if ((duringListing ? isListing(r) : isCrawl(r)) && seen->fetch_add(1) == (duringListing ? 1 : 2)) {
            for (int i = 0; i < 10; ++i) // ten of the first objects, long since read
                server->deleteDocument(docId(3 * i + 1));
            for (int i = 0; i < 5; ++i)
                server->addDocument(docId(90000 + i));
        }
        return Fault();
    });
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(seen->load() > (duringListing ? 1 : 2), "the change was never made");
    QCOMPARE(m_server->documentCount(), kObjects - 10 + 5 + (resync ? 1 : 0));
    QCOMPARE(cachedIds(run), liveIds());
}

void TestCmisListing::theSortKeyIsWhatTheTypeDeclaresOrderable_data()
{
    QTest::addColumn<QStringList>("notOrderable");
    QTest::addColumn<QString>("orderBy"); // empty: no ORDER BY at all
    QTest::newRow("cmis:creationDate orderable") << QStringList() << QStringLiteral("cmis:creationDate");
    QTest::newRow("only cmis:lastModificationDate orderable")
        << QStringList{QStringLiteral("cmis:creationDate")} << QStringLiteral("cmis:lastModificationDate");
    QTest::newRow("no orderable date") << QStringList{QStringLiteral("cmis:creationDate"),
                                                      QStringLiteral("cmis:lastModificationDate")}
                                       << QString();
}

// The crawl and the listing order by the first date the type's definition declares orderable;
// without one they page by skipCount in the repository's own order, each page checked
// against the objects it read last, and a deletion during the listing still loses nothing.
void TestCmisListing::theSortKeyIsWhatTheTypeDeclaresOrderable()
{
    QFETCH(QStringList, notOrderable);
    QFETCH(QString, orderBy);
    for (const QString &p : std::as_const(notOrderable))
        m_server->setBaseOrderable(p, false);
    populate(300, false);
    auto listings = std::make_shared<std::atomic_int>(0);
    FakeCmisServer *server = m_server.get();
    m_server->setFaultHook([=](const fakeserver::Request &r) {
        if (isListing(r) && listings->fetch_add(1) == 1)
            for (int i = 0; i < 5; ++i)
                server->deleteDocument(docId(2 * i));
        return Fault();
    });
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(),
               {{QStringLiteral("page_size"), 25}}); // listing pages of 100
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(cachedIds(run), liveIds());
    for (const auto &r : m_server->requests()) {
        const QString q = r.query(QStringLiteral("q"));
        if (q.isEmpty() || q.contains(QLatin1String(" IN (")))
            continue;
        if (orderBy.isEmpty())
            QVERIFY2(!q.contains(QLatin1String("ORDER BY")), qPrintable(q));
        else
            QVERIFY2(q.endsWith(QStringLiteral(" ORDER BY %1 ASC").arg(orderBy)), qPrintable(q));
    }
}

// A configured query's own conditions are kept, whole, in every listing page: objects outside
// them are neither listed nor mistaken for deleted ones.
void TestCmisListing::aConfiguredQuerysConditionsBoundTheListing()
{
    for (int i = 0; i < 60; ++i)
        m_server->addDocument(
            docId(i), {{QStringLiteral("exs:channel"), i % 3 ? QStringLiteral("email") : QStringLiteral("print")}});
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(),
               {{QStringLiteral("page_size"), 7},
                {QStringLiteral("query"), QStringLiteral("SELECT * FROM cmis:document WHERE exs:channel = 'email' OR "
                                                         "exs:channel = 'sms' ORDER BY cmis:creationDate ASC")}});
    for (int pass = 0; pass < 2; ++pass) {
        const auto report = run.sync();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.result.deleted, 0);
        QCOMPARE(run.count("SELECT count(*) FROM communications"), 40 + pass);
        QCOMPARE(run.count("SELECT count(*) FROM communications WHERE channel = 'print'"), 0);
        m_server->addDocument(docId(100), {{QStringLiteral("exs:channel"), QStringLiteral("email")}});
        m_server->addDocument(docId(101), {{QStringLiteral("exs:channel"), QStringLiteral("print")}});
        m_server->truncateLog(); // the second pass crawls and lists again
    }
    const auto listing = queries(*m_server, &isListing);
    QVERIFY(listing.size() >= 2);
    for (const auto &r : listing)
        QVERIFY2(r.query(QStringLiteral("q"))
                     .contains(QLatin1String("WHERE (exs:channel = 'email' OR exs:channel = 'sms')")),
                 qPrintable(r.query(QStringLiteral("q"))));
}

QTEST_GUILESS_MAIN(TestCmisListing)
#include "tst_cmislisting.moc"
