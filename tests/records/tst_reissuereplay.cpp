// Records that prove themselves (issue #62, reissue requests): a request's row is what its audit
// entries made it, and its outbox item is what its queue entry put there. Each hand edit made
// with sqlite3 on records.sqlite while nothing runs (a pending request set to approved, its
// destination or requester changed, a row added or deleted, the outbox's payload sent elsewhere)
// is named by `audit verify`, refuses an approval, and leaves nothing to a repository; the honest
// path (request, submit, approve with and without a note, reject, cancel, send) names nothing.
#include "handedit.h"
#include "records/localauditrecords.h"
#include "records/localrecordsfolder.h"
#include "records/outboxdispatcher.h"
#include "records/recordserror.h"
#include "records/reissuereplay.h"
#include "records/reissueservice.h"
#include "records/reissuestore.h"
#include "recordsfixture.h"

using namespace proofdesk;
using namespace proofdesk::records;

class TestReissueReplay : public QObject
{
    Q_OBJECT

private slots:
    void theHonestPathNamesNothing();
    void aHandEditIsNamed_data();
    void aHandEditIsNamed();
    void anApprovalOfAnAlteredRequestIsRefused();
    void anAlteredRequestDoesNotLeave_data();
    void anAlteredRequestDoesNotLeave();

private:
    static void fill(RecordsFixture &f);
    static QString elsewhere(RecordsSession &agent);  // pending approval
    static QString toOriginal(RecordsSession &agent); // queued at once
    static QString edit(RecordsFixture &f, const QStringList &statements);
    static FlushReport flush(RecordsSession &session);
};

void TestReissueReplay::fill(RecordsFixture &f)
{
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"));
    f.import();
}

QString TestReissueReplay::elsewhere(RecordsSession &agent)
{
    return ReissueService(agent)
        .request({QStringLiteral("EXS-1"),
                  QStringLiteral("resend"),
                  QStringLiteral("moved house"),
                  {},
                  QStringLiteral("ana@elsewhere.org")})
        .id;
}

QString TestReissueReplay::toOriginal(RecordsSession &agent)
{
    return ReissueService(agent)
        .request({QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("lost in the post"), {}, {}})
        .id;
}

QString TestReissueReplay::edit(RecordsFixture &f, const QStringList &statements)
{
    return test::editByHand(QDir(f.data.path()).filePath(QStringLiteral("records.sqlite")), statements);
}

FlushReport TestReissueReplay::flush(RecordsSession &session)
{
    return OutboxDispatcher(session, OutboxDispatcher::RequestsKept::InThisFolder).flush();
}

void TestReissueReplay::theHonestPathNamesNothing()
{
    RecordsFixture f;
    fill(f);
    auto agent = f.as(QStringLiteral("alice"), Role::Agent);
    auto carl = f.as(QStringLiteral("carl"), Role::Compliance);
    const QString approvedWithNote = elsewhere(agent);
    ReissueService(carl).approve(approvedWithNote, QStringLiteral("the customer called from the new address"));
    ReissueService(carl).approve(elsewhere(agent));
    ReissueService(carl).reject(elsewhere(agent), QStringLiteral("not the customer's address"));
    ReissueService(agent).cancel(elsewhere(agent), QStringLiteral("asked twice"));
    const ReissueRequest draft = ReissueService(agent).request(
        {QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("later"), {}, {}}, false);
    ReissueService(agent).submit(draft.id);
    toOriginal(agent);
    QCOMPARE(flush(agent).sent, 4);
    QCOMPARE(ReissueStore(f.writer).find(approvedWithNote)->status, QStringLiteral("sent"));

    const QList<StateProblem> problems = ReissueReplay(f.writer).check();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).object + QLatin1Char(' ') + problems.value(0).problem));
    LocalRecordsFolder folder(carl, f.data.path());
    QVERIFY(LocalAuditRecords(folder).verifyAudit({}, nullptr).ok);
}

void TestReissueReplay::aHandEditIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("named");
    const QString changed = QStringLiteral("is not what entry");
    QTest::newRow("pending set to approved") << "UPDATE reissue_requests SET status = 'approved' WHERE id = '%1'"
                                             << "%1" << changed;
    QTest::newRow("destination changed")
        << "UPDATE reissue_requests SET destination = 'mallory@evil.example' WHERE id = '%1'"
        << "%1" << changed;
    QTest::newRow("requester changed") << "UPDATE reissue_requests SET requested_by = 'bob' WHERE id = '%1'"
                                       << "%1" << changed;
    QTest::newRow("approver written in") << "UPDATE reissue_requests SET approved_by = 'carl' WHERE id = '%1'"
                                         << "%1" << changed;
    QTest::newRow("row added")
        << "INSERT INTO reissue_requests(id, comm_id, repo_id, mode, reason, channel, destination, original_channel, "
           "original_destination, needs_approval, status, requested_by, requested_at, updated_at) SELECT 'REQ-X', "
           "comm_id, repo_id, mode, reason, channel, destination, original_channel, original_destination, "
           "needs_approval, 'approved', requested_by, requested_at, updated_at FROM reissue_requests WHERE id = '%1'"
        << "REQ-X" << QStringLiteral("no entry of the audit trail made this request");
    QTest::newRow("row deleted") << "DELETE FROM reissue_requests WHERE id = '%1'"
                                 << "%1" << QStringLiteral("it was deleted outside Proofdesk");
}

