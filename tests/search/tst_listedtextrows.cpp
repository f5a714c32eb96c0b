// A sorted page whose text's rows were collected, few, reads them as a list (json_each)
// rather than FTS5 reading the text again (F25 in docs/search-plans.md).
#include "search/searchengine.h"
#include "searchfixture.h"

#include <QTest>

using namespace proofdesk::cache;
using namespace proofdesk::search;

namespace {
using Choice = SearchPlanner::Choice;

// The planner's costs with no collected rows ever listed: the plan each listing is checked against.
SearchPlanner::Costs nothingListed()
{
    SearchPlanner::Costs costs;
    costs.listedWordRows = 0;
    costs.listedTextRows = 0;
    return costs;
}
} // namespace

class TestListedTextRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_fixture = std::make_unique<SearchFixture>(); } // read only
    void init() { m_db = m_fixture->openReader(); }
    void cleanup() { m_db.close(); }
    void fewCollectedTextRowsAreListedToTheSort_data();
    void fewCollectedTextRowsAreListedToTheSort();
    void aTextOtherThanOneWordIsListedAtAnyNumber_data();
    void aTextOtherThanOneWordIsListedAtAnyNumber();

private:
    std::unique_ptr<SearchFixture> m_fixture;
    Database m_db;
};

void TestListedTextRows::fewCollectedTextRowsAreListedToTheSort_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("listed");
    QTest::newRow("a rare word") << QStringLiteral("expiring") << true;
    // In one row of eight or more a single word is counted, not collected (kDenseWord).
    QTest::newRow("a word in two rows of thirteen") << QStringLiteral("garcia") << false;
    QTest::newRow("two words") << QStringLiteral("statement october") << true;
    QTest::newRow("a phrase") << QStringLiteral("\"monthly statement\"") << true;
    QTest::newRow("words or a prefix") << QStringLiteral("garcia OR push OR mull*") << true;
    // The field's range drives; the text only filters it.
    QTest::newRow("a word beside a smaller range") << QStringLiteral("statement channel:email") << false;
    QTest::newRow("only negated text") << QStringLiteral("-statement channel:email") << false;
    QTest::newRow("no text") << QStringLiteral("channel:email") << false;
}

// A sorted page whose text's rows were collected, few, reads them as a list (json_each) rather
// than FTS5 reading the text again (F25 in docs/search-plans.md); the same rows in the same
// order as without the list, in every order.
void TestListedTextRows::fewCollectedTextRowsAreListedToTheSort()
{
    QFETCH(QString, query);
    QFETCH(bool, listed);
    using Key = SearchOrder::Key;
    SearchEngine engine(m_db);
    SearchEngine without(m_db);
    without.setPlannerCosts(nothingListed());
    for (const SearchOrder order : {SearchOrder::newestFirst(), SearchOrder{Key::Issued, true},
                                    SearchOrder{Key::Type, true}, SearchOrder{Key::Customer, false}}) {
        for (SearchEngine *e : {&engine, &without})
            e->setPlanChoice(Choice::Sort);
        const QString plan = engine.explainPage(query, 100, 0, order).join(QLatin1Char('\n'));
        QVERIFY2(plan.contains(QLatin1String("json_each")) == listed, qPrintable(plan));
        QVERIFY2(
            !without.explainPage(query, 100, 0, order).join(QLatin1Char('\n')).contains(QLatin1String("json_each")),
            qPrintable(query));
        const SearchResult a = engine.run(query, 100, 0, order);
        const SearchResult b = without.run(query, 100, 0, order);
        QVERIFY(a.total > 0);
        QCOMPARE(a.total, b.total);
        QCOMPARE(a.hits.size(), b.hits.size());
        for (int i = 0; i < a.hits.size(); ++i)
            QCOMPARE(a.hits.at(i).id, b.hits.at(i).id);
    }
}

void TestListedTextRows::aTextOtherThanOneWordIsListedAtAnyNumber_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("listed");
    QTest::newRow("a rare word") << QStringLiteral("expiring") << false;
    QTest::newRow("two words") << QStringLiteral("statement october") << true;
    QTest::newRow("a phrase") << QStringLiteral("\"monthly statement\"") << true;
    QTest::newRow("words or a prefix") << QStringLiteral("garcia OR push OR mull*") << true;
    QTest::newRow("a word and a negated word") << QStringLiteral("statement -october") << true;
}

// Past the rows a single word lists (here none: a word the fixture collects is in one row), FTS5 reads the word again;
// any other text is still listed, in a page and in the whole ordered row list the desktop scrolls (allRowIds, planned
// for a window of every match): at 10M a phrase kept whole had FTS5 read it whole for that list,
// ~0.9 s (F26). The rows are those of the plan without the list.
void TestListedTextRows::aTextOtherThanOneWordIsListedAtAnyNumber()
{
    QFETCH(QString, query);
    QFETCH(bool, listed);
    SearchPlanner::Costs noWordRows;
    noWordRows.listedWordRows = 0;
    SearchEngine engine(m_db);
    engine.setPlannerCosts(noWordRows);
    SearchEngine without(m_db);
    without.setPlannerCosts(nothingListed());
    for (SearchEngine *e : {&engine, &without})
        e->setPlanChoice(Choice::Sort);
    const SearchOrder order = SearchOrder::newestFirst();
    const SearchResult counted = engine.run(query, 1, 0, order);
    QVERIFY2(counted.total > 0, qPrintable(query));
    for (const int window : {100, int(counted.total)}) {
        const QString plan = engine.explainPage(query, window, 0, order).join(QLatin1Char('\n'));
        QVERIFY2(plan.contains(QLatin1String("json_each")) == listed, qPrintable(plan));
    }
    const RowIdsResult a = engine.allRowIds(query, order);
    const RowIdsResult b = without.allRowIds(query, order);
    QVERIFY(!a.error);
    QCOMPARE(a.rowIds.size(), counted.total);
    QCOMPARE(a.rowIds, b.rowIds);
}

QTEST_GUILESS_MAIN(TestListedTextRows)
#include "tst_listedtextrows.moc"
