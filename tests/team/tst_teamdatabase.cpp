// A team on one PostgreSQL server (started by the test): two data folders as two people, the
// server refusing what the records rules forbid even to a login with a SQL prompt, holds
// reaching an agent's results, what connecting carries over and what disconnecting leaves.
#include "records/holdregister.h"
#include "team/teamjoin.h"
#include "team/teamlogin.h"
#include "teamdesk.h"

#include <QTest>

using namespace proofdesk;
using namespace teamtest;
using team::TeamError;

class TestTeamDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneRequestsAnotherApproves();
    void theServerRefusesWhatTheRulesForbid_data();
    void theServerRefusesWhatTheRulesForbid();
    void aHeldCommunicationIsNotDisposedOfByAnyDesk();
    void aHoldReachesTheAgentsResults();
    void agentsReadOnlyTheirOwnEntriesEvenWithSql();
    void connectingCarriesLocalHoldsOverOnce();
    void aWrongPasswordIsRefusedAndNamed();
    void aDisconnectedFolderIsAReadOnlyCopy();

private:
    std::unique_ptr<test::TeamTestDatabase> newTeam() { return teamtest::newTeam(m_server); }

    test::PgTestServer m_server;
};

void TestTeamDatabase::initTestCase()
{
    QString error;
    m_server.enableTls(); // over TCP a desk verifies the server's certificate, the loopback's too
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestTeamDatabase::oneRequestsAnotherApproves()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance});
    QString id;
    ann.act(Action::RequestReissue, [&](RecordsStore &r) { id = r.reissues().requestReissue(regenerate).id; });
    // The officer's desk sees the agent's request, waiting for them.
    carl.act(Action::ApproveReissue, [&](RecordsStore &r) {
        const auto waiting = r.reissues().list(QStringLiteral("pending_approval"));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().id, id);
        QCOMPARE(waiting.first().requestedBy, QStringLiteral("ann"));
        r.reissues().approveReissue(id, QStringLiteral("checked the snapshot"));
    });
    QCOMPARE(carl.folder.hotFolderFiles(QStringLiteral("reissue")).size(), 1); // carl's desk sent it
    ann.act(Action::Search, [&](RecordsStore &r) {
        const auto request = r.reissues().findReissue(id);
        QVERIFY(request);
        QCOMPARE(request->approvedBy, QStringLiteral("carl"));
        QCOMPARE(request->status, QStringLiteral("sent"));
    });
    QCOMPARE(ann.folder.hotFolderFiles(QStringLiteral("reissue")).size(), 0); // sent once, by one desk
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'reissue.approve' "
                                        "AND \"user\" = 'carl'")),
             1);
}

