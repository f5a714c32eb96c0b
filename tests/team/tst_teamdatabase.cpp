// A team on one PostgreSQL server (started by the test): two data folders as two people,
// the server refusing what the records rules forbid even to a login with a SQL prompt, holds
// reaching an agent's results, and actions that converge, each applied once, when the
// connection drops or the server restarts mid-action.
#include "pgtestserver.h"
#include "itemmodels/records/recordscontext.h"
#include "records/findingreviewregister.h"
#include "records/holdregister.h"
#include "records/recordserror.h"
#include "records/reissuestore.h"
#include "recordsfixture.h"
#include "services/actionrunner.h"
#include "team/pgconnection.h"
#include "team/teamjoin.h"
#include "team/teamconfig.h"
#include "team/teamlogin.h"
#include "team/teamrecordsstore.h"
#include "teamtestdatabase.h"

#include <QtTest>

using namespace proofdesk;
using records::Action;
using records::RecordsError;
using records::RecordsStore;
using records::Role;
using team::TeamError;

namespace {

void fill(RecordsFixture &f)
{
    const QJsonObject snapshot{{QStringLiteral("snapshot"),
                                QJsonObject{{QStringLiteral("path"), QStringLiteral("snapshots/1.json")},
                                            {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}}}};
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"), snapshot);
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"));
    f.import();
}

// One person at one desktop: a data folder connected to the team as their login.
struct Desk
{
    RecordsFixture folder;
    QString login;

    Desk(test::TeamTestDatabase &team, const QString &who, const QList<Role> &roles)
        : login(who)
    {
        fill(folder);
        team.addLogin(who, roles);
        team.connectFolder(folder.data.path(), who);
    }

    // One action in the first role that may do it; the runner says how it went (offline, what
    // was sent first).
    services::ActionRunner run(Action action, const services::ActionRunner::Body &body)
    {
        services::ActionRunner runner(folder.folder->databasePath(), folder.data.path());
        runner.run(services::Actor{RecordsFixture::identity(login), {}}, action, body);
        return runner;
    }
    void act(Action action, const std::function<void(RecordsStore &)> &body, std::optional<Role> as = {})
    {
        services::ActionRunner runner(folder.folder->databasePath(), folder.data.path());
        runner.run(services::Actor{RecordsFixture::identity(login), as}, action,
                   [&](services::ActionContext &a) { body(a.records); });
    }
    std::optional<RecordsError::Kind> outcome(Action action, const std::function<void(RecordsStore &)> &body,
                                              std::optional<Role> as = {})
    {
        try {
            act(action, body, as);
        } catch (const RecordsError &e) {
            return e.kind();
        }
        return std::nullopt;
    }
};

const records::ReissueSpec regenerate{QStringLiteral("EXS-1"), QStringLiteral("regenerate"), QStringLiteral("customer asked"),
                                      {}, {}};

// The state a scenario leaves on the server, for comparing runs: every audit action with its
// count and every request's status (ids differ between runs; their order does not).
QString serverState(test::TeamTestDatabase &team)
{
    auto owner = team.asOwner();
    const team::PgResult entries = owner->exec(QStringLiteral(
        "SELECT action || '/' || outcome || '=' || count(*) FROM proofdesk.audit_entries "
        "GROUP BY action, outcome ORDER BY 1"));
    QStringList parts;
    for (int r = 0; r < entries.rows(); ++r)
        parts << entries.text(r, 0);
    const team::PgResult statuses = owner->exec(QStringLiteral(
        "SELECT status FROM proofdesk.reissue_requests ORDER BY requested_at"));
    for (int r = 0; r < statuses.rows(); ++r)
        parts << QStringLiteral("request:") + statuses.text(r, 0);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestTeamDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { team::TeamRecordsStore::setCallHook({}); }
    void oneRequestsAnotherApproves();
    void theServerRefusesWhatTheRulesForbid_data();
    void theServerRefusesWhatTheRulesForbid();
    void aHeldCommunicationIsNotDisposedOfByAnyDesk();
    void aHoldReachesTheAgentsResults();
    void agentsReadOnlyTheirOwnEntriesEvenWithSql();
    void theNthCallFailingEndsInTheSameState_data();
    void theNthCallFailingEndsInTheSameState();
    void aServerRestartBetweenActionsIsTransparent();
    void aCrashAfterApprovalIsSentOnceLater();
    void connectingCarriesLocalHoldsOverOnce();
    void aWrongPasswordIsRefusedAndNamed();
    void anotherDesksChangesArriveWithinTwoSeconds();
    void anActionMadeOfflineArrivesOnce();
    void aConflictMadeOfflineIsShownAndRecorded();
    void aDisconnectedFolderIsAReadOnlyCopy();
    void aFindingReviewMadeOfflineArrivesOnce();

private:
    std::unique_ptr<test::TeamTestDatabase> newTeam()
    {
        QString error;
        auto team = std::make_unique<test::TeamTestDatabase>(m_server, &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return team;
    }

    test::PgTestServer m_server;
};

void TestTeamDatabase::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestTeamDatabase::oneRequestsAnotherApproves()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance});
    QString id;
    ann.act(Action::RequestReissue, [&](RecordsStore &r) { id = r.requestReissue(regenerate).id; });
    // The officer's desk sees the agent's request, waiting for them.
    carl.act(Action::ApproveReissue, [&](RecordsStore &r) {
        const auto waiting = r.reissues(QStringLiteral("pending_approval"));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().id, id);
        QCOMPARE(waiting.first().requestedBy, QStringLiteral("ann"));
        r.approveReissue(id, QStringLiteral("checked the snapshot"));
    });
    QCOMPARE(carl.folder.hotFolderFiles(QStringLiteral("reissue")).size(), 1); // carl's desk sent it
    ann.act(Action::Search, [&](RecordsStore &r) {
        const auto request = r.findReissue(id);
        QVERIFY(request);
        QCOMPARE(request->approvedBy, QStringLiteral("carl"));
        QCOMPARE(request->status, QStringLiteral("sent"));
    });
    QCOMPARE(ann.folder.hotFolderFiles(QStringLiteral("reissue")).size(), 0); // sent once, by one desk
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'reissue.approve' "
                                        "AND \"user\" = 'carl'")), 1);
}

