#include "pagesagainstsorting.h"
#include "search/queryparser.h"
#include "search/searchengine.h"
#include "searchfixture.h"

#include <QTest>

using namespace proofdesk::cache;
using namespace proofdesk::search;

namespace {
using Choice = SearchPlanner::Choice;
} // namespace

// How queries are executed (the answers themselves are checked, under every plan, in
// tst_searchengine).
class TestSearchPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_fixture = std::make_unique<SearchFixture>(); } // read only
    void init() { m_db = m_fixture->openReader(); }
    void cleanup() { m_db.close(); }
    void largeSetsWalkTheIssuedIndexInOrder();
    void largeSetsInAnotherOrderWalkThatOrdersIndex_data();
    void largeSetsInAnotherOrderWalkThatOrdersIndex();
    void smallSetsInAnotherOrderAreSorted();
    void probingAsksTheTextIndexPerRow();
    void collectedTextIsTestedInItsSet_data();
    void collectedTextIsTestedInItsSet();
    void aCommonWordIsCountedNotCollected();
    void smallSetsAreLookedUpAndSorted();
    void plannerLetsTheNarrowestConditionDrive_data();
    void plannerLetsTheNarrowestConditionDrive();
    void textDrivenCountsWithDatesMatchTheRows_data();
    void textDrivenCountsWithDatesMatchTheRows();
    void aDayAndACommonWordArePagedInDateOrderAndCountedAfter();
    void aCommonPhraseOrPrefixIsPagedRowByRow_data();
    void aCommonPhraseOrPrefixIsPagedRowByRow();
    void aLargeRangeWithTextIsWalkedWithoutCountingFirst();
    void thePageBeforeTheCountIsTheSameAnswer_data();
    void thePageBeforeTheCountIsTheSameAnswer();
    void manyMatchesArePagedBeforeTheyAreCounted();
    void fewMatchesComeCountedWithThePage();

private:
    std::unique_ptr<SearchFixture> m_fixture;
    Database m_db;
};

void TestSearchPlanner::largeSetsWalkTheIssuedIndexInOrder()
{
    SearchEngine engine(m_db);
    engine.setPlanChoice(Choice::Walk);
    for (const char *query : {"", "statement", "status:none", "-fee", "hold:any", "repo:archive"}) {
        const QStringList plan = engine.explainPage(QString::fromLatin1(query), 100, 0);
        const QString text = plan.join(QLatin1Char('\n'));
        QVERIFY2(!text.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY")), qPrintable(text));
    }
}

void TestSearchPlanner::largeSetsInAnotherOrderWalkThatOrdersIndex_data()
{
    using Key = SearchOrder::Key;
    QTest::addColumn<SearchOrder>("order");
    QTest::addColumn<QString>("index");
    // Ascending reads the (column, issued_at DESC, id) index forwards, descending the
    // (column, issued_at, id) index backwards: ties newest first either way. Narrowed to one
    // value by an equality (or by the value walk of a date range, ValueWalk), either index of
    // the column gives the order.
    QTest::newRow("type ascending") << SearchOrder{Key::Type, true} << QStringLiteral("comm_type_sort");
    QTest::newRow("type descending") << SearchOrder{Key::Type, false}
                                     << QStringLiteral("comm_type(\\b|_sort \\(type=\\?)");
    QTest::newRow("channel ascending") << SearchOrder{Key::Channel, true} << QStringLiteral("comm_channel_sort");
    QTest::newRow("channel descending") << SearchOrder{Key::Channel, false}
                                        << QStringLiteral("comm_channel(\\b|_sort \\(channel=\\?)");
    QTest::newRow("status ascending") << SearchOrder{Key::Status, true} << QStringLiteral("comm_status_sort");
    QTest::newRow("status descending") << SearchOrder{Key::Status, false}
                                       << QStringLiteral("comm_status(\\b|_sort \\(status=\\?)");
    QTest::newRow("customer ascending") << SearchOrder{Key::Customer, true} << QStringLiteral("comm_customer_sort");
    QTest::newRow("customer descending") << SearchOrder{Key::Customer, false} << QStringLiteral("comm_customer_sort");
}

// Other conditions only filter on the walk (their own indexes would have SQLite sort a
// range of them); an equality on the order's column narrows the same index.
void TestSearchPlanner::largeSetsInAnotherOrderWalkThatOrdersIndex()
{
    QFETCH(SearchOrder, order);
    QFETCH(QString, index);
    SearchEngine engine(m_db);
    for (const Choice choice : {Choice::Walk, Choice::WalkProbing}) {
        engine.setPlanChoice(choice);
        for (const char *query : {"", "statement", "status:none", "-fee", "hold:any", "repo:archive",
                                  "unit:retail channel:email issued:2026", "type:notice OR channel:print"}) {
            const QString text = engine.explainPage(QString::fromLatin1(query), 100, 0, order).join(QLatin1Char('\n'));
            QVERIFY2(!text.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(text));
            QVERIFY2(text.contains(QRegularExpression(QLatin1String("INDEX ") + index)), qPrintable(text));
        }
    }
}

void TestSearchPlanner::smallSetsInAnotherOrderAreSorted()
{
    SearchEngine engine(m_db);
    const QString text =
        engine.explainPage(QStringLiteral("garcia"), 100, 0, {SearchOrder::Key::Type, true}).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("INTEGER PRIMARY KEY")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(text));
}

