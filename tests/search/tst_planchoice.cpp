// How a query picks its plan, as tables (search/planchoice.h, issue #42 item 4): each row is a
// set of measurements and the plan chosen from them. docs/search-plans.md has the same tables.
#include "search/planchoice.h"

#include <QTest>
#include <functional>

using namespace proofdesk::search;

Q_DECLARE_METATYPE(proofdesk::search::Driver)
Q_DECLARE_METATYPE(proofdesk::search::PageWay)
Q_DECLARE_METATYPE(proofdesk::search::PageFacts)

namespace {

constexpr qint64 kMillion = 1000000;

// A page of 100 rows newest first at a million rows, text or sets among the conditions, rows of
// ~50 tokens (asked on their own text at ~5 us); each row of the table changes what it names.
PageFacts facts(qint64 total)
{
    PageFacts f;
    f.total = total;
    f.window = 100;
    f.rows = kMillion;
    f.rowSets = true;
    return f;
}

PageFacts with(PageFacts f, const std::function<void(PageFacts &)> &change)
{
    change(f);
    return f;
}

} // namespace

class TestPlanChoice : public QObject
{
    Q_OBJECT

private slots:
    void aPage_data();
    void aPage();
    void textOrRange_data();
    void textOrRange();
    void fewEnoughToAsk_data();
    void fewEnoughToAsk();
    void walkCutoff_data();
    void walkCutoff();
    void probing_data();
    void probing();
    void candidateWalk_data();
    void candidateWalk();
    void rowTextWalk_data();
    void rowTextWalk();
};

void TestPlanChoice::aPage_data()
{
    QTest::addColumn<PageFacts>("facts");
    QTest::addColumn<PageWay>("way");
    const auto rowText = [](PageFacts &f) { f.rowTextMicros = 5.0; };
    QTest::newRow("every match on the page") << facts(50) << PageWay::Sort;
    QTest::newRow("a key narrows") << with(facts(5000), [](PageFacts &f) { f.driver = Driver::Key; }) << PageWay::Sort;
    QTest::newRow("a narrow range narrows")
        << with(facts(5000), [](PageFacts &f) { f.driver = Driver::Narrow; }) << PageWay::Sort;
    QTest::newRow("a narrow date range, its matches collected") << with(facts(5000), [](PageFacts &f) {
        f.driver = Driver::Narrow;
        f.narrowDates = f.textCollected = true;
    }) << PageWay::Walk;
    QTest::newRow("a narrow date range, the text asked")
        << with(facts(5000), [](PageFacts &f) { f.narrowDates = true; }) << PageWay::Probe;
    QTest::newRow("fields only, newest first")
        << with(facts(5000), [](PageFacts &f) { f.rowSets = false; }) << PageWay::Walk;
    QTest::newRow("fields only, another order, many matches")
        << with(facts(500000), [](PageFacts &f) { f.rowSets = f.byIssued = false; }) << PageWay::Walk;
    QTest::newRow("fields only, another order, few matches")
        << with(facts(1000), [](PageFacts &f) { f.rowSets = f.byIssued = false; }) << PageWay::Sort;
    QTest::newRow("a common word, short rows: asked on their own text")
        << with(facts(900000), rowText) << PageWay::ProbeRowText;
    QTest::newRow("a mid phrase, short rows: collected then walked") << with(facts(20000), [&](PageFacts &f) {
        rowText(f);
        f.phrase = true;
    }) << PageWay::Walk;
    QTest::newRow("a common word, long rows: FTS5 asked within the budget") << facts(500000) << PageWay::Probe;
    QTest::newRow("a prefix, long rows: never FTS5 asked")
        << with(facts(500000), [](PageFacts &f) { f.prefix = true; }) << PageWay::Walk;
    QTest::newRow("a word, long rows, past the probe budget") << facts(40000) << PageWay::Walk;
    QTest::newRow("a range drives in issue order") << with(facts(5000), [](PageFacts &f) {
        f.driver = Driver::Range;
        f.rangeRows = 10000;
    }) << PageWay::Probe;
    QTest::newRow("a range in another order walks the whole table") << with(facts(5000), [](PageFacts &f) {
        f.driver = Driver::Range;
        f.rangeRows = 10000;
        f.byIssued = false;
    }) << PageWay::Walk;
    QTest::newRow("matches too rare to walk for") << facts(3000) << PageWay::Sort;
    // 2,000 matches at a million: a walk visits ~50,000 index entries, 25 a match.
    const auto textAloneInItsSet = [](PageFacts &f) { f.onlyText = f.textCollected = true; };
    QTest::newRow("text alone in its set: walked, no row read")
        << with(facts(2000), textAloneInItsSet) << PageWay::Walk;
    QTest::newRow("text in its set beside other conditions: sorted")
        << with(facts(2000), [](PageFacts &f) { f.textCollected = true; }) << PageWay::Sort;
    QTest::newRow("text alone in its set, too rare to walk for")
        << with(facts(800), textAloneInItsSet) << PageWay::Sort;
    // 1,200 matches: ~83,000 entries, 69 a match; sorting from the narrow index pays past 50 (F32).
    const auto sortedNarrow = [&](PageFacts &f) {
        textAloneInItsSet(f);
        f.narrowSort = true;
    };
    QTest::newRow("text alone in its set, 69 entries a match: walked")
        << with(facts(1200), textAloneInItsSet) << PageWay::Walk;
    QTest::newRow("the same, its dates in the narrow index: sorted")
        << with(facts(1200), sortedNarrow) << PageWay::Sort;
    QTest::newRow("its dates in the narrow index, 25 entries a match: walked")
        << with(facts(2000), sortedNarrow) << PageWay::Walk;
    QTest::newRow("a phrase's candidates, short rows: walked, each met asked") << with(facts(6600), [&](PageFacts &f) {
        rowText(f);
        f.phrase = f.textCollected = f.textCandidates = true;
    }) << PageWay::Walk;
    QTest::newRow("a phrase's candidates, too few matches to walk for")
        << with(facts(3000), [](PageFacts &f) { f.textCollected = f.textCandidates = true; }) << PageWay::Sort;
}