void TestTeamDatabase::theServerRefusesWhatTheRulesForbid_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("says");
    // cleo is agent and compliance and requested %REQ% herself; ann is an agent.
    QTest::newRow("approving one's own request") << "cleo"
        << "SELECT proofdesk.approve_reissue('k1', 'compliance', 'psql', '%REQ%', 'mine')" << "PDREF" << "nobody approves their own";
    QTest::newRow("an agent approving") << "ann"
        << "SELECT proofdesk.approve_reissue('k2', 'compliance', 'psql', '%REQ%', 'ok')" << "PDREF" << "not a member of proofdesk_compliance";
    QTest::newRow("setting the status") << "cleo"
        << "UPDATE proofdesk.reissue_requests SET status = 'approved'" << "42501" << "permission denied";
    QTest::newRow("an agent applying a hold") << "ann"
        << "SELECT proofdesk.create_hold('k3', 'records', 'psql', 'HOLD-X', 'n', NULL, 'r', NULL, NULL, NULL, ARRAY['EXS-1'])"
        << "PDREF" << "not a member of proofdesk_records";
    QTest::newRow("an agent in its own role holding") << "ann"
        << "SELECT proofdesk.create_hold('k4', 'agent', 'psql', 'HOLD-X', 'n', NULL, 'r', NULL, NULL, NULL, ARRAY['EXS-1'])"
        << "PDREF" << "needs the role records";
    QTest::newRow("an agent releasing a hold") << "ann"
        << "SELECT proofdesk.release_hold('k5', 'agent', 'psql', '%HOLD%', 'done with it')" << "PDREF" << "release a legal hold";
    QTest::newRow("a hold row inserted") << "ann"
        << "INSERT INTO proofdesk.hold_items(hold_id, comm_id, added_at, added_by) VALUES ('%HOLD%', 'EXS-2', 0, 'ann')"
        << "42501" << "permission denied";
    QTest::newRow("an entry forged as done") << "ann"
        << "SELECT proofdesk.record(NULL, 'agent', 'reissue.approve', 'done', 'reissue', '%REQ%', NULL, NULL, NULL, 'psql')"
        << "PDREF" << "recorded by the team database";
    QTest::newRow("an entry appended directly") << "cleo"
        << "SELECT proofdesk.append_entry('compliance', 'x', 'done', 'x', NULL, NULL, NULL, NULL, 'psql')" << "42501" << "permission denied";
    QTest::newRow("an entry inserted") << "cleo"
        << "INSERT INTO proofdesk.audit_entries SELECT * FROM proofdesk.audit_entries LIMIT 1" << "42501" << "permission denied";
    QTest::newRow("an entry changed") << "cleo"
        << "UPDATE proofdesk.audit_entries SET reason = 'nothing happened'" << "42501" << "permission denied";
    QTest::newRow("entries deleted") << "cleo" << "DELETE FROM proofdesk.audit_entries" << "42501" << "permission denied";
    QTest::newRow("the trail truncated") << "cleo" << "TRUNCATE proofdesk.audit_entries" << "42501" << "permission denied";
    QTest::newRow("the head moved") << "cleo" << "UPDATE proofdesk.audit_head SET seq = 0" << "42501" << "permission denied";
    QTest::newRow("a role granted to oneself") << "ann" << "GRANT proofdesk_compliance TO ann" << "42501" << "must have admin option";
    QTest::newRow("an agent reviewing a finding") << "ann"
        << "SELECT proofdesk.review_finding('k7', 'agent', 'psql', 'undelivered', 'EXS-2', 'looked')" << "PDREF"
        << "review a finding: that needs the role compliance or records";
    QTest::newRow("a review forged as done") << "ann"
        << "SELECT proofdesk.record(NULL, 'agent', 'finding.review', 'done', 'communication', 'EXS-2', 'looked', NULL, NULL, 'psql')"
        << "PDREF" << "recorded by the team database";
    QTest::newRow("a review row inserted") << "cleo"
        << "INSERT INTO proofdesk.finding_reviews(kind, comm_id, reviewed_by, at) VALUES ('undelivered', 'EXS-2', 'cleo', 0)"
        << "42501" << "permission denied";
    QTest::newRow("a login added by an agent") << "ann"
        << "SELECT proofdesk.add_user('k6', 'admin', 'psql', 'eve', 'pw', ARRAY['compliance'])" << "PDREF" << "add users";
}

