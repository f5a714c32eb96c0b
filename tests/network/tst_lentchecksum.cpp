// A checksum never stands in for the bytes (issue #40 item 1). A repository claimed for one
// record (B) the SHA-256 of another record's letter (A's); once A had been fetched, a fetch
// of B reported "verified" without a request reaching the repository, and B's evidence
// package carried A's letter: another customer's letter in a court package, marked
// verified. The content store shares bytes between records, never an identity: B is
// verified only by its own bytes from its own source. Both kinds of repository, both
// orders, on demand and by a prefetching sync, over real HTTP to the fake servers.
#include "cache/migrations.h"
#include "compliance/evidencepackage.h"
#include "dropbuilder.h" // sha256Hex
#include "fakeaspaceserver.h"
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "records/localrecordsstore.h"
#include "records/rolegrants.h"
#include "records/session.h"
#include "sync/documentfetch.h"

#include <QJsonArray>
#include <QTest>
#include <algorithm>

using namespace proofdesk;

namespace {

const QByteArray kLetterA = "%PDF-1.4 customer A: your claim CLM-1 is settled";
const QByteArray kLetterB = "%PDF-1.4 customer B: your policy P-9 renews";

// A repository of the kind with two records: A, whose hash is its own letter's, and B,
// whose repository hash names A's letter while its source serves B's letter.
struct TwoRecords
{
    std::unique_ptr<fakeserver::FakeHttpServer> server;
    QUrl url;
    QString a, b; // the communications' ids in the cache

    explicit TwoRecords(const QString &kind)
    {
        const QString claimed = sha256Hex(kLetterA);
        if (kind == QLatin1String("cmis")) {
            auto cmis = std::make_unique<fakeserver::FakeCmisServer>();
            cmis->start();
            const auto hash = [](const QString &h) {
                return QJsonObject{
                    {QStringLiteral("cmis:contentStreamHash"), QJsonArray{QString(QStringLiteral("{sha-256}") + h)}}};
            };
            cmis->addDocument(QStringLiteral("A"), hash(claimed), kLetterA);
            cmis->addDocument(QStringLiteral("B"), hash(claimed), kLetterB);
            a = QStringLiteral("A");
            b = QStringLiteral("B");
            url = cmis->serviceUrl();
            server = std::move(cmis);
        } else {
            auto aspace = std::make_unique<fakeserver::FakeAspaceServer>();
            aspace->start();
            aspace->setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
            const qint64 na = aspace->addObject({}, kLetterA);
            const qint64 nb = aspace->addObject({}, kLetterB);
            QJsonArray versions = aspace->object(nb).value(QStringLiteral("file_versions")).toArray();
            QJsonObject version = versions.first().toObject();
            version.insert(QStringLiteral("checksum"), claimed);
            versions[0] = version;
            aspace->updateObject(nb, {{QStringLiteral("file_versions"), versions}});
            a = QStringLiteral("/repositories/2/digital_objects/%1").arg(na);
            b = QStringLiteral("/repositories/2/digital_objects/%1").arg(nb);
            url = aspace->baseUrl();
            server = std::move(aspace);
        }
    }
    // Requests for documents' bytes received so far.
    int contentRequests() const
    {
        int n = 0;
        for (const fakeserver::Request &r : server->requests())
            if (r.query(QStringLiteral("cmisselector")) == QLatin1String("content")
                || r.path().startsWith(QLatin1String("/files/")))
                ++n;
        return n;
    }
};

QStringList kinds() { return {QStringLiteral("cmis"), QStringLiteral("archivesspace")}; }

} // namespace

