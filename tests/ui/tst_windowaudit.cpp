// What an auditor needs from the window: everything a person reads or takes out of it is in
// the audit trail exactly as from the command-line client, in the role chosen in the status
// bar; the evidence package is the letter shown; the document pane never keeps a letter the
// selection has left.
#include "audit/audittrail.h"
#include "cache/cachefile.h"
#include "cache/repositorystore.h"
#include "cachefixture.h"
#include "compliance/complianceworkspace.h"
#include "compliance/findingstreemodel.h"
#include "detailpane.h"
#include "filedialog.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "records/identity.h"
#include "records/recordsworkspace.h"
#include "records/reissuequeueview.h"
#include "repositories/synccontroller.h"
#include "resultsview.h"
#include "searchbar.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace proofdesk;
using itemmodels::ResultsModel;

namespace {

// One file of a zip, read as a recipient would (unzip is installed with the project).
QByteArray fromZip(const QString &zip, const QString &name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, name});
    unzip.waitForFinished(10000);
    return unzip.readAllStandardOutput();
}

} // namespace

class TestWindowAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyDocumentShownIsAudited();
    void aDocumentIsOpenedOnlyWhenAPersonPicksIt();
    void aSearchIsAuditedOnceThePersonStaysOnIt();
    void anExportIsAudited();
    void anExportIsRecordedBeforeItsBoxCloses();
    void aLetterPassedOverIsNotRead();
    void shortcutsActOnWhatIsInFront();
    void anAgentIsToldComplianceIsNotForTheirRole();
    void thePaneEmptiesWhenTheSelectionLeavesTheResults_data();
    void thePaneEmptiesWhenTheSelectionLeavesTheResults();
    void evidenceIsThePackageOfTheLetterShown();
    void theRoleInTheStatusBarIsTheRoleActedIn();
    void anExceptionCaseIsOpenedFromTheFindingsList();
    void aSyncReadsTheRecordsViewsAgain();

private:
    void waitForTotal(qint64 expected);
    QString selectFirst();
    QList<audit::AuditEntry> entries(const QString &action);

    std::unique_ptr<CacheFixture> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowAudit::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowaudit"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
}

void TestWindowAudit::init()
{
    QSettings().clear();
    m_cache = std::make_unique<CacheFixture>(30); // a fresh trail for each test
    m_window = std::make_unique<MainWindow>(m_cache->databasePath(), m_cache->dataDir());
    m_window->accessRecorder()->setSettleMs(50);
    m_window->accessRecorder()->setReadMs(50);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The folder was unclaimed: its first user got every role (audited), agent first.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->recordsContext()->loaded(), 5000);
    QCOMPARE(m_window->recordsContext()->roles().size(), 4);
    waitForTotal(32);
}

void TestWindowAudit::cleanup()
{
    m_window.reset();
    m_cache.reset();
}

void TestWindowAudit::waitForTotal(qint64 expected)
{
    ResultsModel *model = m_window->resultsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->total(), expected, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model->hasAllRowIds() && model->shownQuery() == model->query(), 5000);
}

QString TestWindowAudit::selectFirst()
{
    QSignalSpy shown(m_window->detailPane(), &DetailPane::detailShown);
    m_window->resultsView()->setFocus();
    m_window->resultsView()->stepCurrent(1);
    if (shown.isEmpty())
        shown.wait(5000);
    return m_window->detailPane()->shownId();
}

QList<audit::AuditEntry> TestWindowAudit::entries(const QString &action)
{
    cache::Database db = cache::CacheFile::openWriter(m_cache->databasePath());
    audit::AuditFilter filter;
    filter.action = action;
    return audit::AuditTrail(db).entries(filter);
}