void TestTeamDatabase::theServerRefusesWhatTheRulesForbid_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("says");
    // cleo is agent and compliance and requested %REQ% herself; ann is an agent.
    QTest::newRow("approving one's own request")
        << "cleo"
        << "SELECT proofdesk.approve_reissue('k1', 'compliance', 'psql', '%REQ%', 'mine')"
        << "PDREF"
        << "nobody approves their own";
    QTest::newRow("an agent approving") << "ann"
                                        << "SELECT proofdesk.approve_reissue('k2', 'compliance', 'psql', '%REQ%', 'ok')"
                                        << "PDREF"
                                        << "is not a member of pd_team_";
    QTest::newRow("setting the status") << "cleo"
                                        << "UPDATE proofdesk.reissue_requests SET status = 'approved'"
                                        << "42501"
                                        << "permission denied";
    QTest::newRow("an agent applying a hold") << "ann"
                                              << "SELECT proofdesk.create_hold('k3', 'records', 'psql', 'HOLD-X', 'n', "
                                                 "NULL, 'r', NULL, NULL, NULL, ARRAY['EXS-1'])"
                                              << "PDREF"
                                              << "is not a member of pd_team_";
    QTest::newRow("an agent in its own role holding") << "ann"
                                                      << "SELECT proofdesk.create_hold('k4', 'agent', 'psql', "
                                                         "'HOLD-X', 'n', NULL, 'r', NULL, NULL, NULL, ARRAY['EXS-1'])"
                                                      << "PDREF"
                                                      << "needs the role records";
    QTest::newRow("an agent releasing a hold")
        << "ann"
        << "SELECT proofdesk.release_hold('k5', 'agent', 'psql', '%HOLD%', 'done with it')"
        << "PDREF"
        << "release a legal hold";
    QTest::newRow("a hold row inserted")
        << "ann"
        << "INSERT INTO proofdesk.hold_items(hold_id, comm_id, added_at, added_by) VALUES ('%HOLD%', 'EXS-2', 0, 'ann')"
        << "42501"
        << "permission denied";
    QTest::newRow("an entry forged as done") << "ann"
                                             << "SELECT proofdesk.record(NULL, 'agent', 'reissue.approve', 'done', "
                                                "'reissue', '%REQ%', NULL, NULL, NULL, 'psql')"
                                             << "PDREF"
                                             << "recorded by the team database";
    QTest::newRow("an entry appended directly")
        << "cleo"
        << "SELECT proofdesk.append_entry('compliance', 'x', 'done', 'x', NULL, NULL, NULL, NULL, 'psql')"
        << "42501"
        << "permission denied";
    QTest::newRow("an entry inserted")
        << "cleo"
        << "INSERT INTO proofdesk.audit_entries SELECT * FROM proofdesk.audit_entries LIMIT 1"
        << "42501"
        << "permission denied";
    QTest::newRow("an entry changed") << "cleo"
                                      << "UPDATE proofdesk.audit_entries SET reason = 'nothing happened'"
                                      << "42501"
                                      << "permission denied";
    QTest::newRow("entries deleted") << "cleo"
                                     << "DELETE FROM proofdesk.audit_entries"
                                     << "42501"
                                     << "permission denied";
    QTest::newRow("the trail truncated") << "cleo"
                                         << "TRUNCATE proofdesk.audit_entries"
                                         << "42501"
                                         << "permission denied";
    QTest::newRow("the head moved") << "cleo"
                                    << "UPDATE proofdesk.audit_head SET seq = 0"
                                    << "42501"
                                    << "permission denied";
    QTest::newRow("a role granted to oneself") << "ann"
                                               << "GRANT proofdesk_compliance TO ann"
                                               << "42501"
                                               << "must have admin option";
    QTest::newRow("the team's role granted to oneself")
        << "ann"
        << "DO $$ BEGIN EXECUTE format('GRANT %I TO ann', proofdesk.team_role('compliance')); END $$"
        << "42501"
        << "must have admin option";
    QTest::newRow("a control forged through record()") << "cleo"
                                                       << "SELECT proofdesk.record(NULL, 'compliance', 'audit.anchor', "
                                                          "'done', 'audit', NULL, NULL, NULL, '{\"seq\": 1}', 'psql')"
                                                       << "PDREF"
                                                       << "recorded by the team database";
    QTest::newRow("another person's request advanced")
        << "ann"
        << "SELECT proofdesk.advance_reissue('k8', 'psql', '%REQ%', 'fulfilled', 'EXS-777')"
        << "PDREF"
        << "only the desk that sends it";
    QTest::newRow("an agent reviewing a finding")
        << "ann"
        << "SELECT proofdesk.review_finding('k7', 'agent', 'psql', 'undelivered', 'EXS-2', 'looked')"
        << "PDREF"
        << "review a finding: that needs the role compliance or records";
    QTest::newRow("a review forged as done") << "ann"
                                             << "SELECT proofdesk.record(NULL, 'agent', 'finding.review', 'done', "
                                                "'communication', 'EXS-2', 'looked', NULL, NULL, 'psql')"
                                             << "PDREF"
                                             << "recorded by the team database";
    QTest::newRow("a review row inserted") << "cleo"
                                           << "INSERT INTO proofdesk.finding_reviews(kind, comm_id, reviewed_by, at) "
                                              "VALUES ('undelivered', 'EXS-2', 'cleo', 0)"
                                           << "42501"
                                           << "permission denied";
    QTest::newRow("a login added by an agent")
        << "ann"
        << "SELECT proofdesk.add_user('k6', 'admin', 'psql', 'eve', 'pw', ARRAY['compliance'])"
        << "PDREF"
        << "add users";
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
    cleo.act(
        Action::RequestReissue, [&](RecordsStore &r) { request = r.reissues().requestReissue(regenerate).id; },
        Role::Agent);
    rosa.act(Action::ApplyHold, [&](RecordsStore &r) {
        hold = r.holds()
                   .createHold(
                       {QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}})
                   .id;
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
    cleo.act(
        Action::ViewAuditTrail, [](RecordsStore &r) { QVERIFY(r.audit().verifyAudit().ok); }, Role::Compliance);
}

