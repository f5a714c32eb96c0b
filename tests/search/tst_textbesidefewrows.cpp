// A key's, an id's or a narrow range's few rows beside a text: whether each is asked for the
// text (on its own text or through the full-text index) or the text is read whole, and what
// is read to decide (search/searchplanner.cpp: probeTextOfKey, textOutnumbers).
#include "pagesagainstsorting.h"
#include "search/queryparser.h"
#include "search/searchengine.h"
#include "searchfixture.h"

#include <QTest>

using namespace proofdesk::cache;
using namespace proofdesk::search;

class TestTextBesideFewRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_fixture = std::make_unique<SearchFixture>(); } // read only
    void init() { m_db = m_fixture->openReader(); }
    void cleanup() { m_db.close(); }
    void aFewSelectedRowsAreAskedForTheText_data();
    void aFewSelectedRowsAreAskedForTheText();
    void aKeysFewRowsAreAskedOnTheirOwnText();
    void aTextNoCommonerThanTheKeyIsNotAskedRowByRow();
    void noTextIsCountedToOutnumberMoreRowsThanTheCacheHas_data();
    void noTextIsCountedToOutnumberMoreRowsThanTheCacheHas();

private:
    std::unique_ptr<SearchFixture> m_fixture;
    Database m_db;
};

// A key, an id or a narrow range beside text that matches more rows: the count and the page
// read the few selected rows in their index and ask the full-text index about each one
// (a correlated subquery), never the text's whole match list ("LIST SUBQUERY"): at a
// million, "customer:X balance" read the 300,000 rows of "balance" for the key's seven.
void TestTextBesideFewRows::aFewSelectedRowsAreAskedForTheText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<SearchPlanner::Driver>("driver");
    QTest::addColumn<bool>("ownText");
    using D = SearchPlanner::Driver;
    const struct
    {
        const char *name;
        QString query;
        D driver;
    } rows[] = {
        {"a key and a common word", QStringLiteral("customer:cust-1001 statement"), D::Key},
        {"an id and a common word", QStringLiteral("id:EXS-2026-10-000124 statement"), D::Key},
        {"a key and a negated word", QStringLiteral("customer:cust-1001 -statement"), D::Key},
        {"a key and words under or", QStringLiteral("customer:cust-1001 (statement OR fee)"), D::Key},
        {"a key and a prefix", QStringLiteral("customer:cust-1001 stat*"), D::Key},
        {"a day and a common word", QStringLiteral("issued:2026-10-03 statement"), D::Narrow},
        {"a field in a day and a word", QStringLiteral("type:statement issued:2026-10-03 your"), D::Narrow},
    };
    // Asked on each row's own text (fts_row_match, the fixture's short rows) or, for rows
    // too long for that (Costs::rowTextTokens 0), through the full-text index.
    for (const auto &row : rows) {
        QTest::addRow("%s, own text", row.name) << row.query << row.driver << true;
        QTest::addRow("%s, full-text index", row.name) << row.query << row.driver << false;
    }
}

void TestTextBesideFewRows::aFewSelectedRowsAreAskedForTheText()
{
    QFETCH(QString, query);
    QFETCH(SearchPlanner::Driver, driver);
    QFETCH(bool, ownText);
    // The fixture's words are in a few of its dozen rows: as if they were in far more rows
    // than the key or the day select, as a common word at a million is.
    SearchPlanner::Costs costs;
    costs.probe = 1;
    if (!ownText)
        costs.rowTextTokens = 0;
    SearchEngine engine(m_db);
    engine.setPlannerCosts(costs);
    const QString count = engine.explainCount(query).join(QLatin1Char('\n'));
    const QString page = engine.explainPage(query, 100, 0).join(QLatin1Char('\n'));
    for (const QString &text : {count, page}) {
        QVERIFY2(!text.contains(QLatin1String("LIST SUBQUERY")), qPrintable(text));
        // An index drives: the table is never scanned.
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("^ *SCAN c$"), QRegularExpression::MultilineOption)),
                 qPrintable(text));
    }
    QVERIFY2(count.contains(QLatin1String("CORRELATED SCALAR SUBQUERY")), qPrintable(count));
    // The page tests the rows in the matches the count collected, or (no required text to
    // stand for) asks the full-text index again, row by row.
    QVERIFY2(!page.contains(QLatin1String("comm_fts")) || page.contains(QLatin1String("CORRELATED SCALAR SUBQUERY")),
             qPrintable(page));
    QVERIFY2(count.contains(QLatin1String("text asked row by row")), qPrintable(count));
    SearchPlanner planner(m_db);
    planner.setCosts(costs);
    const ParseResult parsed = QueryParser::parse(query);
    QVERIFY(parsed.ok());
    const SearchPlanner::Counted counted = planner.count(parsed.root);
    QCOMPARE(counted.prepared.driver, driver);
    QVERIFY(counted.prepared.probeText);
    QCOMPARE(counted.prepared.probeRowText, ownText);
    QCOMPARE(count.contains(QLatin1String("fts_row_match")), ownText);
    // The same answer as the plan that reads the text's whole match list.
    QCOMPARE(counted.total, SearchEngine(m_db).run(query, 0, 0).total);
    SearchPlanner::Costs collect;
    collect.probeRows = 0;
    SearchEngine collecting(m_db);
    collecting.setPlannerCosts(collect);
    QCOMPARE(counted.total, collecting.run(query, 0, 0).total);
    if (driver == SearchPlanner::Driver::Narrow) // a day's several rows (a key's are one or two)
        comparePagesWithSorting(m_db, query, costs);
}

