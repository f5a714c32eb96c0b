// The content store as a bounded cache (DESIGN.md "The cache"): least recently viewed bytes
// evicted first, never those of held communications or pinned work, the table in step with
// the folder, the limit kept after an import, and an evicted (or never copied) drop document
// read again from its drop and verified at every read.
#include "cache/cachefile.h"
#include "cache/documentcache.h"
#include "datafolder/datafolder.h"
#include "dropbuilder.h"
#include "services/syncservice.h"
#include "sync/documentsource.h"
#include "sync/drop/dropconnector.h"
#include "sync/dropimport.h"
#include "sync/syncengine.h"
#include "tempdatafolder.h"
#include "util/bytesize.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace proofdesk;

namespace {

// Five communications, each with its own 19-byte rendition ("Statement for EXS-A" …).
const QStringList kIds = {QStringLiteral("EXS-A"), QStringLiteral("EXS-B"), QStringLiteral("EXS-C"),
                          QStringLiteral("EXS-D"), QStringLiteral("EXS-E")};
constexpr qint64 kBytes = 19;

// ids("C A") = {"EXS-C", "EXS-A"}
QStringList ids(const char *letters)
{
    QStringList out;
    for (const QString &l : QString::fromLatin1(letters).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << QStringLiteral("EXS-") + l;
    return out;
}

struct Fixture
{
    TempDataFolder data;
    QTemporaryDir dropDir;
    DropBuilder drop{dropDir.path()};
    std::unique_ptr<datafolder::DataFolder> folder;
    cache::Database writer;

    Fixture()
    {
        for (const QString &id : kIds)
            drop.appendRecord(QStringLiteral("communications/c.ndjson"),
                              drop.communication(
                                  id, QStringLiteral("2026-10-03T09:00:00Z"),
                                  QJsonObject{{QStringLiteral("customer_id"), QString(QStringLiteral("CUST-") + id)}}));
        folder = std::make_unique<datafolder::DataFolder>(data.path());
        writer = cache::CacheFile::openWriter(folder->databasePath());
    }

    // copy: "1" copies the renditions into the store, "0" reads them in place.
    void import(const char *copy)
    {
        qputenv("PROOFDESK_DROP_COPY", copy);
        const auto outcome = sync::importDrop(writer, folder->contentStore(), dropDir.path());
        qunsetenv("PROOFDESK_DROP_COPY");
        QVERIFY2(outcome.report.error.isEmpty(), qPrintable(outcome.report.error));
    }
    QString shaOf(const QString &id)
    {
        cache::Statement st = writer.prepare("SELECT lower(rendition_sha256) FROM communications WHERE id = ?1");
        st.bind(1, id);
        return st.step() ? st.columnText(0) : QString();
    }
    bool stored(const QString &id) { return folder->contentStore().contains(shaOf(id)); }
    QString dropFile(const QString &id) const { return dropDir.filePath(QStringLiteral("renditions/%1.txt").arg(id)); }
};

} // namespace

class TestDocumentCache : public QObject
{
    Q_OBJECT

private slots:
    void sizesAreParsed_data();
    void sizesAreParsed();
    void evictsLeastRecentlyViewedFirst_data();
    void evictsLeastRecentlyViewedFirst();
    void heldAndPinnedAreNeverEvicted();
    void releasedHoldAndExpiredPinNoLongerProtect();
    void reconcileFollowsTheFolder();
    void limitIsKeptAfterAnImport();
    void copyingImportStaysWithinTheLimitAsItGoes();
    void evictedDropDocumentIsReadAgainAndVerified();
    void localDropIsReadInPlaceAndVerifiedAtEveryRead();
    void viewingMarksTheObject();
};

void TestDocumentCache::sizesAreParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1: refused
    QTest::newRow("plain bytes") << QStringLiteral("12345") << qint64(12345);
    QTest::newRow("20GB") << QStringLiteral("20GB") << qint64(20000000000);
    QTest::newRow("500MB") << QStringLiteral("500MB") << qint64(500000000);
    QTest::newRow("1.5GiB") << QStringLiteral("1.5GiB") << qint64(1610612736);
    QTest::newRow("lower case, space") << QStringLiteral("2 mib") << qint64(2097152);
    QTest::newRow("unit B") << QStringLiteral("7B") << qint64(7);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-5GB") << qint64(-1);
    QTest::newRow("unknown unit") << QStringLiteral("20 parsecs") << qint64(-1);
    QTest::newRow("two numbers") << QStringLiteral("20 30") << qint64(-1);
    QTest::newRow("comma decimal") << QStringLiteral("1,5GB") << qint64(-1);
    QTest::newRow("too large") << QStringLiteral("99999999TB") << qint64(-1);
    QTest::newRow("only a unit") << QStringLiteral("GB") << qint64(-1);
}