void TestPlanChoice::aPage()
{
    QFETCH(PageFacts, facts);
    QFETCH(PageWay, way);
    QCOMPARE(planchoice::page(facts, PlanCosts{}), way);
}

void TestPlanChoice::textOrRange_data()
{
    QTest::addColumn<qint64>("textRows");
    QTest::addColumn<qint64>("smallest");
    QTest::addColumn<Driver>("driver");
    QTest::newRow("a small text alone") << qint64(1000) << qint64(-1) << Driver::Text;
    QTest::newRow("a small text beside a range 20 times larger") << qint64(1000) << qint64(100000) << Driver::Text;
    QTest::newRow("a small text beside a range less than 20 times larger")
        << qint64(1000) << qint64(10000) << Driver::Range;
    QTest::newRow("a large text alone") << qint64(60000) << qint64(-1) << Driver::Planner;
    QTest::newRow("a large text beside a range") << qint64(60000) << qint64(500000) << Driver::Range;
    QTest::newRow("at the text limit") << qint64(50000) << qint64(-1) << Driver::Text;
}

void TestPlanChoice::textOrRange()
{
    QFETCH(qint64, textRows);
    QFETCH(qint64, smallest);
    QFETCH(Driver, driver);
    QCOMPARE(planchoice::textOrRange(textRows, smallest, PlanCosts{}), driver);
}

void TestPlanChoice::fewEnoughToAsk_data()
{
    QTest::addColumn<qint64>("smallest");
    QTest::addColumn<bool>("ask");
    QTest::newRow("no range") << qint64(-1) << false;
    QTest::newRow("an empty range") << qint64(0) << true;
    QTest::newRow("a day at ten million (~10,000 rows)") << qint64(10000) << true;
    QTest::newRow("at probeRows") << qint64(20000) << true;
    QTest::newRow("past probeRows") << qint64(20001) << false;
}

void TestPlanChoice::fewEnoughToAsk()
{
    QFETCH(qint64, smallest);
    QFETCH(bool, ask);
    QCOMPARE(planchoice::fewEnoughToAsk(smallest, PlanCosts{}), ask);
}

void TestPlanChoice::walkCutoff_data()
{
    QTest::addColumn<qint64>("window");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("cutoff");
    QTest::newRow("a page of 100 at a million") << qint64(100) << kMillion << qint64(3536);
    QTest::newRow("a page of 100 at ten million") << qint64(100) << 10 * kMillion << qint64(11181);
    QTest::newRow("never below the window") << qint64(100) << qint64(100) << qint64(100);
}

