// `proofdesk-cli fetch ID`: a document from its network repository (the fake CMIS server on
// loopback), verified against the repository's hash and recorded; exit 1 when the bytes
// are not the ones the repository vouches for, 3 when the repository cannot be used.
#include "cache/cachefile.h"
#include "clirunner.h"
#include "datafolder/datafolder.h"
#include "fakecmisserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using fakeserver::Fault;
using namespace proofdesk;

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject hashOf(const QByteArray &bytes)
{
    return {
        {QStringLiteral("cmis:contentStreamHash"), QJsonArray{QString(QStringLiteral("{sha-256}") + sha256(bytes))}}};
}

const QByteArray kLetter = "%PDF-1.4 the letter as sent";
const QByteArray kOther = "%PDF-1.4 some other letter";

// The CLI with the data folder's download folder (DATA/partial) on a full disk.
CliRun runOnFullDisk(const QString &dataDir, const QStringList &args)
{
    const QString partial = QDir(dataDir).filePath(QStringLiteral("partial"));
    QDir().mkpath(partial);
    qputenv("LD_PRELOAD", FULL_DISK_PRELOAD);
    qputenv("PROOFDESK_FULL_DISK", QFile::encodeName(partial));
    const CliRun r = runCli(dataDir, args);
    qunsetenv("LD_PRELOAD");
    qunsetenv("PROOFDESK_FULL_DISK");
    return r;
}

} // namespace

class TestCliFetch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void fetchVerifiesAndRecords_data();
    void fetchVerifiesAndRecords();
    void aRepositoryThatIsDownExits3AndChangesNothing();
    void badArguments_data();
    void badArguments();
    void aDropCommunicationIsNotFetched();
    void aFullDiskIsADiskErrorNotAFixityFinding();
    void aFullDiskDuringAPrefetchingSyncFindsNoFixityFailure();