void TestDocumentCache::sizesAreParsed()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const auto parsed = util::parseByteSize(text);
    if (bytes < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        return;
    }
    QCOMPARE(parsed, std::optional<qint64>(bytes));
    // What is printed reads back to within the rounding of its one decimal place.
    const auto again = util::parseByteSize(util::formatByteSize(bytes));
    QVERIFY(again);
    QVERIFY2(std::abs(*again - bytes) <= bytes / 100, qPrintable(util::formatByteSize(bytes)));
}

void TestDocumentCache::evictsLeastRecentlyViewedFirst_data()
{
    QTest::addColumn<QStringList>("viewOrder"); // oldest view first
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QStringList>("evicted");
    QTest::newRow("two of five") << ids("C A E B D") << 3 * kBytes << ids("C A");
    QTest::newRow("limit between objects") << ids("E D C B A") << 3 * kBytes + 5 << ids("E D");
    QTest::newRow("within the limit") << ids("A B C D E") << 5 * kBytes << QStringList{};
    QTest::newRow("everything") << ids("B A C D E") << qint64(0) << kIds;
}

void TestDocumentCache::evictsLeastRecentlyViewedFirst()
{
    QFETCH(QStringList, viewOrder);
    QFETCH(qint64, limit);
    QFETCH(QStringList, evicted);
    Fixture f;
    f.import("1");
    cache::DocumentCache documents(f.writer, f.folder->contentStore());
    QCOMPARE(documents.reconcile(), 0); // the import listed what it stored
    QCOMPARE(cache::DocumentCache::usage(f.writer, f.data.path()).bytes, kIds.size() * kBytes);
    for (int i = 0; i < viewOrder.size(); ++i)
        cache::DocumentCache::markViewed(f.writer, viewOrder.at(i), 1000 + i);

    QList<qint64> reported;
    const auto e = documents.evict(limit, [&](qint64 done, qint64) { reported << done; });
    QCOMPARE(e.objects, qint64(evicted.size()));
    QCOMPARE(e.bytes, evicted.size() * kBytes);
    QCOMPARE(e.bytesAfter, (kIds.size() - evicted.size()) * kBytes);
    QVERIFY(e.bytesAfter <= limit);
    QVERIFY(!e.keptOverLimit);
    if (!evicted.isEmpty())
        QCOMPARE(reported.last(), e.bytes);
    for (const QString &id : kIds)
        QVERIFY2(f.stored(id) != evicted.contains(id), qPrintable(id));
    QCOMPARE(cache::DocumentCache::usage(f.writer, f.data.path()).objects, qint64(kIds.size() - evicted.size()));
}

