// Document prefetch during a CMIS sync ("prefetch"), several downloads at once
// ("prefetch_parallel"), against the fake CMIS server with latency and faults: every
// document's stored bytes are exactly the repository's and verified against its SHA-256;
// a 503 that does not pass, a wrong hash and a connection that keeps dropping each fail
// their own document, reported as a warning, while the others are stored; the outcome is
// the same as fetching them one at a time; Cancel stops it; and two downloads of one
// document at once write one partial file in turn.
#include "cache/contentstore.h"
#include "dropbuilder.h" // sha256Hex
#include "fakecmisserver.h"
#include "networkfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace proofdesk;
using fakeserver::Fault;

namespace {

constexpr int kDocuments = 40;

QString docId(int i) { return QStringLiteral("D%1").arg(i, 2, 10, QLatin1Char('0')); }

// Each document its own bytes and size (1 KB to ~200 KB: some arrive in many reads).
QByteArray contentOf(int i)
{
    return "%PDF-1.7 " + docId(i).toLatin1() + ' ' + QByteArray(1000 + (i * 4999) % 200000, char('a' + i % 26));
}

// The faulty documents of the fault rows.
const QString kAlways503 = QStringLiteral("D07");   // 503 on every attempt: not fetched
const QString kOnce503 = QStringLiteral("D03");     // 503 once, then served: verified
const QString kWrongHash = QStringLiteral("D11");   // the repository's hash is another's: failed
const QString kAlwaysDrops = QStringLiteral("D15"); // the connection drops mid-body every time
const QString kDropsOnce = QStringLiteral("D19");   // drops once, resumed with Range: verified

bool isContentOf(const fakeserver::Request &r, const QString &id)
{
    return r.query(QStringLiteral("cmisselector")) == QLatin1String("content")
           && (id.isEmpty() || r.query(QStringLiteral("objectId")) == id);
}

} // namespace

class TestPrefetch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void everyDocumentIsStoredExactlyAndFailuresAreReported_data();
    void everyDocumentIsStoredExactlyAndFailuresAreReported();
    void downloadsRunSideBySideBoundedByTheSetting();
    void cancelStopsThePrefetchAndTheNextSyncFinishesIt();
    void twoDownloadsOfOneDocumentShareItsPartialFile();

private:
    void addFaults(int delayMs);
    // fixity and content_sha256 of every communication, and the warnings, as text.
    static QString outcome(NetRun &run);
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
    std::atomic_int m_once503{0};
    std::atomic_int m_dropsOnce{0};
};

void TestPrefetch::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_server->start());
    for (int i = 0; i < kDocuments; ++i) {
        QJsonObject properties;
        if (docId(i) == kWrongHash)
            properties.insert(QStringLiteral("cmis:contentStreamHash"),
                              QJsonArray{QString(QStringLiteral("{sha-256}") + sha256Hex("not the bytes of D11"))});
        m_server->addDocument(docId(i), properties, contentOf(i));
    }
    m_once503 = 0;
    m_dropsOnce = 0;
}

void TestPrefetch::addFaults(int delayMs)
{
    m_server->setFaultHook([this, delayMs](const fakeserver::Request &r) {
        if (!isContentOf(r, {}))
            return Fault();
        if (isContentOf(r, kAlways503) || (isContentOf(r, kOnce503) && m_once503++ == 0))
            return Fault::httpStatus(503);
        if (isContentOf(r, kAlwaysDrops) || (isContentOf(r, kDropsOnce) && m_dropsOnce++ == 0))
            return Fault::of(Fault::DropMidBody);
        return Fault::delay(delayMs);
    });
}

QString TestPrefetch::outcome(NetRun &run)
{
    QString out;
    cache::Statement st = run.writer.prepare("SELECT id, fixity, content_sha256 FROM communications ORDER BY id");
    while (st.step())
        out += st.columnText(0) + QLatin1Char(' ') + st.columnText(1) + QLatin1Char(' ') + st.columnText(2)
               + QLatin1Char('\n');
    return out;
}

void TestPrefetch::everyDocumentIsStoredExactlyAndFailuresAreReported_data()
{
    QTest::addColumn<int>("parallel");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("8 in flight") << 8;
    QTest::newRow("32 in flight, more than the page") << 32;
}