class TestLentChecksum : public QObject
{
    Q_OBJECT

private slots:
    void anotherRecordsBytesNeverVerifyADocument_data();
    void anotherRecordsBytesNeverVerifyADocument();
    void aPrefetchingSyncDownloadsWhatItHasNotProven_data();
    void aPrefetchingSyncDownloadsWhatItHasNotProven();
    void aVerdictProvenBeforeNeedsNoDownload_data();
    void aVerdictProvenBeforeNeedsNoDownload();
    void anUpgradedCacheForgetsVerdictsAnotherSourceLent();

private:
    // A communication's evidence package as an agent exports it.
    static compliance::EvidenceResult evidenceOf(NetRun &run, const QString &id);
};

compliance::EvidenceResult TestLentChecksum::evidenceOf(NetRun &run, const QString &id)
{
    const records::Identity me = records::Identity::fromOperatingSystem();
    records::grantAllRolesIfUnclaimed(run.writer, me);
    const auto agent = records::RecordsSession::open(run.writer, me, records::Role::Agent);
    records::LocalRecordsStore store(agent, run.data.path());
    const QString zip = QDir(run.data.path()).filePath(sha256Hex(id.toUtf8()).left(8) + QStringLiteral(".zip"));
    return compliance::exportEvidence(store.actor(), store.audit(), run.writer, run.folder.contentStore(), id, zip);
}

void TestLentChecksum::anotherRecordsBytesNeverVerifyADocument_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("otherFirst"); // A (whose letter B's hash names) fetched before B
    for (const QString &kind : kinds()) {
        QTest::addRow("%s: A fetched first", qPrintable(kind)) << kind << true;
        QTest::addRow("%s: B fetched first", qPrintable(kind)) << kind << false;
    }
}

void TestLentChecksum::anotherRecordsBytesNeverVerifyADocument()
{
    QFETCH(QString, kind);
    QFETCH(bool, otherFirst);
    TwoRecords repository(kind);
    NetRun run(kind, repository.url);
    const sync::SyncReport report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    auto connector = run.connector();
    sync::DocumentFetch fetch(run.writer, run.repo.id, *connector);

    const auto fetchA = [&] {
        const auto outcome = fetch.fetch(repository.a);
        QCOMPARE(outcome.fixity, domain::Fixity::Verified);
    };
    if (otherFirst)
        fetchA();
    // B, twice: the second time A's bytes are in the store whatever the order.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int before = repository.contentRequests();
        const auto outcome = fetch.fetch(repository.b);
        QVERIFY2(repository.contentRequests() > before, "B was reported without its own bytes being asked for");
        QCOMPARE(outcome.fixity, domain::Fixity::Failed);
        QCOMPARE(outcome.contentSha256, sha256Hex(kLetterB));
        QVERIFY2(outcome.problem.contains(sha256Hex(kLetterA)), qPrintable(outcome.problem));
        if (!otherFirst && attempt == 0)
            fetchA();
    }
    cache::Statement st = run.writer.prepare("SELECT fixity, content_sha256 FROM communications WHERE id = ?1");
    st.bind(1, repository.b);
    QVERIFY(st.step());
    QCOMPARE(st.columnText(0), QStringLiteral("failed"));
    QCOMPARE(st.columnText(1), sha256Hex(kLetterB));

    // B's evidence package carries no document, least of all A's letter; A's carries A's.
    const compliance::EvidenceResult evidenceB = evidenceOf(run, repository.b);
    QVERIFY(!evidenceB.documentIncluded);
    const compliance::EvidenceResult evidenceA = evidenceOf(run, repository.a);
    QVERIFY(evidenceA.documentIncluded);
}

void TestLentChecksum::aPrefetchingSyncDownloadsWhatItHasNotProven_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : kinds())
        QTest::newRow(qPrintable(kind)) << kind;
}