void TestWindowAudit::everyDocumentShownIsAudited()
{
    QSignalSpy recorded(m_window->accessRecorder(), &itemmodels::AccessRecorder::recorded);
    const QString first = selectFirst();
    QVERIFY(!first.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(entries(QStringLiteral("communication.view")).size(), 1, 5000);
    m_window->resultsView()->stepCurrent(1);
    QTRY_COMPARE_WITH_TIMEOUT(entries(QStringLiteral("communication.view")).size(), 2, 5000);
    const auto views = entries(QStringLiteral("communication.view"));
    QCOMPARE(views.at(0).objectId, first);
    QCOMPARE(views.at(1).objectId, m_window->detailPane()->shownId());
    QCOMPARE(views.at(0).role, QStringLiteral("agent")); // the role in the status bar
    QCOMPARE(views.at(0).user, records::Identity::fromOperatingSystem().user);
}

// Entering Review or tabbing into the results opens nothing (Qt makes the first row current
// on focus); a row is opened when a person picks it: a click, or the keyboard (Down, Return)
// once in the results, each row moved to being a row the person chose to read.
void TestWindowAudit::aDocumentIsOpenedOnlyWhenAPersonPicksIt()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *tabs = qobject_cast<QTabWidget *>(m_window->centralWidget());
    QVERIFY(tabs);
    ResultsView *view = m_window->resultsView();
    tabs->setCurrentIndex(1);           // Compliance
    tabs->setCurrentIndex(0);           // and back to Review
    view->setFocus(Qt::TabFocusReason); // tabbing into the results
    QTRY_VERIFY(view->hasFocus());
    QTest::qWait(300);
    QCOMPARE(entries(QStringLiteral("communication.view")).size(), 0);
    QVERIFY(m_window->detailPane()->shownId().isEmpty());
    QVERIFY(view->selectionModel()->selectedRows().isEmpty());

    // Down picks the first row (not the second: nothing was current).
    QTest::keyClick(view, Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(entries(QStringLiteral("communication.view")).size(), 1, 5000);
    const QString first = m_window->resultsModel()->index(0, ResultsModel::IdColumn).data().toString();
    QCOMPARE(m_window->detailPane()->shownId(), first);
    QCOMPARE(entries(QStringLiteral("communication.view")).first().objectId, first);
    QTest::keyClick(view, Qt::Key_Return); // into the document: the same letter, no second view
    QTest::qWait(300);
    QCOMPARE(entries(QStringLiteral("communication.view")).size(), 1);

    // Leaving the results and coming back by Tab keeps the letter picked; nothing new is read.
    m_window->searchBar()->lineEdit()->setFocus(Qt::TabFocusReason);
    view->setFocus(Qt::TabFocusReason);
    QTest::qWait(300);
    QCOMPARE(entries(QStringLiteral("communication.view")).size(), 1);

    // A click on another row opens it.
    const QRect third = view->visualRect(m_window->resultsModel()->index(2, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, third.center());
    QTRY_COMPARE_WITH_TIMEOUT(entries(QStringLiteral("communication.view")).size(), 2, 5000);
    QCOMPARE(entries(QStringLiteral("communication.view")).last().objectId, m_window->detailPane()->shownId());
}

void TestWindowAudit::aSearchIsAuditedOnceThePersonStaysOnIt()
{
    m_window->searchBar()->setQuery(QStringLiteral("garcia"));
    waitForTotal(10 + 2);
    QTRY_VERIFY_WITH_TIMEOUT(!entries(QStringLiteral("search")).isEmpty(), 5000);
    QTest::qWait(200);
    const auto searches = entries(QStringLiteral("search"));
    const auto garcia = std::count_if(searches.begin(), searches.end(), [](const audit::AuditEntry &e) {
        return QJsonDocument::fromJson(e.after).object().value(QStringLiteral("query")).toString()
               == QLatin1String("garcia");
    });
    QCOMPARE(garcia, 1);
    const QJsonObject after = QJsonDocument::fromJson(searches.last().after).object();
    QCOMPARE(after.value(QStringLiteral("total")).toInt(), 12); // as `proofdesk-cli search` records it
    // Shown again (a refresh) it is the same search: no second entry.
    m_window->runSearch(QStringLiteral("garcia"));
    waitForTotal(12);
    QTest::qWait(200);
    QCOMPARE(entries(QStringLiteral("search")).size(), searches.size());
}

void TestWindowAudit::anExportIsAudited()
{
    m_window->searchBar()->setQuery(QStringLiteral("channel:print"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->resultsModel()->query() == QLatin1String("channel:print")
                                 && m_window->resultsModel()->hasAllRowIds()
                                 && m_window->resultsModel()->shownQuery() == QLatin1String("channel:print"),
                             5000);
    const qint64 total = m_window->resultsModel()->total();
    const QString path = m_cache->data.filePath(QStringLiteral("export.csv"));
    m_window->exportResults(path);
    // One action name for the act, with the whole path written (#29): not a "search".
    QTRY_COMPARE_WITH_TIMEOUT(entries(QStringLiteral("results.export")).size(), 1, 5000);
    const audit::AuditEntry e = entries(QStringLiteral("results.export")).first();
    const QJsonObject after = QJsonDocument::fromJson(e.after).object();
    QCOMPARE(after.value(QStringLiteral("path")).toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(after.value(QStringLiteral("rows")).toInteger(), total);
    QCOMPARE(after.value(QStringLiteral("query")).toString(), QStringLiteral("channel:print"));
    QCOMPARE(e.role, QStringLiteral("agent"));
    for (const auto &s : entries(QStringLiteral("search")))
        QVERIFY(!QJsonDocument::fromJson(s.after).object().contains(QStringLiteral("export")));
}

// The entry is written when the file is, not when a person closes the result box (#41): a crash
// with the box open keeps it.
void TestWindowAudit::anExportIsRecordedBeforeItsBoxCloses()
{
    waitForTotal(32);
    const QString path = m_cache->data.filePath(QStringLiteral("export-before-box.csv"));
    qsizetype whileBoxShown = -1;
    MessageBox::setWhileShown([&] {
        QTRY_COMPARE_WITH_TIMEOUT(entries(QStringLiteral("results.export")).size(), 1, 5000);
        whileBoxShown = entries(QStringLiteral("results.export")).size();
    });
    m_window->exportResults(path);
    MessageBox::setWhileShown({});
    QCOMPARE(whileBoxShown, 1);
}

// Down twice before the first letter could be read: only the one the person stays on is a view
// (#41: 43 s of PageDown recorded 340 views). Mouse and keyboard alike go through the rule.
void TestWindowAudit::aLetterPassedOverIsNotRead()
{
    m_window->accessRecorder()->setReadMs(600);
    ResultsView *view = m_window->resultsView();
    view->setFocus();
    QSignalSpy shown(m_window->detailPane(), &DetailPane::detailShown);
    view->stepCurrent(1);
    QVERIFY(shown.wait(5000));
    const QString passed = m_window->detailPane()->shownId();
    view->stepCurrent(1);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->detailPane()->shownId() != passed && !m_window->detailPane()->shownId().isEmpty(), 5000);
    const QString read = m_window->detailPane()->shownId();
    QTRY_COMPARE_WITH_TIMEOUT(entries(QStringLiteral("communication.view")).size(), 1, 5000);
    QTest::qWait(800);
    const auto views = entries(QStringLiteral("communication.view"));
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().objectId, read);

    // Return opens the letter on purpose: recorded at once, not after the read time.
    m_window->accessRecorder()->setReadMs(60000);
    view->stepCurrent(1);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->shownId() != read && !m_window->detailPane()->shownId().isEmpty(),
                             5000);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(entries(QStringLiteral("communication.view")).size(), 2, 5000);
    QCOMPARE(entries(QStringLiteral("communication.view")).last().objectId, m_window->detailPane()->shownId());
}

// With Records › Audit Trail in front, nothing of the hidden Review is read, searched or
// exported; its shortcuts bring it to the front first (#41).
void TestWindowAudit::shortcutsActOnWhatIsInFront()
{
    auto *tabs = qobject_cast<QTabWidget *>(m_window->centralWidget());
    QVERIFY(tabs);
    QWidget *review = tabs->widget(0);
    m_window->action(QStringLiteral("showAuditTrail"))->trigger();
    QVERIFY(tabs->currentWidget() != review);
    m_window->resultsView()->stepCurrent(1); // the hidden pane changes: nobody sees it
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->detailPane()->shownId().isEmpty(), 5000);
    QTest::qWait(300);
    QCOMPARE(entries(QStringLiteral("communication.view")).size(), 0);

    m_window->action(QStringLiteral("focusResults"))->trigger(); // Ctrl+1
    QCOMPARE(tabs->currentWidget(), review);
    QTRY_COMPARE_WITH_TIMEOUT(entries(QStringLiteral("communication.view")).size(), 1, 5000); // now it is seen

    auto *compliance = m_window->findChild<ComplianceWorkspace *>();
    QSignalSpy done(compliance, &ComplianceWorkspace::actionFinished);
    m_window->action(QStringLiteral("showAuditTrail"))->trigger();
    m_window->action(QStringLiteral("exportEvidencePackage"))->trigger(); // Ctrl+Shift+E
    QCOMPARE(tabs->currentWidget(), review); // brought forward; nothing exported out of sight
    QVERIFY(!done.wait(300));
    QCOMPARE(entries(QStringLiteral("evidence.export")).size(), 0);

    m_window->action(QStringLiteral("showAuditTrail"))->trigger();
    m_window->action(QStringLiteral("focusSearch"))->trigger(); // Ctrl+F
    QCOMPARE(tabs->currentWidget(), review);
}