void TestReissueReplay::aHandEditIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, object);
    QFETCH(QString, named);
    RecordsFixture f;
    fill(f);
    auto agent = f.as(QStringLiteral("alice"), Role::Agent);
    const QString id = elsewhere(agent);
    QVERIFY(ReissueReplay(f.writer).check().isEmpty());
    const QString error = edit(f, {sql.arg(id)});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QList<StateProblem> problems = ReissueReplay(f.writer).check();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().object.contains(QString(object).replace(QLatin1String("%1"), id)),
             qPrintable(problems.first().object));
    QVERIFY2(problems.first().problem.contains(named), qPrintable(problems.first().problem));
    auto cora = f.as(QStringLiteral("cora"), Role::Compliance);
    LocalRecordsFolder folder(cora, f.data.path());
    const audit::VerifyResult v = LocalAuditRecords(folder).verifyAudit({}, nullptr);
    QVERIFY(!v.ok);
    QCOMPARE(v.state.size(), 1);
}

void TestReissueReplay::anApprovalOfAnAlteredRequestIsRefused()
{
    RecordsFixture f;
    fill(f);
    auto agent = f.as(QStringLiteral("alice"), Role::Agent);
    auto carl = f.as(QStringLiteral("carl"), Role::Compliance);
    const QString id = elsewhere(agent);
    QVERIFY(edit(f, {QStringLiteral("UPDATE reissue_requests SET destination = 'mallory@evil.example' WHERE id = '%1'")
                         .arg(id)})
                .isEmpty());
    try {
        ReissueService(carl).approve(id, QStringLiteral("looks fine"));
        QFAIL("a request whose destination was changed by hand was approved");
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Refused);
        QVERIFY2(e.message().contains(id) && e.message().contains(QLatin1String("audit verify")),
                 qPrintable(e.message()));
    }
    QCOMPARE(ReissueStore(f.writer).find(id)->status, QStringLiteral("pending_approval"));
    QCOMPARE(f.count("SELECT count(*) FROM rec.outbox"), 0);
    QCOMPARE(f.refusals(QStringLiteral("reissue.approve")), 1);
}

void TestReissueReplay::anAlteredRequestDoesNotLeave_data()
{
    QTest::addColumn<QStringList>("sql"); // %1 the queued request, %2 a pending one
    QTest::addColumn<QString>("held");    // which of the two must not leave
    QTest::addColumn<QString>("named");
    QTest::newRow("queued request's destination changed") << QStringList{QStringLiteral(
        "UPDATE reissue_requests SET destination = 'mallory@evil.example' WHERE id = '%1'")}
                                                          << "%1" << QStringLiteral("is not what entry");
    QTest::newRow("outbox payload sent elsewhere")
        << QStringList{QStringLiteral("UPDATE outbox SET payload = replace(payload, 'ana@example.org', "
                                      "'mallory@evil.example') WHERE object_id = '%1'")}
        << "%1" << QStringLiteral("is not what the request's queue entry put there");
    QTest::newRow("pending set to queued, an item put in")
        << QStringList{QStringLiteral("UPDATE reissue_requests SET status = 'queued' WHERE id = '%2'"),
                       QStringLiteral("INSERT INTO outbox(id, repo_id, kind, object_id, payload, created_at) SELECT "
                                      "'%2', repo_id, kind, '%2', replace(payload, '%1', '%2'), created_at + 1 FROM "
                                      "outbox WHERE object_id = '%1'")}
        << "%2" << QStringLiteral("is not what entry");
}

void TestReissueReplay::anAlteredRequestDoesNotLeave()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, held);
    QFETCH(QString, named);
    RecordsFixture f;
    fill(f);
    auto agent = f.as(QStringLiteral("alice"), Role::Agent);
    const QString queued = toOriginal(agent);
    const QString pending = elsewhere(agent);
    QStringList statements;
    for (const QString &s : std::as_const(sql))
        statements << QString(s).replace(QLatin1String("%1"), queued).replace(QLatin1String("%2"), pending);
    const QString error = edit(f, statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString heldId = held == QLatin1String("%1") ? queued : pending;

    const FlushReport report = flush(agent);
    QVERIFY(!f.hotFolderFiles(QStringLiteral("reissue")).contains(heldId + QStringLiteral(".json")));
    QCOMPARE(report.waiting, 1);
    QVERIFY2(report.errors.join(QLatin1Char('\n')).contains(named), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QVERIFY(report.errors.join(QLatin1Char('\n')).contains(heldId));
    // It waits, with why, for a person: nothing is retired or marked sent.
    auto st = f.writer.prepare("SELECT state, last_error FROM rec.outbox WHERE object_id = ?1");
    st.bind(1, heldId);
    QVERIFY(st.step());
    QCOMPARE(st.columnText(0), QStringLiteral("pending"));
    QVERIFY(st.columnText(1).contains(named));
    QVERIFY(ReissueStore(f.writer).find(heldId)->status != QLatin1String("sent"));
    QCOMPARE(flush(agent).sent, 0); // and again at the next flush
}

QTEST_GUILESS_MAIN(TestReissueReplay)
#include "tst_reissuereplay.moc"
