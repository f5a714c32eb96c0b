// A team when things go wrong and when others act: the connection dropped or the answer lost at
// each call, the server restarted mid-action, a crash after approval, actions made offline
// (applied once, conflicts kept and recorded), and other desks' changes heard within seconds.
#include "itemmodels/records/pendingreissues.h"
#include "itemmodels/records/recordscontext.h"
#include "records/findingreviewregister.h"
#include "records/holdregister.h"
#include "records/reissuestore.h"
#include "team/teamrecordsstore.h"
#include "teamdesk.h"

#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;
using namespace teamtest;
using team::TeamError;

class TestTeamResilience : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { team::TeamRecordsStore::setCallHook({}); }
    void theNthCallFailingEndsInTheSameState_data();
    void theNthCallFailingEndsInTheSameState();
    void aServerRestartBetweenActionsIsTransparent();
    void aCrashAfterApprovalIsSentOnceLater();
    void anotherDesksChangesArriveByNotification();
    void anotherDesksRequestIsPendingOnTheLetterHere();
    void anActionMadeOfflineArrivesOnce();
    void aConflictMadeOfflineIsShownAndRecorded();
    void aFindingReviewMadeOfflineArrivesOnce();
    void aRefusalMadeOfflineIsRecordedWhenBack();

private:
    std::unique_ptr<test::TeamTestDatabase> newTeam() { return teamtest::newTeam(m_server); }

    test::PgTestServer m_server;
};

void TestTeamResilience::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestTeamResilience::theNthCallFailingEndsInTheSameState_data()
{
    QTest::addColumn<bool>("afterCommit");
    // Before: the connection is dropped as the call is sent (the server never sees it).
    // After: the server committed it and the answer was lost (the client cannot tell).
    QTest::newRow("connection dropped before the call") << false;
    QTest::newRow("answer lost after the commit") << true;
}

void TestTeamResilience::theNthCallFailingEndsInTheSameState()
{
    QFETCH(bool, afterCommit);
    // The scenario: ann requests two reissues, withdraws one; carl approves the other and
    // sends it; both look at the trail.
    const auto scenario = [](test::TeamTestDatabase &team) {
        Desk ann(team, QStringLiteral("ann"), {Role::Agent});
        Desk carl(team, QStringLiteral("carl"), {Role::Compliance});
        QString keep, drop;
        ann.act(Action::RequestReissue, [&](RecordsStore &r) {
            keep = r.reissues().requestReissue(regenerate).id;
            drop = r.reissues()
                       .requestReissue({QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("lost"),
                                        QStringLiteral("print"), QStringLiteral("1 New Street")})
                       .id;
            r.reissues().withdrawReissue(drop, QStringLiteral("found it"));
        });
        carl.act(Action::ApproveReissue,
                 [&](RecordsStore &r) { r.reissues().approveReissue(keep, QStringLiteral("ok")); });
        return carl.folder.hotFolderFiles(QStringLiteral("reissue")).size();
    };
    int calls = 0;
    team::TeamRecordsStore::setCallHook([&](const QString &, bool executed) { calls += executed ? 1 : 0; });
    auto baseline = newTeam();
    QCOMPARE(scenario(*baseline), 1);
    const QString expected = serverState(*baseline);
    QVERIFY(calls >= 5);
    for (int n = 0; n < calls; ++n) {
        auto team = newTeam();
        int seen = 0;
        bool failed = false;
        team::TeamRecordsStore::setCallHook([&](const QString &, bool executed) {
            if (executed != afterCommit || failed)
                return;
            if (seen++ != n)
                return;
            failed = true;
            if (!afterCommit) {
                QString error;
                QVERIFY2(m_server.terminateConnections(team->name(), &error), qPrintable(error)); // a real drop
                return;
            }
            throw TeamError(TeamError::Kind::Unreachable, QStringLiteral("the answer was lost"));
        });
        QCOMPARE(scenario(*team), 1);
        QVERIFY2(failed, qPrintable(QStringLiteral("call %1 was never made").arg(n)));
        QCOMPARE(serverState(*team), expected);
    }
}

