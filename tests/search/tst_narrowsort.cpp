// A sorted page of many listed rows, newest or oldest first, reads the matches' issue dates from
// the narrow (rowid, issued_at) index and reads whole only the rows from the page's last date on
// (F32 in docs/search-plans.md). The rows must be those of sorting every match, in the same
// order, at every offset: the cache here has many matches on each of a few dates, so that a
// page's last date is shared with rows past the page and the id decides among them.
#include "generatedcache.h"
#include "sortedpages.h"

#include <QTest>

using namespace generatedcache;

namespace {
using Choice = SearchPlanner::Choice;
using namespace sortedpages;

constexpr int kCommunications = 400;

bool readsTheNarrowIndex(SearchEngine &engine, const QString &query, int limit, int offset, SearchOrder order)
{
    return pagePlanSays(engine, query, limit, offset, order, QLatin1String("comm_issued_by_rowid"));
}
} // namespace

class TestNarrowSort : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thePagesAreThoseOfSortingEveryMatch_data();
    void thePagesAreThoseOfSortingEveryMatch();
    void onlyManyMatchesAreSortedFromTheNarrowIndex();

private:
    TempDataFolder m_folder;
    QString m_path;
};

// 400 communications: "notice" in each, "late notice" in about half, "reminder" in about a
// tenth, "rare" in seven; issued on one of 9 days, at midnight (about 44 a day); ids in an
// order of their own (a permutation of the rowids), so that a tie is broken other than by rowid.
void TestNarrowSort::initTestCase()
{
    m_path = CacheFile::prepare(m_folder.path()).databasePath;
    Database db = CacheFile::openWriter(m_path);
    Transaction tx(db);
    db.exec("INSERT INTO repositories(name, kind, url) VALUES('drop', 'drop', '/drop')");
    QRandomGenerator rnd(32);
    for (int i = 0; i < kCommunications; ++i) {
        QStringList words;
        if (rnd.bounded(2) == 0)
            words << QStringLiteral("late");
        words << QStringLiteral("notice");
        if (rnd.bounded(10) == 0)
            words << QStringLiteral("reminder");
        if (i % 57 == 3)
            words << QStringLiteral("rare");
        const QString id = QStringLiteral("N-%1").arg((i * 263) % kCommunications, 4, 10, QLatin1Char('0'));
        const qint64 rowid = GeneratedCache::insertWords(db, rnd, id, words);
        db.prepare("UPDATE communications SET issued_at = ? WHERE rowid = ?")
            .bind(1, utc("2025-03-01T00:00:00Z") + qint64(rnd.bounded(9)) * 86400000)
            .bind(2, rowid)
            .run();
    }
    tx.commit();
}

void TestNarrowSort::thePagesAreThoseOfSortingEveryMatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("narrow");
    QTest::newRow("a phrase") << QStringLiteral("\"late notice\"") << true;
    QTest::newRow("a word and a negated word") << QStringLiteral("notice -late") << true;
    QTest::newRow("a word or another") << QStringLiteral("reminder OR late") << true;
    QTest::newRow("a word and dates") << QStringLiteral("reminder issued:2025-03-02..2025-03-06") << true;
    QTest::newRow("a phrase and dates") << QStringLiteral("\"late notice\" issued:2025-03-02..2025-03-09") << true;
    QTest::newRow("seven matches") << QStringLiteral("rare") << true;
    // A word in one row of eight or more is counted, not collected (kDenseWord): FTS5 drives.
    QTest::newRow("a word in every row") << QStringLiteral("notice") << false;
    // A field is not in the narrow index: the rows are read whole to test it.
    QTest::newRow("a word and a field") << QStringLiteral("notice type:letter") << false;
}

void TestNarrowSort::thePagesAreThoseOfSortingEveryMatch()
{
    QFETCH(QString, query);
    QFETCH(bool, narrow);
    Database db = CacheFile::openReader(m_path);
    SearchEngine engine(db);
    engine.setPlannerCosts(narrowAtAnyNumber());
    SearchEngine sorting(db);
    sorting.setPlannerCosts(neverNarrow());
    for (SearchEngine *e : {&engine, &sorting})
        e->setPlanChoice(Choice::Sort);
    for (const SearchOrder order : {SearchOrder::newestFirst(), SearchOrder{SearchOrder::Key::Issued, true}}) {
        comparePagesWithSorting(engine, sorting, query, order, [&](int limit, int offset) {
            QCOMPARE(readsTheNarrowIndex(engine, query, limit, offset, order), narrow);
            QVERIFY(!readsTheNarrowIndex(sorting, query, limit, offset, order));
        });
    }
}

// With the planner's own costs a page reads the narrow index only when its listed rows are at
// least narrowSortRatio times the page; never in an order other than the issue date's.
void TestNarrowSort::onlyManyMatchesAreSortedFromTheNarrowIndex()
{
    Database db = CacheFile::openReader(m_path);
    SearchEngine engine(db);
    engine.setPlanChoice(Choice::Sort);
    const qint64 ratio = SearchPlanner::Costs{}.narrowSortRatio;
    const SearchResult late = engine.run(QStringLiteral("\"late notice\""), 1, 0);
    QVERIFY(late.total > 100);
    const int below = int(late.total / ratio) + 1;
    QVERIFY(readsTheNarrowIndex(engine, QStringLiteral("\"late notice\""), below - 1, 0, SearchOrder::newestFirst()));
    QVERIFY(!readsTheNarrowIndex(engine, QStringLiteral("\"late notice\""), below, 0, SearchOrder::newestFirst()));
    QVERIFY(!readsTheNarrowIndex(engine, QStringLiteral("\"late notice\""), 1, 0,
                                 SearchOrder{SearchOrder::Key::Type, true}));
}

QTEST_GUILESS_MAIN(TestNarrowSort)
#include "tst_narrowsort.moc"
