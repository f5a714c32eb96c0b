// Documents fetched on demand from the fake CMIS server: the cache records where the bytes
// are (content_sha256) and their fixity in one transaction — verified when they hash to the
// repository's cmis:contentStreamHash, failed when not — and an interrupted download changes
// nothing and is resumed with HTTP Range.
#include "cache/sqlite.h"
#include "dropbuilder.h" // sha256Hex
#include "fakeaspaceserver.h"
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "sync/documentfetch.h"

#include <QJsonArray>
#include <QTest>

using namespace proofdesk;
using fakeserver::Fault;

namespace {

QJsonArray hashProperty(const QString &hex) { return QJsonArray{QString(QStringLiteral("{sha-256}") + hex)}; }

// A document large enough to arrive in many reads and to be stored in several chunks
// (ContentStore::putFile copies 1 MiB at a time), and a different one of the same size.
const QByteArray kContent = QByteArray("%PDF-1.7 first ") + QByteArray(2500000, 'a');
const QByteArray kReplacement = QByteArray("%PDF-1.7 other ") + QByteArray(2500000, 'b');

} // namespace

class TestDocumentFetch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void recordsFixityWithTheBytes_data();
    void recordsFixityWithTheBytes();
    void anInterruptedFetchChangesNothingAndResumesWithRange();
    void aResumeOntoAnOlderVersionIsFetchedWhole();
    void fixityAndLocationAreWrittenInOneTransaction();
    void aVerdictOnReplacedBytesIsNotRecorded();
    void bytesRewrittenInTheRepositoryAreFoundWhenAsked();
    void aDocumentTheRepositoryDoesNotHaveIsAskedForOnce_data();
    void aDocumentTheRepositoryDoesNotHaveIsAskedForOnce();

private:
    // Drops the connection halfway through every content answer until clearFaults().
    void dropContent();
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
};

void TestDocumentFetch::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_server->start());
}

void TestDocumentFetch::dropContent()
{
    m_server->setFaultHook([](const fakeserver::Request &r) {
        return r.query(QStringLiteral("cmisselector")) == QLatin1String("content") ? Fault::of(Fault::DropMidBody)
                                                                                   : Fault();
    });
}

void TestDocumentFetch::recordsFixityWithTheBytes_data()
{
    QTest::addColumn<QJsonValue>("hash"); // cmis:contentStreamHash as the repository gives it
    QTest::addColumn<QString>("fixity");  // recorded
    QTest::addColumn<bool>("stored");     // the bytes are in the content store
    QTest::newRow("bytes match the repository's hash")
        << QJsonValue(hashProperty(sha256Hex(kContent))) << QStringLiteral("verified") << true;
    QTest::newRow("bytes do not match: failed")
        << QJsonValue(hashProperty(sha256Hex(kReplacement))) << QStringLiteral("failed") << false;
    QTest::newRow("no hash offered: kept, unverifiable")
        << QJsonValue(QJsonArray{}) << QStringLiteral("missing") << true;
}

void TestDocumentFetch::recordsFixityWithTheBytes()
{
    QFETCH(QJsonValue, hash);
    QFETCH(QString, fixity);
    QFETCH(bool, stored);
    m_server->addDocument(QStringLiteral("D1"), {{QStringLiteral("cmis:contentStreamHash"), hash}}, kContent);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    QCOMPARE(run.writer.queryText("SELECT fixity FROM communications WHERE id = 'D1'"), QStringLiteral("missing"));
    QVERIFY(run.writer.queryText("SELECT content_sha256 FROM communications WHERE id = 'D1'").isEmpty());

    auto connector = run.connector();
    const auto outcome = sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(QStringLiteral("D1"));
    QCOMPARE(domain::fixityName(outcome.fixity), fixity);
    QCOMPARE(outcome.contentSha256, sha256Hex(kContent));
    QCOMPARE(run.writer.queryText("SELECT fixity FROM communications WHERE id = 'D1'"), fixity);
    QCOMPARE(run.writer.queryText("SELECT content_sha256 FROM communications WHERE id = 'D1'"), sha256Hex(kContent));
    QCOMPARE(run.folder.contentStore().contains(sha256Hex(kContent)), stored);
    if (fixity == QLatin1String("failed")) {
        QVERIFY2(outcome.problem.contains(QStringLiteral("repository \"net\"")), qPrintable(outcome.problem));
        QVERIFY2(outcome.problem.contains(sha256Hex(kReplacement)), qPrintable(outcome.problem));
        QVERIFY(!run.folder.contentStore().contains(sha256Hex(kReplacement)));
    } else {
        // Verified says nothing more; fetched without a hash says why it is unverified.
        QCOMPARE(outcome.problem.contains(QStringLiteral("cannot be verified")), fixity == QLatin1String("missing"));
        QCOMPARE(*run.folder.contentStore().read(sha256Hex(kContent)), kContent);
    }
}