void TestPrefetch::everyDocumentIsStoredExactlyAndFailuresAreReported()
{
    QFETCH(int, parallel);
    addFaults(5);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(),
               {{QStringLiteral("prefetch"), true},
                {QStringLiteral("prefetch_parallel"), parallel},
                {QStringLiteral("page_size"), 16}});
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), qint64(kDocuments));

    // Exactly the documents that failed are reported, each once, naming it and why.
    QStringList warned;
    for (const auto &w : report.result.warnings) {
        const QString id = w.reason.section(QLatin1Char(' '), 1, 1).chopped(1);
        warned << id;
        QVERIFY2(w.file.contains(QStringLiteral("cmis/browser/A1")), qPrintable(w.file));
        if (id == kWrongHash)
            QVERIFY2(w.reason.contains(QStringLiteral("fixity failed")) && w.reason.contains(sha256Hex(contentOf(11))),
                     qPrintable(w.reason));
        else
            QVERIFY2(w.reason.contains(QStringLiteral("was not fetched"))
                         && w.reason.contains(QStringLiteral("repository \"net\"")),
                     qPrintable(w.reason));
    }
    warned.sort();
    QCOMPARE(warned, (QStringList{kAlways503, kWrongHash, kAlwaysDrops}));

    cache::ContentStore &store = run.folder.contentStore();
    for (int i = 0; i < kDocuments; ++i) {
        const QString id = docId(i);
        cache::Statement st = run.writer.prepare("SELECT fixity, content_sha256 FROM communications WHERE id = ?1");
        st.bind(1, id);
        QVERIFY(st.step());
        const QString fixity = st.columnText(0);
        const QString stored = st.columnText(1);
        if (id == kAlways503 || id == kAlwaysDrops) {
            QCOMPARE(fixity, QStringLiteral("missing")); // kept without its bytes
            QVERIFY(stored.isEmpty());
            QVERIFY(!store.contains(sha256Hex(contentOf(i))));
        } else if (id == kWrongHash) {
            QCOMPARE(fixity, QStringLiteral("failed"));
            QCOMPARE(stored, sha256Hex(contentOf(i))); // what the bytes hash to…
            QVERIFY(!store.contains(stored));          // …but they were not stored
        } else {
            QVERIFY2(fixity == QLatin1String("verified"), qPrintable(id));
            QCOMPARE(stored, sha256Hex(contentOf(i)));
            QCOMPARE(*store.read(stored), contentOf(i));
        }
    }
    // The only partial file left is the one still to be resumed: no stray or mixed pieces.
    const QStringList partials = QDir(run.data.path() + QStringLiteral("/partial")).entryList(QDir::Files);
    QCOMPARE(partials.size(), 1);
    QVERIFY(QFileInfo(run.data.path() + QStringLiteral("/partial/") + partials.first()).size() < contentOf(15).size());

    // The same as one at a time: a fresh folder synced serially records the same outcome.
    m_once503 = 0;
    m_dropsOnce = 0;
    NetRun serial(QStringLiteral("cmis"), m_server->serviceUrl(),
                  {{QStringLiteral("prefetch"), true},
                   {QStringLiteral("prefetch_parallel"), 1},
                   {QStringLiteral("page_size"), 16}});
    QVERIFY(serial.sync().ok());
    QCOMPARE(outcome(run), outcome(serial));
    QCOMPARE(run.dump(), serial.dump());

    // The next sync fetches what failed once the repository serves it.
    m_server->clearFaults();
    m_server->addDocument(kAlways503, {}, contentOf(7)); // touched: the change log names it
    m_server->addDocument(kAlwaysDrops, {}, contentOf(15));
    const auto again = run.sync();
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.result.warnings.isEmpty());
    QCOMPARE(*store.read(sha256Hex(contentOf(7))), contentOf(7));
    QCOMPARE(*store.read(sha256Hex(contentOf(15))), contentOf(15));
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE fixity = 'verified'"), qint64(kDocuments - 1));
}

