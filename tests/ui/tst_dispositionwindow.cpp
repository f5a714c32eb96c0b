// Disposition as a records manager does it in the window (issue 13): the confirmation never
// has the destructive button as its default nor a reason filled in; once approved, the
// status bar's counts and the results follow; and a search for a disposed id says what
// became of it (when, by whom, under which class, which certificate) instead of "0".
#include "compliance/complianceworkspace.h"
#include "compliance/findingstreemodel.h"
#include "itemmodels/records/dispositionmodel.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "records/dispositionview.h"
#include "records/reasondialog.h"
#include "records/recordsworkspace.h"
#include "records/tombstones.h"
#include "recordsfixture.h"
#include "searchbar.h"
#include "tombstonenotice.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace proofdesk;
using records::Role;

namespace {

// Statements under FIN-7Y (seven years from issue): the EXS-OLD ones of 2012 are due for
// disposition, EXS-NEW of 2025 is not.
void addLetters(RecordsFixture &f, std::initializer_list<const char *> ids)
{
    const QJsonObject fin{
        {QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}}}};
    const QHash<QString, QString> issued{{QStringLiteral("EXS-OLD-1"), QStringLiteral("2012-03-01T09:00:00Z")},
                                         {QStringLiteral("EXS-OLD-2"), QStringLiteral("2012-04-01T09:00:00Z")},
                                         {QStringLiteral("EXS-NEW"), QStringLiteral("2025-03-01T09:00:00Z")}};
    for (const char *id : ids)
        f.addCommunication(QLatin1String(id), issued.value(QLatin1String(id)), fin);
    f.import();
}

} // namespace

class TestDispositionWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theReasonDialogNeverDestroysByDefault();
    void approvalUpdatesCountsAndLeavesATombstoneASearchShows();
    void theReviewIsRecordedOncePerOpening();
    void theFindingsFollowADisposition();
    void singleIdOfAQuery_data();
    void singleIdOfAQuery();
};

void TestDispositionWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dispositionwindow"));
    QSettings().clear();
    qputenv("USER", "rita"); // the window's person
}

void TestDispositionWindow::theReasonDialogNeverDestroysByDefault()
{
    ReasonDialog dialog(QStringLiteral("Approve Disposition"), QStringLiteral("Dispose of 2?"),
                        QStringLiteral("Dispose of 2"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.reasonEdit()->text().isEmpty()); // not pre-filled
    QVERIFY(!dialog.actionButton()->isEnabled());   // nothing to record yet
    QVERIFY(!dialog.actionButton()->isDefault());
    QVERIFY(!dialog.actionButton()->autoDefault());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("end of retention"));
    QVERIFY(dialog.actionButton()->isEnabled());
    QVERIFY(!dialog.actionButton()->isDefault());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return); // Return is not "dispose"
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(dialog.reason(), QStringLiteral("end of retention"));
}

