#include "search/queryparser.h"
#include "search/searchengine.h"
#include "searchfixture.h"

#include <QtTest>

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
    void probingAsksTheTextIndexPerRow();
    void smallSetsAreLookedUpAndSorted();
    void plannerLetsTheNarrowestConditionDrive_data();
    void plannerLetsTheNarrowestConditionDrive();
    void textDrivenCountsWithDatesMatchTheRows_data();
    void textDrivenCountsWithDatesMatchTheRows();

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
        QVERIFY2(text.contains(QLatin1String("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY")),
                 qPrintable(text));
    }
}

void TestSearchPlanner::probingAsksTheTextIndexPerRow()
{
    SearchEngine engine(m_db);
    engine.setPlanChoice(Choice::WalkProbing);
    const QString text =
        engine.explainPage(QStringLiteral("statement"), 100, 0).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("CORRELATED SCALAR SUBQUERY")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(text));
}

void TestSearchPlanner::smallSetsAreLookedUpAndSorted()
{
    SearchEngine engine(m_db);
    const QString text =
        engine.explainPage(QStringLiteral("garcia"), 100, 0).join(QLatin1Char('\n'));
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
        << QStringLiteral("type:statement channel:sms") << D::Range
        << QStringLiteral("field(channel sms)");
    QTest::newRow("a field range smaller than the text's lookups")
        << QStringLiteral("muller* language:de") << D::Range
        << QStringLiteral("field(language de)");
    QTest::newRow("a text much smaller than the dates")
        << QStringLiteral("o'brien issued:2000..2030") << D::Text
        << QStringLiteral("word(o'brien)");
    QTest::newRow("text alone: nothing to choose")
        << QStringLiteral("garcia") << D::Planner << QStringLiteral("word(garcia)");
}

void TestSearchPlanner::plannerLetsTheNarrowestConditionDrive()
{
    QFETCH(QString, query);
    QFETCH(SearchPlanner::Driver, driver);
    QFETCH(QString, first);
    SearchPlanner planner(m_db);
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
    const ParseResult parsed = QueryParser::parse(query);
    QVERIFY(parsed.ok());
    const SearchPlanner::Counted counted = planner.count(parsed.root);
    QCOMPARE(counted.prepared.driver, SearchPlanner::Driver::Text);
    SearchEngine engine(m_db);
    engine.setPlanChoice(Choice::Sort);
    QCOMPARE(counted.total, qint64(engine.allRowIds(query).rowIds.size()));
}

QTEST_GUILESS_MAIN(TestSearchPlanner)
#include "tst_searchplanner.moc"
