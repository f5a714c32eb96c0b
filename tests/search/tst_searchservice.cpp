#include "search/queryinterrupter.h"
#include "search/searchservice.h"
#include "searchfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace proofdesk::cache;
using namespace proofdesk::search;

namespace {

QStringList idsOf(const SearchResult &result)
{
    QStringList ids;
    for (const SearchHit &hit : result.hits)
        ids << hit.id;
    return ids;
}

} // namespace

class TestSearchService : public QObject
{
    Q_OBJECT

private slots:
    void resultsArriveWithTheirGeneration();
    void newerQuerySupersedesOlderOnes();
    void cancelDropsWhatIsPending();
    void malformedQueryFinishesWithTheError();
    void unreadableCacheReportsFailure();
    void rowIdsArriveInResultOrder();
    void interrupterStopsARunningStatement();
    void interrupterLeavesOtherStatementsAlone();
};

void TestSearchService::resultsArriveWithTheirGeneration()
{
    SearchFixture fixture;
    SearchService service(fixture.databasePath());
    QSignalSpy finished(&service, &SearchService::finished);
    QSignalSpy failed(&service, &SearchService::failed);
    const int generation = service.submit(QStringLiteral("garcia"), 10);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), generation);
    const auto result = finished.at(0).at(1).value<SearchResult>();
    QCOMPARE(result.total, qint64(2));
    QCOMPARE(idsOf(result), QStringList({QStringLiteral("EXS-2026-10-000123"),
                                         QStringLiteral("EXS-2026-10-000125")}));
    QCOMPARE(failed.count(), 0);
}

void TestSearchService::newerQuerySupersedesOlderOnes()
{
    SearchFixture fixture;
    SearchService service(fixture.databasePath());
    QSignalSpy finished(&service, &SearchService::finished);
    // Submitted back to back from this thread: whatever the worker did with the first
    // two, only the last may be emitted.
    const int first = service.submit(QStringLiteral("type:notice"), 10);
    const int second = service.submit(QStringLiteral("muller"), 10);
    const int third = service.submit(QStringLiteral("garcia"), 10);
    QVERIFY(first < second && second < third);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), third);
    QCOMPARE(finished.at(0).at(1).value<SearchResult>().total, qint64(2));
    // A later submit still gets through, and again only the newest is reported.
    const int fourth = service.submit(QStringLiteral("type:notice"), 10);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toInt(), fourth);
    QCOMPARE(finished.at(1).at(1).value<SearchResult>().total, qint64(5));
}

void TestSearchService::cancelDropsWhatIsPending()
{
    SearchFixture fixture;
    SearchService service(fixture.databasePath());
    QSignalSpy finished(&service, &SearchService::finished);
    service.submit(QStringLiteral("type:notice"), 10);
    service.cancel();
    const int after = service.submit(QStringLiteral("garcia"), 10);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), after);
}

void TestSearchService::malformedQueryFinishesWithTheError()
{
    SearchFixture fixture;
    SearchService service(fixture.databasePath());
    QSignalSpy finished(&service, &SearchService::finished);
    QSignalSpy failed(&service, &SearchService::failed);
    const int generation = service.submit(QStringLiteral("garcia (type:notice"), 10);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), generation);
    const auto result = finished.at(0).at(1).value<SearchResult>();
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->position, 7);
    QVERIFY(result.hits.isEmpty());
    QCOMPARE(failed.count(), 0);
}

void TestSearchService::unreadableCacheReportsFailure()
{
    TempDataFolder folder;
    SearchService service(folder.filePath(QStringLiteral("no-such-cache.sqlite")));
    QSignalSpy finished(&service, &SearchService::finished);
    QSignalSpy failed(&service, &SearchService::failed);
    const int generation = service.submit(QStringLiteral("garcia"), 10);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), generation);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QCOMPARE(finished.count(), 0);
}

void TestSearchService::rowIdsArriveInResultOrder()
{
    SearchFixture fixture;
    SearchService service(fixture.databasePath());
    QSignalSpy rowIds(&service, &SearchService::rowIdsFinished);
    QSignalSpy finished(&service, &SearchService::finished);
    // A page request and a row-id request do not supersede each other.
    const int generation = service.submitRowIds(QStringLiteral("push reminder"));
    service.submit(QStringLiteral("garcia"), 10);
    QTRY_COMPARE(rowIds.count(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(rowIds.at(0).at(0).toInt(), generation);
    const QList<qint64> expected = {fixture.rowidOf(QStringLiteral("T-B")),
                                    fixture.rowidOf(QStringLiteral("T-a")),
                                    fixture.rowidOf(QStringLiteral("T-c"))};
    QCOMPARE(rowIds.at(0).at(1).value<RowIdsResult>().rowIds, expected);
}

void TestSearchService::interrupterStopsARunningStatement()
{
    SearchFixture fixture;
    Database db = fixture.openReader();
    QElapsedTimer clock;
    clock.start();
    QueryInterrupter interrupter(db, [&clock] { return clock.elapsed() > 50; });
    // Counts to two billion (minutes of work) unless it is interrupted.
    Statement st = db.prepare("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                              "LIMIT 2000000000) SELECT count(*) FROM n");
    bool interrupted = false;
    try {
        st.step();
    } catch (const SqliteError &e) {
        interrupted = e.isInterrupt();
    }
    QVERIFY(interrupted);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestSearchService::interrupterLeavesOtherStatementsAlone()
{
    SearchFixture fixture;
    Database db = fixture.openReader();
    {
        QueryInterrupter interrupter(db, [] { return false; });
        QCOMPARE(db.queryInt("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                             "LIMIT 100000) SELECT count(*) FROM n"),
                 qint64(100000));
    }
    // Once it is gone, nothing interrupts the connection any more.
    QCOMPARE(db.queryInt("SELECT count(*) FROM communications"), qint64(12));
}

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