// A text too large to collect (past Costs::textLeadLimit) beside other conditions.
void TestSearchPlanner::probingAsksTheTextIndexPerRow()
{
    SearchEngine engine(m_db);
    engine.setPlanChoice(Choice::WalkProbing);
    engine.setPlannerCosts({0, 20});
    const QString text = engine.explainPage(QStringLiteral("statement -channel:sms"), 100, 0).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("CORRELATED SCALAR SUBQUERY")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(text));
}

// A collected text is tested in its set on the walk, whatever the plan would have asked of
// the full-text index; the count comes from the set too.
void TestSearchPlanner::collectedTextIsTestedInItsSet_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Choice>("choice");
    QTest::newRow("a phrase, walk") << QStringLiteral("\"monthly statement\"") << Choice::Walk;
    QTest::newRow("a word in few rows, probing") << QStringLiteral("quinn") << Choice::WalkProbing;
    QTest::newRow("text and a field") << QStringLiteral("statement -channel:sms") << Choice::Walk;
    QTest::newRow("text and dates") << QStringLiteral("fee issued:2026") << Choice::WalkProbing;
}

void TestSearchPlanner::collectedTextIsTestedInItsSet()
{
    QFETCH(QString, query);
    QFETCH(Choice, choice);
    SearchEngine engine(m_db);
    engine.setPlanChoice(choice);
    engine.setPlannerCosts({50000, 20, 0}); // no range narrow enough to ask its rows
    const QString text = engine.explainPage(query, 100, 0).join(QLatin1Char('\n'));
    QVERIFY2(!text.contains(QLatin1String("comm_fts")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(text));
    engine.setPlanChoice(Choice::Sort); // the text drives: asked of the full-text index
    const RowIdsResult sorted = engine.allRowIds(query);
    engine.setPlanChoice(choice);
    QCOMPARE(engine.run(query, 100, 0).total, qint64(sorted.rowIds.size()));
}

// A word in many rows (one in SearchPlanner::kDenseWord or more) is only counted; the page
// then asks the full-text index as it walks (see probingAsksTheTextIndexPerRow).
void TestSearchPlanner::aCommonWordIsCountedNotCollected()
{
    SearchPlanner planner(m_db);
    const ParseResult parsed = QueryParser::parse(QStringLiteral("statement"));
    QVERIFY(parsed.ok());
    const SearchPlanner::Counted counted = planner.count(parsed.root);
    QVERIFY(!counted.prepared.textRows);
    QVERIFY(counted.total * SearchPlanner::kDenseWord >= 12);
    QCOMPARE(counted.total, m_db.queryInt("SELECT count(*) FROM comm_text WHERE body LIKE '%statement%' "
                                          "OR names LIKE '%statement%' OR ids LIKE '%statement%'"));
}

void TestSearchPlanner::smallSetsAreLookedUpAndSorted()
{
    SearchEngine engine(m_db);
    const QString text = engine.explainPage(QStringLiteral("garcia"), 100, 0).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("INTEGER PRIMARY KEY")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(text));
}

void TestSearchPlanner::plannerLetsTheNarrowestConditionDrive_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<SearchPlanner::Driver>("driver");
    QTest::addColumn<QString>("first"); // the conjunct moved to the front to drive
    using D = SearchPlanner::Driver;
    QTest::newRow("a business key") << QStringLiteral("type:statement customer:cust-1001") << D::Key
                                    << QStringLiteral("field(type statement)");
    QTest::newRow("the smaller of two field ranges")
        << QStringLiteral("type:statement channel:sms") << D::Range << QStringLiteral("field(channel sms)");
    QTest::newRow("a text too large to drive beside a range")
        << QStringLiteral("statement type:notice") << D::Range << QStringLiteral("field(type notice)");
    QTest::newRow("a field range smaller than the text's lookups")
        << QStringLiteral("muller* language:de") << D::Range << QStringLiteral("field(language de)");
    // One match against the fixture's dozen rows is not "much smaller" at the cost of a
    // rowid lookup (Costs::lookup); see textDrivenCountsWithDatesMatchTheRows for the
    // plan a large cache gives such a query.
    QTest::newRow("a text smaller than the dates, on a dozen rows")
        << QStringLiteral("o'brien issued:2000..2030") << D::Range << QStringLiteral("phrase(o'brien)");
    QTest::newRow("text alone: nothing to choose")
        << QStringLiteral("garcia") << D::Planner << QStringLiteral("word(garcia)");
}