void TestDocumentCache::heldAndPinnedAreNeverEvicted()
{
    Fixture f;
    f.import("1");
    // A: an item of a local (or mirrored team) hold; B: under a scope hold by its customer;
    // C: held in the repository (cmis:rm_holdIds); D: pinned by an evidence package being built.
    f.writer.exec(
        "INSERT INTO rec.holds(id, name, reason, created_by, created_at) VALUES('H-1', 'Dispute', 'r', 't', 0);"
        "INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) VALUES('H-1', 'EXS-A', 0, 't');"
        "INSERT INTO rec.holds(id, name, reason, created_by, created_at, scope_field, scope_value) "
        "VALUES('H-2', 'Customer', 'r', 't', 0, 'customer_id', 'CUST-EXS-B');"
        "UPDATE communications SET repo_hold_ids = '[\"R-1\"]' WHERE id = 'EXS-C';");
    cache::DocumentCache documents(f.writer, f.folder->contentStore());
    documents.reconcile();
    const cache::DocumentPin pin(f.writer, {f.shaOf(QStringLiteral("EXS-D"))});
    const auto e = documents.evict(0);
    QCOMPARE(e.objects, qint64(1));
    QVERIFY(!f.stored(QStringLiteral("EXS-E")));
    for (const QString &id : ids("A B C D"))
        QVERIFY2(f.stored(id), qPrintable(id));
    QVERIFY(e.keptOverLimit);
    QCOMPARE(e.bytesAfter, 4 * kBytes);
}

void TestDocumentCache::releasedHoldAndExpiredPinNoLongerProtect()
{
    Fixture f;
    f.import("1");
    f.writer.exec("INSERT INTO rec.holds(id, name, reason, created_by, created_at, released_at) "
                  "VALUES('H-1', 'Old', 'r', 't', 0, 5);"
                  "INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) VALUES('H-1', 'EXS-A', 0, 't');");
    cache::DocumentCache documents(f.writer, f.folder->contentStore());
    documents.reconcile();
    const cache::DocumentPin expired(f.writer, {f.shaOf(QStringLiteral("EXS-B"))}, -1); // its process died
    {
        const cache::DocumentPin ended(f.writer, {f.shaOf(QStringLiteral("EXS-C"))});
    }
    const auto e = documents.evict(0);
    QCOMPARE(e.objects, qint64(kIds.size()));
    QVERIFY(!e.keptOverLimit);
    QCOMPARE(e.bytesAfter, qint64(0));
}

void TestDocumentCache::reconcileFollowsTheFolder()
{
    Fixture f;
    f.import("1");
    cache::ContentStore &store = f.folder->contentStore();
    cache::DocumentCache documents(f.writer, store);
    QCOMPARE(documents.reconcile(), 0);       // the import listed what it stored
    f.writer.exec("DELETE FROM doc_objects"); // as if it crashed between storing and listing
    QCOMPARE(documents.reconcile(), int(kIds.size()));
    QCOMPARE(documents.reconcile(), 0); // nothing changed
    // Removed by hand, a write under way (QSaveFile's temporary name), and a new object.
    QVERIFY(QFile::remove(store.objectPath(f.shaOf(QStringLiteral("EXS-A")))));
    const QString partial = store.objectPath(f.shaOf(QStringLiteral("EXS-B"))) + QStringLiteral(".aB3xYz");
    QFile tmp(partial);
    QVERIFY(tmp.open(QIODevice::WriteOnly));
    tmp.write(QByteArray(1000, 'x'));
    tmp.close();
    const QString added = store.put(QByteArray(100, 'n'));
    QCOMPARE(documents.reconcile(), 2);
    const auto usage = cache::DocumentCache::usage(f.writer, f.data.path());
    QCOMPARE(usage.objects, qint64(kIds.size()));
    QCOMPARE(usage.bytes, (kIds.size() - 1) * kBytes + 100);
    QVERIFY(store.contains(added));
}

void TestDocumentCache::limitIsKeptAfterAnImport()
{
    Fixture f;
    cache::DocumentLimit::write(f.writer, 2 * kBytes);
    services::SyncService service(f.writer, f.folder->contentStore(), f.data.path(),
                                  records::Identity::fromOperatingSystem());
    service.setClaimUnclaimedFolder(true);
    qputenv("PROOFDESK_DROP_COPY", "1");
    const services::SyncRun run = service.importDrop(f.dropDir.path());
    qunsetenv("PROOFDESK_DROP_COPY");
    QVERIFY2(run.documentsError.isEmpty(), qPrintable(run.documentsError));
    QCOMPARE(run.documents.limit, 2 * kBytes);
    // Two fit; the rest were never copied (nothing to evict), and are read from the drop.
    QCOMPARE(run.documents.notCopied, qint64(kIds.size() - 2));
    QCOMPARE(run.documents.objects, qint64(0));
    const auto usage = cache::DocumentCache::usage(f.writer, f.data.path());
    QCOMPARE(usage.bytes, 2 * kBytes);
    QCOMPARE(usage.objects, qint64(2));
    QVERIFY(!usage.limit.isDefault);
}

