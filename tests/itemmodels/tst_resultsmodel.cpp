#include "cachefixture.h"
#include "itemmodels/resultsmodel.h"
#include "itemmodels/stringpool.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using proofdesk::itemmodels::ResultsModel;

class TestResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void totalAndFirstPageArriveForAQuery();
    void rowsBeyondTheFirstPageLoadOnDemand();
    void theFirstPageIsShownWhileCounting();
    void ascendingOrderReversesTheRowIdList();
    void heldAndFailedRowsAreMarked();
    void codeColumnsReadAsLabels_data();
    void codeColumnsReadAsLabels();
    void malformedQueryReportsErrorAndKeepsRows();
    void newerQuerySupersedesOlder();
    void pageCacheStaysBounded();
    void longScrollKeepsCachedPagesBounded();
    void repeatedValuesAreSharedAcrossRowsAndPages();
    void valuePoolStaysBoundedOnUniqueValues();
    void refreshedCommunicationShowsItsNewFixity_data();
    void refreshedCommunicationShowsItsNewFixity();
    void sortingByAColumnSearchesInThatOrder_data();
    void sortingByAColumnSearchesInThatOrder();
    void sortingBackByIssueDateRestoresNewestFirst();
    void pendingReissuesAreMarkedWithoutReadingRowsAgain_data();
    void pendingReissuesAreMarkedWithoutReadingRowsAgain();
    void aQueryTypedOverIsNeverListed();
    void aQueryThatStaysIsListed();
    void rowsPastTheFirstPageAskTheListAtOnce_data();
    void rowsPastTheFirstPageAskTheListAtOnce();
    void anAnswerTheFirstPageHoldsIsItsOwnList();

private:
    std::unique_ptr<CacheFixture> m_cache;
    // Types, channels, customers and statuses mixed (and differing in case), for sorting.
    std::unique_ptr<CacheFixture> m_mixed;
    static constexpr int kMixedCount = 450; // three pages
    static constexpr int kCount = 700;      // four pages of 200
};

void TestResultsModel::initTestCase()
{
    m_cache = std::make_unique<CacheFixture>(kCount);
    m_mixed = std::make_unique<CacheFixture>(kMixedCount);
    proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(m_mixed->databasePath());
    writer.exec("UPDATE communications SET "
                "type = CASE rowid % 4 WHEN 0 THEN 'statement' WHEN 1 THEN 'Notice' WHEN 2 THEN 'notice' "
                "ELSE 'claim_letter' END, "
                "status = CASE rowid % 5 WHEN 0 THEN 'none' WHEN 1 THEN 'delivered' WHEN 2 THEN 'Bounced' "
                "WHEN 3 THEN 'opened' ELSE 'failed' END, "
                "channel = CASE rowid % 3 WHEN 0 THEN channel WHEN 1 THEN 'sms' ELSE 'web' END, "
                // Pairs of rows share an issue time, so ties on it are broken by the id.
                "issued_at = issued_at - issued_at % 7200000");
}

// The rowids in an order written out here, by SQLite alone (not by the search's SQL).
static QList<qint64> orderedIndependently(const QString &databasePath, const QList<qint64> &rowIds,
                                          const QString &orderBy)
{
    QStringList numbers;
    for (const qint64 rowid : rowIds)
        numbers << QString::number(rowid);
    proofdesk::cache::Database reader = proofdesk::cache::CacheFile::openReader(databasePath);
    proofdesk::cache::Statement st = reader.prepare(
        QLatin1String("SELECT rowid FROM communications WHERE rowid IN (SELECT value FROM json_each(?1)) ORDER BY ")
        + orderBy);
    st.bind(1, QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']'));
    QList<qint64> ordered;
    while (st.step())
        ordered << st.columnInt(0);
    return ordered;
}

static void runQuery(ResultsModel &model, const QString &query)
{
    QSignalSpy ready(&model, &ResultsModel::rowIdsReady);
    model.setQuery(query);
    QVERIFY(ready.wait(5000));
}