void TestSearchPlanner::plannerLetsTheNarrowestConditionDrive()
{
    QFETCH(QString, query);
    QFETCH(SearchPlanner::Driver, driver);
    QFETCH(QString, first);
    SearchPlanner planner(m_db);
    // Every range of a dozen rows is narrow (Costs::probeRows): as on a large cache, none is.
    planner.setCosts({50000, 20, 0});
    if (QByteArray(QTest::currentDataTag()) == "a text too large to drive beside a range") {
        planner.setCosts({0, 20, 0});
        const ParseResult parsed = QueryParser::parse(query);
        QVERIFY(parsed.ok());
        // It filters the range from a set of all its rows, not from a match list SQLite builds.
        const SearchPlanner::Counted counted = planner.count(parsed.root);
        QVERIFY(counted.prepared.textRows);
        SearchEngine engine(m_db);
        engine.setPlannerCosts({0, 20, 0});
        const QString count = engine.explainCount(query).join(QLatin1Char('\n'));
        QVERIFY2(!count.contains(QLatin1String("comm_fts")), qPrintable(count));
    }
    const ParseResult parsed = QueryParser::parse(query);
    QVERIFY(parsed.ok());
    const SearchPlanner::Counted counted = planner.count(parsed.root);
    QCOMPARE(counted.prepared.driver, driver);
    const QueryNode &root = counted.prepared.root;
    QCOMPARE(toDebugString(root.children.empty() ? root : root.children.front()), first);
}

void TestSearchPlanner::textDrivenCountsWithDatesMatchTheRows_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("wide range") << QStringLiteral("o'brien issued:2000..2030");
    QTest::newRow("year") << QStringLiteral("o'brien issued:2026");
    QTest::newRow("open start") << QStringLiteral("o'brien issued:..2030");
    QTest::newRow("negated text") << QStringLiteral("o'brien -fee issued:2000..2030");
}

// Text-driven counts with only dates left to test read the narrow (rowid, issued_at) index
// instead of the rows: the count must still be the number of rows the page query returns.
void TestSearchPlanner::textDrivenCountsWithDatesMatchTheRows()
{
    QFETCH(QString, query);
    SearchPlanner planner(m_db);
    planner.setCosts({50000, 2}); // a lookup as cheap as on a large cache, relative to 12 rows
    const ParseResult parsed = QueryParser::parse(query);
    QVERIFY(parsed.ok());
    const SearchPlanner::Counted counted = planner.count(parsed.root);
    QCOMPARE(counted.prepared.driver, SearchPlanner::Driver::Text);
    QVERIFY(counted.prepared.total < 0); // dates alone are not collected: counted in SQL
    SearchEngine engine(m_db);
    engine.setPlanChoice(Choice::Sort);
    QCOMPARE(counted.total, qint64(engine.allRowIds(query).rowIds.size()));
}

static QStringList idsOf(const SearchResult &result)
{
    QStringList ids;
    for (const SearchHit &hit : result.hits)
        ids << hit.id;
    return ids;
}

// A narrow date range and a word far more common, for a page: the dates' index is walked in
// order asking each row for the word, and the walk stops at the page; nothing is collected
// until the total is asked for (at 10M a day and a word in 77% of rows: 404 ms -> a few ms).
void TestSearchPlanner::aDayAndACommonWordArePagedInDateOrderAndCountedAfter()
{
    SearchPlanner::Costs costs;
    costs.probe = 1;
    const QString query = QStringLiteral("issued:2026-11-15 reminder");
    const ParseResult parsed = QueryParser::parse(query);
    QVERIFY(parsed.ok());
    SearchPlanner planner(m_db);
    planner.setCosts(costs);
    const SearchPlanner::Counted counted = planner.forPage(parsed.root, 1, SearchOrder::newestFirst());
    QCOMPARE(counted.prepared.driver, SearchPlanner::Driver::Narrow);
    QVERIFY(!counted.prepared.textRows);
    QVERIFY(!counted.exact);
    SearchEngine engine(m_db);
    engine.setPlannerCosts(costs);
    const QString page = engine.explainPage(query, 1, 0).join(QLatin1Char('\n'));
    QVERIFY2(page.contains(QLatin1String("comm_issued")) && !page.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")),
             qPrintable(page));
    comparePagesWithSorting(m_db, query, costs);
    QCOMPARE(planner.exactTotal(parsed.root, counted), SearchEngine(m_db).run(query, 0, 0).total);
}

