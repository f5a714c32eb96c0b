// The Records and Compliance workspaces built alone, without the main window (issue #42 item
// 3): each takes a records context and a ReviewSelection, and says by its signals what the
// window should do. The window places them; here a test does.
#include "compliance/compliancetab.h"
#include "compliance/complianceworkspace.h"
#include "compliance/findingstreemodel.h"
#include "itemmodels/records/recordscontext.h"
#include "loadedcontext.h"
#include "records/recordstab.h"
#include "records/recordsworkspace.h"
#include "records/reissuequeueview.h"
#include "recordsfixture.h"
#include "reviewselection.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;
using records::Role;

class TestWorkspaceTabs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aRecordsTabIsBuiltAlone();
    void theRecordsActionsFollowTheRole_data();
    void theRecordsActionsFollowTheRole();
    void aComplianceTabIsBuiltAlone();
    void evidenceIsExportedOnlyForWhatIsInFront();

private:
    std::unique_ptr<RecordsFixture> m_f;
    FixedReviewSelection m_review;
};

void TestWorkspaceTabs::init()
{
    m_f = std::make_unique<RecordsFixture>();
    m_f->addCommunication(QStringLiteral("WT-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    m_f->import();
    m_review = FixedReviewSelection();
    m_review.record = QJsonObject{{QStringLiteral("id"), QStringLiteral("WT-1")},
                                  {QStringLiteral("customer_id"), QStringLiteral("C-1")}};
    m_review.search = QStringLiteral("customer:C-1");
}

void TestWorkspaceTabs::cleanup() { m_f.reset(); }

void TestWorkspaceTabs::aRecordsTabIsBuiltAlone()
{
    m_f->grant(QStringLiteral("rita"), Role::Records);
    auto ctx = loadedContext(*m_f, QStringLiteral("rita"));
    QWidget host;
    RecordsTab tab(ctx.get(), &m_review, &host);
    QCOMPARE(tab.workspace()->count(), 4);
    QCOMPARE(tab.statusWidgets().size(), 2);
    QCOMPARE(tab.communicationActions().size(), 2);

    // A view's menu entry asks to be in front and shows that view.
    QSignalSpy front(&tab, &RecordsTab::frontRequested);
    auto *audit = tab.menu()->findChild<QAction *>(QStringLiteral("showAuditTrail"));
    QVERIFY(audit);
    QCOMPARE(audit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    audit->trigger();
    QCOMPARE(front.size(), 1);
    QCOMPARE(tab.workspace()->currentIndex(), 3);

    // What the window acts on comes out as signals.
    QSignalSpy open(&tab, &RecordsTab::communicationRequested);
    emit tab.workspace()->reissueQueue()->communicationRequested(QStringLiteral("WT-1"));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("WT-1"));
    QSignalSpy rows(&tab, &RecordsTab::loadedRowsChanged);
    emit ctx->teamRecordsChanged();
    QCOMPARE(rows.size(), 1);
}

void TestWorkspaceTabs::theRecordsActionsFollowTheRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("reissue");
    QTest::addColumn<bool>("hold");
    QTest::newRow("agent") << int(Role::Agent) << true << false;
    QTest::newRow("records manager") << int(Role::Records) << false << true;
}

void TestWorkspaceTabs::theRecordsActionsFollowTheRole()
{
    QFETCH(int, role);
    QFETCH(bool, reissue);
    QFETCH(bool, hold);
    m_f->grant(QStringLiteral("abe"), Role(role));
    auto ctx = loadedContext(*m_f, QStringLiteral("abe"));
    QWidget host;
    RecordsTab tab(ctx.get(), &m_review, &host);
    const QList<QAction *> actions = tab.communicationActions();
    QCOMPARE(actions.at(0)->objectName(), QStringLiteral("requestReissue"));
    QCOMPARE(actions.at(0)->isEnabled(), reissue);
    QCOMPARE(actions.at(1)->objectName(), QStringLiteral("applyLegalHold"));
    QCOMPARE(actions.at(1)->isEnabled(), hold);
}

void TestWorkspaceTabs::aComplianceTabIsBuiltAlone()
{
    m_f->grant(QStringLiteral("cora"), Role::Compliance);
    auto ctx = loadedContext(*m_f, QStringLiteral("cora"));
    QWidget host;
    ComplianceTab tab(ctx.get(), &m_review, &host);
    QCOMPARE(tab.workspace()->findingsModel()->report().ranAt, 0); // not at construction
    tab.shown();
    QTRY_VERIFY_WITH_TIMEOUT(tab.workspace()->findingsModel()->report().ranAt != 0, 10000);

    QSignalSpy search(&tab, &ComplianceTab::searchRequested);
    QSignalSpy open(&tab, &ComplianceTab::communicationRequested);
    emit tab.workspace()->searchRequested(QStringLiteral("type:statement"));
    emit tab.workspace()->communicationRequested(QStringLiteral("WT-1"));
    QCOMPARE(search.size(), 1);
    QCOMPARE(open.size(), 1);
    QSignalSpy front(&tab, &ComplianceTab::frontRequested);
    tab.menu()->findChild<QAction *>(QStringLiteral("showCompliance"))->trigger();
    QCOMPARE(front.size(), 1);
}

// Review not in front and Compliance not current: Ctrl+Shift+E brings Review forward and
// exports nothing (a letter nobody sees is never exported).
void TestWorkspaceTabs::evidenceIsExportedOnlyForWhatIsInFront()
{
    m_f->grant(QStringLiteral("cora"), Role::Compliance);
    auto ctx = loadedContext(*m_f, QStringLiteral("cora"));
    QWidget host;
    ComplianceTab tab(ctx.get(), &m_review, &host);
    tab.workspace()->hide(); // another workspace is in front
    m_review.inFront = false;
    QSignalSpy review(&tab, &ComplianceTab::reviewRequested);
    QSignalSpy message(&tab, &ComplianceTab::statusMessage);
    QSignalSpy finished(tab.workspace(), &ComplianceWorkspace::actionFinished);
    tab.exportEvidenceInFront();
    QCOMPARE(review.size(), 1);
    QCOMPARE(message.size(), 1);
    QVERIFY(!finished.wait(300));
    QCOMPARE(m_f->count("SELECT count(*) FROM rec.audit_entries WHERE action LIKE 'evidence%'"), 0);
}

QTEST_MAIN(TestWorkspaceTabs)
#include "tst_workspacetabs.moc"
