// The keyboard goes where a person expects (#29 item 16): Tab leaves the detail pane's tables
// instead of walking them cell by cell, and Tab in a reason or note box moves to the buttons
// instead of typing a tab into what is recorded; Tab runs through the window as it is read, and
// a chart it reaches in the dashboards is scrolled into sight (#64 item 5).
#include "cachefixture.h"
#include "compliance/complianceworkspace.h"
#include "compliance/dashboardchart.h"
#include "compliance/dashboardpanel.h"
#include "compliance/findingstreemodel.h"
#include "demonotice.h"
#include "detailpane.h"
#include "filterbar.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "reasoninput.h"
#include "remotesearchnotice.h"
#include "resultsview.h"
#include "savedsearchespanel.h"
#include "searchbar.h"
#include "tombstonenotice.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace proofdesk;

namespace {

QString where(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabLeavesTheDetailTables_data();
    void tabLeavesTheDetailTables();
    void tabInAReasonBoxMovesTheFocus();
    void ctrl1MakesARowCurrentSoReturnOpensIt();
    void tabFollowsTheReviewPageInReadingOrder();
    void aChartReachedByTabIsScrolledIntoSight();

private:
    std::unique_ptr<MainWindow> openAsComplianceOfficer();
    std::unique_ptr<CacheFixture> m_cache;
};

void TestKeyboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    QSettings().clear();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_cache = std::make_unique<CacheFixture>(10);
}

void TestKeyboard::tabLeavesTheDetailTables_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("table");
    QTest::newRow("Details") << 0 << QStringLiteral("Metadata");
    QTest::newRow("Delivery") << 1 << QStringLiteral("Delivery timeline");
}

void TestKeyboard::tabLeavesTheDetailTables()
{
    QFETCH(int, tab);
    QFETCH(QString, table);
    MainWindow window(m_cache->databasePath(), m_cache->dataDir());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY_WITH_TIMEOUT(window.resultsModel()->hasAllRowIds(), 5000);
    window.resultsView()->stepCurrent(1);
    QTRY_VERIFY_WITH_TIMEOUT(!window.detailPane()->shownId().isEmpty(), 5000);
    window.detailPane()->tabs()->setCurrentIndex(tab);
    QTableView *view = nullptr;
    for (QTableView *candidate : window.detailPane()->findChildren<QTableView *>()) {
        if (candidate->accessibleName() == table)
            view = candidate;
    }
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() > 1 || tab == 1);
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY2(!view->hasFocus(), "Tab moved inside the table instead of out of it");
}

void TestKeyboard::tabInAReasonBoxMovesTheFocus()
{
    QWidget parent;
    parent.show();
    QString typed;
    bool tabMoved = false;
    QTimer::singleShot(0, &parent, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("checked"));
        QTest::keyClick(edit, Qt::Key_Tab);
        tabMoved = !edit->hasFocus();
        typed = edit->toPlainText();
        dialog->accept();
    });
    bool ok = false;
    const QString note = reasoninput::getMultiLineText(&parent, QStringLiteral("Mark Finding Reviewed"),
                                                       QStringLiteral("What was checked:"), QString(), &ok);
    QVERIFY(ok);
    QCOMPARE(typed, QStringLiteral("checked"));
    QCOMPARE(note, QStringLiteral("checked"));
    QVERIFY(tabMoved);
}

QTEST_MAIN(TestKeyboard)
// #64: Ctrl+1 put the focus on the results with no row current, and Return then opened nothing.
void TestKeyboard::ctrl1MakesARowCurrentSoReturnOpensIt()
{
    MainWindow window(m_cache->databasePath(), m_cache->dataDir());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY_WITH_TIMEOUT(window.resultsModel()->hasAllRowIds(), 5000);
    QVERIFY(!window.resultsView()->currentIndex().isValid());
    window.action(QStringLiteral("focusResults"))->trigger(); // Ctrl+1
    QTRY_VERIFY(window.resultsView()->hasFocus());
    QCOMPARE(window.resultsView()->currentIndex().row(), 0);
    QTest::keyClick(window.resultsView(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.detailPane()->shownId().isEmpty(), 5000);
}

// A window at a letter, as a compliance officer (every region of the Review page has controls),
// active for key presses; null when it did not come up so.
std::unique_ptr<MainWindow> TestKeyboard::openAsComplianceOfficer()
{
    auto window = std::make_unique<MainWindow>(m_cache->databasePath(), m_cache->dataDir());
    window->resize(1280, 720);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get())
        || !QTest::qWaitFor([&window] { return window->recordsContext()->loaded(); }, 5000))
        return {};
    window->recordsContext()->switchRole(records::Role::Compliance);
    window->resultsView()->setFocus();
    const bool ready = QTest::qWaitFor(
        [&window] {
            return window->recordsContext()->role() == std::optional(records::Role::Compliance)
                   && window->resultsModel()->total() > 0;
        },
        5000);
    window->resultsView()->stepCurrent(1);
    if (!ready || !QTest::qWaitFor([&window] { return !window->detailPane()->shownId().isEmpty(); }, 5000))
        return {};
    return window;
}