void TestResultsModel::totalAndFirstPageArriveForAQuery()
{
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy total(&model, &ResultsModel::totalChanged);
    model.setQuery(QStringLiteral("garcia"));
    QVERIFY(total.wait(5000));
    // Every third of 700 (0, 3, …, 699) plus the two special cases addressed to García.
    QCOMPARE(model.rowCount(), 234 + 2);
    // The first page is there at once: newest first.
    QCOMPARE(model.data(model.index(0, ResultsModel::IdColumn)).toString(), QStringLiteral("EXS-T-MISSING"));
    QCOMPARE(model.data(model.index(2, ResultsModel::IdColumn)).toString(), CacheFixture::idFor(699));
    QVERIFY(model.data(model.index(0, 0), ResultsModel::LoadedRole).toBool());
}

// Every row (702), a page of 200: the page is the table while the matches are counted (no
// total said), then the rest is inserted and the exact total said once.
void TestResultsModel::theFirstPageIsShownWhileCounting()
{
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy total(&model, &ResultsModel::totalChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<int> rowsWhileCounting;
    QStringList shownWhileCounting;
    connect(&model, &ResultsModel::countingStarted, this, [&] {
        QVERIFY(model.isCounting());
        QVERIFY(total.isEmpty());
        rowsWhileCounting << model.rowCount();
        shownWhileCounting << model.data(model.index(199, ResultsModel::IdColumn)).toString();
    });
    model.setQuery(QString());
    QVERIFY(total.wait(5000));
    QCOMPARE(rowsWhileCounting, QList<int>{ResultsModel::kPageSize});
    QCOMPARE(total.count(), 1);
    QCOMPARE(total.at(0).at(0).toLongLong(), qint64(kCount + 2));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), ResultsModel::kPageSize);
    QCOMPARE(inserted.at(0).at(2).toInt(), kCount + 1);
    QVERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), kCount + 2);
    QCOMPARE(model.data(model.index(199, ResultsModel::IdColumn)).toString(), shownWhileCounting.value(0));
    QVERIFY(!shownWhileCounting.value(0).isEmpty());
    // Few matches: the total comes with the page, nothing is counted after it.
    QSignalSpy counting(&model, &ResultsModel::countingStarted);
    model.setQuery(QStringLiteral("id:%1").arg(CacheFixture::idFor(1)));
    QVERIFY(total.wait(5000));
    QCOMPARE(total.constLast().at(0).toLongLong(), qint64(1));
    QVERIFY(counting.isEmpty());
}

void TestResultsModel::rowsBeyondTheFirstPageLoadOnDemand()
{
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runQuery(model, QString());
    QCOMPARE(model.rowCount(), kCount + 2);
    const QModelIndex deep = model.index(650, ResultsModel::IdColumn);
    // Not loaded yet: a placeholder, and the request goes to the worker.
    QVERIFY(!model.data(deep, ResultsModel::LoadedRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(model.data(deep, ResultsModel::LoadedRole).toBool(), 5000);
    // Row 650 of newest-first: 702 rows, so the 651st newest is index 701 - 650 - 2 of the plain ids.
    QCOMPARE(model.data(deep).toString(), CacheFixture::idFor(kCount - 1 - (650 - 2)));
    // One dataChanged for the whole page, not one per row (the first page's hold marks may
    // arrive in between: pages are served newest request first).
    bool wholePage = false;
    for (const auto &args : std::as_const(changed)) {
        wholePage = wholePage
                    || (args.at(0).toModelIndex().row() == 600 && args.at(1).toModelIndex().row() == kCount + 2 - 1
                        && args.at(1).toModelIndex().column() == ResultsModel::ColumnCount - 1);
    }
    QVERIFY(wholePage);
}

void TestResultsModel::ascendingOrderReversesTheRowIdList()
{
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runQuery(model, QString());
    model.sort(ResultsModel::IssuedColumn, Qt::AscendingOrder);
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
    const QModelIndex first = model.index(0, ResultsModel::IdColumn);
    QTRY_VERIFY_WITH_TIMEOUT(model.data(first, ResultsModel::LoadedRole).toBool(), 5000);
    QCOMPARE(model.data(first).toString(), CacheFixture::idFor(0));
    // Columns without an order of their own do not sort (type, channel, customer and
    // delivery status do: sortingByAColumnSearchesInThatOrder).
    model.sort(ResultsModel::RecipientColumn, Qt::DescendingOrder);
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), int(ResultsModel::IssuedColumn));
}

