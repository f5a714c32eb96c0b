// A repository's checksum is data, never a path (issue #25). The content store names objects
// by SHA-256 (DATA/objects/ab/cdef…); an ArchivesSpace `checksum` or a CMIS
// cmis:contentStreamHash of "..//victim.txt" made a fetch report "verified" without
// downloading anything (DATA/victim.txt existed) and the next free-space unlink that file.
// Now a hash from outside names something only when it is 64 hex digits; anything else is
// "no hash from the repository" and a warning naming the record. And an object counts as
// stored only when its bytes hash to its name.
#include "cache/documentcache.h"
#include "dropbuilder.h" // sha256Hex
#include "fakeaspaceserver.h"
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "sync/documentfetch.h"

#include <QJsonArray>
#include <QTest>

using namespace proofdesk;

namespace {

const QByteArray kLetter = "%PDF-1.4 the letter as sent";
const QByteArray kVictim = "do not delete me\n"; // 17 bytes, as in the issue

// A file beside the store that a hostile hash would reach: DATA/victim.txt, with the store
// (DATA/objects) there as it is once anything was stored, so "objects/..//victim.txt" is a
// path that resolves.
struct Victim
{
    QString path;
    explicit Victim(const QString &dataDir)
        : path(QDir(dataDir).filePath(QStringLiteral("victim.txt")))
    {
        QDir(dataDir).mkpath(QStringLiteral("objects"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(kVictim) != kVictim.size())
            qFatal("cannot write %s", qPrintable(path));
    }
    bool intact() const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.readAll() == kVictim;
    }
};

// One repository of the kind with one document whose hash is `hash` as the repository gives
// it; returns the communication's id in the cache.
struct HostileRepository
{
    std::unique_ptr<fakeserver::FakeHttpServer> server;
    QUrl url;
    QString id;

    HostileRepository(const QString &kind, const QString &hash)
    {
        if (kind == QLatin1String("cmis")) {
            auto cmis = std::make_unique<fakeserver::FakeCmisServer>();
            cmis->start();
            cmis->addDocument(
                QStringLiteral("D1"),
                {{QStringLiteral("cmis:contentStreamHash"), QJsonArray{QString(QStringLiteral("{sha-256}") + hash)}}},
                kLetter);
            url = cmis->serviceUrl();
            id = QStringLiteral("D1");
            server = std::move(cmis);
        } else {
            auto aspace = std::make_unique<fakeserver::FakeAspaceServer>();
            aspace->start();
            aspace->setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
            const qint64 n = aspace->addObject({}, kLetter);
            QJsonArray versions = aspace->object(n).value(QStringLiteral("file_versions")).toArray();
            QJsonObject version = versions.first().toObject();
            version.insert(QStringLiteral("checksum"), hash);
            versions[0] = version;
            aspace->updateObject(n, {{QStringLiteral("file_versions"), versions}});
            url = aspace->baseUrl();
            id = QStringLiteral("/repositories/2/digital_objects/%1").arg(n);
            server = std::move(aspace);
        }
    }
};

QString warningsOf(const sync::SyncReport &report)
{
    QStringList out;
    for (const sync::RejectedRecord &w : report.result.warnings)
        out << w.reason;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestHostileChecksum : public QObject
{
    Q_OBJECT

private slots:
    void aRepositoryHashNamesNothingUnlessItIsASha256_data();
    void aRepositoryHashNamesNothingUnlessItIsASha256();
    void aHostileHashAlreadyInTheCacheNamesNoFile();
    void anObjectWhoseBytesDoNotMatchItsNameIsNotStored();
    void theStoreRefusesNamesThatAreNotSha256_data();
    void theStoreRefusesNamesThatAreNotSha256();
};

void TestHostileChecksum::aRepositoryHashNamesNothingUnlessItIsASha256_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("hash");   // as the repository gives it
    QTest::addColumn<QString>("fixity"); // after the fetch
    const QString letter = sha256Hex(kLetter);
    for (const QString &kind : {QStringLiteral("archivesspace"), QStringLiteral("cmis")}) {
        const QByteArray k = kind.toLatin1();
        QTest::addRow("%s: ..//victim.txt", k.constData())
            << kind << QStringLiteral("..//victim.txt") << QStringLiteral("missing");
        QTest::addRow("%s: 64 characters, a path", k.constData())
            << kind << QString(QStringLiteral("../") + letter.left(61)) << QStringLiteral("missing");
        QTest::addRow("%s: 63 hex digits", k.constData()) << kind << letter.left(63) << QStringLiteral("missing");
        QTest::addRow("%s: hex, then a path", k.constData())
            << kind << QString(letter + QStringLiteral("/x")) << QStringLiteral("missing");
        QTest::addRow("%s: upper case, normalised", k.constData())
            << kind << letter.toUpper() << QStringLiteral("verified");
    }
}

void TestHostileChecksum::aRepositoryHashNamesNothingUnlessItIsASha256()
{
    QFETCH(QString, kind);
    QFETCH(QString, hash);
    QFETCH(QString, fixity);
    HostileRepository repository(kind, hash);
    NetRun run(kind, repository.url);
    const Victim victim(run.data.path());

    const sync::SyncReport report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));

    const int before = repository.server->requestCount();
    auto connector = run.connector();
    const auto outcome = sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(repository.id);
    // What `config free-space` does, down to nothing: the store's own objects go, the file
    // beside the store stays.
    cache::DocumentCache documents(run.writer, run.folder.contentStore());
    documents.afterFetch(outcome.contentSha256, run.data.path());
    const bool storedAfterFetch = run.folder.contentStore().read(sha256Hex(kLetter)) == kLetter;
    documents.reconcile();
    documents.evict(0);
    QVERIFY2(victim.intact(), "a file beside the store was deleted by eviction");
    QVERIFY(!run.folder.contentStore().contains(sha256Hex(kLetter)));

    QCOMPARE(domain::fixityName(outcome.fixity), fixity);
    QVERIFY(repository.server->requestCount() > before); // downloaded, not "found" beside the store
    QCOMPARE(outcome.contentSha256, sha256Hex(kLetter));
    QVERIFY(storedAfterFetch);

    const bool valid = fixity == QLatin1String("verified");
    const QString warnings = warningsOf(report);
    if (valid) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        QCOMPARE(run.writer.queryText("SELECT rendition_sha256 FROM communications"), sha256Hex(kLetter));
    } else {
        // Taken without a hash, and said so: the record named, the value not a path.
        QVERIFY2(warnings.contains(repository.id), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("not a SHA-256")), qPrintable(warnings));
        QCOMPARE(run.writer.queryText("SELECT rendition_sha256 FROM communications"), QString());
    }
}

