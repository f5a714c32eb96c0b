// A narrow sort of a text alone lists only the rows of the stored months that hold the page,
// newest first (oldest first), and every row past the months' cover (StoredRowsPlan::windowMonths,
// F36 in docs/search-plans.md). Its pages must be those of sorting every match, at every offset
// and in both orders: the cache here spreads its rows over 24 months, puts matches on the first
// and the last millisecond of a month, and adds rows after the months were stored that are newer
// and older than any stored one.
#include "generatedcache.h"
#include "sortedpages.h"

#include <QTest>

using namespace generatedcache;

namespace {
using Choice = SearchPlanner::Choice;
using namespace sortedpages;

constexpr int kStored = 1200;

// Sorted from the narrow index at any number, the months read whatever they cost.
SearchPlanner::Costs monthsAtAnyCost()
{
    SearchPlanner::Costs costs = narrowAtAnyNumber();
    costs.lookupsPerMonthChunk = 0;
    return costs;
}

SearchPlanner::Costs monthsNeverAffordable()
{
    SearchPlanner::Costs costs = narrowAtAnyNumber();
    costs.lookupsPerMonthChunk = std::numeric_limits<qint64>::max() / 1000000;
    return costs;
}

bool listsTheWindowMonths(SearchEngine &engine, const QString &query, int limit, int offset, SearchOrder order)
{
    return pagePlanSays(engine, query, limit, offset, order, QLatin1String("of the months that hold the page"));
}

const SearchOrder kOldestFirst{SearchOrder::Key::Issued, true};
} // namespace

class TestWindowMonths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thePagesAreThoseOfSortingEveryMatch_data();
    void thePagesAreThoseOfSortingEveryMatch();
    void onlyATextAloneListsItsMonths();

private:
    TempDataFolder m_folder;
    QString m_path;
};

// 1,200 communications over 2025-2026 ("notice" in each, "late" in about half, "reminder" in
// about a tenth, "rare" in one of 60), their months stored; "reminder" on 2026-06-01T00:00:00.000
// and 2026-05-31T23:59:59.999 too; then 40 more, past the months' cover, two of them "reminder
// rare" in 2027 (newer than every stored row) and two in 2024 (older).
void TestWindowMonths::initTestCase()
{
    m_path = CacheFile::prepare(m_folder.path()).databasePath;
    Database db = CacheFile::openWriter(m_path);
    QRandomGenerator rnd(36);
    const auto add = [&](int i, std::optional<qint64> issued = {}, QStringList words = {}) {
        if (words.isEmpty()) {
            if (rnd.bounded(2) == 0)
                words << QStringLiteral("late");
            words << QStringLiteral("notice");
            if (rnd.bounded(10) == 0)
                words << QStringLiteral("reminder");
            if (rnd.bounded(60) == 0)
                words << QStringLiteral("rare");
        }
        const qint64 rowid =
            GeneratedCache::insertWords(db, rnd, QStringLiteral("W-%1").arg(i, 5, 10, QLatin1Char('0')), words);
        if (issued)
            db.prepare("UPDATE communications SET issued_at = ? WHERE rowid = ?").bind(1, *issued).bind(2, rowid).run();
    };
    {
        Transaction tx(db);
        db.exec("INSERT INTO repositories(name, kind, url) VALUES('drop', 'drop', '/drop')");
        for (int i = 0; i < kStored; ++i)
            add(i);
        const QStringList boundary{QStringLiteral("notice"), QStringLiteral("reminder")};
        add(kStored, utc("2026-06-01T00:00:00.000Z"), boundary);
        add(kStored + 1, utc("2026-05-31T23:59:59.999Z"), boundary);
        tx.commit();
    }
    refreshRowBits(db, everyCache());
    QVERIFY(RowBits(db).coveredUpTo(RowBits::monthsCoverKey()).has_value());
    Transaction tx(db);
    for (int i = kStored + 2; i < kStored + 38; ++i)
        add(i);
    const QStringList both{QStringLiteral("notice"), QStringLiteral("reminder"), QStringLiteral("rare")};
    add(kStored + 38, utc("2027-01-15T08:00:00Z"), both);
    add(kStored + 39, utc("2027-02-01T00:00:00Z"), both);
    add(kStored + 40, utc("2024-12-01T00:00:00Z"), both);
    add(kStored + 41, utc("2024-11-30T23:59:59.999Z"), both);
    tx.commit();
}

void TestWindowMonths::thePagesAreThoseOfSortingEveryMatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("a word in a tenth") << QStringLiteral("reminder");
    QTest::newRow("a rare word") << QStringLiteral("rare");
    QTest::newRow("a phrase") << QStringLiteral("\"late notice\"");
    QTest::newRow("a word and a negated word") << QStringLiteral("notice -late");
    QTest::newRow("two words") << QStringLiteral("reminder late");
    QTest::newRow("a word or another") << QStringLiteral("reminder OR rare");
}

void TestWindowMonths::thePagesAreThoseOfSortingEveryMatch()
{
    QFETCH(QString, query);
    Database db = CacheFile::openReader(m_path);
    SearchEngine engine(db);
    engine.setPlannerCosts(monthsAtAnyCost());
    SearchEngine sorting(db);
    sorting.setPlannerCosts(neverNarrow());
    for (SearchEngine *e : {&engine, &sorting})
        e->setPlanChoice(Choice::Sort);
    for (const SearchOrder order : {SearchOrder::newestFirst(), kOldestFirst}) {
        int narrowed = 0;
        comparePagesWithSorting(engine, sorting, query, order, [&](int limit, int offset) {
            narrowed += listsTheWindowMonths(engine, query, limit, offset, order) ? 1 : 0;
            QVERIFY(!listsTheWindowMonths(sorting, query, limit, offset, order));
        });
        // The first page at least holds fewer rows than every month: it lists its months alone.
        QVERIFY2(narrowed > 0, qPrintable(query));
    }
}

// Another condition beside the text (a date range here) may leave fewer of a month's rows than
// its stored rows count: every match is listed. So it is when the months cost more lookups than
// they spare, or when the page reaches past every match.
void TestWindowMonths::onlyATextAloneListsItsMonths()
{
    Database db = CacheFile::openReader(m_path);
    SearchEngine engine(db);
    engine.setPlannerCosts(monthsAtAnyCost());
    engine.setPlanChoice(Choice::Sort);
    SearchEngine costly(db);
    costly.setPlannerCosts(monthsNeverAffordable());
    costly.setPlanChoice(Choice::Sort);
    const QString word = QStringLiteral("reminder");
    const int total = int(engine.run(word, 1, 0).total);
    QVERIFY(total > 20);
    for (const SearchOrder order : {SearchOrder::newestFirst(), kOldestFirst}) {
        QVERIFY(listsTheWindowMonths(engine, word, 10, 0, order));
        QVERIFY(!listsTheWindowMonths(engine, QStringLiteral("reminder issued:2025-02..2026-11"), 10, 0, order));
        QVERIFY(!listsTheWindowMonths(costly, word, 10, 0, order));
        QVERIFY(!listsTheWindowMonths(engine, word, 10, total, order));
    }
}

QTEST_GUILESS_MAIN(TestWindowMonths)
#include "tst_windowmonths.moc"