void TestResultsModel::codeColumnsReadAsLabels_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("label");
    // Communication 0: a statement by email whose delivery bounced, bytes verified.
    QTest::newRow("type") << int(ResultsModel::TypeColumn) << QStringLiteral("Statement");
    QTest::newRow("channel") << int(ResultsModel::ChannelColumn) << QStringLiteral("Email");
    QTest::newRow("delivery") << int(ResultsModel::StatusColumn) << QStringLiteral("Bounced");
    QTest::newRow("fixity") << int(ResultsModel::FixityColumn) << QStringLiteral("Verified");
}

void TestResultsModel::codeColumnsReadAsLabels()
{
    QFETCH(int, column);
    QFETCH(QString, label);
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runQuery(model, QStringLiteral("id:") + CacheFixture::idFor(0));
    QCOMPARE(model.rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(model.index(0, 0).data(ResultsModel::LoadedRole).toBool(), 5000);
    QCOMPARE(model.index(0, column).data().toString(), label);
}

void TestResultsModel::heldAndFailedRowsAreMarked()
{
    ResultsModel model(m_cache->databasePath());
    runQuery(model,
             QStringLiteral("id:%1 OR id:EXS-T-FAILED OR id:%2").arg(CacheFixture::idFor(1), CacheFixture::idFor(2)));
    QCOMPARE(model.rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(2, 0), ResultsModel::HeldRole).toBool(), 5000);
    QCOMPARE(model.data(model.index(2, 0)).toString(), CacheFixture::idFor(1));
    QVERIFY(!model.data(model.index(1, 0), ResultsModel::HeldRole).toBool());
    QCOMPARE(model.data(model.index(0, 0), ResultsModel::FixityRole).toString(), QStringLiteral("failed"));
    QCOMPARE(model.data(model.index(1, 0), ResultsModel::FixityRole).toString(), QStringLiteral("verified"));
}

void TestResultsModel::malformedQueryReportsErrorAndKeepsRows()
{
    ResultsModel model(m_cache->databasePath());
    runQuery(model, QStringLiteral("garcia"));
    const int rows = model.rowCount();
    QSignalSpy error(&model, &ResultsModel::queryError);
    model.setQuery(QStringLiteral("garcia nosuchfield:x"));
    QVERIFY(error.wait(5000));
    const auto e = error.constFirst().at(0).value<proofdesk::search::QueryError>();
    QCOMPARE(e.position, 7);
    QVERIFY(!e.message.isEmpty());
    QCOMPARE(model.rowCount(), rows);
}

void TestResultsModel::newerQuerySupersedesOlder()
{
    ResultsModel model(m_cache->databasePath());
    QSignalSpy total(&model, &ResultsModel::totalChanged);
    model.setQuery(QString());
    model.setQuery(QStringLiteral("channel:print"));
    QSignalSpy ready(&model, &ResultsModel::rowIdsReady);
    QVERIFY(ready.wait(5000));
    QCOMPARE(model.shownQuery(), QStringLiteral("channel:print"));
    QCOMPARE(model.rowCount(), 175); // i % 4 == 1 for i < 700
    QCOMPARE(total.constLast().at(0).toLongLong(), 175);
}