void TestTeamDatabase::theServerRefusesWhatTheRulesForbid()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(QString, sqlState);
    QFETCH(QString, says);
    auto team = newTeam();
    Desk cleo(*team, QStringLiteral("cleo"), {Role::Agent, Role::Compliance});
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    team->addLogin(QStringLiteral("ann"), {Role::Agent});
    QString request;
    QString hold;
    cleo.act(Action::RequestReissue, [&](RecordsStore &r) { request = r.requestReissue(regenerate).id; }, Role::Agent);
    rosa.act(Action::ApplyHold, [&](RecordsStore &r) {
        hold = r.createHold({QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}}).id;
    });
    const QString before = serverState(*team);
    auto psql = team->as(login);
    try {
        psql->exec(QString(sql).replace(QLatin1String("%REQ%"), request).replace(QLatin1String("%HOLD%"), hold));
        QFAIL("the server accepted it");
    } catch (const TeamError &e) {
        QCOMPARE(e.sqlState(), sqlState);
        QVERIFY2(e.message().contains(says), qPrintable(e.message()));
    }
    QCOMPARE(serverState(*team), before); // nothing changed, nothing appended
    cleo.act(Action::ViewAuditTrail, [](RecordsStore &r) { QVERIFY(r.verifyAudit().ok); }, Role::Compliance);
}

void TestTeamDatabase::aHeldCommunicationIsNotDisposedOfByAnyDesk()
{
    auto team = newTeam();
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    Desk rita(*team, QStringLiteral("rita"), {Role::Records});
    rosa.act(Action::ApplyHold, [](RecordsStore &r) {
        r.createHold({QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}});
    });
    // Even a desk whose own copy has not heard of the hold yet is refused by the server.
    auto psql = team->as(QStringLiteral("rita"));
    const QJsonObject decided = psql->callJson(QStringLiteral(
        "SELECT proofdesk.decide_disposition('d1', 'records', 'psql', 'DISP-1', ARRAY['EXS-2', 'EXS-1'], '{}'::jsonb, 'schedule')"))
                                    .toObject();
    QCOMPARE(decided.value(QStringLiteral("disposed")).toArray(), QJsonArray{QStringLiteral("EXS-1")});
    QVERIFY(decided.value(QStringLiteral("skipped")).toArray().first().toObject().value(QStringLiteral("why"))
                .toString().contains(QStringLiteral("legal hold")));
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.disposition_decisions WHERE comm_id = 'EXS-2'")), 0);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'disposition.approve' "
                                        "AND outcome = 'refused' AND object_id = 'EXS-2'")), 1);
    // A scope hold covers what the deciding desk's cache says has that key.
    rosa.act(Action::ApplyHold, [](RecordsStore &r) {
        r.createHold({QStringLiteral("Customer"), {}, QStringLiteral("subpoena"), {}, {}, QStringLiteral("customer"),
                      QStringLiteral("CUST-9")});
    });
    const QJsonObject scoped = psql->callJson(QStringLiteral(
        "SELECT proofdesk.decide_disposition('d2', 'records', 'psql', 'DISP-2', ARRAY['EXS-9'], "
        "'{\"EXS-9\": {\"customer_id\": \"cust-9\"}}'::jsonb, 'schedule')")).toObject();
    QVERIFY(scoped.value(QStringLiteral("disposed")).toArray().isEmpty());
}

