// No record can make the results list slow to draw (#44 item 1): a drop line may be 16 MiB, and
// a record whose type was 4 MB and recipient 8 MB made every repaint of the list cost 4.4 s of
// the window's thread (each cell's text shaped whole to be elided) and the window 730 MB. The
// import cuts such fields (tst_fieldbounds), and a cell draws no more of its text than fits: a
// repository's row that is not cached (Search the Repositories Too) is drawn from the
// connector's record as it came.
#include "cachefixture.h"
#include "itemmodels/resultsmodel.h"
#include "loopwatch.h"
#include "mainwindow.h"
#include "resultsview.h"
#include "threadcpu.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QtTest>

using proofdesk::itemmodels::ResultsModel;

namespace {

const QString kHugeId = QStringLiteral("EXS-T-HUGE");

// The fields of the attack: a 4 MB type and an 8 MB recipient, in one drop line of 12 MB.
proofdesk::domain::Communication hugeRecord()
{
    proofdesk::domain::Communication c;
    c.id = QStringLiteral("EXS-REMOTE-HUGE");
    c.issuedAt = 1767225600000;
    c.type = QString(4 << 20, u'T');
    c.recipientName = QString(8 << 20, u'R');
    c.customerId = QString(1 << 20, u'C');
    c.channel = QStringLiteral("email");
    return c;
}

// The results as the window has them: a model (checked by a tester) in a view on screen.
struct ShownResults
{
    explicit ShownResults(const QString &databasePath)
        : model(databasePath)
    {
        view.setResultsModel(&model);
        view.resize(1600, 900);
        view.show();
    }
    ResultsModel model;
    QAbstractItemModelTester tester{&model};
    ResultsView view;
};

// Processor time of this thread for one repaint of the view's rows.
qint64 paintCostMs(QAbstractItemView &view)
{
    const qint64 before = threadCpuMs();
    view.viewport()->repaint();
    return threadCpuMs() - before;
}

} // namespace

class TestResultsBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aCachedRecordOfHugeFieldsPaintsQuickly();
    void aRepositoryRowOfHugeFieldsPaintsQuickly();
    void theWindowWithTheRecordSelectedKeepsAnswering();

private:
    std::unique_ptr<CacheFixture> m_cache;
};

void TestResultsBounds::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_resultsbounds"));
    m_cache = std::make_unique<CacheFixture>(60);
    QJsonObject overrides{{QStringLiteral("type"), QString(4 << 20, u'T')},
                          {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("name"), QString(8 << 20, u'R')}}}};
    m_cache->drop.appendRecord(QStringLiteral("communications/c.ndjson"),
                               m_cache->drop.communication(kHugeId, CacheFixture::issuedFor(1000), overrides));
    proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(m_cache->databasePath());
    const auto outcome = proofdesk::sync::importDrop(writer, m_cache->folder->contentStore(), m_cache->dropDir.path());
    QVERIFY2(outcome.report.error.isEmpty(), qPrintable(outcome.report.error));
    QCOMPARE(outcome.report.result.rejected.size(), 0);
}

void TestResultsBounds::init() { QSettings().clear(); }

void TestResultsBounds::aCachedRecordOfHugeFieldsPaintsQuickly()
{
    ShownResults shown(m_cache->databasePath());
    ResultsModel &model = shown.model;
    ResultsView &view = shown.view;
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setQuery(QString());
    QTRY_VERIFY_WITH_TIMEOUT(model.hasAllRowIds() && model.total() == 63, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model.index(0, 0).data(ResultsModel::LoadedRole).toBool(), 10000);
    QCOMPARE(model.index(0, ResultsModel::IdColumn).data().toString(), kHugeId); // the newest, at the top
    paintCostMs(view);                                                           // the first paint loads the fonts
    const qint64 cost = paintCostMs(view);
    qInfo() << "a repaint of the list with the record on screen took" << cost << "ms of processor time";
    QVERIFY2(cost < 250, qPrintable(QStringLiteral("%1 ms").arg(cost)));
}

void TestResultsBounds::aRepositoryRowOfHugeFieldsPaintsQuickly()
{
    ShownResults shown(m_cache->databasePath());
    ResultsModel &model = shown.model;
    ResultsView &view = shown.view;
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setQuery(QStringLiteral("id:EXS-T-000001"));
    QTRY_VERIFY_WITH_TIMEOUT(model.hasAllRowIds() && model.total() == 1, 10000);
    proofdesk::services::RemoteHit hit;
    hit.record = hugeRecord();
    hit.repository = QStringLiteral("Documentum");
    QVERIFY(model.setRemoteHits(model.shownQuery(), {hit}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ResultsModel::TypeColumn).data().toString().size(), 4 << 20); // the model has it whole
    paintCostMs(view);
    const qint64 cost = paintCostMs(view);
    qInfo() << "a repaint with the repository's row took" << cost << "ms of processor time";
    QVERIFY2(cost < 250, qPrintable(QStringLiteral("%1 ms").arg(cost)));
}

// The window as a person has it: the record at the top of the results, selected, its detail
// shown; the event loop keeps turning through the paints.
void TestResultsBounds::theWindowWithTheRecordSelectedKeepsAnswering()
{
    MainWindow window(m_cache->databasePath(), m_cache->dataDir());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<ResultsView *>();
    QVERIFY(view);
    auto *model = qobject_cast<ResultsModel *>(view->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->hasAllRowIds() && model->total() == 63, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(ResultsModel::LoadedRole).toBool(), 60000);
    QTest::qWait(100);
    LoopWatch watch;
    view->setCurrentIndex(model->index(0, ResultsModel::IdColumn));
    window.update();
    QTest::qWait(1500); // the detail pane loads the record and shows it; both repaint
    QVERIFY2(watch.longestGapMs() < 500,
             qPrintable(QStringLiteral("the event loop stopped for %1 ms").arg(watch.longestGapMs())));
}

QTEST_MAIN(TestResultsBounds)
#include "tst_resultsbounds.moc"