void TestResultsModel::pageCacheStaysBounded()
{
    ResultsModel model(m_cache->databasePath());
    model.setMaxCachedPages(2);
    runQuery(model, QString());
    // Visit every row of every page: memory holds at most kMaxCachedPages pages whatever the size.
    for (int row = 0; row < model.rowCount(); row += ResultsModel::kPageSize) {
        const QModelIndex index = model.index(row, 0);
        model.data(index);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(index, ResultsModel::LoadedRole).toBool(), 5000);
    }
    QCOMPARE(model.cachedPageCount(), 2);
    // An evicted page comes back on demand.
    const QModelIndex first = model.index(0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(model.data(first, ResultsModel::LoadedRole).toBool(), 5000);
    QCOMPARE(model.data(first).toString(), QStringLiteral("EXS-T-MISSING"));
}

// As a view scrolling down and back up asks for rows: row after row, a screenful at a time,
// many times over the list. The model holds at most its bound of pages at every step, and
// never more than that many loads wait either.
void TestResultsModel::longScrollKeepsCachedPagesBounded()
{
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxCachedPages(3);
    runQuery(model, QString());
    const int screen = 37;
    int most = 0;
    for (int pass = 0; pass < 4; ++pass) {
        for (int top = 0; top < model.rowCount(); top += screen) {
            const int row = pass % 2 == 0 ? top : model.rowCount() - 1 - top; // down, then up
            for (int r = row; r < qMin(row + screen, model.rowCount()); ++r)
                model.data(model.index(r, ResultsModel::IdColumn));
            QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(row, 0), ResultsModel::LoadedRole).toBool(), 5000);
            most = qMax(most, model.cachedPageCount());
            QVERIFY2(model.cachedPageCount() <= 3, qPrintable(QString::number(model.cachedPageCount())));
        }
    }
    QCOMPARE(most, 3);
}

// A page keeps one copy of each repeated value (a fixity state, a channel, a template): rows
// on different pages, loaded at different times, share it.
void TestResultsModel::repeatedValuesAreSharedAcrossRowsAndPages()
{
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runQuery(model, QString());
    const int rows[] = {10, 11, ResultsModel::kPageSize + 10, 3 * ResultsModel::kPageSize + 10};
    for (const int row : rows) {
        model.data(model.index(row, 0));
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(row, 0), ResultsModel::LoadedRole).toBool(), 5000);
    }
    const QString first = model.data(model.index(rows[0], 0), ResultsModel::FixityRole).toString();
    QCOMPARE(first, QStringLiteral("verified"));
    for (const int row : rows) {
        const QString fixity = model.data(model.index(row, 0), ResultsModel::FixityRole).toString();
        QCOMPARE(fixity, first);
        QVERIFY2(fixity.constData() == first.constData(), qPrintable(QStringLiteral("row %1 has a copy").arg(row)));
    }
}

// A column of values that never repeat (ids, names) cannot make the pool grow without end.
void TestResultsModel::valuePoolStaysBoundedOnUniqueValues()
{
    proofdesk::itemmodels::StringPool pool;
    int most = 0;
    for (int i = 0; i < 3 * proofdesk::itemmodels::StringPool::kMaxValues; ++i) {
        QString value = QStringLiteral("CUS-%1").arg(i);
        pool.intern(value);
        most = qMax(most, pool.size());
    }
    QCOMPARE(most, proofdesk::itemmodels::StringPool::kMaxValues);
    QString again = QStringLiteral("CUS-%1").arg(3 * proofdesk::itemmodels::StringPool::kMaxValues - 1);
    QString copy = again;
    copy.detach();
    pool.intern(copy);
    QCOMPARE(copy, again); // the value is the same, whether pooled or not
}

void TestResultsModel::refreshedCommunicationShowsItsNewFixity_data()
{
    QTest::addColumn<QString>("fixity");
    QTest::newRow("verified after a fetch") << QStringLiteral("verified");
    QTest::newRow("failed after a fetch") << QStringLiteral("failed");
}

