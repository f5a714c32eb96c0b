// Issue #12 item 4: on a full disk the desktop still browses (search, results, the document,
// its details) and says what it cannot keep: the folder opened for reading only, and every
// view or search the audit trail refused. Run with the full-disk preload (CMakeLists.txt:
// LD_PRELOAD); PROOFDESK_FULL_DISK names the folder whose disk is full.
#include "audit/audittrail.h"
#include "cache/cachefile.h"
#include "cachefixture.h"
#include "detailpane.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "resultsview.h"
#include "searchbar.h"
#include "storagenotice.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;

class TestFullDiskWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theWindowBrowsesAFullDiskAndSaysWhatItCannotKeep();

private:
    static void waitForTotal(MainWindow &window, qint64 expected);
    int viewsRecorded(const QString &databasePath) const;
    int lateViews(const QString &databasePath) const; // recorded after they were shown
};

void TestFullDiskWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_fulldiskwindow"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY2(qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("fulldisk")),
             "run under ctest, which preloads the full-disk library (tests/ui/CMakeLists.txt)");
}

void TestFullDiskWindow::cleanup() { qunsetenv("PROOFDESK_FULL_DISK"); }

void TestFullDiskWindow::waitForTotal(MainWindow &window, qint64 expected)
{
    itemmodels::ResultsModel *model = window.resultsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->total(), expected, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model->hasAllRowIds() && model->shownQuery() == model->query(), 5000);
}

int TestFullDiskWindow::viewsRecorded(const QString &databasePath) const
{
    cache::Database db = cache::CacheFile::openReader(databasePath); // reads need no space
    audit::AuditFilter filter;
    filter.action = QStringLiteral("communication.view");
    return int(audit::AuditTrail(db).entries(filter).size());
}

int TestFullDiskWindow::lateViews(const QString &databasePath) const
{
    cache::Database db = cache::CacheFile::openReader(databasePath);
    audit::AuditFilter filter;
    filter.action = QStringLiteral("communication.view");
    int late = 0;
    for (const audit::AuditEntry &e : audit::AuditTrail(db).entries(filter))
        late += e.after.contains("\"shown_at\"") ? 1 : 0;
    return late;
}

void TestFullDiskWindow::theWindowBrowsesAFullDiskAndSaysWhatItCannotKeep()
{
    QSettings().clear();
    CacheFixture fixture(30);
    const QString dataDir = fixture.dataDir();
    const QString databasePath = fixture.databasePath();
    {
        // The person used the folder before its disk filled: roles are claimed (a write).
        MainWindow before(databasePath, dataDir);
        QTRY_VERIFY_WITH_TIMEOUT(before.recordsContext()->loaded(), 5000);
        QVERIFY(!before.storageNotice()->isVisibleTo(&before));
    }
    fixture.folder.reset();
    {
        // As at the end of a session: the write-ahead logs are written into the files (idle
        // reader threads of the first window may still hold connections, which keeps SQLite
        // from doing so at close).
        cache::Database db = cache::CacheFile::openWriter(databasePath);
        db.exec("PRAGMA main.wal_checkpoint(TRUNCATE)");
        db.exec("PRAGMA rec.wal_checkpoint(TRUNCATE)");
    }

    qputenv("PROOFDESK_FULL_DISK", QFile::encodeName(dataDir));
    datafolder::DataFolder folder(dataDir);
    const QString reason = folder.openReport().readOnlyReason;
    QVERIFY2(reason.contains(QLatin1String("is full")), qPrintable(reason));

    MainWindow window(folder.databasePath(), dataDir);
    window.setReadOnlyReason(reason);
    window.accessRecorder()->setSettleMs(50);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StorageNotice *notice = window.storageNotice();
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Read only: disk full"));
    QVERIFY(notice->toolTip().contains(reason));
    waitForTotal(window, 32);

    // Reading works: a search and a document with its details.
    QSignalSpy refused(window.accessRecorder(), &itemmodels::AccessRecorder::refused);
    window.searchBar()->setQuery(QStringLiteral("garcia"));
    waitForTotal(window, 12);
    // The search is recorded (here: refused) once it settles; wait for that answer first, so
    // that the next refusal is the view's own (on a loaded machine the view's answer came
    // after the count below, and was counted there).
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 5000);
    const qsizetype searchRefusals = refused.count();
    QSignalSpy shown(window.detailPane(), &DetailPane::detailShown);
    window.resultsView()->setFocus();
    QVERIFY(window.resultsView()->stepCurrent(1));
    QVERIFY(shown.wait(5000));
    QVERIFY(!window.detailPane()->shownId().isEmpty());
    // The trail could not take the view: the window says so, and nothing was half-written.
    QTRY_VERIFY_WITH_TIMEOUT(refused.count() > searchRefusals, 5000);
    QVERIFY2(refused.last().at(0).toString().contains(QLatin1String("full")),
             qPrintable(refused.last().at(0).toString()));
    QVERIFY(notice->text().contains(QLatin1String("not recorded")));
    QVERIFY(notice->toolTip().contains(refused.last().at(0).toString()));
    QCOMPARE(viewsRecorded(folder.databasePath()), 0);
    // Kept, to be recorded when the trail takes entries again (issue #26: a read is refused
    // or recorded, never only shown).
    QVERIFY(window.accessRecorder()->unrecorded() >= 1);

    // Space again: the next view is recorded, the one that waited after it (with the time it
    // was shown), and that part of the notice goes.
    qunsetenv("PROOFDESK_FULL_DISK");
    QSignalSpy recorded(window.accessRecorder(), &itemmodels::AccessRecorder::recorded);
    QVERIFY(window.resultsView()->stepCurrent(1));
    QTRY_VERIFY_WITH_TIMEOUT(!recorded.isEmpty(), 5000);
    QCOMPARE(notice->text(), QStringLiteral("Read only: disk full"));
    QTRY_COMPARE_WITH_TIMEOUT(viewsRecorded(folder.databasePath()), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(window.accessRecorder()->unrecorded(), 0, 5000);
    QCOMPARE(lateViews(folder.databasePath()), 1);
}

QTEST_MAIN(TestFullDiskWindow)
#include "tst_fulldiskwindow.moc"
