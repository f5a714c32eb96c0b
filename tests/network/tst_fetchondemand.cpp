// The desktop client fetches a network repository's document when its communication is
// selected and the bytes are not here yet: "Fetching…" meanwhile with the badge still "not
// available", then the document with a verified badge, or FIXITY FAILED with both hashes and
// nothing shown, or the error naming the repository and the request with a Retry that works.
#include "cache/documentcache.h"
#include "detailpane.h"
#include "documentview.h"
#include "dropbuilder.h" // sha256Hex
#include "fakecmisserver.h"
#include "fixitybadge.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "networkfixture.h"
#include "resultsview.h"
#include "searchbar.h"
#include "services/documentfetchjob.h"

#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;
using fakeserver::Fault;

namespace {

QJsonObject textDocument(const QJsonValue &hash)
{
    return {{QStringLiteral("cmis:contentStreamMimeType"), QStringLiteral("text/plain")},
            {QStringLiteral("cmis:contentStreamHash"), hash}};
}

QJsonArray hashProperty(const QByteArray &bytes)
{
    return QJsonArray{QString(QStringLiteral("{sha-256}") + sha256Hex(bytes))};
}

const QByteArray kLetter = "Dear Ada, your statement for March is attached.";
const QByteArray kOther = "Dear Ada, this is not the letter that was sent.";

bool isContent(const fakeserver::Request &r)
{
    return r.query(QStringLiteral("cmisselector")) == QLatin1String("content");
}

} // namespace

class TestFetchOnDemand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectingACommunicationFetchesItsDocument_data();
    void selectingACommunicationFetchesItsDocument();
    void aServerThatIsDownGivesTheErrorAndRetryWorks();
    void aNewerSelectionDoesNotCancelAnOlderFetch();
    void aNewVersionFromASyncIsFetchedAgain();
    void aFailedFixityIsFetchedAgainOnRequest();
    void anEvictedDocumentIsFetchedAgainAndVerified();

private:
    // Syncs the fake server's documents into a fresh data folder and opens a window on it.
    void openWindow();
    void select(const QString &id);
    void shot(const QString &name);
    void selectNothing(); // a search that finds nothing: the next select() loads afresh
    DetailPane *pane() const { return m_window->detailPane(); }
    services::DocumentFetchJob *job() const { return pane()->documentFetchJob(); }
    QString fixityInCache(const QString &id);

    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
    std::unique_ptr<NetRun> m_run;
    std::unique_ptr<MainWindow> m_window;
};

void TestFetchOnDemand::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_fetchondemand"));
    QSettings().clear();
    MessageBox::setNextAnswer(QMessageBox::Ok);
}

void TestFetchOnDemand::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_server->start());
}

void TestFetchOnDemand::cleanup()
{
    m_window.reset(); // waits for fetches under way
    m_run.reset();
    m_server.reset();
}