private:
    QString show(const QString &id, const char *column);
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestCliFetch::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_server->start());
    m_server->addDocument(QStringLiteral("GOOD"), hashOf(kLetter), kLetter);
    m_server->addDocument(QStringLiteral("BAD"), hashOf(kOther),
                          kLetter); // serves bytes that are not the ones vouched for
    m_server->addDocument(QStringLiteral("NOHASH"), {{QStringLiteral("cmis:contentStreamHash"), QJsonArray{}}},
                          kLetter); // the repository gives no hash
    m_server->addDocument(
        QStringLiteral("NOTAHASH"),
        {{QStringLiteral("cmis:contentStreamHash"), QJsonArray{QStringLiteral("{sha-256}..//victim.txt")}}}, kLetter);
    m_data = std::make_unique<QTemporaryDir>();
    const CliRun add = runCli(m_data->path(), {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("net"),
                                               QStringLiteral("--kind"), QStringLiteral("cmis"),
                                               QStringLiteral("--url"), m_server->serviceUrl().toString(),
                                               QStringLiteral("--set"), QStringLiteral("max_attempts=2"),
                                               QStringLiteral("--set"), QStringLiteral("backoff_ms=10")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const CliRun sync = runCli(m_data->path(), {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 1 && sync.err.contains("not a SHA-256"), sync.err.constData()); // NOTAHASH, said
    QCOMPARE(show(QStringLiteral("GOOD"), "fixity"), QStringLiteral("missing"));              // not fetched by the sync
}

// What the cache records (read directly: `show` is audited and needs a role grant).
QString TestCliFetch::show(const QString &id, const char *column)
{
    cache::Database reader = cache::CacheFile::openReader(datafolder::DataFolder(m_data->path()).databasePath());
    cache::Statement st =
        reader.prepare(QStringLiteral("SELECT %1 FROM communications WHERE id = ?1").arg(QLatin1String(column)));
    st.bind(1, id);
    return st.step() ? st.columnText(0) : QStringLiteral("(no such communication)");
}

void TestCliFetch::fetchVerifiesAndRecords_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fixity");
    QTest::newRow("bytes match: verified, exit 0") << QStringLiteral("GOOD") << 0 << QStringLiteral("verified");
    QTest::newRow("bytes do not match: failed, exit 1") << QStringLiteral("BAD") << 1 << QStringLiteral("failed");
    // Fetched, but nothing to verify them against: unverified, a problem (#40 item 5).
    QTest::newRow("no hash: unverified, exit 1") << QStringLiteral("NOHASH") << 1 << QStringLiteral("missing");
    QTest::newRow("a hash that is no SHA-256: unverified, exit 1")
        << QStringLiteral("NOTAHASH") << 1 << QStringLiteral("missing");
}

void TestCliFetch::fetchVerifiesAndRecords()
{
    QFETCH(QString, id);
    QFETCH(int, exitCode);
    QFETCH(QString, fixity);
    const CliRun r = runCli(m_data->path(), {QStringLiteral("fetch"), id, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY2(!r.json().isNull(), r.out.constData()); // one JSON document on stdout, nothing else
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(o.value(QStringLiteral("fixity")).toString(), fixity);
    QCOMPARE(o.value(QStringLiteral("content_sha256")).toString(), sha256(kLetter)); // what the bytes hash to
    QCOMPARE(show(id, "fixity"), fixity);
    QCOMPARE(show(id, "content_sha256"), sha256(kLetter));
    QCOMPARE(o.value(QStringLiteral("verified")).toBool(), fixity == QLatin1String("verified"));
    if (fixity == QLatin1String("missing")) {
        QVERIFY2(r.err.contains("UNVERIFIED") && r.err.contains("cannot be verified"), r.err.constData());
        QVERIFY2(o.value(QStringLiteral("problem")).toString().contains(QStringLiteral("no usable SHA-256")),
                 qPrintable(o.value(QStringLiteral("problem")).toString()));
    }
    if (fixity == QLatin1String("failed")) {
        QVERIFY2(r.err.contains("FIXITY FAILED"), r.err.constData());
        QVERIFY2(r.err.contains(sha256(kOther).toLatin1()), r.err.constData()); // both hashes named
        QVERIFY2(r.err.contains(sha256(kLetter).toLatin1()), r.err.constData());
    }

    // Again: the answer is the same (found in the store when verified, fetched again when not).
    const CliRun again = runCli(m_data->path(), {QStringLiteral("fetch"), id});
    QVERIFY2(again.exitCode == exitCode, again.err.constData());
    QVERIFY(again.json().isNull()); // without --json: sentences
    if (exitCode == 0)
        QVERIFY2(again.out.contains("verified") && again.out.contains(sha256(kLetter).toLatin1()),
                 again.out.constData());
}

void TestCliFetch::aRepositoryThatIsDownExits3AndChangesNothing()
{
    m_server->setFaultHook([](const fakeserver::Request &) { return Fault::httpStatus(503); });
    const CliRun r =
        runCli(m_data->path(), {QStringLiteral("fetch"), QStringLiteral("GOOD"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("repository \"net\""), r.err.constData());
    QVERIFY2(r.err.contains("GET /cmis/browser"), r.err.constData()); // the request
    QCOMPARE(r.object().value(QStringLiteral("id")).toString(), QStringLiteral("GOOD"));
    QVERIFY(!r.object().value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(show(QStringLiteral("GOOD"), "fixity"), QStringLiteral("missing"));
    QVERIFY(show(QStringLiteral("GOOD"), "content_sha256").isEmpty());

    m_server->clearFaults();
    const CliRun back =
        runCli(m_data->path(), {QStringLiteral("fetch"), QStringLiteral("GOOD"), QStringLiteral("--json")});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QCOMPARE(back.object().value(QStringLiteral("fixity")).toString(), QStringLiteral("verified"));
}

void TestCliFetch::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no id") << QStringList{QStringLiteral("fetch")} << 2;
    QTest::newRow("two ids") << QStringList{QStringLiteral("fetch"), QStringLiteral("GOOD"), QStringLiteral("BAD")}
                             << 2;
    QTest::newRow("unknown id") << QStringList{QStringLiteral("fetch"), QStringLiteral("NOPE")} << 1;
}

void TestCliFetch::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const int before = m_server->requestCount();
    const CliRun r = runCli(m_data->path(), args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(m_server->requestCount(), before);
}

// A drop's documents arrive with it: nothing to fetch, and the message says where to look.
void TestCliFetch::aDropCommunicationIsNotFetched()
{
    QTemporaryDir drop;
    const QString folder = drop.filePath(QStringLiteral("drop"));
    QCOMPARE(runCli(m_data->path(), {QStringLiteral("demo"), QStringLiteral("--out"), folder, QStringLiteral("--count"),
                                     QStringLiteral("3")})
                 .exitCode,
             0);
    const CliRun imported = runCli(m_data->path(), {QStringLiteral("import"), folder, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString repository = imported.object().value(QStringLiteral("repository")).toString();
    QVERIFY(!repository.isEmpty());
    const CliRun found =
        runCli(m_data->path(),
               {QStringLiteral("search"), QStringLiteral("repo:\"%1\"").arg(repository), QStringLiteral("--json")});
    const QJsonArray results = found.object().value(QStringLiteral("results")).toArray();
    QVERIFY2(results.size() == 3, found.out.constData());
    const QString id = results.first().toObject().value(QStringLiteral("id")).toString();
    const QString before = show(id, "fixity");
    const int requests = m_server->requestCount();

    const CliRun r = runCli(m_data->path(), {QStringLiteral("fetch"), id});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("drop"), r.err.constData());
    QCOMPARE(show(id, "fixity"), before);
    QCOMPARE(m_server->requestCount(), requests);
}

// The disk fills while the bytes arrive: that is the disk's problem, said in its words and
// naming the file, never a short file hashed into a false "fixity failed" (issue #25).
void TestCliFetch::aFullDiskIsADiskErrorNotAFixityFinding()
{
    const CliRun r =
        runOnFullDisk(m_data->path(), {QStringLiteral("fetch"), QStringLiteral("GOOD"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 3, r.err.constData());
    QVERIFY2(!r.err.contains("FIXITY"), r.err.constData());
    QVERIFY2(r.err.contains("No space left on device"), r.err.constData()); // the OS's words
    QVERIFY2(r.err.contains("/partial/"), r.err.constData());               // the file
    QVERIFY2(!r.object().value(QStringLiteral("error")).toString().isEmpty(), r.out.constData());
    QVERIFY(!r.object().contains(QStringLiteral("fixity")));
    QCOMPARE(show(QStringLiteral("GOOD"), "fixity"), QStringLiteral("missing"));
    QVERIFY(show(QStringLiteral("GOOD"), "content_sha256").isEmpty());
    // Nothing half-written is left to fill the disk further or to be resumed from.
    QVERIFY(QDir(QDir(m_data->path()).filePath(QStringLiteral("partial"))).entryList(QDir::Files).isEmpty());

    const CliRun freed =
        runCli(m_data->path(), {QStringLiteral("fetch"), QStringLiteral("GOOD"), QStringLiteral("--json")});
    QVERIFY2(freed.exitCode == 0, freed.err.constData());
    QCOMPARE(freed.object().value(QStringLiteral("fixity")).toString(), QStringLiteral("verified"));
}

// The same during a sync that fetches every document (prefetch): the sync stops on the disk
// error, and no communication is marked as failing its fixity.
void TestCliFetch::aFullDiskDuringAPrefetchingSyncFindsNoFixityFailure()
{
    QTemporaryDir data;
    const CliRun add = runCli(
        data.path(), {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("net"), QStringLiteral("--kind"),
                      QStringLiteral("cmis"), QStringLiteral("--url"), m_server->serviceUrl().toString(),
                      QStringLiteral("--set"), QStringLiteral("prefetch=true"), QStringLiteral("--set"),
                      QStringLiteral("max_attempts=2"), QStringLiteral("--set"), QStringLiteral("backoff_ms=10")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const CliRun sync = runOnFullDisk(data.path(), {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode != 0, sync.err.constData());
    QVERIFY2(sync.err.contains("is full"), sync.err.constData());
    QVERIFY2(!sync.err.contains("fixity"), sync.err.constData());
    // The repository is fine: the disk is named, not an outage (#40 item 5).
    QVERIFY2(!sync.err.contains("is offline"), sync.err.constData());
    QVERIFY2(sync.err.contains("the disk of the data folder is full"), sync.err.constData());
    cache::Database reader = cache::CacheFile::openReader(datafolder::DataFolder(data.path()).databasePath());
    QCOMPARE(reader.queryInt("SELECT count(*) FROM communications WHERE fixity = 'failed'"), qint64(0));
}

QTEST_GUILESS_MAIN(TestCliFetch)
#include "tst_cli_fetch.moc"
