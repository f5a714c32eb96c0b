// "Search the Repositories Too" in the main window (issue #28), against the fake CMIS server
// over real HTTP: a desk whose sync scope keeps only statements asks the repository for the
// rest. The repository's rows follow the cached ones, marked "In net" and counted apart; the
// search can be cancelled; a repository that cannot be reached is named while the cached
// results stay; Keep Offline and opening a row bring communications into the cache; every
// remote search is in the audit trail as `proofdesk-cli search --remote` records it. The
// results model is checked by QAbstractItemModelTester all along.
#include "../network/networkfixture.h"
#include "audit/audittrail.h"
#include "detailpane.h"
#include "fakecmisserver.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "remotesearchcontrols.h"
#include "remotesearchnotice.h"
#include "resultsview.h"
#include "searchbar.h"
#include "services/documentfetchjob.h"
#include "services/remotesearchjob.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace proofdesk;
using itemmodels::ResultsModel;
using services::RemoteSearchJob;

namespace {

const char *const kNames[] = {"Anna Garcia", "Bruno Muller", "Carla Jones", "Dmitri Garcia", "Elena Brown"};
const char *const kTypes[] = {"statement", "notice", "letter"};
constexpr int kCorpus = 60;
constexpr qint64 kStart = 1735689600000; // 2025-01-01
constexpr qint64 kStep = 86400000 + 3600000;

QString docId(int i) { return QStringLiteral("DOC-%1").arg(i, 3, 10, QLatin1Char('0')); }

// The garcias the repository holds outside the desk's scope (not statements), newest first.
QStringList remoteGarcias()
{
    QStringList ids;
    for (int i = kCorpus - 1; i >= 0; --i) {
        if ((i % 5 == 0 || i % 5 == 3) && i % 3 != 0)
            ids << docId(i);
    }
    return ids;
}

} // namespace

class TestRemoteSearchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theToggleAddsTheRepositorysRowsMarkedAndCountedApart();
    void sortingMovesTheCachedRowsOnly();
    void aSearchOfTheRepositoriesCanBeCancelled();
    void cancelEndsTheSearchOfASilentRepository();
    void aStatusMessageNeitherHidesNorCoversTheSearchOfTheRepositories();
    void anUnreachableRepositoryIsNamedAndTheCachedResultsStay();
    void keepOfflineMakesRowsCachedAndALaterSearchFindsThem();
    void openingARepositorysRowKeepsItOfflineAndFetchesItsDocument();
    void everyRemoteSearchIsInTheAuditTrail();

private:
    void waitForTotal(qint64 expected);
    // Turns the toggle on for `query` and waits for the repository's answer.
    services::RemoteSearchResult searchRemotely(const QString &query);
    int rowOf(const QString &id) const;
    QStringList remoteIdsShown() const;
    QList<audit::AuditEntry> searchEntries();

    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
    std::unique_ptr<NetRun> m_desk;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRemoteSearchWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_remotesearchwindow"));
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_server->start());
    for (int i = 0; i < kCorpus; ++i)
        m_server->addDocument(docId(i),
                              {{QStringLiteral("exs:recipientName"), QLatin1String(kNames[i % 5])},
                               {QStringLiteral("exs:documentType"), QLatin1String(kTypes[i % 3])},
                               {QStringLiteral("exs:issuedAt"), double(kStart + i * kStep)}},
                              "%PDF-1.4 x");
}

void TestRemoteSearchWindow::init()
{
    QSettings().clear();
    m_desk = std::make_unique<NetRun>(QStringLiteral("cmis"), m_server->serviceUrl(),
                                      QJsonObject{{QStringLiteral("scope"), QStringLiteral("type:statement")}});
    m_desk->sync();
    QCOMPARE(m_desk->count("SELECT COUNT(*) FROM communications"), kCorpus / 3);
    m_window = std::make_unique<MainWindow>(m_desk->folder.databasePath(), m_desk->data.path());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->resultsModel(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->accessRecorder()->setSettleMs(50);
    m_window->remoteSearch()->setSettleMs(0);
    m_window->remoteSearch()->job()->setUseKeychain(false);
    m_window->remoteSearch()->job()->setHttpDefaults(NetRun::fastHttp());
    m_window->detailPane()->documentFetchJob()->setUseKeychain(false);
    m_window->detailPane()->documentFetchJob()->setHttpDefaults(NetRun::fastHttp());
    m_window->searchBar()->setDebounceMs(10);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->recordsContext()->loaded(), 5000);
    waitForTotal(kCorpus / 3);
}

void TestRemoteSearchWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_desk.reset();
}

void TestRemoteSearchWindow::waitForTotal(qint64 expected)
{
    ResultsModel *model = m_window->resultsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->total(), expected, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model->hasAllRowIds() && model->shownQuery() == model->query(), 5000);
}

services::RemoteSearchResult TestRemoteSearchWindow::searchRemotely(const QString &query)
{
    QSignalSpy finished(m_window->remoteSearch()->job(), &RemoteSearchJob::finished);
    m_window->searchBar()->setQuery(query);
    m_window->remoteSearch()->toggleAction()->setChecked(true);
    if (finished.isEmpty() && !finished.wait(10000))
        return {};
    return finished.constFirst().at(1).value<services::RemoteSearchResult>();
}

int TestRemoteSearchWindow::rowOf(const QString &id) const
{
    const ResultsModel *model = m_window->resultsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ResultsModel::CommunicationIdRole).toString() == id)
            return row;
    }
    return -1;
}

QStringList TestRemoteSearchWindow::remoteIdsShown() const
{
    const ResultsModel *model = m_window->resultsModel();
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ResultsModel::RemoteRole).toBool())
            ids << model->index(row, 0).data(ResultsModel::CommunicationIdRole).toString();
    }
    return ids;
}

QList<audit::AuditEntry> TestRemoteSearchWindow::searchEntries()
{
    cache::Database db = cache::CacheFile::openWriter(m_desk->folder.databasePath());
    audit::AuditFilter filter;
    filter.action = QStringLiteral("search");
    return audit::AuditTrail(db).entries(filter);
}

void TestRemoteSearchWindow::theToggleAddsTheRepositorysRowsMarkedAndCountedApart()
{
    const services::RemoteSearchResult result = searchRemotely(QStringLiteral("garcia"));
    QCOMPARE(result.repositories.size(), 1);
    QVERIFY2(result.repositories.first().error.isEmpty(), qPrintable(result.repositories.first().error));
    ResultsModel *model = m_window->resultsModel();
    QCOMPARE(model->total(), 8); // the statements among the garcias, cached
    QCOMPARE(model->rowCount(), 8 + 16);
    // The repository's rows after the cached ones, in its newest-first order.
    QCOMPARE(remoteIdsShown(), remoteGarcias());
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool remote = row >= 8;
        QCOMPARE(model->index(row, 0).data(ResultsModel::RemoteRole).toBool(), remote);
        QCOMPARE(model->index(row, ResultsModel::WhereColumn).data().toString(),
                 remote ? QStringLiteral("In net") : QStringLiteral("Cached"));
    }
    QCOMPARE(m_window->searchBar()->totalText(), QStringLiteral("8 cached + 16 in repositories"));
    // Nothing failed, nothing left out; the word is matched by the repository's own full-text
    // search, which the strip says (issue #38: never counted as exact in silence).
    QVERIFY(m_window->remoteSearchNotice()->isVisible());
    QCOMPARE(m_window->remoteSearchNotice()->lines().size(), 1);
    QVERIFY2(m_window->remoteSearchNotice()->text().startsWith(QStringLiteral("Not answered exactly by net: garcia")),
             qPrintable(m_window->remoteSearchNotice()->text()));
    // Its metadata in the detail pane, from the repository's answer; nothing cached by it.
    m_window->resultsView()->selectionModel()->setCurrentIndex(model->index(8, 0), QItemSelectionModel::ClearAndSelect
                                                                                       | QItemSelectionModel::Rows);
    QVERIFY(m_window->detailPane()->showsRemoteHit());
    QVERIFY(m_window->detailPane()->keepOfflineButton()->isVisible());
    QCOMPARE(m_desk->count("SELECT COUNT(*) FROM communications"), kCorpus / 3);
    // Another search: the repository's rows go; turned off, none are asked for.
    m_window->remoteSearch()->toggleAction()->setChecked(false);
    m_window->searchBar()->setQuery(QStringLiteral("muller"));
    waitForTotal(4);
    QCOMPARE(model->rowCount(), 4);
    QVERIFY2(m_window->searchBar()->totalText().startsWith(QStringLiteral("4 communication")),
             qPrintable(m_window->searchBar()->totalText()));
}

