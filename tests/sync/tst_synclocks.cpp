// Issue 66: a sync page's transaction began with BEGIN IMMEDIATE, which takes the write lock of
// every attached file: while a sync wrote the cache, records.sqlite was locked too, and a search
// in another process, which writes only its entry into the trail, waited for the page (2.8-9.9 s
// a page at 250,000 letters) or failed "busy" (docs/import.md, I11). A page now locks the cache
// alone unless it deletes (a held letter kept writes its entry into the trail).
#include "audit/audittrail.h"
#include "cache/cachefile.h"
#include "cache/filetransaction.h"
#include "cache/repositorystore.h"
#include "datafolder/datafolder.h"
#include "sync/cachewriter.h"
#include "sync/helddeletionrecorder.h"
#include "tempdatafolder.h"

#include <QTest>
#include <sqlite3.h>

using namespace proofdesk;

namespace {

domain::Communication letter(const QString &id)
{
    domain::Communication c;
    c.id = id;
    c.type = QStringLiteral("statement");
    c.issuedAt = 1790000000000;
    c.channel = QStringLiteral("print");
    c.templateId = QStringLiteral("TPL");
    c.templateVersion = QStringLiteral("1");
    c.renditionPath = QStringLiteral("renditions/%1.pdf").arg(id);
    c.mediaType = QStringLiteral("application/pdf");
    c.renditionSha256 = QString(64, QLatin1Char('a'));
    c.renditionBytes = 10;
    c.recipientName = QStringLiteral("Ada");
    c.customerId = QStringLiteral("CUST-1");
    c.origin = QStringLiteral("original");
    c.recordHash = id.toUtf8();
    return c;
}

audit::AuditEntry searchEntry()
{
    audit::AuditEntry e;
    e.at = 1790000000000;
    e.user = QStringLiteral("ada");
    e.role = QStringLiteral("agent");
    e.action = QStringLiteral("search");
    e.objectType = QStringLiteral("search");
    e.objectId = QStringLiteral("fee");
    e.device = QStringLiteral("desk-2");
    return e;
}

// Another process's connection, which waits for no lock: what it cannot take fails at once.
cache::Database impatient(const QString &path)
{
    cache::Database db = cache::CacheFile::openWriter(path);
    db.exec("PRAGMA busy_timeout = 0");
    return db;
}

bool lockTaken(const std::function<void()> &write)
{
    try {
        write();
        return true;
    } catch (const cache::SqliteError &e) {
        if (e.code() == SQLITE_BUSY)
            return false;
        qWarning() << e.what();
        throw;
    }
}

// Notes whether the page's transaction held records.sqlite's write lock when the held letter's
// entry was to be written (the hold was checked, reading the file, before it).
struct LockWitness : sync::HeldDeletionRecorder
{
    int recordsState = -1;
    void keptHeld(cache::Database &db, const QString &, const QString &, qint64) override
    {
        recordsState = sqlite3_txn_state(db.handle(), "rec");
    }
};

} // namespace

class TestSyncLocks : public QObject
{
    Q_OBJECT

private slots:
    void aSearchEntryIsWrittenWhileSyncPagesAreHeld();
    void aPageThatDeletesHoldsTheRecordsFromItsStart();
    void aTransactionThatLockedOneFileMayNotWriteTheOther_data();
    void aTransactionThatLockedOneFileMayNotWriteTheOther();
};

void TestSyncLocks::aSearchEntryIsWrittenWhileSyncPagesAreHeld()
{
    TempDataFolder data;
    datafolder::DataFolder folder(data.path());
    cache::Database db = cache::CacheFile::openWriter(folder.databasePath());
    const auto repo = cache::RepositoryStore(db).add(QStringLiteral("r"), QStringLiteral("drop"), QStringLiteral("/d"));
    sync::CacheWriter writer(db);
    writer.holdCommits(true);
    sync::ChangePage page;
    page.communications << letter(QStringLiteral("L-1")) << letter(QStringLiteral("L-2"));
    page.more = true;
    writer.applyPage(repo.id, page);
    QVERIFY(writer.holdsPages());

    cache::Database other = impatient(folder.databasePath());
    QVERIFY(lockTaken([&] { audit::AuditTrail(other).append(searchEntry()); }));
    QCOMPARE(audit::AuditTrail(db).count(), 1);
    // What writes the cache still waits for the pages (and a transaction of both files does).
    QVERIFY(!lockTaken([&] { cache::FileTransaction tx(other, cache::Locks::CacheOnly); }));
    QVERIFY(!lockTaken([&] { cache::Transaction tx(other); }));

    writer.commitHeld();
    QCOMPARE(other.queryInt("SELECT count(*) FROM communications"), 2);
    QVERIFY(lockTaken([&] { cache::Transaction tx(other); }));
}