void TestTeamResilience::aServerRestartBetweenActionsIsTransparent()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    QString id;
    ann.act(Action::RequestReissue, [&](RecordsStore &r) { id = r.reissues().requestReissue(regenerate).id; });
    QString error;
    // Restarted while the agent's action holds a connection: the store reconnects and retries.
    team::TeamRecordsStore::setCallHook([&](const QString &sql, bool executed) {
        if (executed || !sql.contains(QLatin1String("cancel_reissue")) || !error.isEmpty())
            return;
        error = m_server.restart(&error) ? QStringLiteral("restarted") : error;
    });
    ann.act(Action::RequestReissue,
            [&](RecordsStore &r) { r.reissues().withdrawReissue(id, QStringLiteral("not needed")); });
    QCOMPARE(error, QStringLiteral("restarted"));
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests WHERE status = 'cancelled'")),
             1);
    QCOMPARE(
        team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'reissue.cancel'")), 1);
}

void TestTeamResilience::aCrashAfterApprovalIsSentOnceLater()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance});
    QString id;
    ann.act(Action::RequestReissue, [&](RecordsStore &r) { id = r.reissues().requestReissue(regenerate).id; });
    // The process dies right after the server approved (before its outbox had the request).
    team::TeamRecordsStore::setCallHook([](const QString &sql, bool executed) {
        if (executed && sql.contains(QLatin1String("approve_reissue")))
            throw std::runtime_error("killed");
    });
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, carl.act(Action::ApproveReissue, [&](RecordsStore &r) {
        r.reissues().approveReissue(id, QStringLiteral("ok"));
    }));
    team::TeamRecordsStore::setCallHook({});
    QCOMPARE(carl.folder.hotFolderFiles(QStringLiteral("reissue")).size(), 0);
    // Whatever carl does next picks it up: queued, sent once.
    for (int i = 0; i < 2; ++i)
        carl.act(Action::Search, [](RecordsStore &) {});
    QCOMPARE(carl.folder.hotFolderFiles(QStringLiteral("reissue")).size(), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests WHERE status = 'sent'")), 1);
    QCOMPARE(
        team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'reissue.approve'")),
        1);
}

void TestTeamResilience::anotherDesksChangesArriveByNotification()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance});
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    // The officer's window and the agent's window, listening.
    itemmodels::RecordsContext officer(carl.folder.folder->databasePath(), carl.folder.data.path());
    itemmodels::RecordsContext agent(ann.folder.folder->databasePath(), ann.folder.data.path());
    QSignalSpy officerLive(&officer, &itemmodels::RecordsContext::teamChanged);
    QSignalSpy agentLive(&agent, &itemmodels::RecordsContext::teamChanged);
    QTRY_VERIFY_WITH_TIMEOUT(officer.team().connected && agent.team().connected, 10000);
    QCOMPARE(agent.team().user, QStringLiteral("ann"));
    QSignalSpy queueChanged(&officer, &itemmodels::RecordsContext::teamRecordsChanged);
    QSignalSpy officerTrail(&officer, &itemmodels::RecordsContext::auditAppended);
    queueChanged.wait(1000); // the catch-up refresh after connecting
    queueChanged.clear();
    officerTrail.clear();

    ann.act(Action::RequestReissue, [](RecordsStore &r) { r.reissues().requestReissue(regenerate); });
    // No polling of the server here (TeamListener): the copy changes only when a notification
    // arrives, however long a loaded machine takes to bring it.
    QTRY_COMPARE_WITH_TIMEOUT(records::ReissueStore(carl.folder.writer).list(QStringLiteral("pending_approval")).size(),
                              1, 60000);
    // The copy is written on a worker thread and the signal posted after its commit, so the
    // row can be seen a moment before the signal arrives.
    QVERIFY(!queueChanged.isEmpty() || queueChanged.wait(60000));
    QVERIFY(!officerTrail.isEmpty() || officerTrail.wait(60000));

    rosa.act(Action::ApplyHold, [](RecordsStore &r) {
        r.holds().createHold(
            {QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}});
    });
    QTRY_VERIFY_WITH_TIMEOUT(records::HoldRegister(ann.folder.writer).isHeld(QStringLiteral("EXS-2")), 60000);

    carl.act(Action::RunFindings, [](RecordsStore &r) {
        r.findings().reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"),
                                   QStringLiteral("called the customer"));
    });
    QTRY_COMPARE_WITH_TIMEOUT(records::FindingReviewRegister(ann.folder.writer).list().size(), 1, 60000);

    // The server goes away: the windows say so, and hear again once it is back.
    m_server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!agent.team().connected, 5000);
    QVERIFY(!agent.team().problem.isEmpty());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(agent.team().connected, 15000);
}