// A fetched on demand first, then a sync that prefetches: B's own bytes are downloaded
// (and fail), not taken from the store under A's hash.
void TestLentChecksum::aPrefetchingSyncDownloadsWhatItHasNotProven()
{
    QFETCH(QString, kind);
    TwoRecords repository(kind);
    NetRun run(kind, repository.url);
    QVERIFY(run.sync().ok());
    {
        auto connector = run.connector();
        QCOMPARE(sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(repository.a).fixity,
                 domain::Fixity::Verified);
    }
    QJsonObject settings = run.repo.settings;
    settings.insert(QStringLiteral("prefetch"), true);
    cache::RepositoryStore(run.writer).update(run.repo.id, run.repo.url, settings);
    // A fresh crawl lists both records again.
    cache::RepositoryStore(run.writer).clearCursor(run.repo.id);
    const int before = repository.contentRequests();
    const sync::SyncReport report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(repository.contentRequests() > before, "the prefetch took B from the store");
    cache::Statement st = run.writer.prepare("SELECT fixity FROM communications WHERE id = ?1");
    st.bind(1, repository.b);
    QVERIFY(st.step());
    QCOMPARE(st.columnText(0), QStringLiteral("failed"));
    st.reset();
    st.bind(1, repository.a);
    QVERIFY(st.step());
    QCOMPARE(st.columnText(0), QStringLiteral("verified"));
}

void TestLentChecksum::aVerdictProvenBeforeNeedsNoDownload_data()
{
    aPrefetchingSyncDownloadsWhatItHasNotProven_data();
}

// What a record's own bytes proved stands: A fetched again on demand, or listed again by a
// prefetching crawl, is taken from the store without a request for its bytes.
void TestLentChecksum::aVerdictProvenBeforeNeedsNoDownload()
{
    QFETCH(QString, kind);
    TwoRecords repository(kind);
    QJsonObject settings{{QStringLiteral("prefetch"), true}};
    NetRun run(kind, repository.url, settings);
    QVERIFY(run.sync().ok());
    const int afterFirst = repository.contentRequests();
    QCOMPARE(afterFirst, 2); // each record's own bytes, once
    auto connector = run.connector();
    QCOMPARE(sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(repository.a).fixity,
             domain::Fixity::Verified);
    QCOMPARE(repository.contentRequests(), afterFirst);
    cache::RepositoryStore(run.writer).clearCursor(run.repo.id);
    QVERIFY(run.sync().ok());
    // A is proven; B failed and is downloaded again (its verdict is not "verified").
    QCOMPARE(repository.contentRequests(), afterFirst + 1);
}

// A cache written before the fix may hold B verified on A's bytes: the migration withdraws
// every verified verdict whose hash another source also names, and the next fetch of B
// downloads B's own bytes.
void TestLentChecksum::anUpgradedCacheForgetsVerdictsAnotherSourceLent()
{
    TwoRecords repository(QStringLiteral("cmis"));
    NetRun run(QStringLiteral("cmis"), repository.url);
    QVERIFY(run.sync().ok());
    auto connector = run.connector();
    QCOMPARE(sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(repository.a).fixity,
             domain::Fixity::Verified);
    // As the old code left it: B verified on the object A's download stored.
    run.writer.prepare("UPDATE communications SET fixity = 'verified', content_sha256 = ?1 WHERE id = 'B'")
        .bind(1, sha256Hex(kLetterA))
        .run();
    const auto &all = cache::migrations();
    const cache::Migration &lent =
        *std::find_if(all.begin(), all.end(), [](const cache::Migration &m) { return m.version == 16; });
    QVERIFY(QByteArray(lent.sql).contains("'missing'"));
    run.writer.exec(lent.sql);
    QCOMPARE(run.writer.queryText("SELECT fixity FROM communications WHERE id = 'B'"), QStringLiteral("missing"));
    // A shares its hash with B's claim, so it is fetched once more too; nothing else changed.
    QCOMPARE(run.writer.queryText("SELECT fixity FROM communications WHERE id = 'A'"), QStringLiteral("missing"));
    QCOMPARE(sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(repository.b).fixity,
             domain::Fixity::Failed);
    QCOMPARE(sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(repository.a).fixity,
             domain::Fixity::Verified);
}

QTEST_MAIN(TestLentChecksum)
#include "tst_lentchecksum.moc"
