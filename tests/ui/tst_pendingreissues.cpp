// Issue 29 item 12: a reissue that has not ended is shown on its letter, a mark in the
// results' delivery column and a row in Details (status, who asked, when, where to), read
// through the records store as the reissue queue reads it, and following the queue: a
// request made in the window, another person's read again, a decision or a withdrawal.
#include "cachefixture.h"
#include "detailpane.h"
#include "itemmodels/records/pendingreissues.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/records/reissuequeuemodel.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "records/identity.h"
#include "records/recordsactions.h"
#include "records/recordsworkspace.h"
#include "records/reissuequeueview.h"
#include "records/rolegrants.h"
#include "resultsview.h"
#include "searchbar.h"
#include "services/actionrunner.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace proofdesk;
using itemmodels::PendingReissues;
using itemmodels::ResultsModel;
using records::Role;

class TestPendingReissues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aRequestMadeHereIsMarkedAndListed_data();
    void aRequestMadeHereIsMarkedAndListed();
    void theQueueDecidesWhetherItStaysMarked_data();
    void theQueueDecidesWhetherItStaysMarked();
    void readingWhatIsPendingRecordsNothing();

private:
    // Someone else (carol, an agent) asks to resend `id` to another address (needs approval).
    records::ReissueRequest requestAsCarol(const QString &id);
    records::ReissueRequest requestInTheWindow(const QString &id, bool changed);
    void showOnly(const QString &id);
    bool marked(const QString &id) const;
    QAbstractItemModel *metadata() const;
    // Details' "Pending reissue" value for the shown letter; empty when none.
    QString detailsRow() const;
    qint64 auditEntries() const;

    std::unique_ptr<CacheFixture> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void TestPendingReissues::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pendingreissues"));
}

void TestPendingReissues::init()
{
    QSettings().clear();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_cache = std::make_unique<CacheFixture>(12);
    m_window = std::make_unique<MainWindow>(m_cache->databasePath(), m_cache->dataDir());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The folder was unclaimed: its first user (this OS account) got every role, agent first.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->recordsContext()->loaded(), 5000);
    QSignalSpy read(m_window->pendingReissues(), &PendingReissues::read);
    QVERIFY(read.wait(5000)); // the first read once the roles are known: nothing pending
    QVERIFY(m_window->pendingReissues()->communicationIds().isEmpty());
}

void TestPendingReissues::cleanup()
{
    m_window.reset();
    m_cache.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

records::ReissueRequest TestPendingReissues::requestAsCarol(const QString &id)
{
    {
        cache::Database writer = cache::CacheFile::openWriter(m_cache->databasePath());
        records::grantAsSystem(writer, records::Identity{QStringLiteral("carol"), QStringLiteral("os"), {}},
                               {Role::Agent}, QStringLiteral("test setup"));
    }
    records::ReissueRequest request;
    services::ActionRunner(m_cache->databasePath(), m_cache->dataDir())
        .run({records::Identity{QStringLiteral("carol"), QStringLiteral("os"), {}}, Role::Agent},
             records::Action::RequestReissue, [&](services::ActionContext &a) {
                 request = a.records.reissues().requestReissue(
                     {id, QStringLiteral("resend"), QStringLiteral("customer moved"), QStringLiteral("email"),
                      QStringLiteral("new@example.org")});
             });
    return request;
}

records::ReissueRequest TestPendingReissues::requestInTheWindow(const QString &id, bool changed)
{
    auto *actions = m_window->findChild<RecordsActions *>();
    Q_ASSERT(actions);
    QSignalSpy done(actions, &RecordsActions::reissueDone);
    actions->submitReissue({id, QStringLiteral("resend"), QStringLiteral("lost in the post"),
                            changed ? QStringLiteral("email") : QString(),
                            changed ? QStringLiteral("new@example.org") : QString()});
    if (!done.wait(5000) || !done.first().at(0).toBool())
        qWarning("the request failed: %s", qPrintable(MessageBox::lastText()));
    return done.isEmpty() ? records::ReissueRequest() : done.first().at(1).value<records::ReissueRequest>();
}

void TestPendingReissues::showOnly(const QString &id)
{
    ResultsModel *model = m_window->resultsModel();
    m_window->searchBar()->setQuery(QStringLiteral("id:%1").arg(id));
    QTRY_VERIFY_WITH_TIMEOUT(model->total() == 1 && model->shownQuery() == model->query(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(ResultsModel::LoadedRole).toBool(), 5000);
    QSignalSpy shown(m_window->detailPane(), &DetailPane::detailShown);
    m_window->resultsView()->setFocus();
    m_window->resultsView()->stepCurrent(1);
    QVERIFY(!shown.isEmpty() || shown.wait(5000));
    QCOMPARE(m_window->detailPane()->shownId(), id);
}

bool TestPendingReissues::marked(const QString &id) const
{
    ResultsModel *model = m_window->resultsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex status = model->index(row, ResultsModel::StatusColumn);
        if (model->index(row, ResultsModel::IdColumn).data().toString() == id)
            return status.data(ResultsModel::ReissuePendingRole).toBool();
    }
    return false;
}

QAbstractItemModel *TestPendingReissues::metadata() const
{
    for (QTableView *view : m_window->detailPane()->findChildren<QTableView *>()) {
        if (view->accessibleName() == QLatin1String("Metadata"))
            return view->model();
    }
    return nullptr;
}

QString TestPendingReissues::detailsRow() const
{
    QAbstractItemModel *model = metadata();
    for (int r = 0; model && r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == QLatin1String("Pending reissue"))
            return model->index(r, 1).data().toString();
    }
    return {};
}