void TestTeamDatabase::aHoldReachesTheAgentsResults()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    QVERIFY(!records::HoldRegister(ann.folder.writer).isHeld(QStringLiteral("EXS-2")));
    rosa.act(Action::ApplyHold, [](RecordsStore &r) {
        r.createHold({QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}});
    });
    // The agent's next action brings the team's holds into the copy search joins.
    ann.act(Action::Search, [](RecordsStore &r) { QCOMPARE(r.holds().size(), 1); });
    QVERIFY(records::HoldRegister(ann.folder.writer).isHeld(QStringLiteral("EXS-2")));
    QVERIFY(!records::HoldRegister(ann.folder.writer).isHeld(QStringLiteral("EXS-1")));
    // Released by the records manager: no longer held on the agent's desk either.
    QString id;
    rosa.act(Action::ReleaseHold, [&](RecordsStore &r) {
        id = r.holds().first().id;
        r.releaseHold(id, QStringLiteral("settled"));
    });
    ann.act(Action::Search, [](RecordsStore &r) { r.holds(); });
    QVERIFY(!records::HoldRegister(ann.folder.writer).isHeld(QStringLiteral("EXS-2")));
    // A released hold takes no more changes: the conflict is shown and recorded.
    const auto kind = rosa.outcome(Action::ApplyHold, [&](RecordsStore &r) {
        r.addHoldItems(id, {QStringLiteral("EXS-1")}, QStringLiteral("more"));
    });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Invalid));
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'hold.add' "
                                        "AND outcome = 'refused'")), 1);
}

void TestTeamDatabase::agentsReadOnlyTheirOwnEntriesEvenWithSql()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    Desk abe(*team, QStringLiteral("abe"), {Role::Agent});
    for (Desk *d : {&ann, &abe})
        d->act(Action::ViewCommunication, [](RecordsStore &r) {
            r.recordAccess(Action::ViewCommunication, QStringLiteral("communication"), QStringLiteral("EXS-2"));
        });
    auto psql = team->as(QStringLiteral("ann"));
    QCOMPARE(psql->exec(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE \"user\" <> 'ann'")).integer(0, 0), 0);
    QVERIFY(psql->exec(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries")).integer(0, 0) > 0);
    QVERIFY(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE \"user\" = 'abe'")) > 0);
}

void TestTeamDatabase::theNthCallFailingEndsInTheSameState_data()
{
    QTest::addColumn<bool>("afterCommit");
    // Before: the connection is dropped as the call is sent (the server never sees it).
    // After: the server committed it and the answer was lost (the client cannot tell).
    QTest::newRow("connection dropped before the call") << false;
    QTest::newRow("answer lost after the commit") << true;
}

void TestTeamDatabase::theNthCallFailingEndsInTheSameState()
{
    QFETCH(bool, afterCommit);
    // The scenario: ann requests two reissues, withdraws one; carl approves the other and
    // sends it; both look at the trail.
    const auto scenario = [](test::TeamTestDatabase &team) {
        Desk ann(team, QStringLiteral("ann"), {Role::Agent});
        Desk carl(team, QStringLiteral("carl"), {Role::Compliance});
        QString keep, drop;
        ann.act(Action::RequestReissue, [&](RecordsStore &r) {
            keep = r.requestReissue(regenerate).id;
            drop = r.requestReissue({QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("lost"),
                                     QStringLiteral("print"), {}}).id;
            r.withdrawReissue(drop, QStringLiteral("found it"));
        });
        carl.act(Action::ApproveReissue, [&](RecordsStore &r) { r.approveReissue(keep, QStringLiteral("ok")); });
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

void TestTeamDatabase::aServerRestartBetweenActionsIsTransparent()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    QString id;
    ann.act(Action::RequestReissue, [&](RecordsStore &r) { id = r.requestReissue(regenerate).id; });
    QString error;
    // Restarted while the agent's action holds a connection: the store reconnects and retries.
    team::TeamRecordsStore::setCallHook([&](const QString &sql, bool executed) {
        if (executed || !sql.contains(QLatin1String("cancel_reissue")) || !error.isEmpty())
            return;
        error = m_server.restart(&error) ? QStringLiteral("restarted") : error;
    });
    ann.act(Action::RequestReissue, [&](RecordsStore &r) { r.withdrawReissue(id, QStringLiteral("not needed")); });
    QCOMPARE(error, QStringLiteral("restarted"));
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests WHERE status = 'cancelled'")), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'reissue.cancel'")), 1);
}