// A document fetched on demand changes the row's fixity in the cache; the shown row follows
// once the model is told, without a new search (and without losing the other rows).
void TestResultsModel::refreshedCommunicationShowsItsNewFixity()
{
    QFETCH(QString, fixity);
    CacheFixture cache(20);
    ResultsModel model(cache.databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runQuery(model, QStringLiteral("id:EXS-T-MISSING"));
    QCOMPARE(model.rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(0, 0), ResultsModel::FixityRole).toString(),
                              QStringLiteral("missing"), 5000);
    {
        proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(cache.databasePath());
        writer.prepare("UPDATE communications SET fixity = ?1 WHERE id = 'EXS-T-MISSING'").bind(1, fixity).run();
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshCommunication(QStringLiteral("exs-t-missing")); // ids compare without case
    QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(0, 0), ResultsModel::FixityRole).toString(), fixity, 5000);
    QVERIFY(!changed.isEmpty());
    model.refreshCommunication(QStringLiteral("NOT-SHOWN")); // not in a cached page: nothing to do
}

void TestResultsModel::sortingByAColumnSearchesInThatOrder_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("orderBy");
    const struct
    {
        ResultsModel::Column column;
        const char *name;
    } columns[] = {{ResultsModel::TypeColumn, "type"},
                   {ResultsModel::ChannelColumn, "channel"},
                   {ResultsModel::CustomerColumn, "customer_id"},
                   {ResultsModel::StatusColumn, "status"}};
    for (const char *query : {"", "garcia", "channel:sms OR status:failed"}) {
        for (const auto &c : columns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const bool up = order == Qt::AscendingOrder;
                const QByteArray name =
                    QByteArray(c.name) + (up ? " ascending" : " descending") + ", query '" + query + "'";
                QTest::newRow(name.constData())
                    << QString::fromLatin1(query) << int(c.column) << order
                    << QLatin1String(c.name) + QLatin1String(up ? " COLLATE NOCASE ASC" : " COLLATE NOCASE DESC")
                           + QLatin1String(", issued_at DESC, id COLLATE BINARY ASC");
            }
        }
        QTest::newRow(qPrintable(QStringLiteral("issued ascending, query '%1'").arg(QLatin1String(query))))
            << QString::fromLatin1(query) << int(ResultsModel::IssuedColumn) << Qt::AscendingOrder
            << QStringLiteral("issued_at ASC, id COLLATE BINARY DESC");
    }
}

// A header's order: the same matches and the same exact total, in the order of an ORDER BY
// written here, both in the rowid list the view scrolls and in the rows it shows (the first
// page at once, later pages on demand).
void TestResultsModel::sortingByAColumnSearchesInThatOrder()
{
    QFETCH(QString, query);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, orderBy);
    ResultsModel model(m_mixed->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runQuery(model, query);
    const qint64 total = model.total();
    QVERIFY(total > 0);
    const QList<qint64> expected = orderedIndependently(m_mixed->databasePath(), model.rowIdsInOrder(), orderBy);
    QCOMPARE(expected.size(), total);
    QSignalSpy ready(&model, &ResultsModel::rowIdsReady);
    model.sort(column, order);
    QCOMPARE(model.sortColumn(), column);
    QCOMPARE(model.sortOrder(), order);
    if (column != ResultsModel::IssuedColumn)
        QVERIFY(ready.wait(5000)); // searched again in that order
    QCOMPARE(model.total(), total);
    QCOMPARE(model.rowCount(), int(total));
    QCOMPARE(model.rowIdsInOrder(), expected);
    for (const int row : {0, 1, int(total) / 2, int(total) - 1}) {
        QCOMPARE(model.rowIdAt(row), std::optional<qint64>(expected.at(row)));
        const QModelIndex index = model.index(row, ResultsModel::IdColumn);
        model.data(index);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(index, ResultsModel::LoadedRole).toBool(), 5000);
        QCOMPARE(model.data(index, ResultsModel::RowIdRole).toLongLong(), expected.at(row));
    }
}