// Presses Tab on the control that has the focus, as a person would: a control that keeps Tab
// for itself (a letter's links) is walked through as a person walks it.
static QWidget *pressTab(QWidget *window)
{
    QWidget *from = QApplication::focusWidget();
    QTest::keyClick(from ? from : window, Qt::Key_Tab);
    return QApplication::focusWidget();
}

// #64 item 5: Tab ran from the results through the details, the notice's buttons, the Review tab
// and the status bar's role before it reached the search box. From the search box it now runs
// through the Review page as it is read, then the status bar and the workspaces' tabs, and back.
void TestKeyboard::tabFollowsTheReviewPageInReadingOrder()
{
    const std::unique_ptr<MainWindow> m_window = openAsComplianceOfficer();
    QVERIFY(m_window);
    QTabWidget *m_tabs = m_window->findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
    const QList<QPair<QString, QWidget *>> regions = {
        {QStringLiteral("search"), m_window->findChild<SearchBar *>()},
        {QStringLiteral("filters"), m_window->findChild<FilterBar *>()},
        {QStringLiteral("demo notice"), m_window->findChild<DemoNotice *>()},
        {QStringLiteral("tombstone notice"), m_window->findChild<TombstoneNotice *>()},
        {QStringLiteral("repositories notice"), m_window->findChild<RemoteSearchNotice *>()},
        {QStringLiteral("results"), m_window->resultsView()},
        {QStringLiteral("letter"), m_window->detailPane()},
        {QStringLiteral("saved searches"), m_window->findChild<SavedSearchesPanel *>()},
        {QStringLiteral("status bar"), m_window->statusBar()},
        {QStringLiteral("workspaces"), m_tabs->tabBar()},
    };
    const auto regionOf = [&](QWidget *w) {
        for (qsizetype i = 0; i < regions.size(); ++i)
            if (regions.at(i).second && (regions.at(i).second == w || regions.at(i).second->isAncestorOf(w)))
                return int(i);
        return -1;
    };
    QWidget *search = m_window->findChild<SearchBar *>()->lineEdit();
    search->setFocus(Qt::TabFocusReason);
    QStringList walked; // each region as Tab enters it
    int last = 0;
    QWidget *at = search;
    for (int press = 0; press < 400 && (at = pressTab(m_window.get())) != search; ++press) {
        QVERIFY2(at, "Tab left no control with the focus");
        const int region = regionOf(at);
        QVERIFY2(region >= 0, qPrintable(QStringLiteral("after %1 Tab stops outside the Review page: %2")
                                             .arg(walked.join(QLatin1String(", ")), where(at))));
        if (region != last)
            walked << regions.at(region).first;
        QVERIFY2(region >= last, qPrintable(QStringLiteral("Tab went back to %1 after %2")
                                                .arg(regions.at(region).first, walked.join(QLatin1String(", ")))));
        last = region;
    }
    QCOMPARE(at, search);
    for (const char *reached : {"filters", "results", "letter", "status bar", "workspaces"})
        QVERIFY2(walked.contains(QLatin1String(reached)), qPrintable(walked.join(QLatin1String(", "))));
}

// #64 item 5: Tab from the findings put the focus on the first chart while the dashboards stayed
// scrolled to the last ones: the focus was out of sight and the chart's tooltip over the title bar.
void TestKeyboard::aChartReachedByTabIsScrolledIntoSight()
{
    const std::unique_ptr<MainWindow> m_window = openAsComplianceOfficer();
    QVERIFY(m_window);
    auto *compliance = m_window->findChild<ComplianceWorkspace *>();
    m_window->findChild<QTabWidget *>(QStringLiteral("workspaceTabs"))->setCurrentWidget(compliance);
    QTRY_VERIFY_WITH_TIMEOUT(compliance->findingsModel()->report().ranAt != 0, 10000);
    QTest::qWait(400); // the dashboards' first read
    auto *scroll = qobject_cast<QScrollArea *>(compliance->dashboards()->parentWidget()->parentWidget());
    QVERIFY(scroll);
    QVERIFY2(scroll->verticalScrollBar()->maximum() > 0, "the dashboards fit without scrolling: nothing to check");
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    compliance->findingsView()->setFocus(Qt::TabFocusReason);
    QWidget *at = nullptr;
    for (int press = 0; press < 40 && !qobject_cast<DashboardChart *>(at); ++press)
        at = pressTab(m_window.get());
    auto *chart = qobject_cast<DashboardChart *>(at);
    QVERIFY2(chart, "Tab from the findings reached no chart");
    // Shift+Tab from the findings goes back to the bar above them, not round to the window's tabs.
    compliance->findingsView()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(compliance->findingsView(), Qt::Key_Backtab);
    auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(button && compliance->isAncestorOf(button), qPrintable(focus ? where(focus) : QStringLiteral("nothing")));
    QCOMPARE(chart, compliance->dashboards()->charts().first());
    const QRect shown(chart->mapTo(scroll->viewport(), QPoint(0, 0)), chart->size());
    QVERIFY2(scroll->viewport()->rect().intersects(shown),
             qPrintable(QStringLiteral("the focused chart is at %1,%2, the dashboards show 0-%3")
                            .arg(shown.x())
                            .arg(shown.y())
                            .arg(scroll->viewport()->height())));
}

#include "tst_keyboard.moc"