// An agent sees why, not the 286 findings (#41); Run Checks and Audit Report are not offered.
// In a role that may, the checks run through the library's role check as the CLI's do.
void TestWindowAudit::anAgentIsToldComplianceIsNotForTheirRole()
{
    auto *context = m_window->recordsContext();
    QCOMPARE(context->role(), std::optional(records::Role::Agent));
    auto *workspace = m_window->findChild<ComplianceWorkspace *>();
    m_window->action(QStringLiteral("showCompliance"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->notForRoleNotice()->isVisible(), 5000);
    QVERIFY2(workspace->notForRoleNotice()->text().contains(QStringLiteral("compliance officers")),
             qPrintable(workspace->notForRoleNotice()->text()));
    QTest::qWait(300);
    QVERIFY(workspace->findingsModel()->report().findings.isEmpty());
    QCOMPARE(workspace->findingsModel()->report().ranAt, 0);
    QVERIFY(!workspace->findChild<QPushButton *>(QStringLiteral("runChecks"))->isEnabled());
    QVERIFY(!workspace->findChild<QPushButton *>(QStringLiteral("auditReport"))->isEnabled());

    context->switchRole(records::Role::Compliance);
    QTRY_VERIFY_WITH_TIMEOUT(workspace->findingsModel()->report().ranAt != 0, 5000);
    QVERIFY(!workspace->notForRoleNotice()->isVisible());
    QVERIFY(workspace->findChild<QPushButton *>(QStringLiteral("runChecks"))->isEnabled());
    context->switchRole(records::Role::Agent);
    QTRY_VERIFY_WITH_TIMEOUT(workspace->notForRoleNotice()->isVisible(), 5000);
    QVERIFY(workspace->findingsModel()->report().findings.isEmpty());
}

void TestWindowAudit::thePaneEmptiesWhenTheSelectionLeavesTheResults_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("total");
    QTest::newRow("a search with no results") << QStringLiteral("nosuchwordanywhere") << qint64(0);
    QTest::newRow("a new search with results") << QStringLiteral("channel:print") << qint64(-1);
}