void TestTeamDatabase::aHeldCommunicationIsNotDisposedOfByAnyDesk()
{
    auto team = newTeam();
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    Desk rita(*team, QStringLiteral("rita"), {Role::Records});
    rosa.act(Action::ApplyHold, [](RecordsStore &r) {
        r.holds().createHold(
            {QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}});
    });
    publishFacts(*team, rosa);
    // Even a desk whose own copy has not heard of the hold yet is refused by the server.
    auto psql = team->as(QStringLiteral("rita"));
    const QJsonObject decided = psql->callJson(QStringLiteral("SELECT proofdesk.decide_disposition('d1', 'records', "
                                                              "'psql', 'DISP-1', ARRAY['EXS-2', 'EXS-1'], 'schedule')"))
                                    .toObject();
    QCOMPARE(decided.value(QStringLiteral("disposed")).toArray(), QJsonArray());
    const QJsonArray skipped = decided.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 2);
    QVERIFY(skipped.at(0).toObject().value(QStringLiteral("why")).toString().contains(QStringLiteral("legal hold")));
    // The server's retention end (FIN-7Y from 2026-10-01), not the desk's word, decides.
    QVERIFY2(
        skipped.at(1).toObject().value(QStringLiteral("why")).toString().contains(QStringLiteral("runs to 2033-10-01")),
        qPrintable(skipped.at(1).toObject().value(QStringLiteral("why")).toString()));
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.disposition_decisions")), 0);
    QCOMPARE(
        team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'disposition.approve' "
                                   "AND outcome = 'refused' AND object_id = 'EXS-2'")),
        1);
    QCOMPARE(
        team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'disposition.decide'")),
        0);
    // Through the desk: refused, and nothing is purged from its copy.
    QCOMPARE(rita.outcome(Action::ApproveDisposition,
                          [](RecordsStore &r) {
                              r.disposition().approveDisposition({QStringLiteral("EXS-1")}, QStringLiteral("schedule"));
                          }),
             std::optional(RecordsError::Kind::Refused));
    QCOMPARE(rita.folder.count("SELECT count(*) FROM communications WHERE id = 'EXS-1'"), 1);
}

void TestTeamDatabase::aHoldReachesTheAgentsResults()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    QVERIFY(!records::HoldRegister(ann.folder.writer).isHeld(QStringLiteral("EXS-2")));
    rosa.act(Action::ApplyHold, [](RecordsStore &r) {
        r.holds().createHold(
            {QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}});
    });
    // The agent's next action brings the team's holds into the copy search joins.
    ann.act(Action::Search, [](RecordsStore &r) { QCOMPARE(r.holds().list().size(), 1); });
    QVERIFY(records::HoldRegister(ann.folder.writer).isHeld(QStringLiteral("EXS-2")));
    QVERIFY(!records::HoldRegister(ann.folder.writer).isHeld(QStringLiteral("EXS-1")));
    // Released by the records manager: no longer held on the agent's desk either.
    QString id;
    rosa.act(Action::ReleaseHold, [&](RecordsStore &r) {
        id = r.holds().list().first().id;
        r.holds().releaseHold(id, QStringLiteral("settled"));
    });
    ann.act(Action::Search, [](RecordsStore &r) { r.holds().list(); });
    QVERIFY(!records::HoldRegister(ann.folder.writer).isHeld(QStringLiteral("EXS-2")));
    // A released hold takes no more changes: the conflict is shown and recorded.
    const auto kind = rosa.outcome(Action::ApplyHold, [&](RecordsStore &r) {
        r.holds().addHoldItems(id, {QStringLiteral("EXS-1")}, QStringLiteral("more"));
    });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Conflict));
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'hold.add' "
                                        "AND outcome = 'refused'")),
             1);
}

