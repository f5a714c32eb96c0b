// Reissues: the approval rule (regeneration and changed destinations need a compliance
// officer other than the requester), the outbox leaving exactly once with the request id
// as key, and the answer from the generator fulfilling the request.
#include "handedit.h"
#include "records/outboxdispatcher.h"
#include "records/recordserror.h"
#include "records/reissuereplay.h"
#include "records/reissueservice.h"
#include "records/reissuestore.h"
#include "recordsfixture.h"
#include "sync/drop/drophotfolder.h"

using namespace proofdesk;
using namespace proofdesk::records;

namespace {

// Writes the file, then fails as a crash between delivery and bookkeeping would.
class CrashAfterWrite : public OutboxSender
{
public:
    explicit CrashAfterWrite(QString root)
        : m_hot(std::move(root))
    {}
    void send(const OutboxItem &item) override
    {
        m_hot.write(sync::OutboxItem{0, item.kind, item.objectId, item.id, item.payload});
        throw std::runtime_error("lost the connection after writing");
    }

private:
    sync::DropHotFolder m_hot;
};

} // namespace

class TestReissues : public QObject
{
    Q_OBJECT

private slots:
    void approvalRule_data();
    void approvalRule();
    void resendToOriginalIsQueuedAtOnce();
    void requesterCannotApproveOwn();
    void agentCannotApprove();
    void otherComplianceOfficerApproves();
    void retriedSendLeavesExactlyOneFile();
    void regenerationNeedsASnapshot();
    void answerFromTheGeneratorFulfilsTheRequest();

private:
    static void fill(RecordsFixture &f);
};

void TestReissues::fill(RecordsFixture &f)
{
    f.addCommunication(
        QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"),
        {{QStringLiteral("snapshot"), QJsonObject{{QStringLiteral("path"), QStringLiteral("snapshots/1.json")},
                                                  {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}}}});
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"));
    f.import();
}

void TestReissues::approvalRule_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("status");
    QTest::newRow("resend, original") << QStringLiteral("resend") << QString() << QString() << QStringLiteral("queued");
    QTest::newRow("resend, same address spelled again")
        << QStringLiteral("resend") << QStringLiteral("email") << QStringLiteral("ANA@example.org")
        << QStringLiteral("queued");
    QTest::newRow("resend, other address") << QStringLiteral("resend") << QString()
                                           << QStringLiteral("ana@elsewhere.org") << QStringLiteral("pending_approval");
    QTest::newRow("resend, other channel") << QStringLiteral("resend") << QStringLiteral("print")
                                           << QStringLiteral("1 New Street") << QStringLiteral("pending_approval");
    QTest::newRow("regenerate, original")
        << QStringLiteral("regenerate") << QString() << QString() << QStringLiteral("pending_approval");
}

void TestReissues::approvalRule()
{
    QFETCH(QString, mode);
    QFETCH(QString, channel);
    QFETCH(QString, to);
    QFETCH(QString, status);
    RecordsFixture f;
    fill(f);
    const auto agent = f.as(QStringLiteral("alice"), Role::Agent);
    const ReissueRequest r =
        ReissueService(agent).request({QStringLiteral("EXS-1"), mode, QStringLiteral("customer asked"), channel, to});
    QCOMPARE(r.status, status);
    QCOMPARE(r.requestedBy, QStringLiteral("alice"));
    QCOMPARE(f.count("SELECT count(*) FROM rec.outbox"), status == QLatin1String("queued") ? 1 : 0);
}

void TestReissues::resendToOriginalIsQueuedAtOnce()
{
    RecordsFixture f;
    fill(f);
    const auto agent = f.as(QStringLiteral("alice"), Role::Agent);
    const ReissueRequest r = ReissueService(agent).request(
        {QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("lost in the post"), {}, {}});
    QCOMPARE(r.destination, QStringLiteral("ana@example.org"));
    QCOMPARE(OutboxDispatcher(agent, OutboxDispatcher::RequestsKept::InThisFolder).flush().sent, 1);
    QCOMPARE(ReissueStore(f.writer).find(r.id)->status, QStringLiteral("sent"));
    QCOMPARE(f.hotFolderFiles(QStringLiteral("reissue")), QStringList{r.id + QStringLiteral(".json")});
}

void TestReissues::requesterCannotApproveOwn()
{
    RecordsFixture f;
    fill(f);
    f.grant(QStringLiteral("carol"), Role::Agent);
    const auto carol = f.as(QStringLiteral("carol"), Role::Compliance);
    const ReissueRequest r = ReissueService(carol).request(
        {QStringLiteral("EXS-1"), QStringLiteral("regenerate"), QStringLiteral("template fix"), {}, {}});
    try {
        ReissueService(carol).approve(r.id);
        QFAIL("a requester approved their own reissue");
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Refused);
        QVERIFY2(e.message().contains(QLatin1String("own")), qPrintable(e.message()));
    }
    QCOMPARE(ReissueStore(f.writer).find(r.id)->status, QStringLiteral("pending_approval"));
    QCOMPARE(f.refusals(QStringLiteral("reissue.approve")), 1);
}