// A key's few rows beside any text are asked on their own text without first counting how
// common the text is (Costs::rowTextUnchecked): that count reads up to probe times the key's
// rows of postings, more than tokenizing the rows. Rows too long to tokenize cheaply keep
// the check, and then a rare text is read whole.
void TestTextBesideFewRows::aKeysFewRowsAreAskedOnTheirOwnText()
{
    const ParseResult parsed = QueryParser::parse(QStringLiteral("customer:cust-1001 statement"));
    QVERIFY(parsed.ok());
    SearchPlanner planner(m_db);
    const SearchPlanner::Counted own = planner.count(parsed.root);
    QVERIFY(own.prepared.probeText);
    QVERIFY(own.prepared.probeRowText);
    SearchPlanner::Costs longRows;
    longRows.rowTextTokens = 0.5;
    planner.setCosts(longRows);
    const SearchPlanner::Counted index = planner.count(parsed.root);
    QVERIFY(!index.prepared.probeText);
    QCOMPARE(own.total, index.total);
}

// The key's two rows against a word in two rows: the word's list is no larger than the key,
// even when asking a row costs as little as reading a posting (Costs::probe 1); and a word in
// more rows than the key's, but not Costs::probe times more.
void TestTextBesideFewRows::aTextNoCommonerThanTheKeyIsNotAskedRowByRow()
{
    SearchPlanner planner(m_db);
    SearchPlanner::Costs longRows; // rows asked through the full-text index (rowtextprobe.h)
    longRows.rowTextTokens = 0;
    planner.setCosts(longRows);
    const ParseResult common = QueryParser::parse(QStringLiteral("customer:cust-1001 statement"));
    QVERIFY(common.ok());
    QVERIFY(!planner.count(common.root).prepared.probeText);
    SearchPlanner::Costs costs = longRows;
    costs.probe = 1;
    planner.setCosts(costs);
    const ParseResult parsed = QueryParser::parse(QStringLiteral("customer:cust-1001 garcia"));
    QVERIFY(parsed.ok());
    const SearchPlanner::Counted counted = planner.count(parsed.root);
    QCOMPARE(counted.prepared.driver, SearchPlanner::Driver::Key);
    QVERIFY(!counted.prepared.probeText);
    QCOMPARE(counted.total, qint64(2));
}

void TestTextBesideFewRows::noTextIsCountedToOutnumberMoreRowsThanTheCacheHas_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rowTextTokens");
    QTest::newRow("a day and a word") << QStringLiteral("issued:2026-10-03 statement") << 150;
    QTest::newRow("a day and a word, long rows") << QStringLiteral("issued:2026-10-03 statement") << 0;
    QTest::newRow("a key and a word, long rows") << QStringLiteral("customer:cust-1001 statement") << 0;
}

// Whether the text outnumbers a day's or a key's rows by Costs::probe is asked of FTS5 by
// counting its first matches: when the rows times probe are more than the cache holds, no text
// can, and nothing is read (a week of 10,000 rows at a million beside a word in 5% of the rows
// counted all 50,000 of its postings to learn that). The answer is the same.
void TestTextBesideFewRows::noTextIsCountedToOutnumberMoreRowsThanTheCacheHas()
{
    QFETCH(QString, query);
    QFETCH(int, rowTextTokens);
    SearchPlanner::Costs costs;
    costs.rowTextTokens = rowTextTokens;
    costs.rowTextUnchecked = 0; // a key's few rows are not asked on their own text unchecked
    SearchEngine engine(m_db);
    engine.setPlannerCosts(costs);
    const QString count = engine.explainCount(query).join(QLatin1Char('\n'));
    QVERIFY2(!count.contains(QLatin1String("MATCH ? LIMIT ?")), qPrintable(count));
    SearchEngine sorting(m_db);
    sorting.setPlanChoice(SearchPlanner::Choice::Sort);
    QCOMPARE(engine.run(query, 100, 0).total, sorting.run(query, 100, 0).total);
}

QTEST_GUILESS_MAIN(TestTextBesideFewRows)
#include "tst_textbesidefewrows.moc"