void TestTeamDatabase::agentsReadOnlyTheirOwnEntriesEvenWithSql()
{
    auto team = newTeam();
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    Desk abe(*team, QStringLiteral("abe"), {Role::Agent});
    for (Desk *d : {&ann, &abe})
        d->act(Action::ViewCommunication, [](RecordsStore &r) {
            r.actor().recordAccess(Action::ViewCommunication, QStringLiteral("communication"), QStringLiteral("EXS-2"));
        });
    auto psql = team->as(QStringLiteral("ann"));
    QCOMPARE(psql->exec(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE \"user\" <> 'ann'"))
                 .integer(0, 0),
             0);
    QVERIFY(psql->exec(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries")).integer(0, 0) > 0);
    QVERIFY(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE \"user\" = 'abe'")) > 0);
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
                       a.records.holds().createHold({QStringLiteral("Local"),
                                                     {},
                                                     QStringLiteral("before the team"),
                                                     {QStringLiteral("EXS-1")},
                                                     {},
                                                     {},
                                                     {}});
                   });
    }
    {
        const records::RecordsSession ann = local.as(QStringLiteral("ann"), Role::Agent);
        services::ActionRunner runner(local.folder->databasePath(), local.data.path());
        runner.run(services::Actor{RecordsFixture::identity(QStringLiteral("ann")), Role::Agent},
                   Action::RequestReissue,
                   [](services::ActionContext &a) { a.records.reissues().requestReissue(regenerate); });
    }
    team->addLogin(QStringLiteral("ann"), {Role::Agent});
    team->addLogin(QStringLiteral("rosa"), {Role::Records});
    const auto join = [&](const QString &login) {
        auto server = team->as(login);
        return team::carryOver(*server, local.writer, QStringLiteral("desk-1"), team::TeamLogin::rolesOf(*server));
    };
    const team::CarryOver byAgent = join(QStringLiteral("ann"));
    QCOMPARE(byAgent.holdsLeft, 1);       // an agent cannot apply it on the team
    QCOMPARE(byAgent.requestsCarried, 1); // ann's own open request: the team's officers decide it now
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests WHERE requested_by = 'ann' "
                                        "AND status = 'pending_approval'")),
             1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.holds")), 0);
    QVERIFY(records::HoldRegister(local.writer).isHeld(QStringLiteral("EXS-1"))); // still held here
    const team::CarryOver byRecords = join(QStringLiteral("rosa"));
    QCOMPARE(byRecords.holdsCarried, 1);
    QCOMPARE(byRecords.requestsCarried, 0); // already the team's
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.hold_items WHERE comm_id = 'EXS-1'")), 1);
    QCOMPARE(join(QStringLiteral("rosa")).holdsOnTeam, 1); // again: nothing doubled
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.holds")), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'team.connect'")),
             3);
}

void TestTeamDatabase::aWrongPasswordIsRefusedAndNamed()
{
    auto team = newTeam();
    QString error;
    QVERIFY2(m_server.exec(QStringLiteral("CREATE ROLE pat LOGIN PASSWORD 'right'"), &error)
                 || error.contains(QLatin1String("exists")),
             qPrintable(error));
    team->addLogin(QStringLiteral("pat"), {Role::Agent}); // only the team's roles may connect
    const QString tcp = m_server.url(QStringLiteral("pat"), {}, true, team->name()) + QStringLiteral("?sslrootcert=")
                        + m_server.caFile();
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

void TestTeamDatabase::aDisconnectedFolderIsAReadOnlyCopy()
{
    auto team = newTeam();
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance});
    carl.act(Action::RunFindings, [](RecordsStore &r) {
        r.findings().reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"),
                                   QStringLiteral("called the customer"));
    });
    auto config = *team::TeamConfig::load(carl.folder.data.path());
    config.disconnected = true;
    config.save(carl.folder.data.path());
    carl.folder.grant(QStringLiteral("carl"), Role::Compliance); // the folder's own grant, as before the team
    // Reading goes on from the copy; reviewing (the same action as reading findings) and every
    // other change are refused, saying why.
    carl.act(Action::RunFindings,
             [](RecordsStore &r) { QCOMPARE(r.findings().findingReviews(QStringLiteral("EXS-2")).size(), 1); });
    QCOMPARE(carl.outcome(Action::RunFindings,
                          [](RecordsStore &r) {
                              r.findings().reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"),
                                                         QStringLiteral("again"));
                          }),
             std::optional(RecordsError::Kind::Refused));
    QCOMPARE(carl.outcome(Action::RequestReissue, [](RecordsStore &r) { r.reissues().requestReissue(regenerate); }),
             std::optional(RecordsError::Kind::Refused));
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.finding_reviews")), 1);
    auto st = carl.folder.writer.prepare("SELECT count(*) FROM rec.finding_reviews");
    QVERIFY(st.step());
    QCOMPARE(st.columnInt(0), 1); // the team's review, copied; nothing written here
}

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
