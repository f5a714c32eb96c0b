// A search's size is bounded before it runs and its time while it runs (issue #44 item 8): the
// hostile queries end before any statement runs with an error naming the bound, in the engine
// and through the SearchService the window uses; a search past its time limit stops and says
// so. The time limit reads a clock of the test's (SearchEngine::setTimeLimitClock) that goes a
// millisecond further at each check: what it stops is a count of checks, not how fast the
// machine was.
#include "generatedcache.h"
#include "hostilequeries.h"
#include "search/queryinterrupter.h"
#include "search/queryparser.h"
#include "search/searchservice.h"
#include "searchfixture.h"

#include <QSignalSpy>
#include <atomic>
#include <limits>

using namespace proofdesk::cache;
using namespace proofdesk::search;
using generatedcache::GeneratedCache;

namespace {

// Within every bound, and tens of milliseconds on the generated cache: sixteen two-word phrases
// of its common words, ORed.
QString slowButAllowed()
{
    const char *words[] = {"balance", "statement", "fee", "dear"};
    QStringList phrases;
    for (int i = 0; i < 16; ++i)
        phrases
            << QStringLiteral("\"%1 %2\"").arg(QLatin1String(words[i % 4]), QLatin1String(words[(i / 4 + i + 1) % 4]));
    return phrases.join(QLatin1String(" OR "));
}

// The generated cache with kMoreRows more communications, so that the sixteen phrases take
// several checks of the time limit (aSearchStopsAtItsTimeLimit counts them): on the 3,000 rows
// alone most of their work is inside FTS5, where SQLite asks the time limit only every
// QueryInterrupter::kCheckInterval steps of its own.
class SlowCache : public GeneratedCache
{
public:
    static constexpr int kMoreRows = 25000;

    SlowCache()
    {
        Database db = writer();
        Transaction tx(db);
        QRandomGenerator rnd(31);
        for (int i = 0; i < kMoreRows; ++i)
            insert(db, rnd, QStringLiteral("EXS-M%1").arg(i, 6, 10, QLatin1Char('0')));
        tx.commit();
    }
};

// The time limit's clock in these tests: one millisecond further at each read, from any thread.
std::atomic<qint64> g_reads{0};
qint64 countingClock() { return ++g_reads; }

// The reads of the clock (the start and each check of the time limit) while `work` runs.
qint64 clockReadsOf(const std::function<void()> &work)
{
    g_reads = 0;
    work();
    return g_reads;
}

} // namespace

class TestSearchBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SearchEngine::setTimeLimitClock(&countingClock); }
    void cleanupTestCase() { SearchEngine::setTimeLimitClock(nullptr); }
    void hostileQueriesEndAtOnceNamingTheBound_data();
    void hostileQueriesEndAtOnceNamingTheBound();
    void aSearchStopsAtItsTimeLimit();
    void aSupersededSearchIsStillStoppedForItsOwnReason();
    void theServiceAnswersWithTheBound();
};

void TestSearchBounds::hostileQueriesEndAtOnceNamingTheBound_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("kind");
    for (const hostilequeries::HostileQuery &q : hostilequeries::hostileQueries())
        QTest::newRow(q.name) << q.query << int(q.kind);
}

void TestSearchBounds::hostileQueriesEndAtOnceNamingTheBound()
{
    QFETCH(QString, query);
    QFETCH(int, kind);
    SearchFixture fixture;
    Database db = fixture.openReader();
    SearchEngine engine(db);
    engine.setTimeLimit(SearchEngine::kTimeLimitMs);
    SearchResult page;
    RowIdsResult rows;
    // Refused before it ran: no statement, so not even the start of its time limit.
    QCOMPARE(clockReadsOf([&] {
                 page = engine.run(query, 100, 0);
                 rows = engine.allRowIds(query);
             }),
             0);
    QVERIFY(page.error && rows.error);
    QCOMPARE(int(page.error->kind), kind);
    QCOMPARE(int(rows.error->kind), kind);
    QVERIFY(page.hits.isEmpty() && rows.rowIds.isEmpty());
}

void TestSearchBounds::aSearchStopsAtItsTimeLimit()
{
    SlowCache cache;
    Database db = cache.reader();
    const QString query = slowButAllowed();
    QVERIFY(QueryParser::parse(query).ok());
    // With a limit it never reaches, each runs to its end through several checks, so that a
    // limit of one millisecond (stopping at the second check) stops it: a test of the limit.
    SearchEngine patient(db);
    patient.setTimeLimit(std::numeric_limits<int>::max());
    SearchResult answered;
    const qint64 pageReads = clockReadsOf([&] { answered = patient.run(query, 10, 0); });
    QVERIFY(!answered.error && answered.total > 0);
    const qint64 rowIdsReads = clockReadsOf([&] { QVERIFY(!patient.allRowIds(query).error); });
    QVERIFY2(pageReads >= 4 && rowIdsReads >= 4, qPrintable(QStringLiteral("%1 / %2").arg(pageReads).arg(rowIdsReads)));
    SearchEngine engine(db);
    engine.setTimeLimit(1);
    for (const auto &error : {engine.run(query, 10, 0).error, engine.allRowIds(query).error}) {
        QVERIFY(error);
        QCOMPARE(error->kind, QueryError::Kind::TooSlow);
        QVERIFY2(error->message.contains(QLatin1String("0.001 seconds, the most one search may take")),
                 qPrintable(error->message));
    }
    // The connection is left as it was: the next search answers.
    QCOMPARE(SearchEngine(db).run(query, 10, 0).total, answered.total);
}

// The service's "a newer search was submitted" stops a search that has a time limit of its
// own (the interrupters nest): that is not the time limit, and is not answered as one.
void TestSearchBounds::aSupersededSearchIsStillStoppedForItsOwnReason()
{
    GeneratedCache cache;
    Database db = cache.reader();
    const QueryInterrupter superseded(db, [] { return true; });
    SearchEngine engine(db);
    engine.setTimeLimit(SearchEngine::kTimeLimitMs);
    try {
        engine.run(slowButAllowed(), 10, 0);
        QFAIL("the search ran to its end");
    } catch (const SqliteError &e) {
        QVERIFY(e.isInterrupt());
    }
}

void TestSearchBounds::theServiceAnswersWithTheBound()
{
    SearchFixture fixture;
    SearchService service(fixture.databasePath());
    QSignalSpy finished(&service, &SearchService::finished);
    QSignalSpy rowIds(&service, &SearchService::rowIdsFinished);
    QSignalSpy failed(&service, &SearchService::failed);
    const QString hostile = hostilequeries::hostileQueries().first().query;
    service.submit(hostile, 100);
    service.submitRowIds(hostile);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + rowIds.count(), 2, 60000);
    QCOMPARE(finished.at(0).at(1).value<SearchResult>().error->kind, QueryError::Kind::TooLarge);
    QCOMPARE(rowIds.at(0).at(1).value<RowIdsResult>().error->kind, QueryError::Kind::TooLarge);
    // Past its time limit, the window's search answers with the error that says so.
    SlowCache cache;
    SearchService slow(cache.reader().path());
    slow.setTimeLimit(1);
    QSignalSpy slowFinished(&slow, &SearchService::finished);
    slow.submit(slowButAllowed(), 10);
    QTRY_COMPARE_WITH_TIMEOUT(slowFinished.count(), 1, 60000);
    QCOMPARE(slowFinished.at(0).at(1).value<SearchResult>().error->kind, QueryError::Kind::TooSlow);
    QCOMPARE(failed.count(), 0);
}

QTEST_GUILESS_MAIN(TestSearchBounds)
#include "tst_searchbounds.moc"