// Issue 29 item 12 on a team: the letter's mark and Details follow the team's queue, not
// this folder's own requests: another desk's request shows here, and goes when it ends.
void TestTeamResilience::anotherDesksRequestIsPendingOnTheLetterHere()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance});
    itemmodels::RecordsContext officer(carl.folder.folder->databasePath(), carl.folder.data.path());
    itemmodels::PendingReissues pending(&officer);
    QTRY_VERIFY_WITH_TIMEOUT(officer.team().connected, 10000);
    QVERIFY(!pending.contains(QStringLiteral("EXS-1")));

    QString id;
    ann.act(Action::RequestReissue, [&](RecordsStore &r) { id = r.reissues().requestReissue(regenerate).id; });
    QTRY_VERIFY_WITH_TIMEOUT(pending.contains(QStringLiteral("EXS-1")), 5000);
    const QList<records::ReissueRequest> shown = pending.of(QStringLiteral("EXS-1"));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().id, id);
    QCOMPARE(shown.first().requestedBy, QStringLiteral("ann"));
    QCOMPARE(shown.first().status, QStringLiteral("pending_approval"));

    carl.act(Action::ApproveReissue,
             [&](RecordsStore &r) { r.reissues().rejectReissue(id, QStringLiteral("wrong letter")); });
    QTRY_VERIFY_WITH_TIMEOUT(!pending.contains(QStringLiteral("EXS-1")), 5000);
    QVERIFY(pending.communicationIds().isEmpty());
}

void TestTeamResilience::anActionMadeOfflineArrivesOnce()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    ann.act(Action::Search, [](RecordsStore &) {}); // online once: the folder knows ann's roles
    m_server.stop();
    services::ActionRunner runner(ann.folder.folder->databasePath(), ann.folder.data.path());
    records::ReissueRequest answered;
    runner.run(services::Actor{RecordsFixture::identity(QStringLiteral("ann")), {}}, Action::RequestReissue,
               [&](services::ActionContext &a) { answered = a.records.reissues().requestReissue(regenerate); });
    QVERIFY(runner.ranOffline());
    QCOMPARE(answered.status, QStringLiteral("offline"));
    QCOMPARE(answered.communicationId, QStringLiteral("EXS-1"));
    QCOMPARE(pendingRows(ann, "pending"), 1);
    // What needs the server's answer now says so instead of guessing.
    QCOMPARE(ann.outcome(Action::ViewOwnAuditEntries, [](RecordsStore &r) { r.audit().auditEntries({}); }),
             std::optional(RecordsError::Kind::Invalid));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    runner.run(services::Actor{RecordsFixture::identity(QStringLiteral("ann")), {}}, Action::Search,
               [](services::ActionContext &) {});
    QCOMPARE(runner.lastTeamDrain().applied, 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests WHERE id = '%1' "
                                        "AND status = 'pending_approval' AND requested_by = 'ann'")
                             .arg(answered.id)),
             1);
    // A crash after the server applied it and before the folder marked it: sent again, applied once.
    ann.folder.writer.exec("UPDATE rec.team_pending SET state = 'pending'");
    ann.act(Action::Search, [](RecordsStore &) {});
    ann.act(Action::Search, [](RecordsStore &) {});
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests")), 1);
    QCOMPARE(
        team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'reissue.request'")),
        1);
    QCOMPARE(pendingRows(ann, "pending"), 0);
    ann.act(Action::Search, [&](RecordsStore &r) {
        QCOMPARE(r.reissues().findReissue(answered.id)->status, QStringLiteral("pending_approval"));
    });
}