void TestPlanChoice::walkCutoff()
{
    QFETCH(qint64, window);
    QFETCH(qint64, rows);
    QFETCH(qint64, cutoff);
    QCOMPARE(planchoice::walkCutoff(window, rows), cutoff);
    // page() sorts below the cut-off and may walk above it, whatever range is walked.
    const PageFacts below = with(facts(cutoff - 1), [&](PageFacts &f) {
        f.window = window;
        f.rows = rows;
    });
    if (cutoff > window)
        QCOMPARE(planchoice::page(below, PlanCosts{}), PageWay::Sort);
}

void TestPlanChoice::probing_data()
{
    QTest::addColumn<bool>("phrase");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("sampled");
    QTest::addColumn<bool>("pays");
    QTest::newRow("a word in half the rows") << false << kMillion << qint64(500000) << true;
    QTest::newRow("a word in 5% of the rows") << false << kMillion << qint64(50000) << false;
    QTest::newRow("a common phrase at ten million") << true << 10 * kMillion << qint64(846129) << true;
    QTest::newRow("a common phrase at a million: collected") << true << kMillion << qint64(85000) << false;
}

void TestPlanChoice::probing()
{
    QFETCH(bool, phrase);
    QFETCH(qint64, rows);
    QFETCH(qint64, sampled);
    QFETCH(bool, pays);
    QCOMPARE(planchoice::probingPays(phrase, 100, rows, sampled, PlanCosts{}), pays);
}

// The figures of F17 at a million (Zipf): a phrase's page walked testing its candidates, those met
// asked on their own text, against asking every candidate (or FTS5 reading its words' postings).
void TestPlanChoice::candidateWalk_data()
{
    QTest::addColumn<qint64>("sampled");
    QTest::addColumn<qint64>("candidates");
    QTest::addColumn<int>("tokens");
    QTest::addColumn<bool>("pays");
    QTest::newRow("three words, 6,591 matches of 19,495 candidates") << qint64(6591) << qint64(19495) << 3 << true;
    QTest::newRow("an unstored pair, 15,276 of 381,701 (FTS5 reads both words)")
        << qint64(15276) << qint64(381701) << 2 << true;
    QTest::newRow("most candidates match: as dear to walk as to ask them all")
        << qint64(900) << qint64(1000) << 2 << false;
    QTest::newRow("few matches among many candidates: the walk still asks a fifth of them")
        << qint64(500) << qint64(20000) << 3 << true;
    QTest::newRow("a few candidates, most matching, on a walk of 100,000 rows")
        << qint64(1000) << qint64(1200) << 3 << false;
}

void TestPlanChoice::candidateWalk()
{
    QFETCH(qint64, sampled);
    QFETCH(qint64, candidates);
    QFETCH(int, tokens);
    QFETCH(bool, pays);
    QCOMPARE(planchoice::candidateWalkPays(100, kMillion, sampled, candidates, tokens, 6.2, PlanCosts{}), pays);
}

// A page walked asking each row met on its own text, against collecting the matches first: from
// FTS5, or from the phrase's own stored rows when it is kept whole (F23: at 10M "policy claim",
// 1.5% of the rows, walked 6,700 rows for a page, 36 ms, where its stored rows take ~2 ms).
void TestPlanChoice::rowTextWalk_data()
{
    QTest::addColumn<bool>("stored");
    QTest::addColumn<qint64>("visits");
    QTest::addColumn<qint64>("matches");
    QTest::addColumn<bool>("walk");
    QTest::newRow("a phrase in 1.5% of 10M, from FTS5") << false << qint64(6700) << qint64(150000) << true;
    QTest::newRow("a phrase in 1.5% of 10M, kept whole") << true << qint64(6700) << qint64(150000) << false;
    QTest::newRow("a phrase in 20% of 10M, kept whole") << true << qint64(500) << qint64(2000000) << true;
}

void TestPlanChoice::rowTextWalk()
{
    QFETCH(bool, stored);
    QFETCH(qint64, visits);
    QFETCH(qint64, matches);
    QFETCH(bool, walk);
    QCOMPARE(planchoice::rowTextWalkPays(true, 5.0, visits, matches, PlanCosts(), stored), walk);
}

QTEST_GUILESS_MAIN(TestPlanChoice)
#include "tst_planchoice.moc"