void TestWindowAudit::thePaneEmptiesWhenTheSelectionLeavesTheResults()
{
    QFETCH(QString, query);
    QFETCH(qint64, total);
    QVERIFY(!selectFirst().isEmpty());
    QSignalSpy cleared(m_window->detailPane(), &DetailPane::cleared);
    m_window->searchBar()->setQuery(query);
    if (total >= 0)
        waitForTotal(total);
    QTRY_VERIFY_WITH_TIMEOUT(!cleared.isEmpty(), 5000);
    QVERIFY(m_window->detailPane()->shownId().isEmpty());
    QVERIFY(m_window->shownCommunicationId().isEmpty());
}

void TestWindowAudit::evidenceIsThePackageOfTheLetterShown()
{
    auto *workspace = m_window->findChild<ComplianceWorkspace *>();
    QVERIFY(workspace);
    m_window->resultsView()->stepCurrent(1);
    m_window->resultsView()->stepCurrent(1);
    m_window->resultsView()->stepCurrent(1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->detailPane()->shownId().isEmpty(), 5000);
    const QString shown = m_window->shownCommunicationId();
    // Read (on screen the read time): the view is in the trail before the package is made.
    QTRY_VERIFY_WITH_TIMEOUT(!entries(QStringLiteral("communication.view")).isEmpty(), 5000);
    const QString zip = m_cache->data.filePath(QStringLiteral("evidence.zip"));
    FileDialog::setNextSavePath(zip);
    QSignalSpy done(workspace, &ComplianceWorkspace::actionFinished);
    QAction *menu = m_window->findChild<QAction *>(QStringLiteral("exportEvidencePackage"));
    QVERIFY(menu);
    menu->trigger();
    QVERIFY(done.wait(10000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(MessageBox::lastText()));
    QVERIFY(FileDialog::lastSuggested().endsWith(QStringLiteral("evidence-%1.zip").arg(shown)));
    const QJsonObject record = QJsonDocument::fromJson(fromZip(zip, QStringLiteral("record.json"))).object();
    QCOMPARE(record.value(QStringLiteral("communication")).toObject().value(QStringLiteral("id")).toString(), shown);
    // The letter was viewed in the window: its package carries that entry.
    const QJsonArray audit = QJsonDocument::fromJson(fromZip(zip, QStringLiteral("audit.json"))).array();
    QVERIFY(std::any_of(audit.begin(), audit.end(), [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("communication.view");
    }));
}

void TestWindowAudit::anExceptionCaseIsOpenedFromTheFindingsList()
{
    {
        // A workflow service that does not answer now: the case is queued, shown as such.
        cache::Database db = cache::CacheFile::openWriter(m_cache->databasePath());
        cache::RepositoryStore(db).add(QStringLiteral("bpm"), QStringLiteral("workflow"),
                                       QStringLiteral("http://127.0.0.1:9/"),
                                       QJsonObject{{QStringLiteral("max_attempts"), 1}});
    }
    auto *context = m_window->recordsContext();
    context->switchRole(records::Role::Compliance);
    QTRY_COMPARE_WITH_TIMEOUT(context->role(), std::optional(records::Role::Compliance), 5000);
    auto *workspace = m_window->findChild<ComplianceWorkspace *>();
    auto *model = workspace->findingsModel();
    workspace->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model->report().ranAt != 0, 5000);
    const int undelivered = int(compliance::allKinds().indexOf(compliance::FindingKind::Undelivered));
    QVERIFY(model->rowCount(model->index(undelivered, 0)) > 0);
    const QModelIndex finding = model->index(0, 0, model->index(undelivered, 0));
    workspace->findingsView()->setCurrentIndex(finding);
    auto *button = workspace->findChild<QPushButton *>(QStringLiteral("openExceptionCase"));
    QVERIFY(button && button->isEnabled());
    QSignalSpy done(workspace, &ComplianceWorkspace::actionFinished);
    workspace->openExceptionCase(QStringLiteral("bounced; customer to be called"));
    QVERIFY(done.wait(15000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(MessageBox::lastText()));
    QCOMPARE(
        model->index(0, compliance::FindingsTreeModel::ExceptionCase, model->index(undelivered, 0)).data().toString(),
        QStringLiteral("case queued"));
    QVERIFY(!button->isEnabled()); // one case per finding
    QCOMPARE(entries(QStringLiteral("exception_case.open")).size(), 1);
    QCOMPARE(entries(QStringLiteral("exception_case.open")).first().role, QStringLiteral("compliance"));
}

void TestWindowAudit::theRoleInTheStatusBarIsTheRoleActedIn()
{
    auto *context = m_window->recordsContext();
    QSignalSpy changed(context, &itemmodels::RecordsContext::roleChanged);
    context->switchRole(records::Role::Compliance);
    QVERIFY(changed.wait(5000));
    QCOMPARE(context->role(), std::optional(records::Role::Compliance));
    const QString shown = selectFirst();
    QTRY_VERIFY_WITH_TIMEOUT(!entries(QStringLiteral("communication.view")).isEmpty(), 5000);
    QCOMPARE(entries(QStringLiteral("communication.view")).last().role, QStringLiteral("compliance"));
    QCOMPARE(entries(QStringLiteral("communication.view")).last().objectId, shown);

    // As an agent, exporting a finding's review is refused, and recorded as the agent's.
    context->switchRole(records::Role::Agent);
    QTRY_COMPARE_WITH_TIMEOUT(context->role(), std::optional(records::Role::Agent), 5000);
    auto *workspace = m_window->findChild<ComplianceWorkspace *>();
    const QString zip = m_cache->data.filePath(QStringLiteral("report.csv"));
    FileDialog::setNextSavePath(zip);
    QSignalSpy done(workspace, &ComplianceWorkspace::actionFinished);
    workspace->exportAuditReport();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY(!QFile::exists(zip));
    cache::Database db = cache::CacheFile::openWriter(m_cache->databasePath());
    QCOMPARE(db.queryInt("SELECT count(*) FROM rec.audit_entries WHERE action = 'findings.run' AND outcome = 'refused' "
                         "AND role = 'agent'"),
             qint64(1));
}

void TestWindowAudit::aSyncReadsTheRecordsViewsAgain()
{
    auto *tabs = qobject_cast<QTabWidget *>(m_window->centralWidget());
    auto *records = m_window->findChild<RecordsWorkspace *>();
    QVERIFY(tabs && records);
    QSignalSpy refreshed(records->reissueQueue(), &ReissueQueueView::refreshed);
    tabs->setCurrentWidget(records); // the reissue queue is read when first shown
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
    refreshed.clear();
    auto *sync = m_window->findChild<SyncController *>(QStringLiteral("syncController"));
    QVERIFY(sync);
    QSignalSpy finished(sync, &SyncController::finished);
    m_window->action(QStringLiteral("syncNow"))->trigger();
    QVERIFY(finished.wait(20000));
    // The upkeep may have changed requests: the queue on screen is read again.
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
}

QTEST_MAIN(TestWindowAudit)
#include "tst_windowaudit.moc"