// A cache synced before the check holds the hostile hash already: a fetch treats it as no
// hash, and eviction deletes nothing the table names by it.
void TestHostileChecksum::aHostileHashAlreadyInTheCacheNamesNoFile()
{
    HostileRepository repository(QStringLiteral("archivesspace"), sha256Hex(kLetter));
    NetRun run(QStringLiteral("archivesspace"), repository.url);
    const Victim victim(run.data.path());
    QVERIFY(run.sync().ok());
    run.writer.exec("UPDATE communications SET rendition_sha256 = '..//victim.txt'");
    run.writer.exec("INSERT INTO doc_objects(sha256, bytes, used_at) VALUES('..//victim.txt', 17, 0)");

    auto connector = run.connector();
    const int before = repository.server->requestCount();
    const auto outcome = sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(repository.id);
    QCOMPARE(outcome.fixity, domain::Fixity::Missing);
    QVERIFY(repository.server->requestCount() > before);
    QCOMPARE(outcome.contentSha256, sha256Hex(kLetter));

    cache::DocumentCache documents(run.writer, run.folder.contentStore());
    documents.afterFetch(QStringLiteral("..//victim.txt"), run.data.path());
    documents.evict(0);
    QVERIFY(victim.intact());
    QCOMPARE(run.writer.queryInt("SELECT count(*) FROM doc_objects WHERE sha256 = '..//victim.txt'"), qint64(0));
}

// Bytes under an object's name that are not its bytes (damage, or a file put there): not
// "verified" on the strength of the name; the document is downloaded and replaces them.
void TestHostileChecksum::anObjectWhoseBytesDoNotMatchItsNameIsNotStored()
{
    HostileRepository repository(QStringLiteral("cmis"), sha256Hex(kLetter));
    NetRun run(QStringLiteral("cmis"), repository.url);
    QVERIFY(run.sync().ok());
    const cache::ContentStore &store = run.folder.contentStore();
    const QString object = store.objectPath(sha256Hex(kLetter));
    QVERIFY(QDir().mkpath(QFileInfo(object).path()));
    QFile planted(object);
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("not the letter");
    planted.close();
    QVERIFY(!store.holds(sha256Hex(kLetter)));

    const int before = repository.server->requestCount();
    auto connector = run.connector();
    const auto outcome = sync::DocumentFetch(run.writer, run.repo.id, *connector).fetch(QStringLiteral("D1"));
    QCOMPARE(outcome.fixity, domain::Fixity::Verified);
    QVERIFY(repository.server->requestCount() > before);
    QVERIFY(store.holds(sha256Hex(kLetter)));
    QCOMPARE(*store.read(sha256Hex(kLetter)), kLetter);
}

void TestHostileChecksum::theStoreRefusesNamesThatAreNotSha256_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent folder") << QStringLiteral("..//victim.txt");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("64 characters with a slash") << QString(QStringLiteral("../") + QString(61, QLatin1Char('a')));
    QTest::newRow("empty") << QString();
    QTest::newRow("65 hex digits") << QString(65, QLatin1Char('a'));
    QTest::newRow("non-ASCII digits") << QString(64, QChar(0x0661)); // ARABIC-INDIC DIGIT ONE
}

void TestHostileChecksum::theStoreRefusesNamesThatAreNotSha256()
{
    QFETCH(QString, name);
    TempDataFolder data;
    const Victim victim(data.path());
    cache::ContentStore store(data.path());
    QVERIFY(store.objectPath(name).isEmpty());
    QVERIFY(!store.contains(name));
    QVERIFY(!store.holds(name));
    QVERIFY(!store.read(name));
    QVERIFY(!store.remove(name));
    QVERIFY(!store.putFile(victim.path, name));
    QVERIFY(victim.intact());
}

QTEST_GUILESS_MAIN(TestHostileChecksum)
#include "tst_hostilechecksum.moc"