// The downloads are in flight together, never more than the setting: with the repository's
// answers to them held back, as many requests as the setting arrive, and no more.
void TestPrefetch::downloadsRunSideBySideBoundedByTheSetting()
{
    constexpr int parallel = 6;
    m_server->holdAnswers([](const fakeserver::Request &r) { return isContentOf(r, {}); });
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(),
               {{QStringLiteral("prefetch"), true},
                {QStringLiteral("prefetch_parallel"), parallel},
                {QStringLiteral("timeout_ms"), 600000}}); // held, not gone
    QFuture<sync::SyncReport> synced = QtConcurrent::run([&run] { return run.sync(); });
    const auto finish = qScopeGuard([&] {
        m_server->releaseHeld();
        synced.waitForFinished();
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldAnswers(), parallel, 60000);
    QTest::qWait(300); // a download past the setting would be asked meanwhile
    QCOMPARE(m_server->heldAnswers(), parallel);
    m_server->releaseHeld();
    synced.waitForFinished();
    QVERIFY(synced.result().ok());
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE fixity = 'verified'"),
             qint64(kDocuments - 1)); // not D11
    const QList<fakeserver::Request> requests = m_server->requests();
    QCOMPARE(std::count_if(requests.begin(), requests.end(), [](const auto &r) { return isContentOf(r, {}); }),
             kDocuments);
}

void TestPrefetch::cancelStopsThePrefetchAndTheNextSyncFinishesIt()
{
    // Shared with the server's thread, which may outlive this function's frame.
    const auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    const auto counter = std::make_shared<std::atomic_int>(0);
    std::atomic_bool &cancel = *cancelFlag;
    std::atomic_int &contentRequests = *counter;
    m_server->setFaultHook([cancelFlag, counter](const fakeserver::Request &r) {
        if (isContentOf(r, {}) && ++*counter == 10)
            *cancelFlag = true; // Cancel pressed while documents are on their way
        return Fault::delay(isContentOf(r, {}) ? 100 : 0);
    });
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(),
               {{QStringLiteral("prefetch"), true}, {QStringLiteral("prefetch_parallel"), 4}});
    sync::ConnectorEnvironment env;
    env.dataDir = run.data.path();
    env.credentials = sync::CredentialStore(false);
    env.httpDefaults = NetRun::fastHttp();
    env.httpDefaults.timeoutMs = 60000; // slow, not gone
    env.cancel = &cancel;
    auto connector = sync::createConnector(run.repo, run.folder.contentStore(), env);
    const auto report = sync::SyncEngine(run.writer).sync(run.repo, *connector, {}, &cancel);
    QVERIFY(report.cancelled);
    // No download started after Cancel but those already asked for by the 4 in flight.
    QVERIFY2(contentRequests <= 10 + 4, qPrintable(QString::number(contentRequests.load())));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 0); // the page was not applied

    m_server->clearFaults();
    const auto again = run.sync();
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.result.warnings.size(), 1); // D11: the repository's hash is not its bytes'
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE fixity = 'verified'"), qint64(kDocuments - 1));
}

// Two downloads of one document at once (a prefetch and the detail pane's fetch) would write
// one partial file together: the second waits for the first, then finds the bytes stored.
void TestPrefetch::twoDownloadsOfOneDocumentShareItsPartialFile()
{
    m_server->setFaultHook([](const fakeserver::Request &r) { return Fault::delay(isContentOf(r, {}) ? 100 : 0); });
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    auto connector = run.connector();
    // The connector reads the repository's description once, on its first fetch.
    connector->fetchDocument({QStringLiteral("D31"), QStringLiteral("D31"), sha256Hex(contentOf(31)), 0});
    const sync::DocumentRef ref{QStringLiteral("D30"), QStringLiteral("D30"), sha256Hex(contentOf(30)), 0};
    QList<QFuture<QString>> fetches;
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    for (int i = 0; i < 4; ++i)
        fetches << QtConcurrent::run(&pool, [&] { return connector->fetchDocument(ref); });
    for (auto &f : fetches)
        QCOMPARE(f.result(), sha256Hex(contentOf(30)));
    int downloads = 0;
    for (const auto &r : m_server->requests())
        downloads += isContentOf(r, QStringLiteral("D30"));
    QCOMPARE(downloads, 1);
    QCOMPARE(*run.folder.contentStore().read(sha256Hex(contentOf(30))), contentOf(30));
}

QTEST_GUILESS_MAIN(TestPrefetch)
#include "tst_prefetch.moc"
