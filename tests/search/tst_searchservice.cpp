#include "cache/cachefile.h"
#include "cache/rowbits.h"
#include "search/queryinterrupter.h"
#include "search/searchservice.h"
#include "searchfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace proofdesk::cache;
using namespace proofdesk::search;

namespace {

constexpr int kBulkRows = 40000;

// Rows beside the fixture's, written at once by SQLite: a list of every rowid then takes tens of
// milliseconds to read, a key's page well under one.
void addBulkRows(const QString &databasePath, int rows)
{
    Database db = CacheFile::openWriter(databasePath);
    Transaction tx(db);
    Statement st = db.prepare(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1) "
        "INSERT INTO communications(id, repo_id, type, issued_at, channel, template_id, template_version, "
        "rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, customer_id, record_hash) "
        "SELECT printf('BULK-%07d', i), (SELECT min(id) FROM repositories), 'letter', 1735689600000 + i * 60000, "
        "'email', 'T', '1', 'x.pdf', 'application/pdf', '00', 1, 'N', printf('C%d', i % 997), 'h' FROM n");
    st.bind(1, rows).run();
    tx.commit();
}

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
    void thePageArrivesBeforeItsTotal();
    void aShortPageArrivesWithItsTotal();
    void aNewerQueryNeverGetsTheOlderTotal();
    void newerQuerySupersedesOlderOnes();
    void cancelDropsWhatIsPending();
    void malformedQueryFinishesWithTheError();
    void unreadableCacheReportsFailure();
    void rowIdsArriveInResultOrder();
    void aSearchIsNotQueuedBehindARowIdListBeingRead();
    void aRowIdListHasNoTimeLimit();
    void interrupterStopsARunningStatement();
    void interrupterLeavesOtherStatementsAlone();
    void damagedStoredRowsAreToldWithTheExactAnswer();
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
    QCOMPARE(idsOf(result), QStringList({QStringLiteral("EXS-2026-10-000123"), QStringLiteral("EXS-2026-10-000125")}));
    QCOMPARE(failed.count(), 0);
}

// Nine in English, a page of one: the page is handed over before the count, then the total,
// then both (finished), all of the same generation.
void TestSearchService::thePageArrivesBeforeItsTotal()
{
    SearchFixture fixture;
    SearchService service(fixture.databasePath());
    QStringList arrivals;
    connect(&service, &SearchService::pageReady, this, [&](int generation, const SearchResult &page) {
        arrivals
            << QStringLiteral("page %1 %2 %3").arg(generation).arg(page.total).arg(idsOf(page).join(QLatin1Char(',')));
    });
    connect(&service, &SearchService::totalReady, this, [&](int generation, qint64 total) {
        arrivals << QStringLiteral("total %1 %2").arg(generation).arg(total);
    });
    QSignalSpy finished(&service, &SearchService::finished);
    const int generation = service.submit(QStringLiteral("language:en"), 1);
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(1).value<SearchResult>();
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(
        arrivals,
        QStringList(
            {QStringLiteral("page %1 %2 %3").arg(generation).arg(SearchResult::kCounting).arg(result.hits.first().id),
             QStringLiteral("total %1 9").arg(generation)}));
}

// Every match fits on the page: its total comes with it (and again as totalReady).
void TestSearchService::aShortPageArrivesWithItsTotal()
{
    SearchFixture fixture;
    SearchService service(fixture.databasePath());
    QSignalSpy page(&service, &SearchService::pageReady);
    QSignalSpy total(&service, &SearchService::totalReady);
    const int generation = service.submit(QStringLiteral("garcia"), 10);
    QTRY_COMPARE(total.count(), 1);
    QCOMPARE(page.count(), 1);
    QCOMPARE(page.at(0).at(0).toInt(), generation);
    QCOMPARE(page.at(0).at(1).value<SearchResult>().total, qint64(2));
    QCOMPARE(total.at(0).at(1).toLongLong(), qint64(2));
}

// A query typed while the page of the one before is shown and its matches are counted: that
// count is never reported (stopped, or dropped on arrival); the newer query's is.
void TestSearchService::aNewerQueryNeverGetsTheOlderTotal()
{
    SearchFixture fixture;
    SearchService service(fixture.databasePath());
    QSignalSpy total(&service, &SearchService::totalReady);
    QSignalSpy finished(&service, &SearchService::finished);
    int newer = 0;
    const int older = service.submit(QStringLiteral("type:notice"), 1);
    connect(&service, &SearchService::pageReady, this, [&](int generation, const SearchResult &) {
        if (generation == older)
            newer = service.submit(QStringLiteral("garcia"), 1);
    });
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(newer > older);
    QCOMPARE(total.count(), 1);
    QCOMPARE(total.at(0).at(0).toInt(), newer);
    QCOMPARE(total.at(0).at(1).toLongLong(), qint64(2));
    QCOMPARE(finished.at(0).at(0).toInt(), newer);
    QTest::qWait(50); // nothing of the older query trails behind
    QCOMPARE(total.count(), 1);
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
    const QList<qint64> expected = {fixture.rowidOf(QStringLiteral("T-B")), fixture.rowidOf(QStringLiteral("T-a")),
                                    fixture.rowidOf(QStringLiteral("T-c"))};
    QCOMPARE(rowIds.at(0).at(1).value<RowIdsResult>().rowIds, expected);
}