// A phrase (or a prefix) found in so many rows that asking them one by one meets the page
// sooner than collecting it (on their own text: Costs::collectMatch, here dear; through the
// full-text index: Costs::phraseProbe, here free): the page is planned without counting, and
// asks row by row.
void TestSearchPlanner::aCommonPhraseOrPrefixIsPagedRowByRow_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("ownText");
    const QString phrase = QStringLiteral("\"push reminder\"");
    QTest::newRow("phrase, each row's own text") << phrase << true;  // collecting costs far more than asking
    QTest::newRow("phrase, the full-text index") << phrase << false; // rows too long to tokenize
    // A prefix only on the rows' own text, its frequency sampled there too: FTS5 would expand
    // it into every term it begins, for a sample as for the whole list.
    QTest::newRow("prefix, each row's own text") << QStringLiteral("remind*") << true;
}

void TestSearchPlanner::aCommonPhraseOrPrefixIsPagedRowByRow()
{
    QFETCH(QString, query);
    QFETCH(bool, ownText);
    SearchPlanner::Costs costs;
    if (ownText) {
        costs.collectMatch = 1000;
        costs.collectPhraseMatch = 1000;
    } else {
        costs.rowTextTokens = 0;
        costs.phraseProbe = 0;
    }
    const ParseResult parsed = QueryParser::parse(query);
    QVERIFY(parsed.ok());
    SearchPlanner planner(m_db);
    planner.setCosts(costs);
    const SearchPlanner::Counted counted = planner.forPage(parsed.root, 1, SearchOrder::newestFirst());
    QVERIFY(counted.light);
    QVERIFY(!counted.exact);
    SearchEngine engine(m_db);
    engine.setPlannerCosts(costs);
    const QString page = engine.explainPage(query, 1, 0).join(QLatin1Char('\n'));
    QVERIFY2(page.contains(QLatin1String("CORRELATED SCALAR SUBQUERY")), qPrintable(page));
    // Asked of comm_text's row (its primary key) or of the full-text index.
    QCOMPARE(page.contains(QLatin1String("SEARCH t USING INTEGER PRIMARY KEY")), ownText);
    QCOMPARE(page.contains(QLatin1String("comm_fts")), !ownText);
    comparePagesWithSorting(m_db, query, costs);
    QCOMPARE(planner.exactTotal(parsed.root, counted), SearchEngine(m_db).run(query, 0, 0).total);
    // At the measured cost the fixture's three matches of twelve rows are collected.
    planner.setCosts(SearchPlanner::Costs{});
    QVERIFY(!planner.forPage(parsed.root, 1, SearchOrder::newestFirst()).light);
    if (query.endsWith(QLatin1Char('*'))) { // and a prefix always when the rows are long
        costs.rowTextTokens = 0;
        planner.setCosts(costs);
        QVERIFY(!planner.forPage(parsed.root, 1, SearchOrder::newestFirst()).light);
    }
}

// A field's range drives, a text too large to lead is tested in its set (and the template,
// which no set answers, keeps the sets from giving the total): when the range is at least
// Costs::walkRange, the page walks it without counting up to the cut-off.
void TestSearchPlanner::aLargeRangeWithTextIsWalkedWithoutCountingFirst()
{
    SearchPlanner::Costs costs;
    costs.textLeadLimit = 0;
    costs.walkRange = 1;
    const QString query = QStringLiteral("type:statement template:TPL-STMT-MONTHLY your");
    const ParseResult parsed = QueryParser::parse(query);
    QVERIFY(parsed.ok());
    SearchPlanner planner(m_db);
    planner.setCosts(costs);
    const SearchPlanner::Counted counted = planner.forPage(parsed.root, 1, SearchOrder::newestFirst());
    QCOMPARE(counted.prepared.driver, SearchPlanner::Driver::Range);
    QVERIFY(counted.prepared.textRows);
    QVERIFY(!counted.exact);
    comparePagesWithSorting(m_db, query, costs);
    costs.walkRange = SearchPlanner::kRangeCountCap; // the fixture's range is small: counted
    planner.setCosts(costs);
    QVERIFY(planner.forPage(parsed.root, 1, SearchOrder::newestFirst()).exact);
}