namespace {

// What DATA/objects holds on disk, whatever its table says.
qint64 bytesInStore(const cache::ContentStore &store)
{
    qint64 total = 0;
    QDirIterator it(store.root(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

} // namespace

void TestDocumentCache::copyingImportStaysWithinTheLimitAsItGoes()
{
    // A drop from a stick larger than documents.limit: copying it all and evicting at the
    // end would fill the disk on the way. Five renditions of 19 bytes stored before, then a
    // drop of seven more read in pages of two lines, under a limit with room for one more.
    Fixture f;
    f.import("1");
    const qint64 limit = 6 * kBytes;
    cache::DocumentLimit::write(f.writer, limit);
    QTemporaryDir stickDir;
    DropBuilder stick(stickDir.path());
    const QStringList more = {QStringLiteral("EXS-F"), QStringLiteral("EXS-G"), QStringLiteral("EXS-H"),
                              QStringLiteral("EXS-I"), QStringLiteral("EXS-J"), QStringLiteral("EXS-K"),
                              QStringLiteral("EXS-L")};
    for (const QString &id : more)
        stick.appendRecord(QStringLiteral("communications/c.ndjson"), stick.communication(id));
    cache::RepositoryInfo repository =
        cache::RepositoryStore(f.writer).findOrAdd(QStringLiteral("drop"), stickDir.path(), QStringLiteral("stick"));
    qputenv("PROOFDESK_DROP_COPY", "1"); // as from a stick: copied
    sync::DropConnector connector(stickDir.path(), &f.folder->contentStore(), sync::DropConnector::Options{2});
    qunsetenv("PROOFDESK_DROP_COPY");
    sync::SyncEngine engine(f.writer);
    engine.setDocumentCache(&f.folder->contentStore(), f.data.path());
    qint64 mostOnDisk = 0;
    const sync::SyncReport report = engine.sync(repository, connector, [&](const sync::SyncProgress &) {
        mostOnDisk = std::max(mostOnDisk, bytesInStore(f.folder->contentStore()));
    });
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.result.communicationsAccepted, qint64(more.size()));
    // One was copied, the rest left on the stick: the store never went past its limit.
    QVERIFY2(mostOnDisk <= limit, qPrintable(QString::number(mostOnDisk)));
    QCOMPARE(bytesInStore(f.folder->contentStore()), limit);
    QCOMPARE(cache::DocumentCache::usage(f.writer, f.data.path()).bytes, limit);
    QCOMPARE(report.documents.bytesAfter, limit);
    QCOMPARE(report.documents.notCopied, qint64(more.size() - 1));
    QCOMPARE(report.documents.objects, qint64(0)); // nothing copied only to be deleted
    // Every one is verified, stored or not (one not stored is read from the stick again).
    QCOMPARE(f.writer.queryInt("SELECT count(*) FROM communications WHERE fixity = 'verified'"),
             qint64(kIds.size() + more.size()));
    const sync::DocumentSource source(f.writer, f.folder->contentStore());
    const sync::DocumentRead last = source.read(QStringLiteral("EXS-L"));
    QCOMPARE(last.fixity, domain::Fixity::Verified);
    QCOMPARE(last.bytes, QByteArray("Statement for EXS-L"));
}

void TestDocumentCache::evictedDropDocumentIsReadAgainAndVerified()
{
    Fixture f;
    f.import("1"); // a drop on removable storage: copied
    const QString id = QStringLiteral("EXS-A");
    QVERIFY(f.stored(id));
    const sync::DocumentSource source(f.writer, f.folder->contentStore());
    QCOMPARE(source.read(id).path, f.folder->contentStore().objectPath(f.shaOf(id)));

    cache::DocumentCache documents(f.writer, f.folder->contentStore());
    documents.reconcile();
    documents.evict(0);
    QVERIFY(!f.stored(id));
    sync::DocumentRead again = source.read(id);
    QCOMPARE(again.fixity, domain::Fixity::Verified);
    QCOMPARE(again.bytes, QByteArray("Statement for EXS-A"));
    QCOMPARE(QFileInfo(again.path).canonicalFilePath(), QFileInfo(f.dropFile(id)).canonicalFilePath());

    // The stick came back with other bytes in the file: never shown as the version sent.
    writeTextFile(f.dropDir.path(), QStringLiteral("renditions/EXS-A.txt"), "Statement for EXS-Z");
    const sync::DocumentRead changed = source.read(id);
    QCOMPARE(changed.fixity, domain::Fixity::Failed);
    QVERIFY(changed.bytes.isEmpty());
    QVERIFY(!changed.actualSha256.isEmpty() && changed.actualSha256 != changed.expectedSha256);
}

void TestDocumentCache::localDropIsReadInPlaceAndVerifiedAtEveryRead()
{
    Fixture f;
    f.import("0");
    // Hashed and checked at import, not copied.
    QCOMPARE(f.writer.queryInt("SELECT count(*) FROM communications WHERE fixity = 'verified'"), qint64(kIds.size()));
    for (const QString &id : kIds)
        QVERIFY2(!f.stored(id), qPrintable(id));
    cache::DocumentCache(f.writer, f.folder->contentStore()).reconcile();
    QCOMPARE(cache::DocumentCache::usage(f.writer, f.data.path()).bytes, qint64(0));

    const sync::DocumentSource source(f.writer, f.folder->contentStore());
    QCOMPARE(source.read(QStringLiteral("EXS-B")).fixity, domain::Fixity::Verified);
    // Changed after import: FIXITY FAILED on view; gone: missing.
    appendTextFile(f.dropDir.path(), QStringLiteral("renditions/EXS-B.txt"), "!");
    QCOMPARE(source.read(QStringLiteral("EXS-B")).fixity, domain::Fixity::Failed);
    QVERIFY(QFile::remove(f.dropFile(QStringLiteral("EXS-C"))));
    const sync::DocumentRead gone = source.read(QStringLiteral("EXS-C"));
    QCOMPARE(gone.fixity, domain::Fixity::Missing);
    QVERIFY(gone.bytes.isEmpty());
    // A link put in the file's place that leads out of the drop is never followed.
    QVERIFY(QFile::remove(f.dropFile(QStringLiteral("EXS-D"))));
    QTemporaryDir outside;
    writeTextFile(outside.path(), QStringLiteral("x.txt"), "Statement for EXS-D");
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("x.txt")), f.dropFile(QStringLiteral("EXS-D"))));
    QCOMPARE(source.read(QStringLiteral("EXS-D")).fixity, domain::Fixity::Missing);
}

void TestDocumentCache::viewingMarksTheObject()
{
    Fixture f;
    f.import("1");
    cache::DocumentCache documents(f.writer, f.folder->contentStore());
    documents.reconcile();
    for (int i = 0; i < kIds.size(); ++i)
        cache::DocumentCache::markViewed(f.writer, kIds.at(i), 100 + i);
    // A is the oldest until it is viewed again; then B goes first.
    cache::DocumentCache::markViewed(f.writer, QStringLiteral("EXS-A"), 10000);
    documents.evict((kIds.size() - 1) * kBytes);
    QVERIFY(f.stored(QStringLiteral("EXS-A")));
    QVERIFY(!f.stored(QStringLiteral("EXS-B")));
    // A view of a communication whose bytes are not stored changes nothing.
    cache::DocumentCache::markViewed(f.writer, QStringLiteral("EXS-B"), 20000);
    QCOMPARE(f.writer.queryInt("SELECT count(*) FROM doc_objects WHERE used_at = 20000"), qint64(0));
}

QTEST_GUILESS_MAIN(TestDocumentCache)
#include "tst_documentcache.moc"