void TestTeamDatabase::aCrashAfterApprovalIsSentOnceLater()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance});
    QString id;
    ann.act(Action::RequestReissue, [&](RecordsStore &r) { id = r.requestReissue(regenerate).id; });
    // The process dies right after the server approved (before its outbox had the request).
    team::TeamRecordsStore::setCallHook([](const QString &sql, bool executed) {
        if (executed && sql.contains(QLatin1String("approve_reissue")))
            throw std::runtime_error("killed");
    });
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             carl.act(Action::ApproveReissue, [&](RecordsStore &r) { r.approveReissue(id, QStringLiteral("ok")); }));
    team::TeamRecordsStore::setCallHook({});
    QCOMPARE(carl.folder.hotFolderFiles(QStringLiteral("reissue")).size(), 0);
    // Whatever carl does next picks it up: queued, sent once.
    for (int i = 0; i < 2; ++i)
        carl.act(Action::Search, [](RecordsStore &) {});
    QCOMPARE(carl.folder.hotFolderFiles(QStringLiteral("reissue")).size(), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests WHERE status = 'sent'")), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'reissue.approve'")), 1);
}

void TestTeamDatabase::connectingCarriesLocalHoldsOverOnce()
{
    auto team = newTeam();
    RecordsFixture local;
    fill(local);
    {
        const records::RecordsSession rosa = local.as(QStringLiteral("rosa"), Role::Records);
        services::ActionRunner runner(local.folder->databasePath(), local.data.path());
        runner.run(services::Actor{RecordsFixture::identity(QStringLiteral("rosa")), Role::Records}, Action::ApplyHold,
                   [](services::ActionContext &a) {
                       a.records.createHold({QStringLiteral("Local"), {}, QStringLiteral("before the team"),
                                             {QStringLiteral("EXS-1")}, {}, {}, {}});
                   });
    }
    {
        const records::RecordsSession ann = local.as(QStringLiteral("ann"), Role::Agent);
        services::ActionRunner runner(local.folder->databasePath(), local.data.path());
        runner.run(services::Actor{RecordsFixture::identity(QStringLiteral("ann")), Role::Agent}, Action::RequestReissue,
                   [](services::ActionContext &a) { a.records.requestReissue(regenerate); });
    }
    team->addLogin(QStringLiteral("ann"), {Role::Agent});
    team->addLogin(QStringLiteral("rosa"), {Role::Records});
    const auto join = [&](const QString &login) {
        auto server = team->as(login);
        return team::carryOver(*server, local.writer, QStringLiteral("desk-1"), team::TeamLogin::rolesOf(*server));
    };
    const team::CarryOver byAgent = join(QStringLiteral("ann"));
    QCOMPARE(byAgent.holdsLeft, 1); // an agent cannot apply it on the team
    QCOMPARE(byAgent.requestsCarried, 1); // ann's own open request: the team's officers decide it now
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests WHERE requested_by = 'ann' "
                                        "AND status = 'pending_approval'")), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.holds")), 0);
    QVERIFY(records::HoldRegister(local.writer).isHeld(QStringLiteral("EXS-1"))); // still held here
    const team::CarryOver byRecords = join(QStringLiteral("rosa"));
    QCOMPARE(byRecords.holdsCarried, 1);
    QCOMPARE(byRecords.requestsCarried, 0); // already the team's
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.hold_items WHERE comm_id = 'EXS-1'")), 1);
    QCOMPARE(join(QStringLiteral("rosa")).holdsOnTeam, 1); // again: nothing doubled
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.holds")), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'team.connect'")), 3);
}