void TestRemoteSearchWindow::sortingMovesTheCachedRowsOnly()
{
    searchRemotely(QStringLiteral("garcia"));
    ResultsModel *model = m_window->resultsModel();
    QCOMPARE(model->rowCount(), 24);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    model->sort(ResultsModel::IssuedColumn, Qt::AscendingOrder); // the cached part read backwards
    QVERIFY(!reset.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data(ResultsModel::CommunicationIdRole).toString(), docId(0), 5000);
    QCOMPARE(remoteIdsShown(), remoteGarcias());
    model->sort(ResultsModel::TypeColumn, Qt::AscendingOrder); // searched again in that order
    QTRY_COMPARE_WITH_TIMEOUT(model->shownQuery(), QStringLiteral("garcia"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model->hasAllRowIds(), 5000);
    QCOMPARE(model->total(), 8);
    QCOMPARE(remoteIdsShown(), remoteGarcias());
}

// A repository that does not answer does not hold Cancel up (#41: 69 s against a server
// answering in 30 s): with the request in flight and the connector patient for ten minutes,
// the search is said cancelled, and recorded, as soon as Cancel is pressed.
void TestRemoteSearchWindow::cancelEndsTheSearchOfASilentRepository()
{
    RemoteSearchControls *controls = m_window->remoteSearch();
    QSignalSpy started(controls->job(), &RemoteSearchJob::started);
    QSignalSpy finished(controls->job(), &RemoteSearchJob::finished);
    sync::HttpOptions patient = NetRun::fastHttp();
    patient.timeoutMs = 600000; // silent, not gone: only Cancel ends the wait
    patient.maxAttempts = 1;
    controls->job()->setHttpDefaults(patient);
    const int before = m_server->requestCount();
    m_server->setFaultHook([](const fakeserver::Request &) { return fakeserver::Fault::of(fakeserver::Fault::Hang); });
    const auto restore = qScopeGuard([this] { m_server->clearFaults(); });
    m_window->searchBar()->setQuery(QStringLiteral("type:notice"));
    controls->toggleAction()->setChecked(true);
    QVERIFY(started.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() > before, 60000); // a request is in flight
    controls->cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(1).value<services::RemoteSearchResult>().cancelled);
    QVERIFY(!controls->job()->isRunning());
    QCOMPARE(controls->statusLabel()->text(), QStringLiteral("Search of the repositories cancelled"));
    QTRY_VERIFY_WITH_TIMEOUT(!searchEntries().isEmpty(), 60000); // in the trail at once
}