void TestFetchOnDemand::openWindow()
{
    m_run = std::make_unique<NetRun>(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(m_run->sync().ok());
    QCOMPARE(m_run->writer.queryText("SELECT group_concat(fixity) FROM communications"),
             QStringList(m_server->documentCount(), QStringLiteral("missing")).join(QLatin1Char(',')));
    m_window = std::make_unique<MainWindow>(m_run->folder.databasePath(), m_run->data.path());
    sync::HttpOptions http = NetRun::fastHttp();
    http.timeoutMs = 5000; // the tests delay answers on purpose, to see the pane meanwhile
    job()->setHttpDefaults(http);
    job()->setUseKeychain(false);
    m_window->show();
}

// PROOFDESK_SHOT_DIR=DIR saves the window at the states a person sees, to look at.
void TestFetchOnDemand::shot(const QString &name)
{
    const QString dir = qEnvironmentVariable("PROOFDESK_SHOT_DIR");
    if (!dir.isEmpty())
        m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestFetchOnDemand::select(const QString &id)
{
    m_window->searchBar()->setQuery(QStringLiteral("id:") + id);
    itemmodels::ResultsModel *model = m_window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->shownQuery() == QStringLiteral("id:") + id && model->rowCount() == 1, 5000);
    m_window->resultsView()->setCurrentIndex(model->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(pane()->shownId(), id, 5000);
}

void TestFetchOnDemand::selectNothing()
{
    m_window->searchBar()->setQuery(QStringLiteral("id:nothing-like-this"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->resultsModel()->rowCount(), 0, 5000);
    pane()->showCommunication(std::nullopt); // a new search keeps the last one shown
}

QString TestFetchOnDemand::fixityInCache(const QString &id)
{
    cache::Statement st = m_run->writer.prepare("SELECT fixity FROM communications WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? st.columnText(0) : QString();
}

void TestFetchOnDemand::selectingACommunicationFetchesItsDocument_data()
{
    QTest::addColumn<QJsonValue>("hash"); // cmis:contentStreamHash as the repository gives it
    QTest::addColumn<QString>("fixity");  // the badge and the cache afterwards
    QTest::newRow("bytes match: verified and shown") << QJsonValue(hashProperty(kLetter)) << QStringLiteral("verified");
    QTest::newRow("wrong bytes: FAILED, never shown") << QJsonValue(hashProperty(kOther)) << QStringLiteral("failed");
    QTest::newRow("no hash offered: fetched, not shown as sent")
        << QJsonValue(QJsonArray{}) << QStringLiteral("missing");
}

void TestFetchOnDemand::selectingACommunicationFetchesItsDocument()
{
    QFETCH(QJsonValue, hash);
    QFETCH(QString, fixity);
    m_server->addDocument(QStringLiteral("D1"), textDocument(hash), kLetter);
    openWindow();
    // Slow enough to see the pane while the bytes are on their way.
    m_server->setFaultHook([](const fakeserver::Request &r) {
        Fault f = Fault::of(Fault::Delay);
        f.delayMs = 400;
        return isContent(r) ? f : Fault();
    });
    QSignalSpy started(job(), &services::DocumentFetchJob::started);
    QSignalSpy finished(job(), &services::DocumentFetchJob::finished);
    QStringList badges; // every state the badge was shown in
    QObject context;    // ends the connection with this function
    connect(pane(), &DetailPane::detailShown, &context, [&] { badges << pane()->fixityBadge()->stateName(); });

    select(QStringLiteral("D1"));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().toString(), QStringLiteral("D1"));
    QCOMPARE(pane()->fixityBadge()->stateName(), QStringLiteral("missing"));
    QCOMPARE(pane()->documentView()->mode(), DocumentView::Mode::Message);
    QVERIFY2(pane()->documentView()->messageText().contains(QStringLiteral("Fetching the document from net")),
             qPrintable(pane()->documentView()->messageText()));
    QVERIFY(!pane()->documentView()->retryButton()->isVisible());
    shot(QStringLiteral("fetching"));

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().at(1).toString(), fixity);
    QCOMPARE(finished.first().at(2).toString(), sha256Hex(kLetter));
    QTRY_COMPARE_WITH_TIMEOUT(badges.size(), 2, 5000); // the detail is shown again with the outcome
    shot(QStringLiteral("fetched-") + fixity);
    QCOMPARE(pane()->fixityBadge()->stateName(), fixity);
    QCOMPARE(fixityInCache(QStringLiteral("D1")), fixity);
    // The results row follows the cache without a new search.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->resultsModel()->index(0, 0).data(itemmodels::ResultsModel::FixityRole).toString(), fixity, 5000);
    DocumentView *view = pane()->documentView();
    if (fixity == QLatin1String("verified")) {
        QCOMPARE(view->mode(), DocumentView::Mode::Text);
        QCOMPARE(view->textView()->toPlainText(), QString::fromUtf8(kLetter));
        // The whole hash in its tooltip, shortened in its text (it does not wrap, #41).
        QVERIFY2(pane()->fixityBadge()->toolTip().contains(sha256Hex(kLetter)),
                 qPrintable(pane()->fixityBadge()->toolTip()));
    } else {
        QVERIFY(!badges.contains(QStringLiteral("verified")));
        QCOMPARE(view->mode(), DocumentView::Mode::Message);
        QVERIFY(view->textView()->toPlainText().isEmpty()); // the bytes never reached a view
        QVERIFY(!view->messageText().contains(QStringLiteral("Fetching")));
    }
    if (fixity == QLatin1String("failed")) {
        const QString badge = pane()->fixityBadge()->text();
        QVERIFY2(badge.contains(QStringLiteral("FIXITY FAILED")), qPrintable(badge));
        const QString whole = pane()->fixityBadge()->toolTip();
        QVERIFY2(whole.contains(sha256Hex(kOther)) && whole.contains(sha256Hex(kLetter)),
                 qPrintable(whole)); // both hashes
        QVERIFY(!m_run->folder.contentStore().contains(sha256Hex(kLetter)));
    }
    if (fixity == QLatin1String("missing"))
        QVERIFY2(view->messageText().contains(QStringLiteral("gives no SHA-256")), qPrintable(view->messageText()));

    // Shown again later: the outcome is in the cache, nothing is fetched a second time.
    const int requests = m_server->requestCount();
    selectNothing();
    select(QStringLiteral("D1"));
    QTRY_COMPARE_WITH_TIMEOUT(badges.size(), 3, 5000);
    QCOMPARE(pane()->fixityBadge()->stateName(), fixity);
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_server->requestCount(), requests);
}

void TestFetchOnDemand::aServerThatIsDownGivesTheErrorAndRetryWorks()
{
    m_server->addDocument(QStringLiteral("D1"), textDocument(hashProperty(kLetter)), kLetter);
    openWindow();
    m_server->setFaultHook([](const fakeserver::Request &) { return Fault::of(Fault::CloseBeforeAnswer); });
    QSignalSpy finished(job(), &services::DocumentFetchJob::finished);
    select(QStringLiteral("D1"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(finished.first().at(1).toString().isEmpty()); // no fixity: the bytes were not had
    DocumentView *view = pane()->documentView();
    QTRY_VERIFY_WITH_TIMEOUT(view->retryButton()->isVisible(), 5000);
    shot(QStringLiteral("fetch-error"));
    const QString error = view->messageText();
    QVERIFY2(error.contains(QStringLiteral("could not be fetched from net")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("repository \"net\"")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("GET /cmis/browser")), qPrintable(error)); // the request
    QCOMPARE(pane()->fixityBadge()->stateName(), QStringLiteral("missing"));
    QCOMPARE(fixityInCache(QStringLiteral("D1")), QStringLiteral("missing"));
    // The error stays until the user asks again: no fetching in a loop behind their back.
    const int requests = m_server->requestCount();
    QTest::qWait(300);
    QCOMPARE(m_server->requestCount(), requests);
    QCOMPARE(finished.count(), 1);

    m_server->clearFaults(); // the repository is back
    QTest::mouseClick(view->retryButton(), Qt::LeftButton);
    QVERIFY(!view->retryButton()->isVisible());
    QVERIFY2(view->messageText().contains(QStringLiteral("Fetching the document from net")),
             qPrintable(view->messageText()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(pane()->fixityBadge()->stateName(), QStringLiteral("verified"), 5000);
    QCOMPARE(view->mode(), DocumentView::Mode::Text);
    QCOMPARE(view->textView()->toPlainText(), QString::fromUtf8(kLetter));
    QCOMPARE(fixityInCache(QStringLiteral("D1")), QStringLiteral("verified"));
}

// The bytes that failed fixity came through a transfer that went wrong: "Fetch Again and
// Verify" asks the repository once more, and the badge follows what the new bytes prove.
void TestFetchOnDemand::aFailedFixityIsFetchedAgainOnRequest()
{
    m_server->addDocument(QStringLiteral("D1"), textDocument(hashProperty(kOther)), kLetter); // wrong bytes served
    openWindow();
    QSignalSpy finished(job(), &services::DocumentFetchJob::finished);
    select(QStringLiteral("D1"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(pane()->fixityBadge()->stateName(), QStringLiteral("failed"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(pane()->refetchButton()->isVisible(), 5000);
    shot(QStringLiteral("fixity-failed-refetch"));
    QCOMPARE(finished.count(), 1); // not again behind the person's back

    m_server->addDocument(QStringLiteral("D1"), textDocument(hashProperty(kOther)), kOther); // the right bytes now
    QTest::mouseClick(pane()->refetchButton(), Qt::LeftButton);
    QVERIFY(!pane()->refetchButton()->isVisible());
    QVERIFY2(pane()->documentView()->messageText().contains(QStringLiteral("again")),
             qPrintable(pane()->documentView()->messageText()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(finished.at(1).at(1).toString(), QStringLiteral("verified"));
    QTRY_COMPARE_WITH_TIMEOUT(pane()->fixityBadge()->stateName(), QStringLiteral("verified"), 5000);
    QCOMPARE(fixityInCache(QStringLiteral("D1")), QStringLiteral("verified"));
    QCOMPARE(pane()->documentView()->textView()->toPlainText(), QString::fromUtf8(kOther));
    QVERIFY(!pane()->refetchButton()->isVisible());
}

// D1's bytes are slow; the user moves on to D2 before they arrive. D1's fetch is not
// cancelled: its outcome is recorded while D2 is shown, and D1 shows verified when the user
// comes back, without a second download.
void TestFetchOnDemand::aNewerSelectionDoesNotCancelAnOlderFetch()
{
    m_server->addDocument(QStringLiteral("D1"), textDocument(hashProperty(kLetter)), kLetter);
    m_server->addDocument(QStringLiteral("D2"), textDocument(hashProperty(kOther)), kOther);
    openWindow();
    m_server->setFaultHook([](const fakeserver::Request &r) {
        Fault f = Fault::of(Fault::Delay);
        f.delayMs = 1500;
        return isContent(r) && r.query(QStringLiteral("objectId")) == QLatin1String("D1") ? f : Fault();
    });
    QSignalSpy started(job(), &services::DocumentFetchJob::started);
    QSignalSpy finished(job(), &services::DocumentFetchJob::finished);
    select(QStringLiteral("D1"));
    select(QStringLiteral("D2"));
    QCOMPARE(started.count(), 2);
    QVERIFY(job()->isFetching(QStringLiteral("D1"))); // still on its way: not cancelled by the selection
    QTRY_COMPARE_WITH_TIMEOUT(pane()->fixityBadge()->stateName(), QStringLiteral("verified"), 10000);
    QCOMPARE(pane()->shownId(), QStringLiteral("D2"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(pane()->shownId(), QStringLiteral("D2")); // D1's answer did not take the pane back
    QCOMPARE(pane()->documentView()->textView()->toPlainText(), QString::fromUtf8(kOther));
    QCOMPARE(fixityInCache(QStringLiteral("D1")), QStringLiteral("verified"));

    const int requests = m_server->requestCount();
    select(QStringLiteral("D1"));
    QTRY_COMPARE_WITH_TIMEOUT(pane()->fixityBadge()->stateName(), QStringLiteral("verified"), 5000);
    QCOMPARE(pane()->documentView()->textView()->toPlainText(), QString::fromUtf8(kLetter));
    QCOMPARE(started.count(), 2);
    QCOMPARE(m_server->requestCount(), requests);
}

// Once a session per version: after a sync brings another version of D1, showing it fetches
// the new bytes; they are verified against the new hash.
void TestFetchOnDemand::aNewVersionFromASyncIsFetchedAgain()
{
    m_server->addDocument(QStringLiteral("D1"), textDocument(hashProperty(kLetter)), kLetter);
    openWindow();
    QSignalSpy started(job(), &services::DocumentFetchJob::started);
    select(QStringLiteral("D1"));
    QTRY_COMPARE_WITH_TIMEOUT(pane()->fixityBadge()->stateName(), QStringLiteral("verified"), 10000);

    m_server->addDocument(QStringLiteral("D1"), textDocument(hashProperty(kOther)),
                          kOther); // the same object, replaced
    QVERIFY(m_run->sync().ok());
    QCOMPARE(fixityInCache(QStringLiteral("D1")), QStringLiteral("missing"));
    selectNothing();
    select(QStringLiteral("D1"));
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(pane()->documentView()->textView()->toPlainText(), QString::fromUtf8(kOther), 10000);
    QCOMPARE(pane()->fixityBadge()->stateName(), QStringLiteral("verified"));
    QVERIFY(pane()->fixityBadge()->toolTip().contains(sha256Hex(kOther)));
}

// The bounded store evicted a verified document (Free Space Now, a smaller limit): shown
// again, the pane says it was removed to free space, fetches it from the repository, verifies
// it and shows it; the fetched document is not evicted again by the limit it was fetched under.
void TestFetchOnDemand::anEvictedDocumentIsFetchedAgainAndVerified()
{
    m_server->addDocument(QStringLiteral("D1"), textDocument(hashProperty(kLetter)), kLetter);
    openWindow();
    QSignalSpy finished(job(), &services::DocumentFetchJob::finished);
    select(QStringLiteral("D1"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(pane()->fixityBadge()->stateName(), QStringLiteral("verified"), 5000);
    const QString sha = sha256Hex(kLetter);
    QVERIFY(m_run->folder.contentStore().contains(sha));

    cache::DocumentLimit::write(m_run->writer, 0);
    cache::DocumentCache documents(m_run->writer, m_run->folder.contentStore());
    documents.reconcile();
    QCOMPARE(documents.evict(0).objects, qint64(1));
    QVERIFY(!m_run->folder.contentStore().contains(sha));
    QCOMPARE(fixityInCache(QStringLiteral("D1")), QStringLiteral("verified")); // its verdict stays; its bytes went

    m_server->setFaultHook([](const fakeserver::Request &r) {
        Fault f = Fault::of(Fault::Delay);
        f.delayMs = 400;
        return isContent(r) ? f : Fault();
    });
    selectNothing();
    select(QStringLiteral("D1"));
    QTRY_VERIFY_WITH_TIMEOUT(pane()->documentView()->messageText().contains(QStringLiteral("to free space")), 5000);
    QVERIFY(pane()->documentView()->messageText().contains(QStringLiteral("from net")));
    shot(QStringLiteral("fetching-evicted"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(finished.at(1).at(1).toString(), QStringLiteral("verified"));
    QTRY_COMPARE_WITH_TIMEOUT(pane()->documentView()->mode(), DocumentView::Mode::Text, 5000);
    QCOMPARE(pane()->documentView()->textView()->toPlainText(), QString::fromUtf8(kLetter));
    QCOMPARE(pane()->fixityBadge()->stateName(), QStringLiteral("verified"));
    // Kept although the limit is 0: it is the document being looked at.
    QVERIFY(m_run->folder.contentStore().contains(sha));
    QCOMPARE(cache::DocumentCache::usage(m_run->writer, m_run->data.path()).objects, qint64(1));
}

QTEST_MAIN(TestFetchOnDemand)
#include "tst_fetchondemand.moc"