void TestSyncLocks::aPageThatDeletesHoldsTheRecordsFromItsStart()
{
    TempDataFolder data;
    datafolder::DataFolder folder(data.path());
    cache::Database db = cache::CacheFile::openWriter(folder.databasePath());
    const auto repo = cache::RepositoryStore(db).add(QStringLiteral("r"), QStringLiteral("drop"), QStringLiteral("/d"));
    sync::CacheWriter writer(db);
    LockWitness witness;
    writer.setHeldDeletionRecorder(&witness);
    sync::ChangePage first;
    first.communications << letter(QStringLiteral("L-1")) << letter(QStringLiteral("L-2"));
    writer.applyPage(repo.id, first);
    db.exec("INSERT INTO rec.holds(id, name, matter, reason, created_by, created_at) "
            "VALUES('H-1', 'h', 'm', 'dispute', 'ada', 0)");
    db.exec("INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) VALUES('H-1', 'L-1', 0, 'ada')");

    writer.holdCommits(true);
    sync::ChangePage next;
    next.communications << letter(QStringLiteral("L-3"));
    next.more = true;
    writer.applyPage(repo.id, next);
    QVERIFY(writer.holdsPages());
    sync::ChangePage deleting;
    deleting.deletedCommunicationIds << QStringLiteral("L-1") << QStringLiteral("L-2");
    deleting.more = true;
    const sync::ApplyResult result = writer.applyPage(repo.id, deleting);
    QCOMPARE(result.keptHeld, 1);
    QCOMPARE(result.deleted, 1);
    QCOMPARE(witness.recordsState, SQLITE_TXN_WRITE);
    // Committed with the pages held before it, in a transaction of its own.
    QVERIFY(!writer.holdsPages());
    cache::Database other = impatient(folder.databasePath());
    QCOMPARE(other.queryInt("SELECT count(*) FROM communications WHERE id = 'L-3'"), 1);
    QCOMPARE(other.queryInt("SELECT count(*) FROM communications WHERE id = 'L-2'"), 0);
}

void TestSyncLocks::aTransactionThatLockedOneFileMayNotWriteTheOther_data()
{
    QTest::addColumn<int>("locks");
    QTest::addColumn<QString>("write");
    QTest::newRow("records only, a cache row")
        << int(cache::Locks::RecordsOnly)
        << QStringLiteral("INSERT INTO main.import_errors(repo_id, at, file, "
                          "line, reason, run_open) VALUES(1, 0, 'f', 1, 'r', 0)");
    QTest::newRow("cache only, a records row")
        << int(cache::Locks::CacheOnly)
        << QStringLiteral("INSERT INTO rec.holds(id, name, matter, reason, created_by, created_at) "
                          "VALUES('H-7', 'h', 'm', 'r', 'ada', 0)");
}

void TestSyncLocks::aTransactionThatLockedOneFileMayNotWriteTheOther()
{
    QFETCH(int, locks);
    QFETCH(QString, write);
    TempDataFolder data;
    datafolder::DataFolder folder(data.path());
    cache::Database db = cache::CacheFile::openWriter(folder.databasePath());
    cache::RepositoryStore(db).add(QStringLiteral("r"), QStringLiteral("drop"), QStringLiteral("/d"));
    const QString table = write.section(QLatin1Char(' '), 2, 2).section(QLatin1Char('('), 0, 0);
    const QByteArray count = QStringLiteral("SELECT count(*) FROM %1").arg(table).toUtf8();
    const qint64 before = db.queryInt(count.constData());
    {
        cache::FileTransaction tx(db, cache::Locks(locks));
        db.exec(write);
        QVERIFY_THROWS_EXCEPTION(cache::SqliteError, tx.commit());
    }
    QCOMPARE(db.queryInt(count.constData()), before);
}

QTEST_GUILESS_MAIN(TestSyncLocks)
#include "tst_synclocks.moc"