void TestTeamDatabase::aWrongPasswordIsRefusedAndNamed()
{
    auto team = newTeam();
    QString error;
    QVERIFY2(m_server.exec(QStringLiteral("CREATE ROLE pat LOGIN PASSWORD 'right'"), &error) || error.contains(QLatin1String("exists")),
             qPrintable(error));
    const QString tcp = m_server.url(QStringLiteral("pat"), {}, true, team->name());
    try {
        team::PgConnection connection(tcp, QStringLiteral("wrong"));
        QFAIL("connected with a wrong password");
    } catch (const TeamError &e) {
        QCOMPARE(e.kind(), TeamError::Kind::Refused);
        QVERIFY2(e.message().contains(QLatin1String("did not accept the login")), qPrintable(e.message()));
    }
    team::PgConnection right(tcp, QStringLiteral("right"));
    QCOMPARE(right.user(), QStringLiteral("pat"));
    // Nobody listening on the port: unreachable, said so.
    m_server.stop();
    try {
        team::PgConnection gone(tcp, QStringLiteral("right"));
        QFAIL("connected to a stopped server");
    } catch (const TeamError &e) {
        QCOMPARE(e.kind(), TeamError::Kind::Unreachable);
    }
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestTeamDatabase::anotherDesksChangesArriveWithinTwoSeconds()
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

    QElapsedTimer timer;
    timer.start();
    ann.act(Action::RequestReissue, [](RecordsStore &r) { r.requestReissue(regenerate); });
    // No polling of the server here: the copy changes only when a notification arrives.
    QTRY_COMPARE_WITH_TIMEOUT(records::ReissueStore(carl.folder.writer).list(QStringLiteral("pending_approval")).size(), 1, 2000);
    qInfo() << "a new request reached the officer's copy in" << timer.elapsed() << "ms";
    QVERIFY(!queueChanged.isEmpty());
    QVERIFY(!officerTrail.isEmpty() || officerTrail.wait(2000));

    timer.restart();
    rosa.act(Action::ApplyHold, [](RecordsStore &r) {
        r.createHold({QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}});
    });
    QTRY_VERIFY_WITH_TIMEOUT(records::HoldRegister(ann.folder.writer).isHeld(QStringLiteral("EXS-2")), 2000);
    qInfo() << "a new hold reached the agent's results in" << timer.elapsed() << "ms";

    timer.restart();
    carl.act(Action::RunFindings, [](RecordsStore &r) {
        r.reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"), QStringLiteral("called the customer"));
    });
    QTRY_COMPARE_WITH_TIMEOUT(records::FindingReviewRegister(ann.folder.writer).list().size(), 1, 2000);
    qInfo() << "a finding review reached the agent's copy in" << timer.elapsed() << "ms";

    // The server goes away: the windows say so, and hear again once it is back.
    m_server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!agent.team().connected, 5000);
    QVERIFY(!agent.team().problem.isEmpty());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(agent.team().connected, 15000);
}

namespace {

// Points a desk's team.json at a port nobody listens on (its server "unreachable"), or back.
void setReachable(test::TeamTestDatabase &team, Desk &desk, bool reachable)
{
    auto config = *team::TeamConfig::load(desk.folder.data.path());
    config.url = reachable ? team.url() : QString(team.url()).replace(QLatin1String("port="), QLatin1String("port=1"));
    config.save(desk.folder.data.path());
}

qint64 pendingRows(Desk &desk, const char *state)
{
    auto st = desk.folder.writer.prepare("SELECT count(*) FROM rec.team_pending WHERE state = ?1");
    st.bind(1, QString::fromLatin1(state));
    return st.step() ? st.columnInt(0) : 0;
}

} // namespace