void TestReissues::agentCannotApprove()
{
    RecordsFixture f;
    fill(f);
    const auto alice = f.as(QStringLiteral("alice"), Role::Agent);
    const ReissueRequest r = ReissueService(alice).request(
        {QStringLiteral("EXS-1"), QStringLiteral("regenerate"), QStringLiteral("x"), {}, {}});
    const auto bob = f.as(QStringLiteral("bob"), Role::Agent);
    QVERIFY_THROWS_EXCEPTION(RecordsError, ReissueService(bob).approve(r.id));
    QCOMPARE(f.refusals(QStringLiteral("reissue.approve")), 1);
}

void TestReissues::otherComplianceOfficerApproves()
{
    RecordsFixture f;
    fill(f);
    const auto alice = f.as(QStringLiteral("alice"), Role::Agent);
    const ReissueRequest r =
        ReissueService(alice).request({QStringLiteral("EXS-1"), QStringLiteral("resend"), QStringLiteral("moved"),
                                       QStringLiteral("print"), QStringLiteral("1 New Street")});
    const auto carol = f.as(QStringLiteral("carol"), Role::Compliance);
    const ReissueRequest approved = ReissueService(carol).approve(r.id, QStringLiteral("address confirmed"));
    QCOMPARE(approved.status, QStringLiteral("queued"));
    QCOMPARE(approved.approvedBy, QStringLiteral("carol"));
    QStringList steps;
    cache::Statement st = f.writer.prepare("SELECT action FROM rec.audit_entries WHERE object_id = ?1 ORDER BY seq");
    st.bind(1, r.id);
    while (st.step())
        steps << st.columnText(0);
    QCOMPARE(steps, (QStringList{QStringLiteral("reissue.request"), QStringLiteral("reissue.submit"),
                                 QStringLiteral("reissue.approve"), QStringLiteral("reissue.queue")}));
}

void TestReissues::retriedSendLeavesExactlyOneFile()
{
    RecordsFixture f;
    fill(f);
    const auto agent = f.as(QStringLiteral("alice"), Role::Agent);
    const ReissueRequest r =
        ReissueService(agent).request({QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("x"), {}, {}});
    OutboxDispatcher crashing(agent, OutboxDispatcher::RequestsKept::InThisFolder);
    crashing.setSenderFactory(
        [](const cache::RepositoryInfo &repo) { return std::make_unique<CrashAfterWrite>(repo.url); });
    const FlushReport first = crashing.flush();
    QCOMPARE(first.sent, 0);
    QCOMPARE(first.waiting, 1);
    QCOMPARE(ReissueStore(f.writer).find(r.id)->status, QStringLiteral("queued")); // not known as sent
    QCOMPARE(OutboxDispatcher(agent, OutboxDispatcher::RequestsKept::InThisFolder).flush().sent, 1); // the retry
    QCOMPARE(OutboxDispatcher(agent, OutboxDispatcher::RequestsKept::InThisFolder).flush().sent, 0);
    QCOMPARE(f.hotFolderFiles(QStringLiteral("reissue")), QStringList{r.id + QStringLiteral(".json")});
    QCOMPARE(f.count("SELECT attempts FROM rec.outbox"), 2);
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'reissue.send'"), 1);
}

void TestReissues::regenerationNeedsASnapshot()
{
    RecordsFixture f;
    fill(f);
    const auto agent = f.as(QStringLiteral("alice"), Role::Agent);
    QVERIFY_THROWS_EXCEPTION(RecordsError,
                             ReissueService(agent).request(
                                 {QStringLiteral("EXS-2"), QStringLiteral("regenerate"), QStringLiteral("x"), {}, {}}));
    QCOMPARE(f.count("SELECT count(*) FROM rec.reissue_requests"), 0);
}

void TestReissues::answerFromTheGeneratorFulfilsTheRequest()
{
    RecordsFixture f;
    fill(f);
    const auto agent = f.as(QStringLiteral("alice"), Role::Agent);
    const ReissueRequest r =
        ReissueService(agent).request({QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("x"), {}, {}});
    OutboxDispatcher(agent, OutboxDispatcher::RequestsKept::InThisFolder).flush();
    f.addCommunication(QStringLiteral("EXS-2-R1"), QStringLiteral("2026-10-25T09:00:00Z"),
                       {{QStringLiteral("origin"), QStringLiteral("reissue")},
                        {QStringLiteral("reissue_of"), QStringLiteral("EXS-2")},
                        {QStringLiteral("request_id"), r.id}});
    f.import();
    QCOMPARE(ReissueService(RecordsSession::system(f.writer, RecordsFixture::identity(QStringLiteral("sync"))))
                 .linkFulfilled(),
             1);
    const ReissueRequest done = *ReissueStore(f.writer).find(r.id);
    QCOMPARE(done.status, QStringLiteral("fulfilled"));
    QCOMPARE(done.fulfilledCommunicationId, QStringLiteral("EXS-2-R1"));
    QCOMPARE(f.count("SELECT count(*) FROM rec.outbox WHERE state = 'acknowledged'"), 1);
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-2-R1' AND origin = 'reissue'"), 1);
    // The fulfilled request is what its entries made it (ReissueReplay reads the fulfil entry).
    QVERIFY(ReissueReplay(f.writer).check().isEmpty());
    QVERIFY(test::editByHand(QDir(f.data.path()).filePath(QStringLiteral("records.sqlite")),
                             {QStringLiteral("UPDATE reissue_requests SET fulfilled_comm_id = 'EXS-1'")})
                .isEmpty());
    QCOMPARE(ReissueReplay(f.writer).check().size(), 1);
}

QTEST_GUILESS_MAIN(TestReissues)
#include "tst_reissues.moc"