void TestDocumentFetch::anInterruptedFetchChangesNothingAndResumesWithRange()
{
    m_server->addDocument(QStringLiteral("D1"), {}, kContent);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    auto connector = run.connector();
    sync::DocumentFetch fetch(run.writer, run.repo.id, *connector);

    dropContent(); // every attempt breaks off halfway
    try {
        fetch.fetch(QStringLiteral("D1"));
        QFAIL("an incomplete document was accepted");
    } catch (const sync::ConnectorError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("repository \"net\"")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("cmis/browser/A1/root")), qPrintable(e.message()));
    }
    QCOMPARE(run.writer.queryText("SELECT fixity FROM communications WHERE id = 'D1'"), QStringLiteral("missing"));
    QVERIFY(run.writer.queryText("SELECT content_sha256 FROM communications WHERE id = 'D1'").isEmpty());
    QVERIFY(!run.folder.contentStore().contains(sha256Hex(kContent)));

    m_server->clearFaults();
    const int before = m_server->requestCount();
    const auto outcome = fetch.fetch(QStringLiteral("D1"));
    QCOMPARE(outcome.fixity, domain::Fixity::Verified);
    QCOMPARE(run.writer.queryText("SELECT fixity FROM communications WHERE id = 'D1'"), QStringLiteral("verified"));
    QCOMPARE(*run.folder.contentStore().read(sha256Hex(kContent)), kContent);
    // For the rest only: the bytes of the broken attempts were kept, nothing starts over.
    const auto log = m_server->requests().mid(before);
    QVERIFY(!log.isEmpty());
    for (const auto &r : log) {
        const QByteArray range = r.headers.value("range");
        QVERIFY2(range.startsWith("bytes=") && range != "bytes=0-", range.constData());
    }
}

// The bytes kept from a broken download were of the version the repository has since
// replaced: resumed, they make a document that matches neither hash. That is not a fixity
// failure of the document; it is fetched again whole, and verified.
void TestDocumentFetch::aResumeOntoAnOlderVersionIsFetchedWhole()
{
    m_server->addDocument(QStringLiteral("D1"), {}, kContent);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    dropContent();
    QVERIFY_THROWS_EXCEPTION(
        sync::ConnectorError,
        sync::DocumentFetch(run.writer, run.repo.id, *run.connector()).fetch(QStringLiteral("D1")));
    m_server->clearFaults();

    m_server->addDocument(QStringLiteral("D1"), {}, kReplacement); // a new version, same object
    QVERIFY(run.sync().ok());
    QCOMPARE(run.writer.queryText("SELECT rendition_sha256 FROM communications WHERE id = 'D1'"),
             sha256Hex(kReplacement));
    const int before = m_server->requestCount();
    auto connector = run.connector();
    const auto outcome = sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(QStringLiteral("D1"));
    QVERIFY2(outcome.fixity == domain::Fixity::Verified, qPrintable(outcome.problem));
    QCOMPARE(*run.folder.contentStore().read(sha256Hex(kReplacement)), kReplacement);
    QCOMPARE(run.writer.queryText("SELECT content_sha256 FROM communications WHERE id = 'D1'"),
             sha256Hex(kReplacement));
    const auto log = m_server->requests().mid(before);
    QVERIFY(log.size() >= 2);
    QVERIFY(log.at(log.size() - 2).headers.value("range").startsWith("bytes=")); // the resume…
    QVERIFY(!log.last().headers.contains("range"));                              // …then whole
}

// If recording the fixity fails, where the bytes are is not recorded either (and the
// other way round): a trigger refuses the verdict, and content_sha256 stays as it was.
void TestDocumentFetch::fixityAndLocationAreWrittenInOneTransaction()
{
    m_server->addDocument(QStringLiteral("D1"), {}, kContent);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    run.writer.exec("CREATE TEMP TRIGGER refuse_verdict BEFORE UPDATE OF fixity ON communications "
                    "WHEN NEW.fixity = 'verified' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    auto connector = run.connector();
    sync::DocumentFetch fetch(run.writer, run.repo.id, *connector);
    QVERIFY_THROWS_EXCEPTION(cache::SqliteError, fetch.fetch(QStringLiteral("D1")));
    QCOMPARE(run.writer.queryText("SELECT fixity FROM communications WHERE id = 'D1'"), QStringLiteral("missing"));
    QVERIFY(run.writer.queryText("SELECT content_sha256 FROM communications WHERE id = 'D1'").isEmpty());
    QVERIFY(run.folder.contentStore().contains(sha256Hex(kContent))); // bytes first, then the row

    run.writer.exec("DROP TRIGGER refuse_verdict");
    const int before = m_server->requestCount();
    QCOMPARE(fetch.fetch(QStringLiteral("D1")).fixity, domain::Fixity::Verified);
    QCOMPARE(m_server->requestCount(), before); // found in the store: no second download
    QCOMPARE(run.writer.queryText("SELECT content_sha256 FROM communications WHERE id = 'D1'"), sha256Hex(kContent));
}

// A sync that replaces the record while its bytes are on their way: the verdict is about
// bytes the record no longer names, and is not recorded.
void TestDocumentFetch::aVerdictOnReplacedBytesIsNotRecorded()
{
    m_server->addDocument(QStringLiteral("D1"), {}, kContent);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    const QString databasePath = run.folder.databasePath();
    m_server->setFaultHook([databasePath](const fakeserver::Request &r) {
        if (r.query(QStringLiteral("cmisselector")) == QLatin1String("content")) {
            cache::Database other = cache::CacheFile::openWriter(databasePath);
            other.exec("UPDATE communications SET rendition_sha256 = 'replaced' WHERE id = 'D1'");
        }
        return Fault();
    });
    auto connector = run.connector();
    try {
        sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(QStringLiteral("D1"));
        QFAIL("a verdict on replaced bytes was recorded");
    } catch (const sync::ConnectorError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("changed while its document was being fetched")),
                 qPrintable(e.message()));
    }
    QCOMPARE(run.writer.queryText("SELECT fixity FROM communications WHERE id = 'D1'"), QStringLiteral("missing"));
    QVERIFY(run.writer.queryText("SELECT content_sha256 FROM communications WHERE id = 'D1'").isEmpty());
}