void TestSearchPlanner::thePageBeforeTheCountIsTheSameAnswer_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query :
         {"type:notice", "statement -channel:sms", "fee issued:2026", "garcia", "", "customer:cust-1001 statement",
          "-type:notice", "statement OR garcia", "push*", "\"push reminder\"", "\"fee change\"",
          "\"monthly statement\"", "unit:retail -channel:print issued:2024..2026", "status:failed OR type:statement"})
        QTest::newRow(query) << QString::fromUtf8(query);
}

// The page is planned before the count (SearchPlanner::forPage) and handed over before it:
// the same rows and total as a plan that does not depend on the count (sorting every match),
// in every order and at every offset; a total handed with the page is the exact one.
void TestSearchPlanner::thePageBeforeTheCountIsTheSameAnswer()
{
    QFETCH(QString, query);
    SearchEngine sorted(m_db);
    sorted.setPlanChoice(Choice::Sort);
    SearchEngine engine(m_db);
    const QList<SearchOrder> orders{SearchOrder::newestFirst(),
                                    {SearchOrder::Key::Type, true},
                                    {SearchOrder::Key::Status, false},
                                    {SearchOrder::Key::Customer, true}};
    for (const SearchOrder &order : orders) {
        for (const int limit : {1, 2, 5}) {
            for (const int offset : {0, 1, 4, 20}) {
                const SearchResult expected = sorted.run(query, limit, offset, order);
                int pages = 0;
                SearchResult page;
                const SearchResult result = engine.run(query, limit, offset, order, [&](const SearchResult &p) {
                    ++pages;
                    page = p;
                });
                const QByteArray where =
                    QStringLiteral("%1 by %2, %3 at %4").arg(query, order.column()).arg(limit).arg(offset).toUtf8();
                QVERIFY2(pages == 1, where.constData());
                QVERIFY2(idsOf(page) == idsOf(expected), where.constData());
                QVERIFY2(idsOf(result) == idsOf(expected), where.constData());
                QVERIFY2(result.total == expected.total, where.constData());
                QVERIFY2(!page.counted() || page.total == expected.total, where.constData());
            }
        }
    }
}

// Nine in English, a page of one: past the cut-off the page is not counted (SearchPlanner::forPage).
// Five notices are: the month aggregate counts them for less than the page (facetcount.h).
void TestSearchPlanner::manyMatchesArePagedBeforeTheyAreCounted()
{
    SearchEngine engine(m_db);
    QList<qint64> totals;
    const SearchResult result = engine.run(QStringLiteral("language:en"), 1, 0, SearchOrder::newestFirst(),
                                           [&](const SearchResult &page) { totals << page.total; });
    QCOMPARE(totals, QList<qint64>{SearchResult::kCounting});
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.total, m_db.queryInt("SELECT count(*) FROM communications WHERE language = 'en'"));
    QCOMPARE(result.total, qint64(9));
    totals.clear();
    engine.run(QStringLiteral("type:notice"), 1, 0, SearchOrder::newestFirst(),
               [&](const SearchResult &page) { totals << page.total; });
    QCOMPARE(totals, QList<qint64>{5});
}

// Two matches: told by a short page; nine in English counted up to the cut-off on the way to
// a page of nine.
void TestSearchPlanner::fewMatchesComeCountedWithThePage()
{
    SearchEngine engine(m_db);
    for (const char *query : {"garcia", "type:notice channel:sms", "statement -channel:sms issued:2026"}) {
        QList<qint64> totals;
        const SearchResult result = engine.run(QString::fromUtf8(query), 10, 0, SearchOrder::newestFirst(),
                                               [&](const SearchResult &page) { totals << page.total; });
        QVERIFY2(result.hits.size() < 10, query);
        QCOMPARE(totals, QList<qint64>{result.hits.size()});
    }
    SearchPlanner planner(m_db);
    const ParseResult parsed = QueryParser::parse(QStringLiteral("language:en"));
    QVERIFY(parsed.ok());
    QVERIFY(planner.walkCutoff(1) < 9); // twelve rows: sqrt(1 * 12 / 8) rounded up
    QVERIFY(!planner.forPage(parsed.root, 1, SearchOrder::newestFirst()).exact);
    const SearchPlanner::Counted counted = planner.forPage(parsed.root, 9, SearchOrder::newestFirst());
    QVERIFY(counted.exact);
    QCOMPARE(counted.total, qint64(9));
    QCOMPARE(planner.exactTotal(parsed.root, planner.forPage(parsed.root, 1, SearchOrder::newestFirst())), qint64(9));
}

QTEST_GUILESS_MAIN(TestSearchPlanner)
#include "tst_searchplanner.moc"