// #41: "the status bar draws a temporary message over its permanent text". The search of the
// repositories was a normal status widget: a message ("Searched in 12 ms", shown as the local
// total comes) hid it and its Cancel for 4 s, and a search started under a message drew its
// line over the message's. It is permanent now: a message ends before it, and never hides it.
void TestRemoteSearchWindow::aStatusMessageNeitherHidesNorCoversTheSearchOfTheRepositories()
{
    RemoteSearchControls *controls = m_window->remoteSearch();
    QSignalSpy started(controls->job(), &RemoteSearchJob::started);
    QSignalSpy finished(controls->job(), &RemoteSearchJob::finished);
    m_server->setLatency(3000);
    const auto restore = qScopeGuard([this] { m_server->clearFaults(); });
    QStatusBar *bar = m_window->statusBar();
    bar->showMessage(QStringLiteral("A message shown before the search"));
    m_window->searchBar()->setQuery(QStringLiteral("type:notice"));
    controls->toggleAction()->setChecked(true);
    QVERIFY(started.wait(5000));
    QWidget *status = m_window->findChild<QWidget *>(QStringLiteral("remoteSearchStatus"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(bar->currentMessage().startsWith(QStringLiteral("Searched in")), 5000);
    QVERIFY(status->isVisible());
    QVERIFY(status->findChild<QToolButton *>(QStringLiteral("cancelRemoteSearch"))->isVisible());
    // A message while it runs (the window's own, or a later search's timing) leaves it be.
    bar->showMessage(QStringLiteral("Not recorded in the audit trail: the disk is full"), 8000);
    QVERIFY(status->isVisible());
    QVERIFY(status->findChild<QToolButton *>(QStringLiteral("cancelRemoteSearch"))->isVisible());
    controls->cancel();
    QVERIFY(finished.wait(3000));
}

void TestRemoteSearchWindow::aSearchOfTheRepositoriesCanBeCancelled()
{
    RemoteSearchControls *controls = m_window->remoteSearch();
    controls->job()->setPageSize(1); // a request per communication: time to cancel
    connect(controls->job(), &RemoteSearchJob::progress, controls, [controls](int, int, int pages) {
        if (pages == 2)
            controls->cancel();
    });
    const services::RemoteSearchResult result = searchRemotely(QStringLiteral("type:notice"));
    QVERIFY(result.cancelled);
    QVERIFY2(result.hits.size() < kCorpus / 3, qPrintable(QString::number(result.hits.size())));
    QVERIFY(!controls->job()->isRunning());
    QCOMPARE(remoteIdsShown().size(), result.hits.size());
    QVERIFY(m_window->remoteSearchNotice()->isVisible());
    QVERIFY2(m_window->remoteSearchNotice()->text().contains(QStringLiteral("was cancelled")),
             qPrintable(m_window->remoteSearchNotice()->text()));
    QCOMPARE(controls->statusLabel()->text(), QStringLiteral("Search of the repositories cancelled"));
}

void TestRemoteSearchWindow::anUnreachableRepositoryIsNamedAndTheCachedResultsStay()
{
    QTcpServer closed; // a port nobody listens on once closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/cmis/browser").arg(closed.serverPort()));
    closed.close();
    cache::RepositoryStore(m_desk->writer)
        .add(QStringLiteral("down"), QStringLiteral("cmis"), url.toString(),
             QJsonObject{{QStringLiteral("user"), QStringLiteral("tester")}});
    sync::CredentialStore(false).write(QStringLiteral("down"), QStringLiteral("tester"), QStringLiteral("s3cret"));
    const services::RemoteSearchResult result = searchRemotely(QStringLiteral("garcia"));
    QCOMPARE(result.repositories.size(), 2);
    ResultsModel *model = m_window->resultsModel();
    QCOMPARE(model->total(), 8);
    QCOMPARE(remoteIdsShown(), remoteGarcias()); // the other repository's answer stays
    RemoteSearchNotice *notice = m_window->remoteSearchNotice();
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->lines().size(), 2); // and the word net matches by its own rules
    QVERIFY2(notice->text().startsWith(QStringLiteral("down could not be searched: ")), qPrintable(notice->text()));
}

void TestRemoteSearchWindow::keepOfflineMakesRowsCachedAndALaterSearchFindsThem()
{
    searchRemotely(QStringLiteral("garcia"));
    ResultsModel *model = m_window->resultsModel();
    const QStringList kept = remoteGarcias().mid(0, 2);
    ResultsView *view = m_window->resultsView();
    view->selectionModel()->select(QItemSelection(model->index(8, 0), model->index(9, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy shown(m_window->remoteSearch(), &RemoteSearchControls::keptOfflineShown);
    m_window->remoteSearch()->keepOfflineAction()->trigger();
    QVERIFY(shown.wait(10000));
    waitForTotal(10);
    QCOMPARE(m_desk->count("SELECT COUNT(*) FROM communications"), kCorpus / 3 + 2);
    for (const QString &id : kept) {
        const int row = rowOf(id);
        QVERIFY2(row >= 0 && row < 10, qPrintable(id));
        QCOMPARE(model->index(row, ResultsModel::WhereColumn).data().toString(), QStringLiteral("Cached"));
    }
    QCOMPARE(remoteIdsShown(), remoteGarcias().mid(2));
    QCOMPARE(m_window->searchBar()->totalText(), QStringLiteral("10 cached + 14 in repositories"));
    QVERIFY(m_window->remoteSearchNotice()->text().startsWith(QStringLiteral("Kept offline: 2 communication")));
    // A later search of the cache alone finds them.
    m_window->remoteSearch()->toggleAction()->setChecked(false);
    m_window->searchBar()->setQuery(QStringLiteral("id:") + kept.first());
    waitForTotal(1);
    QCOMPARE(model->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data(ResultsModel::CommunicationIdRole).toString(), kept.first(),
                              5000);
    QCOMPARE(model->index(0, ResultsModel::WhereColumn).data().toString(), QStringLiteral("Cached"));
}

void TestRemoteSearchWindow::openingARepositorysRowKeepsItOfflineAndFetchesItsDocument()
{
    searchRemotely(QStringLiteral("garcia"));
    ResultsModel *model = m_window->resultsModel();
    const QString id = remoteGarcias().first();
    ResultsView *view = m_window->resultsView();
    view->setFocus();
    view->selectionModel()->setCurrentIndex(model->index(8, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy fetched(m_window->detailPane()->documentFetchJob(), &services::DocumentFetchJob::finished);
    QSignalSpy shown(m_window->detailPane(), &DetailPane::detailShown);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && m_window->detailPane()->shownId() == id, 10000);
    QVERIFY(!m_window->detailPane()->showsRemoteHit());
    QCOMPARE(model->index(view->currentIndex().row(), 0).data(ResultsModel::CommunicationIdRole).toString(), id);
    QVERIFY2(m_window->remoteSearchNotice()->text().startsWith(QStringLiteral("Kept offline to open it: ") + id),
             qPrintable(m_window->remoteSearchNotice()->text()));
    // Fetched on demand and verified, as an evicted document is.
    QTRY_VERIFY_WITH_TIMEOUT(!fetched.isEmpty(), 10000);
    QCOMPARE(fetched.constFirst().at(0).toString(), id);
    QVERIFY2(!fetched.constFirst().at(1).toString().isEmpty(), qPrintable(fetched.constFirst().at(3).toString()));
}

void TestRemoteSearchWindow::everyRemoteSearchIsInTheAuditTrail()
{
    const services::RemoteSearchResult result = searchRemotely(QStringLiteral("garcia"));
    QTRY_VERIFY_WITH_TIMEOUT(!searchEntries().isEmpty(), 5000);
    QJsonObject remote;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const audit::AuditEntry &e : searchEntries()) {
                const QJsonObject after = QJsonDocument::fromJson(e.after).object();
                if (after.value(QStringLiteral("remote")).toBool())
                    remote = after;
            }
            return !remote.isEmpty();
        }(),
        5000);
    // As `proofdesk-cli search --remote` records it.
    QCOMPARE(remote.value(QStringLiteral("query")).toString(), QStringLiteral("garcia"));
    QCOMPARE(remote.value(QStringLiteral("total")).toInt(), 8);
    QCOMPARE(remote.value(QStringLiteral("repositories")).toArray(), QJsonArray{QStringLiteral("net")});
    QCOMPARE(remote.value(QStringLiteral("remote_total")).toInteger(), result.remoteTotal);
    QCOMPARE(remote.value(QStringLiteral("remote_total")).toInt(), 16);
    QVERIFY(remote.value(QStringLiteral("unanswered")).isArray());
    QCOMPARE(remote, services::RemoteSearch::auditDetail(QStringLiteral("garcia"), 8, result));
}

QTEST_MAIN(TestRemoteSearchWindow)
#include "tst_remotesearchwindow.moc"