// A search goes to a worker with nothing to do (#43 item 3): it never waits for another request
// to end, whether that one is being stopped (a step SQLite runs as one, a starved helper) or,
// as here, goes on. Before, one worker served them in turn: the page after the whole list.
void TestSearchService::aSearchIsNotQueuedBehindARowIdListBeingRead()
{
    SearchFixture fixture;
    addBulkRows(fixture.databasePath(), kBulkRows);
    SearchService service(fixture.databasePath());
    QStringList arrivals;
    connect(&service, &SearchService::finished, this,
            [&](int, const SearchResult &r) { arrivals << QStringLiteral("page of %1").arg(r.total); });
    connect(&service, &SearchService::rowIdsFinished, this,
            [&](int, const RowIdsResult &r) { arrivals << QStringLiteral("list of %1").arg(r.rowIds.size()); });
    SearchOrder byCustomer;
    byCustomer.key = SearchOrder::Key::Customer;
    service.submitRowIds(QString(), byCustomer);
    service.submit(QStringLiteral("garcia"), 10);
    QTRY_COMPARE_WITH_TIMEOUT(arrivals.size(), 2, 30000);
    QCOMPARE(arrivals, QStringList({QStringLiteral("page of 2"), QStringLiteral("list of %1").arg(kBulkRows + 12)}));
    QVERIFY(service.workerCount() >= 2);
}

// The list of a shown result follows a page and a count that kept to the time limit, and a newer
// request stops it: it has no limit of its own (at ten million rows a common word's list takes
// seconds; stopped, the window stayed "searching" with its rows past the first page empty).
void TestSearchService::aRowIdListHasNoTimeLimit()
{
    SearchFixture fixture;
    addBulkRows(fixture.databasePath(), kBulkRows);
    SearchService service(fixture.databasePath());
    service.setTimeLimit(1);
    QSignalSpy rowIds(&service, &SearchService::rowIdsFinished);
    SearchOrder byCustomer;
    byCustomer.key = SearchOrder::Key::Customer;
    service.submitRowIds(QString(), byCustomer);
    QTRY_COMPARE_WITH_TIMEOUT(rowIds.count(), 1, 30000);
    const auto result = rowIds.at(0).at(1).value<RowIdsResult>();
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(result.rowIds.size(), kBulkRows + 12);
}

void TestSearchService::interrupterStopsARunningStatement()
{
    SearchFixture fixture;
    Database db = fixture.openReader();
    // Asked every kCheckInterval steps: says stop at the 50th question.
    int asked = 0;
    QueryInterrupter interrupter(db, [&asked] { return ++asked == 50; });
    // Counts to twenty million (seconds of work, far more than 50 checks) unless interrupted.
    Statement st = db.prepare("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                              "LIMIT 20000000) SELECT count(*) FROM n");
    bool interrupted = false;
    try {
        st.step();
    } catch (const SqliteError &e) {
        interrupted = e.isInterrupt();
    }
    QVERIFY(interrupted);
    QCOMPARE(asked, 50); // stopped at the question that said so, not later
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

// Stored rows edited by hand (issue #44 item 4): the window's service gets the exact answer and
// what was found, and the stored rows are dropped though its own connection only reads.
void TestSearchService::damagedStoredRowsAreToldWithTheExactAnswer()
{
    SearchFixture fixture;
    Database writer = CacheFile::openWriter(fixture.databasePath());
    RowBitsOptions everyRow;
    everyRow.minRows = 1;
    everyRow.sampleRows = 100;
    refreshRowBits(writer, everyRow);
    QVERIFY(RowBits(writer).coveredUpTo(RowBits::wordKey("statement")));
    // The checks off: a chunk stored as its rows' offsets must have as many as its count (migration 17).
    writer.exec("PRAGMA ignore_check_constraints = ON; UPDATE rowbits SET n = n + 1000 WHERE key = 'word:statement'");
    SearchService service(fixture.databasePath());
    QSignalSpy finished(&service, &SearchService::finished);
    service.submit(QStringLiteral("statement"), 10);
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(1).value<SearchResult>();
    QVERIFY(!result.damagedStoredRows.isEmpty());
    QCOMPARE(result.total, writer.queryInt("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH 'statement'"));
    QCOMPARE(writer.queryInt("SELECT count(*) FROM rowbits_cover"), qint64(0));
}

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