void TestTeamDatabase::anActionMadeOfflineArrivesOnce()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    ann.act(Action::Search, [](RecordsStore &) {}); // online once: the folder knows ann's roles
    m_server.stop();
    services::ActionRunner runner(ann.folder.folder->databasePath(), ann.folder.data.path());
    records::ReissueRequest answered;
    runner.run(services::Actor{RecordsFixture::identity(QStringLiteral("ann")), {}}, Action::RequestReissue,
               [&](services::ActionContext &a) { answered = a.records.requestReissue(regenerate); });
    QVERIFY(runner.ranOffline());
    QCOMPARE(answered.status, QStringLiteral("offline"));
    QCOMPARE(answered.communicationId, QStringLiteral("EXS-1"));
    QCOMPARE(pendingRows(ann, "pending"), 1);
    // What needs the server's answer now says so instead of guessing.
    QCOMPARE(ann.outcome(Action::ViewOwnAuditEntries, [](RecordsStore &r) { r.auditEntries({}); }),
             std::optional(RecordsError::Kind::Invalid));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    runner.run(services::Actor{RecordsFixture::identity(QStringLiteral("ann")), {}}, Action::Search,
               [](services::ActionContext &) {});
    QCOMPARE(runner.lastTeamDrain().applied, 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests WHERE id = '%1' "
                                        "AND status = 'pending_approval' AND requested_by = 'ann'").arg(answered.id)), 1);
    // A crash after the server applied it and before the folder marked it: sent again, applied once.
    ann.folder.writer.exec("UPDATE rec.team_pending SET state = 'pending'");
    ann.act(Action::Search, [](RecordsStore &) {});
    ann.act(Action::Search, [](RecordsStore &) {});
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests")), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'reissue.request'")), 1);
    QCOMPARE(pendingRows(ann, "pending"), 0);
    ann.act(Action::Search, [&](RecordsStore &r) { QCOMPARE(r.findReissue(answered.id)->status, QStringLiteral("pending_approval")); });
}

void TestTeamDatabase::aConflictMadeOfflineIsShownAndRecorded()
{
    auto team = newTeam();
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    Desk rita(*team, QStringLiteral("rita"), {Role::Records});
    QString hold;
    rosa.act(Action::ApplyHold, [&](RecordsStore &r) {
        hold = r.createHold({QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}}).id;
    });
    setReachable(*team, rosa, false);
    rosa.act(Action::ApplyHold, [&](RecordsStore &r) { r.addHoldItems(hold, {QStringLiteral("EXS-1")}, QStringLiteral("more")); });
    // Meanwhile, on the team: the hold is released by someone else.
    rita.act(Action::ReleaseHold, [&](RecordsStore &r) { r.releaseHold(hold, QStringLiteral("settled")); });
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
                                        "AND outcome = 'refused' AND \"user\" = 'rosa'")), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.hold_items WHERE comm_id = 'EXS-1'")), 0);
}

void TestTeamDatabase::aFindingReviewMadeOfflineArrivesOnce()
{
    auto team = newTeam();
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance});
    carl.act(Action::Search, [](RecordsStore &) {}); // online once: the folder knows carl's roles
    m_server.stop();
    records::FindingReview answered;
    const services::ActionRunner offline = carl.run(Action::RunFindings, [&](services::ActionContext &a) {
        answered = a.records.reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"),
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
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.finding_reviews WHERE reviewed_by = 'carl'")), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'finding.review'")), 1);
    carl.act(Action::RunFindings, [](RecordsStore &r) {
        const auto reviews = r.findingReviews(QStringLiteral("EXS-2"));
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.first().note, QStringLiteral("called the customer"));
        QVERIFY(!reviews.first().provisional);
    });
}

void TestTeamDatabase::aDisconnectedFolderIsAReadOnlyCopy()
{
    auto team = newTeam();
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance});
    carl.act(Action::RunFindings, [](RecordsStore &r) {
        r.reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"), QStringLiteral("called the customer"));
    });
    auto config = *team::TeamConfig::load(carl.folder.data.path());
    config.disconnected = true;
    config.save(carl.folder.data.path());
    carl.folder.grant(QStringLiteral("carl"), Role::Compliance); // the folder's own grant, as before the team
    // Reading goes on from the copy; reviewing (the same action as reading findings) and every
    // other change are refused, saying why.
    carl.act(Action::RunFindings, [](RecordsStore &r) { QCOMPARE(r.findingReviews(QStringLiteral("EXS-2")).size(), 1); });
    QCOMPARE(carl.outcome(Action::RunFindings, [](RecordsStore &r) {
                 r.reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"), QStringLiteral("again"));
             }),
             std::optional(RecordsError::Kind::Refused));
    QCOMPARE(carl.outcome(Action::RequestReissue, [](RecordsStore &r) { r.requestReissue(regenerate); }),
             std::optional(RecordsError::Kind::Refused));
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.finding_reviews")), 1);
    auto st = carl.folder.writer.prepare("SELECT count(*) FROM rec.finding_reviews");
    QVERIFY(st.step());
    QCOMPARE(st.columnInt(0), 1); // the team's review, copied; nothing written here
}

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