void TestTeamResilience::aConflictMadeOfflineIsShownAndRecorded()
{
    auto team = newTeam();
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    Desk rita(*team, QStringLiteral("rita"), {Role::Records});
    QString hold;
    rosa.act(Action::ApplyHold, [&](RecordsStore &r) {
        hold = r.holds()
                   .createHold(
                       {QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}})
                   .id;
    });
    setReachable(*team, rosa, false);
    rosa.act(Action::ApplyHold,
             [&](RecordsStore &r) { r.holds().addHoldItems(hold, {QStringLiteral("EXS-1")}, QStringLiteral("more")); });
    // Meanwhile, on the team: the hold is released by someone else.
    rita.act(Action::ReleaseHold, [&](RecordsStore &r) { r.holds().releaseHold(hold, QStringLiteral("settled")); });
    setReachable(*team, rosa, true);
    services::ActionRunner runner(rosa.folder.folder->databasePath(), rosa.folder.data.path());
    runner.run(services::Actor{RecordsFixture::identity(QStringLiteral("rosa")), {}}, Action::Search,
               [](services::ActionContext &) {});
    QCOMPARE(runner.lastTeamDrain().applied, 0);
    QCOMPARE(runner.lastTeamDrain().conflicts.size(), 1);
    QVERIFY2(runner.lastTeamDrain().conflicts.first().contains(QLatin1String("released")),
             qPrintable(runner.lastTeamDrain().conflicts.first()));
    QCOMPARE(pendingRows(rosa, "conflict"), 1); // kept, with the reason
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'hold.add' "
                                        "AND outcome = 'refused' AND \"user\" = 'rosa'")),
             1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.hold_items WHERE comm_id = 'EXS-1'")), 0);
}

void TestTeamResilience::aFindingReviewMadeOfflineArrivesOnce()
{
    auto team = newTeam();
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance});
    carl.act(Action::Search, [](RecordsStore &) {}); // online once: the folder knows carl's roles
    m_server.stop();
    records::FindingReview answered;
    const services::ActionRunner offline = carl.run(Action::RunFindings, [&](services::ActionContext &a) {
        answered = a.records.findings().reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"),
                                                      QStringLiteral("called the customer"));
    });
    QVERIFY(offline.ranOffline());
    QVERIFY(answered.provisional);
    QCOMPARE(answered.by, QStringLiteral("carl"));
    QCOMPARE(pendingRows(carl, "pending"), 1);
    QVERIFY(records::FindingReviewRegister(carl.folder.writer).list().isEmpty()); // the team's copy only, once applied
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QCOMPARE(carl.run(Action::Search, [](services::ActionContext &) {}).lastTeamDrain().applied, 1);
    // Sent again after a crash before the folder marked it: applied once.
    carl.folder.writer.exec("UPDATE rec.team_pending SET state = 'pending'");
    carl.act(Action::Search, [](RecordsStore &) {});
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.finding_reviews WHERE reviewed_by = 'carl'")),
             1);
    QCOMPARE(
        team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'finding.review'")), 1);
    carl.act(Action::RunFindings, [](RecordsStore &r) {
        const auto reviews = r.findings().findingReviews(QStringLiteral("EXS-2"));
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.first().note, QStringLiteral("called the customer"));
        QVERIFY(!reviews.first().provisional);
    });
}

void TestTeamResilience::aRefusalMadeOfflineIsRecordedWhenBack()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    ann.act(Action::Search, [](RecordsStore &) {}); // online once: the folder knows ann's roles
    setReachable(*team, ann, false);
    // Refused here, offline, by the roles the server last gave: the refusal waits to be recorded.
    QCOMPARE(ann.outcome(
                 Action::ApproveReissue, [](RecordsStore &) {}, Role::Compliance),
             std::optional(RecordsError::Kind::Refused));
    QCOMPARE(pendingRows(ann, "pending"), 1);
    setReachable(*team, ann, true);
    ann.act(Action::Search, [](RecordsStore &) {});
    QCOMPARE(pendingRows(ann, "applied"), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'reissue.approve' "
                                        "AND outcome = 'refused' AND \"user\" = 'ann'")),
             1);
}

QTEST_GUILESS_MAIN(TestTeamResilience)
#include "tst_teamresilience.moc"