// Issue #63 item 2: the repository rewrote a fetched letter's bytes and kept its checksum, with no
// change record. Viewing reads the desk's verified copy; `fetch` (Source::Repository) asks the
// repository again, compares, and records the failure: it had said "verified" from the store.
void TestDocumentFetch::bytesRewrittenInTheRepositoryAreFoundWhenAsked()
{
    const QJsonObject hash{{QStringLiteral("cmis:contentStreamHash"),
                            QJsonArray{QString(QStringLiteral("{sha-256}") + sha256Hex(kContent))}}};
    m_server->addDocument(QStringLiteral("D1"), hash, kContent);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    auto connector = run.connector();
    sync::DocumentFetch fetch(run.writer, run.repo.id, *connector);
    QCOMPARE(fetch.fetch(QStringLiteral("D1")).fixity, domain::Fixity::Verified);

    m_server->addDocument(QStringLiteral("D1"), hash, kReplacement); // the same checksum claimed
    const int before = m_server->requestCount();
    QCOMPARE(fetch.fetch(QStringLiteral("D1")).fixity, domain::Fixity::Verified); // the desk's own copy
    QCOMPARE(m_server->requestCount(), before);
    const auto asked = fetch.fetch(QStringLiteral("D1"), sync::DocumentFetch::Source::Repository);
    QVERIFY(m_server->requestCount() > before);
    QCOMPARE(asked.fixity, domain::Fixity::Failed);
    QVERIFY2(asked.problem.contains(sha256Hex(kReplacement)), qPrintable(asked.problem));
    QCOMPARE(run.writer.queryText("SELECT fixity FROM communications WHERE id = 'D1'"), QStringLiteral("failed"));
    QCOMPARE(*run.folder.contentStore().read(sha256Hex(kContent)), kContent); // the bytes first seen are kept
}

void TestDocumentFetch::aDocumentTheRepositoryDoesNotHaveIsAskedForOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("cmis") << QStringLiteral("cmis");
    QTest::newRow("archivesspace") << QStringLiteral("archivesspace");
}

// A 404 for a document is the repository's answer, not a failure to retry: it went out twice
// (issue #40 item 5). The fetch fails naming it, the cache unchanged.
void TestDocumentFetch::aDocumentTheRepositoryDoesNotHaveIsAskedForOnce()
{
    QFETCH(QString, kind);
    std::unique_ptr<fakeserver::FakeHttpServer> server;
    QUrl url;
    QString id;
    if (kind == QLatin1String("cmis")) {
        m_server->addDocument(QStringLiteral("D1"),
                              {{QStringLiteral("cmis:contentStreamHash"), hashProperty(sha256Hex(kContent))}},
                              kContent);
        url = m_server->serviceUrl();
        id = QStringLiteral("D1");
    } else {
        auto aspace = std::make_unique<fakeserver::FakeAspaceServer>();
        QVERIFY(aspace->start());
        aspace->setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
        id = QStringLiteral("/repositories/2/digital_objects/%1").arg(aspace->addObject({}, kContent));
        url = aspace->baseUrl();
        server = std::move(aspace);
    }
    fakeserver::FakeHttpServer &http = server ? *server : static_cast<fakeserver::FakeHttpServer &>(*m_server);
    NetRun run(kind, url);
    QVERIFY(run.sync().ok());
    const auto isContent = [](const fakeserver::Request &r) {
        return r.query(QStringLiteral("cmisselector")) == QLatin1String("content")
               || r.path().startsWith(QLatin1String("/files/"));
    };
    http.setFaultHook(
        [isContent](const fakeserver::Request &r) { return isContent(r) ? Fault::httpStatus(404) : Fault(); });
    auto connector = run.connector();
    QVERIFY_THROWS_EXCEPTION(sync::ConnectorError, sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(id));
    int asked = 0;
    for (const fakeserver::Request &r : http.requests())
        asked += isContent(r);
    QCOMPARE(asked, 1);
    QCOMPARE(run.writer.queryText("SELECT fixity FROM communications"), QStringLiteral("missing"));
}

QTEST_GUILESS_MAIN(TestDocumentFetch)
#include "tst_documentfetch.moc"
