// Scrolling the results for as long as a person likes costs no memory (#29 item 17): the
// model keeps a bounded number of pages, and what painting a row needs (its icons) is made
// once, not once per paint: a million-row list scrolled for minutes grew by hundreds of MB
// when each paint made new icons that Qt's pixmap cache never evicts.
#include "cachefixture.h"
#include "icons.h"
#include "itemmodels/resultsmodel.h"
#include "resultsview.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <malloc.h>

using proofdesk::itemmodels::ResultsModel;

namespace {

// Bytes the process has allocated and not freed (every malloc arena), whatever the
// allocator keeps around for later.
qint64 heapInUse() { return qint64(mallinfo2().uordblks); }

} // namespace

class TestResultsMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void iconsAreMadeOnce_data();
    void iconsAreMadeOnce();
    void longScrollKeepsPagesAndMemoryBounded();

private:
    // Page down from the top to the bottom, each step painted with its rows loaded; returns
    // the most pages the model held at any step.
    int scrollThrough(ResultsView &view, ResultsModel &model);
    std::unique_ptr<CacheFixture> m_cache;
};

void TestResultsMemory::initTestCase()
{
    m_cache = std::make_unique<CacheFixture>(2400); // 12 pages of 200 rows
}

void TestResultsMemory::iconsAreMadeOnce_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"held", "verified", "failed", "missing"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestResultsMemory::iconsAreMadeOnce()
{
    QFETCH(QString, name);
    const auto make = [&] { return name == QLatin1String("held") ? icons::held() : icons::fixity(name); };
    const QIcon first = make();
    QVERIFY(!first.isNull());
    // The same icon (one engine, one set of cached pixmaps), not an equal new one.
    QCOMPARE(make().cacheKey(), first.cacheKey());
}

int TestResultsMemory::scrollThrough(ResultsView &view, ResultsModel &model)
{
    QScrollBar *bar = view.verticalScrollBar();
    view.scrollToTop();
    int most = model.cachedPageCount();
    for (int steps = 0; steps < 10000; ++steps) {
        const int top = view.rowAt(0);
        const int bottom = view.rowAt(view.viewport()->height() - 1);
        const auto loaded = [&] {
            for (int row = top; row <= (bottom < 0 ? model.rowCount() - 1 : bottom); ++row) {
                if (!model.index(row, 0).data(ResultsModel::LoadedRole).toBool())
                    return false;
            }
            return true;
        };
        view.viewport()->repaint(); // asks for the visible rows
        if (!QTest::qWaitFor(loaded, 5000))
            return -1;
        view.viewport()->repaint(); // paints them, icons included
        most = qMax(most, model.cachedPageCount());
        if (bar->value() >= bar->maximum())
            break;
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    }
    return most;
}

void TestResultsMemory::longScrollKeepsPagesAndMemoryBounded()
{
    ResultsModel model(m_cache->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxCachedPages(4);
    ResultsView view;
    view.setResultsModel(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy ready(&model, &ResultsModel::rowIdsReady);
    model.setQuery(QString());
    QVERIFY(ready.wait(10000));
    QVERIFY(model.rowCount() > 10 * ResultsModel::kPageSize);
    QTRY_VERIFY(view.verticalScrollBar()->maximum() > 0); // laid out for the rows

    // The first pass warms what is made once (fonts, the SQLite caches, the icons).
    QCOMPARE(scrollThrough(view, model), 4);
    const qint64 warm = heapInUse();
    for (int pass = 0; pass < 3; ++pass)
        QCOMPARE(scrollThrough(view, model), 4);
    const qint64 grown = heapInUse() - warm;
    qInfo("heap in use after the first pass %lld KB, %lld KB more after three passes", warm / 1024, grown / 1024);
    // Three more passes over 2,400 rows: nothing kept per row painted or per page loaded.
    QVERIFY2(grown < 256 * 1024, qPrintable(QStringLiteral("%1 KB more after three passes").arg(grown / 1024)));
}

QTEST_MAIN(TestResultsMemory)
#include "tst_resultsmemory.moc"