void TestResultsModel::sortingBackByIssueDateRestoresNewestFirst()
{
    ResultsModel model(m_mixed->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runQuery(model, QString());
    const QList<qint64> newestFirst = model.rowIdsInOrder();
    QSignalSpy ready(&model, &ResultsModel::rowIdsReady);
    // The same results in another order are not a new search (the window audits those).
    QSignalSpy totals(&model, &ResultsModel::totalChanged);
    model.sort(ResultsModel::StatusColumn, Qt::AscendingOrder);
    model.sort(ResultsModel::StatusColumn, Qt::DescendingOrder); // supersedes the one before
    QVERIFY(ready.wait(5000));
    QCOMPARE(model.rowIdsInOrder(),
             orderedIndependently(m_mixed->databasePath(), newestFirst,
                                  QStringLiteral("status COLLATE NOCASE DESC, issued_at DESC, id COLLATE BINARY")));
    ready.clear();
    // Oldest first asked while the status order is shown: newest first is searched again
    // and shown backwards.
    model.sort(ResultsModel::IssuedColumn, Qt::AscendingOrder);
    QVERIFY(ready.wait(5000));
    QCOMPARE(model.rowIdsInOrder(), QList<qint64>(newestFirst.crbegin(), newestFirst.crend()));
    model.sort(ResultsModel::IssuedColumn, Qt::DescendingOrder); // at once
    QCOMPARE(model.rowIdsInOrder(), newestFirst);
    QCOMPARE(model.total(), qint64(newestFirst.size()));
    QVERIFY(totals.isEmpty());
}

void TestResultsModel::pendingReissuesAreMarkedWithoutReadingRowsAgain_data()
{
    QTest::addColumn<QList<int>>("pending"); // fixture numbers of the letters with a reissue on its way
    QTest::addColumn<QList<int>>("marked");  // rows of the results (newest first) marked after it
    QTest::newRow("none") << QList<int>{} << QList<int>{};
    QTest::newRow("one on the first page") << QList<int>{699} << QList<int>{2};
    QTest::newRow("one beyond the loaded pages") << QList<int>{0} << QList<int>{701};
    QTest::newRow("two, and one not in the results") << QList<int>{698, 697} << QList<int>{3, 4};
}

// The mark is a look-up in a set as a row is painted: a change of the set marks every row,
// loaded or not, with one dataChanged for the delivery column, and reads no page again (the
// rows of a 1M list are never queried one by one for it).
void TestResultsModel::pendingReissuesAreMarkedWithoutReadingRowsAgain()
{
    QFETCH(QList<int>, pending);
    QFETCH(QList<int>, marked);
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runQuery(model, QString()); // every communication, newest first: 699 at row 2
    QCOMPARE(model.rowCount(), kCount + 2);
    QCOMPARE(model.index(2, ResultsModel::IdColumn).data().toString(), CacheFixture::idFor(699));
    QSet<QString> ids{QStringLiteral("EXS-NOT-IN-THE-RESULTS")};
    for (const int i : pending)
        ids.insert(CacheFixture::idFor(i));
    const int pagesBefore = model.cachedPageCount();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPendingReissues(ids);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, ResultsModel::StatusColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(model.rowCount() - 1, ResultsModel::StatusColumn));
    QCOMPARE(model.cachedPageCount(), pagesBefore); // nothing read for it
    // The rows beyond the first page are loaded as a view would ask; then each row answers.
    for (int row = 0; row < model.rowCount(); row += ResultsModel::kPageSize)
        model.index(row, 0).data();
    QTRY_VERIFY_WITH_TIMEOUT(model.index(model.rowCount() - 1, 0).data(ResultsModel::LoadedRole).toBool(), 5000);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex status = model.index(row, ResultsModel::StatusColumn);
        QTRY_VERIFY(status.data(ResultsModel::LoadedRole).toBool());
        QCOMPARE(status.data(ResultsModel::ReissuePendingRole).toBool(), marked.contains(row));
        if (marked.contains(row))
            QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("reissue")));
    }
    // The same set again changes nothing; an empty one unmarks every row.
    changed.clear(); // the pages loaded above
    model.setPendingReissues(ids);
    QCOMPARE(changed.size(), 0);
    model.setPendingReissues({});
    for (const int row : marked)
        QVERIFY(!model.index(row, ResultsModel::StatusColumn).data(ResultsModel::ReissuePendingRole).toBool());
}

