// A search's size is bounded before it runs and its time while it runs (issue #44 item 8): the
// hostile queries end at once with an error naming the bound, in the engine and through the
// SearchService the window uses; a search past its time limit stops and says so.
#include "generatedcache.h"
#include "hostilequeries.h"
#include "search/queryinterrupter.h"
#include "search/queryparser.h"
#include "search/searchservice.h"
#include "searchfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>

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
// several checks of a one-millisecond limit (aSearchStopsAtItsTimeLimit checks at least 4 ms). On the 3,000 rows alone
// they took 1.7 ms on a quiet machine, most of it inside FTS5, where SQLite asks the time limit only every
// QueryInterrupter::kCheckInterval steps of its own: the first question could come before the
// millisecond was out, and the search then rightly answered.
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

// How long `work` takes, in milliseconds.
qint64 millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return clock.elapsed();
}

} // namespace

class TestSearchBounds : public QObject
{
    Q_OBJECT

private slots:
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
    QElapsedTimer clock;
    clock.start();
    const SearchResult page = engine.run(query, 100, 0);
    const RowIdsResult rows = engine.allRowIds(query);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
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
    SearchEngine unbounded(db);
    SearchResult answered;
    const qint64 pageMs = millisecondsOf([&] { answered = unbounded.run(query, 10, 0); });
    QVERIFY(!answered.error && answered.total > 0);
    const qint64 rowIdsMs = millisecondsOf([&] { QVERIFY(!unbounded.allRowIds(query).error); });
    // Either runs for several checks of a one-millisecond limit (4 ms here is 12 and 20 on the
    // project's machine), so it stops however fast the machine: a test of the limit.
    qInfo("unbounded: page %lld ms, every rowid %lld ms", pageMs, rowIdsMs);
    QVERIFY2(pageMs >= 4 && rowIdsMs >= 4, qPrintable(QStringLiteral("%1 / %2 ms").arg(pageMs).arg(rowIdsMs)));
    SearchEngine engine(db);
    engine.setTimeLimit(1);
    QElapsedTimer clock;
    clock.start();
    for (const auto &error : {engine.run(query, 10, 0).error, engine.allRowIds(query).error}) {
        QVERIFY(error);
        QCOMPARE(error->kind, QueryError::Kind::TooSlow);
        QVERIFY2(error->message.contains(QLatin1String("0.001 seconds, the most one search may take")),
                 qPrintable(error->message));
    }
    QVERIFY(clock.elapsed() < 1000);
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
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + rowIds.count(), 2, 2000);
    QCOMPARE(finished.at(0).at(1).value<SearchResult>().error->kind, QueryError::Kind::TooLarge);
    QCOMPARE(rowIds.at(0).at(1).value<RowIdsResult>().error->kind, QueryError::Kind::TooLarge);
    // Past its time limit, the window's search answers with the error that says so.
    SlowCache cache;
    SearchService slow(cache.reader().path());
    slow.setTimeLimit(1);
    QSignalSpy slowFinished(&slow, &SearchService::finished);
    slow.submit(slowButAllowed(), 10);
    QTRY_COMPARE_WITH_TIMEOUT(slowFinished.count(), 1, 2000);
    QCOMPARE(slowFinished.at(0).at(1).value<SearchResult>().error->kind, QueryError::Kind::TooSlow);
    QCOMPARE(failed.count(), 0);
}

QTEST_GUILESS_MAIN(TestSearchBounds)
#include "tst_searchbounds.moc"
