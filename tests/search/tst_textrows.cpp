#include "cache/cachefile.h"
#include "search/queryinterrupter.h"
#include "search/textrows.h"
#include "searchfixture.h"

#include <QTest>
#include <atomic>
#include <sqlite3.h>

using namespace proofdesk::cache;
using namespace proofdesk::search;

// TextRows reads a large cache's full-text matches in two halves on two connections; the
// fixture is small, so the tests pass a maxRowid that makes it split anyway (the helper's
// half then holds every row).
class TestTextRows : public QObject
{
    Q_OBJECT

private slots:
    void twoHalvesEqualOneRead_data();
    void twoHalvesEqualOneRead();
    void aWriteBetweenTheSnapshotsIsNotCounted();
    void aCapStopsTheCollection();
    void aSupersededCollectionIsInterrupted();

private:
    static qint64 serialCountOfFixture()
    {
        SearchFixture fresh;
        Database db = fresh.openReader();
        return serial(db, QStringLiteral("\"statement\"")).size();
    }
    static QList<qint64> serial(Database &db, const QString &fts)
    {
        db.exec("BEGIN");
        const QList<qint64> rows = TextRows(db, nullptr).collect(fts, 100)->sorted();
        db.exec("ROLLBACK");
        return rows;
    }
};

void TestTextRows::twoHalvesEqualOneRead_data()
{
    QTest::addColumn<QString>("fts");
    QTest::addColumn<qint64>("maxRowid");
    QTest::newRow("word, split past every row") << QStringLiteral("\"statement\"") << qint64(400000);
    QTest::newRow("word, split inside the rows")
        << QStringLiteral("\"statement\"") << qint64(TextRows::kParallelRows + 8);
    QTest::newRow("phrase") << QStringLiteral("\"monthly statement\"") << qint64(400000);
    QTest::newRow("no match") << QStringLiteral("\"zzzz\"") << qint64(400000);
}

void TestTextRows::twoHalvesEqualOneRead()
{
    QFETCH(QString, fts);
    QFETCH(qint64, maxRowid);
    SearchFixture fixture;
    Database db = fixture.openReader();
    Database helper = fixture.openReader();
    const QList<qint64> expected = serial(db, fts);
    db.exec("BEGIN");
    const auto rows = TextRows(db, &helper).collect(fts, maxRowid);
    db.exec("ROLLBACK");
    QCOMPARE(rows->sorted(), expected);
    QCOMPARE(rows->size(), qint64(expected.size()));
    // The helper's read transaction is over: it sees later writes again.
    QVERIFY(sqlite3_get_autocommit(helper.handle()));
}

// The helper's snapshot is taken after the caller's; a write to the full-text index that
// lands in between must not reach the count (the helper's half is then read by the caller).
void TestTextRows::aWriteBetweenTheSnapshotsIsNotCounted()
{
    SearchFixture fixture;
    Database db = fixture.openReader();
    Database helper = fixture.openReader();
    const QList<qint64> before = serial(db, QStringLiteral("\"statement\""));
    QVERIFY(!before.isEmpty());

    db.exec("BEGIN");
    QCOMPARE(db.queryInt("SELECT count(*) FROM communications"), qint64(12)); // snapshot taken
    {
        Database writer = CacheFile::openWriter(fixture.databasePath());
        // The index alone (its content table would need a communication): all TextRows reads.
        writer.exec("INSERT INTO comm_fts(rowid, body, names, ids) VALUES(9999, 'statement', '', '')");
    }
    const auto rows = TextRows(db, &helper).collect(QStringLiteral("\"statement\""), 400000);
    db.exec("ROLLBACK");
    QCOMPARE(rows->sorted(), before);
    QVERIFY(serial(db, QStringLiteral("\"statement\"")).contains(9999)); // it did land
}

void TestTextRows::aCapStopsTheCollection()
{
    SearchFixture fixture;
    Database db = fixture.openReader();
    const qint64 all = serial(db, QStringLiteral("\"statement\"")).size();
    QVERIFY(all >= 3);
    QCOMPARE(TextRows(db, nullptr).collectUpTo(QStringLiteral("\"statement\""), 1, 100)->size(), qint64(2));
    QCOMPARE(TextRows(db, nullptr).collectUpTo(QStringLiteral("\"statement\""), all, 100)->size(), all);
}

// A newer search interrupts both connections (the worker installs a QueryInterrupter on
// each): the collection throws an interrupt, and the helper is out of its transaction,
// ready for the next search.
void TestTextRows::aSupersededCollectionIsInterrupted()
{
    SearchFixture fixture;
    {
        // Enough index entries for the interrupter's check (every 1000 VM steps) to come round.
        Database writer = CacheFile::openWriter(fixture.databasePath());
        Transaction tx(writer);
        Statement insert =
            writer.prepare("INSERT INTO comm_fts(rowid, body, names, ids) VALUES(?, 'statement', '', '')");
        for (qint64 rowid = 1000; rowid < 21000; ++rowid)
            insert.bind(1, rowid).run();
        tx.commit();
    }
    Database db = fixture.openReader();
    Database helper = fixture.openReader();
    std::atomic_bool superseded{true};
    QueryInterrupter interrupter(db, [&] { return superseded.load(); });
    QueryInterrupter helperInterrupter(helper, [&] { return superseded.load(); });
    db.exec("BEGIN");
    try {
        TextRows(db, &helper).collect(QStringLiteral("\"statement\""), 40000);
        QFAIL("the collection ran to its end");
    } catch (const SqliteError &e) {
        QVERIFY2(e.isInterrupt(), e.what());
    }
    QVERIFY(sqlite3_get_autocommit(helper.handle()));
    try {
        db.exec("ROLLBACK");
    } catch (const SqliteError &) {
        // the interrupt may have ended it already
    }
    superseded = false;
    db.exec("BEGIN");
    QCOMPARE(TextRows(db, &helper).collect(QStringLiteral("\"statement\""), 40000)->size(),
             qint64(20000) + serialCountOfFixture());
    db.exec("ROLLBACK");
}

QTEST_GUILESS_MAIN(TestTextRows)
#include "tst_textrows.moc"