void TestDispositionWindow::approvalUpdatesCountsAndLeavesATombstoneASearchShows()
{
    RecordsFixture f;
    addLetters(f, {"EXS-OLD-1", "EXS-OLD-2", "EXS-NEW"});
    f.grant(QStringLiteral("rita"), Role::Records);
    MainWindow window(f.folder->databasePath(), f.data.path());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.cacheSummaryText().startsWith(QStringLiteral("3 communications")), 5000);

    auto *workspace = window.findChild<RecordsWorkspace *>();
    QVERIFY(workspace);
    DispositionView *view = workspace->disposition();
    QTRY_VERIFY_WITH_TIMEOUT(window.recordsContext()->permits(records::Action::ReviewDisposition), 5000);
    QSignalSpy refreshed(view, &DispositionView::refreshed);
    view->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(view->model()->rowCount(), 2);

    // The result's label (a Tab stop: it holds a link) is there only once there is a result.
    auto *result = view->findChild<QLabel *>(QStringLiteral("dispositionResult"));
    QVERIFY(result);
    QVERIFY(result->isHidden());
    QSignalSpy approved(view, &DispositionView::approved);
    view->approveSelected(QStringLiteral("end of retention")); // none selected: all listed
    QVERIFY(approved.wait(10000));
    QVERIFY2(approved.first().first().toBool(), qPrintable(MessageBox::lastText()));
    QVERIFY(!result->isHidden());
    QVERIFY2(result->text().contains(QStringLiteral("Batch")), qPrintable(result->text()));
    QTRY_VERIFY_WITH_TIMEOUT(window.cacheSummaryText().startsWith(QStringLiteral("1 communication")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(window.resultsModel()->total(), 1, 5000);

    // Asking for a disposed letter: what became of it.
    QSignalSpy looked(window.tombstoneNotice(), &TombstoneNotice::looked);
    window.searchBar()->setQuery(QStringLiteral("id:exs-old-1"));
    QVERIFY(looked.wait(5000));
    QVERIFY(looked.last().first().toBool());
    QVERIFY(window.tombstoneNotice()->isVisible());
    const QString notice = window.tombstoneNotice()->text();
    for (const QString &part : {QStringLiteral("EXS-OLD-1 was disposed of"), QStringLiteral("rita"),
                                QStringLiteral("FIN-7Y"), QStringLiteral("Certificate")})
        QVERIFY2(notice.contains(part), qPrintable(notice));
    const auto t = records::findTombstone(f.writer, QStringLiteral("EXS-OLD-1"));
    QVERIFY(t);
    QVERIFY2(notice.contains(t->batchId), qPrintable(notice));

    // A search that finds something, or a word that is no id: no notice.
    window.searchBar()->setQuery(QStringLiteral("EXS-NEW"));
    QTRY_COMPARE_WITH_TIMEOUT(window.resultsModel()->total(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.tombstoneNotice()->isVisible(), 5000);
    window.searchBar()->setQuery(QStringLiteral("id:EXS-NEVER-WAS"));
    QVERIFY(looked.wait(5000));
    QVERIFY(!looked.last().first().toBool());
    QVERIFY(!window.tombstoneNotice()->isVisible());
}

// The trail says what the person did (#29): one disposition.review when they open the review
// (or press Refresh), none for a role switch, a second look in the same opening, or the list
// read again after their approval (which has its own entry).
void TestDispositionWindow::theReviewIsRecordedOncePerOpening()
{
    RecordsFixture f;
    addLetters(f, {"EXS-OLD-1", "EXS-OLD-2"});
    f.grant(QStringLiteral("rita"), Role::Compliance);
    f.grant(QStringLiteral("rita"), Role::Records);
    const auto reviews = [&f] {
        return f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'disposition.review'");
    };
    MainWindow window(f.folder->databasePath(), f.data.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *context = window.recordsContext();
    QTRY_VERIFY_WITH_TIMEOUT(context->loaded(), 5000);
    context->switchRole(Role::Records); // while the review is not on screen
    QTRY_COMPARE_WITH_TIMEOUT(context->role(), std::optional(Role::Records), 5000);
    QTest::qWait(300);
    QCOMPARE(reviews(), 0);

    auto *workspace = window.findChild<RecordsWorkspace *>();
    DispositionView *view = workspace->disposition();
    view->setReviewAfterMs(400);
    QSignalSpy refreshed(view, &DispositionView::refreshed);
    // Passed over on the way to the audit trail (#41): on screen for a moment, not a review.
    window.action(QStringLiteral("showDisposition"))->trigger();
    QVERIFY(refreshed.wait(5000));
    window.action(QStringLiteral("showAuditTrail"))->trigger();
    QTest::qWait(800);
    QCOMPARE(reviews(), 0);

    refreshed.clear();
    window.action(QStringLiteral("showDisposition"))->trigger(); // the person opens it, and stays
    QVERIFY(refreshed.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(reviews(), 1, 5000);
    QTest::qWait(600);
    QCOMPARE(reviews(), 1);
    QCOMPARE(view->model()->rowCount(), 2);

    // Switching role away and back while looking at it: the same look.
    refreshed.clear();
    context->switchRole(Role::Compliance);
    QTRY_COMPARE_WITH_TIMEOUT(context->role(), std::optional(Role::Compliance), 5000);
    context->switchRole(Role::Records);
    QTRY_COMPARE_WITH_TIMEOUT(context->role(), std::optional(Role::Records), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
    QTest::qWait(600);
    QCOMPARE(reviews(), 1);

    auto *approve = view->findChild<QPushButton *>(QStringLiteral("approveDisposition"));
    QVERIFY(approve);
    QVERIFY(approve->isEnabled());

    // The approval is its own entry; the list read after it is not another review.
    QSignalSpy approved(view, &DispositionView::approved);
    refreshed.clear();
    view->approveSelected(QStringLiteral("end of retention"));
    QVERIFY(approved.wait(10000));
    QVERIFY2(approved.first().first().toBool(), qPrintable(MessageBox::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
    QTest::qWait(300);
    QCOMPARE(reviews(), 1);

    // Refresh is the person asking again.
    refreshed.clear();
    auto *refresh = view->findChild<QPushButton *>(QStringLiteral("refreshDisposition"));
    QVERIFY(refresh);
    refresh->click();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(reviews(), 2);
    // Nothing is eligible now: Approve would do nothing, and says so (#64).
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!approve->isEnabled());
    QCOMPARE(approve->toolTip(), QStringLiteral("No communication is eligible for disposition"));
}

// After a disposition the Compliance tab's findings are read again (#29): the disposed
// letters are no longer "past retention", without pressing Run Checks.
void TestDispositionWindow::theFindingsFollowADisposition()
{
    RecordsFixture f;
    addLetters(f, {"EXS-OLD-1", "EXS-OLD-2", "EXS-NEW"});
    f.grant(QStringLiteral("rita"), Role::Records);
    MainWindow window(f.folder->databasePath(), f.data.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.recordsContext()->permits(records::Action::ApproveDisposition), 5000);
    auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
    auto *compliance = window.findChild<ComplianceWorkspace *>();
    QVERIFY(tabs && compliance);
    compliance::FindingsTreeModel *findings = compliance->findingsModel();
    const QModelIndex overdue =
        findings->index(int(compliance::allKinds().indexOf(compliance::FindingKind::RetentionOverdue)), 0);
    tabs->setCurrentWidget(compliance); // the checks run when first shown
    QTRY_COMPARE_WITH_TIMEOUT(findings->rowCount(overdue), 2, 5000);
    const qint64 firstRun = findings->report().ranAt;

    tabs->setCurrentWidget(window.findChild<RecordsWorkspace *>());
    DispositionView *view = window.findChild<RecordsWorkspace *>()->disposition();
    QSignalSpy refreshed(view, &DispositionView::refreshed);
    view->refresh();
    QVERIFY(refreshed.wait(5000));
    QSignalSpy approved(view, &DispositionView::approved);
    view->approveSelected(QStringLiteral("end of retention"));
    QVERIFY(approved.wait(10000));
    QVERIFY2(approved.first().first().toBool(), qPrintable(MessageBox::lastText()));

    tabs->setCurrentWidget(compliance);
    QTRY_VERIFY_WITH_TIMEOUT(findings->report().ranAt != firstRun, 5000);
    QCOMPARE(findings->rowCount(overdue), 0);
    QVERIFY2(compliance->statusText().startsWith(
                 QStringLiteral("%1 findings over 1 communications").arg(findings->report().findings.size())),
             qPrintable(compliance->statusText()));
}

void TestDispositionWindow::singleIdOfAQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::newRow("bare id") << "EXS-2026-09-000048"
                             << "EXS-2026-09-000048";
    QTest::newRow("id field") << "id:EXS-1"
                              << "EXS-1";
    QTest::newRow("quoted") << "id:\"EXS-1\""
                            << "EXS-1";
    QTest::newRow("spaces around") << "  EXS-1 "
                                   << "EXS-1";
    QTest::newRow("a word is text, not an id") << "garcia"
                                               << "";
    QTest::newRow("id field with a word") << "id:abc"
                                          << "abc";
    QTest::newRow("two terms") << "EXS-1 garcia"
                               << "";
    QTest::newRow("another field") << "type:statement"
                                   << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestDispositionWindow::singleIdOfAQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    QCOMPARE(records::singleIdOf(query), id);
}

QTEST_MAIN(TestDispositionWindow)
#include "tst_dispositionwindow.moc"
