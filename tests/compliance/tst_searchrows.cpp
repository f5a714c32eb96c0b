// The rows a compliance scope takes from a search (compliance/searchrows.h) when the cache's
// stored rows were edited by hand: the search is answered without them, as the window's and the
// command line's are (search/searchengine.h), never stopped by them; and in one read snapshot,
// so that a sync's refresh between its reads cannot look like an edit.
#include "../search/generatedcache.h"
#include "compliance/searchrows.h"

#include <QSet>

using namespace generatedcache;

class TestSearchRows : public QObject
{
    Q_OBJECT

private slots:
    void aHandEditOfTheStoredRowsIsAnsweredWithout_data();
    void aHandEditOfTheStoredRowsIsAnsweredWithout();
};

void TestSearchRows::aHandEditOfTheStoredRowsIsAnsweredWithout_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    QTest::newRow("a stored word") << "balance" << fts("balance");
    QTest::newRow("a field and a stored word")
        << "type:invoice balance" << QLatin1String("c.type = 'invoice' AND ") + fts("balance");
    QTest::newRow("an OR holding a negation")
        << "statement OR -balance" << QStringLiteral("(%1 OR NOT %2)").arg(fts("statement"), fts("balance"));
    QTest::newRow("a field, not a stored word")
        << "type:invoice -balance" << QLatin1String("c.type = 'invoice' AND NOT ") + fts("balance");
}

void TestSearchRows::aHandEditOfTheStoredRowsIsAnsweredWithout()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    GeneratedCache cache;
    cache.refresh();
    Database writer = cache.writer();
    QVERIFY(RowBits(writer).coveredUpTo(RowBits::wordKey("balance")));
    writer.exec("DELETE FROM rowbits WHERE key = 'word:balance' AND chunk = 0");
    Database db = cache.reader();
    const proofdesk::compliance::SearchRows found = proofdesk::compliance::searchRows(db, query);
    QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
    QSet<qint64> expected;
    Statement st = db.prepare(QStringLiteral("SELECT c.rowid FROM communications c WHERE %1").arg(where));
    while (st.step())
        expected.insert(st.columnInt(0));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QSet<qint64>(found.rowIds.begin(), found.rowIds.end()), expected);
}

QTEST_GUILESS_MAIN(TestSearchRows)
#include "tst_searchrows.moc"