qint64 TestPendingReissues::auditEntries() const
{
    cache::Database db = cache::CacheFile::openWriter(m_cache->databasePath());
    return db.queryInt("SELECT count(*) FROM rec.audit_entries");
}

void TestPendingReissues::aRequestMadeHereIsMarkedAndListed_data()
{
    QTest::addColumn<bool>("changed");
    QTest::addColumn<QString>("whereTo");
    QTest::newRow("to another address: awaiting approval") << true << QStringLiteral("to Email new@example.org");
    QTest::newRow("to the original destination: sent at once")
        << false << QStringLiteral("to the original destination");
}

void TestPendingReissues::aRequestMadeHereIsMarkedAndListed()
{
    QFETCH(bool, changed);
    QFETCH(QString, whereTo);
    const QString id = CacheFixture::idFor(4);
    showOnly(id);
    QAbstractItemModelTester tester(m_window->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!marked(id));
    QVERIFY(detailsRow().isEmpty());
    QAbstractItemModelTester detailsTester(metadata(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy changedSet(m_window->pendingReissues(), &PendingReissues::changed);
    const records::ReissueRequest request = requestInTheWindow(id, changed);
    QVERIFY(request.isPending());
    QVERIFY(changedSet.wait(5000)); // read again after the action, with no refresh asked here
    QTRY_VERIFY(marked(id));
    QVERIFY(
        m_window->resultsModel()->index(0, ResultsModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(id));
    // Details, without selecting the letter again: status, who, when, where to.
    QTRY_VERIFY(!detailsRow().isEmpty());
    const QString row = detailsRow();
    for (const QString &part :
         {itemmodels::ReissueQueueModel::statusText(request.status), records::Identity::fromOperatingSystem().user,
          QStringLiteral("resend"), QStringLiteral("UTC"), whereTo})
        QVERIFY2(row.contains(part), qPrintable(row + QStringLiteral(" lacks ") + part));
}

void TestPendingReissues::theQueueDecidesWhetherItStaysMarked_data()
{
    QTest::addColumn<bool>("ownRequest");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<bool>("stillMarked");
    QTest::newRow("withdrawn by the requester") << true << QStringLiteral("withdraw") << false;
    QTest::newRow("rejected by an officer") << false << QStringLiteral("reject") << false;
    QTest::newRow("approved by an officer: on its way") << false << QStringLiteral("approve") << true;
}

void TestPendingReissues::theQueueDecidesWhetherItStaysMarked()
{
    QFETCH(bool, ownRequest);
    QFETCH(QString, decision);
    QFETCH(bool, stillMarked);
    const QString id = CacheFixture::idFor(5);
    showOnly(id);
    records::ReissueRequest request;
    if (ownRequest) {
        request = requestInTheWindow(id, true);
    } else {
        // Another person's request in this folder (the command-line client, say): read again
        // when the window's records change or it is asked to.
        request = requestAsCarol(id);
        m_window->pendingReissues()->refresh();
    }
    QCOMPARE(request.status, QStringLiteral("pending_approval"));
    QTRY_VERIFY_WITH_TIMEOUT(marked(id), 5000);
    QTRY_VERIFY(detailsRow().contains(QStringLiteral("Awaiting approval")));

    if (!ownRequest) {
        QSignalSpy role(m_window->recordsContext(), &itemmodels::RecordsContext::roleChanged);
        m_window->recordsContext()->switchRole(Role::Compliance);
        QVERIFY(role.wait(5000));
    }
    ReissueQueueView *queue = m_window->findChild<RecordsWorkspace *>()->reissueQueue();
    QSignalSpy refreshed(queue, &ReissueQueueView::refreshed);
    queue->refresh();
    QVERIFY(refreshed.wait(5000));
    queue->selectRequest(request.id);
    QSignalSpy changedSet(m_window->pendingReissues(), &PendingReissues::changed);
    if (decision == QLatin1String("withdraw"))
        queue->withdrawSelected(QStringLiteral("the customer called back"));
    else if (decision == QLatin1String("reject"))
        queue->rejectSelected(QStringLiteral("address not verified"));
    else
        queue->approveSelected(QStringLiteral("address verified"));
    QVERIFY(changedSet.wait(5000)); // the set or the request's status changed
    QTRY_COMPARE(marked(id), stillMarked);
    QTRY_COMPARE(detailsRow().isEmpty(), !stillMarked);
    if (stillMarked)
        QVERIFY2(!detailsRow().contains(QStringLiteral("Awaiting approval")), qPrintable(detailsRow()));
}

// The set is read as the queue is, but it is nobody's act: the trail stays as it was.
void TestPendingReissues::readingWhatIsPendingRecordsNothing()
{
    requestAsCarol(CacheFixture::idFor(6));
    const qint64 before = auditEntries();
    QSignalSpy read(m_window->pendingReissues(), &PendingReissues::read);
    m_window->pendingReissues()->refresh();
    QVERIFY(read.wait(5000));
    QVERIFY(m_window->pendingReissues()->contains(CacheFixture::idFor(6)));
    QCOMPARE(m_window->pendingReissues()->of(CacheFixture::idFor(6)).first().requestedBy, QStringLiteral("carol"));
    QCOMPARE(auditEntries(), before);
}

QTEST_MAIN(TestPendingReissues)
#include "tst_pendingreissues.moc"
