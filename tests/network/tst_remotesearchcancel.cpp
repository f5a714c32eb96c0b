// Cancel on a search of the repositories (RemoteSearchJob, as the window's Search the
// Repositories Too runs it) aborts the request in flight and asks nothing more (#41 item 7: Cancel
// waited 69 s for a repository answering in 30 s, and type definitions were still asked after
// it). Against the fake CMIS server over real HTTP, never answering one kind of request (and the
// connector patient for ten minutes): the search ends with what its worker had (the job's early
// "cancelled" is put off, so the answer can only be the worker's, and the worker can only
// answer by aborting the request), the connection of the request in flight is closed, and no
// request arrives after Cancel.
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "services/remotesearchjob.h"

#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;
using services::RemoteSearchJob;

namespace {

constexpr int kCorpus = 30;
constexpr qint64 kStart = 1735689600000;
// Far more than any wait below: a wait that lasts this long is one Cancel did not end.
constexpr int kForeverMs = 600000;
// Waits for what must come: long enough for a machine busy with other builds.
constexpr int kPatientMs = 60000;

// Whether `request` is the one the repository never answers.
using Slow = std::function<bool(const fakeserver::Request &)>;

std::optional<fakeserver::Request> slowRequest(const fakeserver::FakeHttpServer &server, const Slow &slow)
{
    for (const fakeserver::Request &r : server.requests())
        if (slow(r))
            return r;
    return std::nullopt;
}

} // namespace

class TestRemoteSearchCancel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelAbortsTheRequestInFlightAndAsksNothingMore_data();
    void cancelAbortsTheRequestInFlightAndAsksNothingMore();

private:
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
};

void TestRemoteSearchCancel::initTestCase()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_server->start());
    for (int i = 0; i < kCorpus; ++i)
        m_server->addDocument(QStringLiteral("DOC-%1").arg(i, 3, 10, QLatin1Char('0')),
                              {{QStringLiteral("exs:documentType"), QStringLiteral("notice")},
                               {QStringLiteral("exs:recipientName"), QStringLiteral("Anna Garcia")},
                               {QStringLiteral("exs:issuedAt"), double(kStart + i * 86400000LL)}},
                              "%PDF-1.4 x");
}

void TestRemoteSearchCancel::cancelAbortsTheRequestInFlightAndAsksNothingMore_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<Slow>("slow");
    const auto selector = [](const fakeserver::Request &r) { return r.query(QStringLiteral("cmisselector")); };
    QTest::newRow("a type definition in flight")
        << 100 << Slow([selector](const fakeserver::Request &r) { return selector(r) == u"typeDefinition"; });
    QTest::newRow("the first page in flight")
        << 100 << Slow([selector](const fakeserver::Request &r) { return selector(r) == u"query"; });
    QTest::newRow("a later page in flight") << 2 << Slow([selector](const fakeserver::Request &r) {
        return selector(r) == u"query" && r.query(QStringLiteral("skipCount")).toInt() >= 4;
    });
}

void TestRemoteSearchCancel::cancelAbortsTheRequestInFlightAndAsksNothingMore()
{
    QFETCH(int, pageSize);
    QFETCH(Slow, slow);
    NetRun desk(QStringLiteral("cmis"), m_server->serviceUrl()); // an empty cache: everything is asked
    m_server->setFaultHook([slow](const fakeserver::Request &r) {
        return slow(r) ? fakeserver::Fault::of(fakeserver::Fault::Hang) : fakeserver::Fault();
    });
    const auto restore = qScopeGuard([this] { m_server->clearFaults(); });
    RemoteSearchJob job(desk.folder.databasePath(), desk.data.path());
    job.setUseKeychain(false);
    job.setCancelAnswerMs(kForeverMs);
    sync::HttpOptions patient = NetRun::fastHttp();
    patient.timeoutMs = kForeverMs; // silent, not gone: only Cancel ends the wait
    patient.maxAttempts = 1;
    job.setHttpDefaults(patient);
    job.setPageSize(pageSize);
    QSignalSpy finished(&job, &RemoteSearchJob::finished);
    job.start(QStringLiteral("garcia"), 1000);

    QTRY_VERIFY_WITH_TIMEOUT(slowRequest(*m_server, slow).has_value(), kPatientMs);
    const fakeserver::Request inFlight = *slowRequest(*m_server, slow);
    const int requestsAtCancel = m_server->requestCount();
    job.cancel();

    // The worker's own answer (the job's own is ten minutes off): it lists the repository it
    // was asking.
    QVERIFY(finished.wait(kPatientMs));
    const auto result = finished.first().at(1).value<services::RemoteSearchResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.repositories.size(), 1);
    QVERIFY(result.repositories.first().error.isEmpty()); // not "could not be searched"
    QVERIFY(!job.isRunning());
    QVERIFY(result.unanswered.isEmpty()); // cancelled, not failed
    // The request in flight was aborted: its connection closed (the server never answers it).
    QTRY_VERIFY_WITH_TIMEOUT(m_server->connectionClosed(inFlight.connection), kPatientMs);
    // Nothing asked after Cancel: the worker has ended, and sent nothing more before it did.
    QCOMPARE(m_server->requestCount(), requestsAtCancel);
}

QTEST_GUILESS_MAIN(TestRemoteSearchCancel)
#include "tst_remotesearchcancel.moc"