// A typist leaves 80-200 ms between keys (#43 item 3): the list of every match of a query typed
// over is never read, so that it does not compete with the next keystroke's page (before, each
// keystroke read one, thrown away at the next).
void TestResultsModel::aQueryTypedOverIsNeverListed()
{
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRowIdsSettleMs(5000); // the next key comes well before
    QSignalSpy total(&model, &ResultsModel::totalChanged);
    QSignalSpy ready(&model, &ResultsModel::rowIdsReady);
    model.setQuery(QStringLiteral("garcia"));
    QVERIFY(total.wait(5000));
    QCOMPARE(model.total(), 236);
    QTest::qWait(300); // the list would have come by now
    QVERIFY(!model.isReadingRowIds());
    QVERIFY(!model.hasAllRowIds());
    QVERIFY(model.isSearching());
    model.setQuery(QString()); // the next keystroke
    QVERIFY(total.wait(5000));
    QTest::qWait(300);
    QVERIFY(!model.isReadingRowIds());
    QCOMPARE(ready.count(), 0);
}

// The query stays: its list is read, and the rows past the first page load.
void TestResultsModel::aQueryThatStaysIsListed()
{
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRowIdsSettleMs(100);
    QSignalSpy total(&model, &ResultsModel::totalChanged);
    QSignalSpy ready(&model, &ResultsModel::rowIdsReady);
    model.setQuery(QStringLiteral("garcia"));
    QVERIFY(ready.wait(5000));
    QCOMPARE(total.count(), 1);
    QVERIFY(model.hasAllRowIds());
    QVERIFY(!model.isSearching());
    QCOMPARE(model.rowIdsInOrder().size(), 236);
}

void TestResultsModel::rowsPastTheFirstPageAskTheListAtOnce_data()
{
    QTest::addColumn<int>("sortOrder");
    QTest::addColumn<int>("row");
    QTest::newRow("scrolled down, newest first") << int(Qt::DescendingOrder) << 650;
    QTest::newRow("the top, oldest first") << int(Qt::AscendingOrder) << 0;
}

// Rows the view wants beyond the page in hand ask the list without waiting for the query to stay.
void TestResultsModel::rowsPastTheFirstPageAskTheListAtOnce()
{
    QFETCH(int, sortOrder);
    QFETCH(int, row);
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRowIdsSettleMs(60000);
    model.sort(ResultsModel::IssuedColumn, Qt::SortOrder(sortOrder));
    QSignalSpy total(&model, &ResultsModel::totalChanged);
    model.setQuery(QString());
    QVERIFY(total.wait(5000));
    const QModelIndex wanted = model.index(row, ResultsModel::IdColumn);
    model.data(wanted);
    QVERIFY(model.isReadingRowIds());
    QTRY_VERIFY_WITH_TIMEOUT(model.data(wanted, ResultsModel::LoadedRole).toBool(), 5000);
    QVERIFY(model.hasAllRowIds());
}

// 236 garcias do not fit a page; those sent by post do: their page is the list, read by nobody.
void TestResultsModel::anAnswerTheFirstPageHoldsIsItsOwnList()
{
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRowIdsSettleMs(60000);
    QSignalSpy total(&model, &ResultsModel::totalChanged);
    QSignalSpy ready(&model, &ResultsModel::rowIdsReady);
    model.setQuery(QStringLiteral("channel:print garcia"));
    QVERIFY(total.wait(5000));
    QCOMPARE(ready.count(), 1); // with the total
    QVERIFY(model.hasAllRowIds());
    QVERIFY(!model.isReadingRowIds());
    QVERIFY(!model.isSearching());
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.data(model.index(row, 0), ResultsModel::RowIdRole).toLongLong();
    QVERIFY(!shown.isEmpty());
    QCOMPARE(model.rowIdsInOrder(), shown);
}

QTEST_GUILESS_MAIN(TestResultsModel)
#include "tst_resultsmodel.moc"
