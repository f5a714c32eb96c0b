// The team server decides from its own facts (issue #24): what the publisher publishes, and
// what follows for the desks; two teams on one cluster; a retry that meets its first attempt.
#include "cache/repositorystore.h"
#include "dropbuilder.h"
#include "records/reissuestore.h"
#include "sync/dropimport.h"
#include "team/teamfacts.h"
#include "team/teamrecordsstore.h"
#include "team/teamschema.h"
#include "teamdesk.h"

#include <QTest>
#include <thread>

using namespace proofdesk;
using namespace teamtest;
using team::TeamError;

class TestTeamFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishingKeepsWhatChanged();
    void aSyncPublishesOnlyWhatChanged();
    void aResendNeedsNoApprovalOnlyToTheServersDestination_data();
    void aResendNeedsNoApprovalOnlyToTheServersDestination();
    void aReissueGoesToTheRepositoryTheTeamNames();
    void whatLeavesThePublishersCacheOrScopeIsWithdrawn();
    void aRetryWhileTheFirstAttemptRunsGetsItsResult();
    void aMemberHoldingTheTrailStallsNobody();
    void aHoldCommittedBeforeACrashStillReachesTheRepository();
    void cleanup() { team::TeamRecordsStore::setCallHook({}); }

private:
    test::PgTestServer m_server;
};

void TestTeamFacts::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestTeamFacts::publishingKeepsWhatChanged()
{
    auto team = newTeam(m_server);
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    team::PublishReport first = publishFacts(*team, rosa);
    QCOMPARE(first.staged, 2);
    QCOMPARE(first.inserted, 2);
    QCOMPARE(
        team->count(QStringLiteral("SELECT count(*) FROM proofdesk.comm_facts WHERE destination IS NOT NULL "
                                   "AND business_keys ->> 'customer_id' = 'CUST-1' AND retention_until IS NOT NULL")),
        2);
    // Nothing changed: nothing written, no entry.
    const team::PublishReport again = publishFacts(*team, rosa);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(again.inserted + again.updated, 0);
    // A changed address: the fact changes, the old one goes to the history, one entry says so.
    rosa.folder.writer.exec("UPDATE communications SET recipient_email = 'new@example.com' WHERE id = 'EXS-1'");
    const team::PublishReport changed = publishFacts(*team, rosa);
    QCOMPARE(changed.updated, 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.comm_facts_history WHERE comm_id = 'EXS-1' "
                                        "AND destination <> 'new@example.com'")),
             1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'facts.publish'")),
             2);
    // Nobody but the publisher.
    auto psql = team->as(QStringLiteral("rosa"));
    QVERIFY_THROWS_EXCEPTION(TeamError, team::TeamFacts(*psql, rosa.folder.writer).publishAll(QStringLiteral("x")));
    QVERIFY(!team::TeamFacts::mayPublish(*psql));
}

// Issue #24: "an incremental publish of 10,000 changes" sent every row and let the server find
// the changes. The cache now lists what changed (FactsCursor): only that is sent, exactly once,
// and everything again when the team's state is not the one this cache left.
void TestTeamFacts::aSyncPublishesOnlyWhatChanged()
{
    auto team = newTeam(m_server);
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    team->addLogin(QStringLiteral("publisher"), QStringList{QStringLiteral("publisher")});
    auto server = team->as(QStringLiteral("publisher"));
    team::TeamFacts facts(*server, rosa.folder.writer);
    const auto publishChanges = [&] { return facts.publishChanges(QStringLiteral("publisher-desk")); };
    // The first time: everything.
    QCOMPARE(publishChanges().staged, 2);
    // Nothing changed: nothing sent, no publication.
    team::PublishReport r = publishChanges();
    QCOMPARE(r.staged, 0);
    QCOMPARE(r.publication, 0);
    // A sync that writes a row again unchanged sends nothing either; a changed fact, that row.
    rosa.folder.writer.exec(
        "UPDATE communications SET recipient_email = recipient_email, status = status WHERE id = 'EXS-2'");
    QCOMPARE(publishChanges().staged, 0);
    rosa.folder.writer.exec("UPDATE communications SET recipient_email = 'moved@example.com' WHERE id = 'EXS-1'");
    r = publishChanges();
    QCOMPARE(r.staged, 1);
    QCOMPARE(r.updated, 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.comm_facts WHERE comm_id = 'EXS-1' "
                                        "AND destination = 'moved@example.com'")),
             1);
    // A field that is not a fact (the delivery status) changes nothing the team holds.
    rosa.folder.writer.exec("UPDATE communications SET status = 'bounced' WHERE id = 'EXS-2'");
    QCOMPARE(publishChanges().staged, 0);
    // A retention period that changes moves the retention end of its class's letters.
    rosa.folder.writer.exec("UPDATE retention_classes SET years = years + 1");
    r = publishChanges();
    QCOMPARE(r.staged, qint64(rosa.folder.writer.queryInt("SELECT count(*) FROM communications WHERE retention_class "
                                                          "IN (SELECT class FROM retention_classes)")));
    QCOMPARE(r.staged, 2); // both letters are of FIN-7Y (teamdesk.h)
    QCOMPARE(r.updated, 2);
    // A failed publish forgets nothing: the change goes with the next one.
    rosa.folder.writer.exec("UPDATE communications SET customer_id = 'CUST-9' WHERE id = 'EXS-2'");
    {
        auto member = team->as(QStringLiteral("rosa")); // not a publisher: refused
        QVERIFY_THROWS_EXCEPTION(TeamError,
                                 team::TeamFacts(*member, rosa.folder.writer).publishChanges(QStringLiteral("x")));
    }
    QCOMPARE(publishChanges().staged, 1);
    // The team's newest publication by this login is not the one this cache made (another
    // folder published as it, or the server was restored): everything again.
    team->asOwner()->exec(
        QStringLiteral("INSERT INTO proofdesk.facts_publications(at, login, device, staged, inserted, "
                       "updated, unchanged) VALUES (0, 'publisher', 'elsewhere', 0, 0, 0, 0)"));
    QCOMPARE(publishChanges().staged, 2);
}

void TestTeamFacts::aResendNeedsNoApprovalOnlyToTheServersDestination_data()
{
    QTest::addColumn<bool>("published");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("status");
    // The fixture's EXS-2 went by e-mail to the address DropBuilder gives every recipient.
    QTest::newRow("published, to the original") << true << QString() << "sent";
    QTest::newRow("published, to a new address") << true << "mallory@evil.example"
                                                 << "pending_approval";
    QTest::newRow("not published") << false << QString() << "pending_approval";
}

void TestTeamFacts::aResendNeedsNoApprovalOnlyToTheServersDestination()
{
    QFETCH(bool, published);
    QFETCH(QString, destination);
    QFETCH(QString, status);
    auto team = newTeam(m_server);
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    if (published)
        publishFacts(*team, ann);
    records::ReissueRequest made;
    ann.act(Action::RequestReissue, [&](RecordsStore &r) {
        made = r.reissues().requestReissue(
            {QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("lost"), {}, destination});
    });
    const bool onItsWay =
        QStringList{QStringLiteral("approved"), QStringLiteral("queued"), QStringLiteral("sent")}.contains(made.status);
    QCOMPARE(onItsWay ? QStringLiteral("sent") : made.status, status);
    // Sent by this desk only when the server said no approval was needed.
    QCOMPARE(ann.folder.hotFolderFiles(QStringLiteral("reissue")).size(), status == QLatin1String("sent") ? 1 : 0);
}

// Issue #38 item 6: the request carried the requesting desk's own number for the repository,
// and the approver's desk sent to whichever of its repositories had that number (two desks that
// imported two drops in other orders: the letter went to the other drop's outbox). The team
// names the repository by identity; each desk finds its own.
void TestTeamFacts::aReissueGoesToTheRepositoryTheTeamNames()
{
    auto team = newTeam(m_server);
    Desk ann(*team, QStringLiteral("ann"), {Role::Agent});
    // Carl's desk imported another drop first: there, the fixture's drop is repository 2.
    QTemporaryDir otherDir;
    Desk carl(*team, QStringLiteral("carl"), {Role::Compliance}, [&](RecordsFixture &f) {
        DropBuilder other(otherDir.path(), QStringLiteral("another-system"));
        other.appendRecord(QStringLiteral("communications/a.ndjson"), other.communication(QStringLiteral("EXS-90")));
        sync::importDrop(f.writer, f.folder->contentStore(), otherDir.path());
    });
    QCOMPARE(carl.folder.count("SELECT repo_id FROM communications WHERE id = 'EXS-2'"), 2);
    QCOMPARE(ann.folder.count("SELECT repo_id FROM communications WHERE id = 'EXS-2'"), 1);
    QString id;
    ann.act(Action::RequestReissue, [&](RecordsStore &r) {
        id = r.reissues()
                 .requestReissue({QStringLiteral("EXS-2"),
                                  QStringLiteral("resend"),
                                  QStringLiteral("moved"),
                                  {},
                                  QStringLiteral("new@example.com")})
                 .id;
    });
    QVERIFY2(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests WHERE repository LIKE "
                                        "'drop:test-drop/%' AND repo_id IS NULL"))
                 == 1,
             "the team names the drop, not ann's number for it");
    carl.act(Action::ApproveReissue,
             [&](RecordsStore &r) { r.reissues().approveReissue(id, QStringLiteral("checked")); });
    QCOMPARE(carl.folder.hotFolderFiles(QStringLiteral("reissue")).size(), 1); // the drop that holds EXS-2
    QCOMPARE(QDir(otherDir.filePath(QStringLiteral("outbox/reissue"))).entryList(QDir::Files).size(), 0);
    QCOMPARE(records::ReissueStore(carl.folder.writer).find(id)->repoId, 2);
}

// Issue #38 item 7: the team's facts never learned of a deletion, and stopped changing for a
// letter that left the publisher's scope (a hold placed in its repository after that was never
// published, and disposition read repo_hold = false). Both are withdrawn now: unknown to the
// team until published again.
void TestTeamFacts::whatLeavesThePublishersCacheOrScopeIsWithdrawn()
{
    auto team = newTeam(m_server);
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    team->addLogin(QStringLiteral("publisher"), QStringList{QStringLiteral("publisher")});
    auto server = team->as(QStringLiteral("publisher"));
    team::TeamFacts facts(*server, rosa.folder.writer);
    QCOMPARE(facts.publishChanges(QStringLiteral("pub")).inserted, 2);
    const auto known = [&](const char *id) {
        return team->count(QStringLiteral("SELECT count(*) FROM proofdesk.comm_facts WHERE comm_id = '%1'")
                               .arg(QLatin1String(id)))
               == 1;
    };
    // EXS-2 deleted in its repository (the sync removes it from the cache).
    rosa.folder.writer.exec("DELETE FROM communications WHERE id = 'EXS-2'");
    team::PublishReport r = facts.publishChanges(QStringLiteral("pub"));
    QCOMPARE(r.withdrawn, 1);
    QVERIFY(!known("EXS-2"));
    // EXS-1 now outside the repository's sync scope, kept in the cache (held, say): the sync no
    // longer follows it, so the team no longer takes the publisher's word for it.
    cache::RepositoryStore repos(rosa.folder.writer);
    const cache::RepositoryInfo drop = repos.list().first();
    QJsonObject settings = drop.settings;
    settings.insert(QStringLiteral("scope"), QStringLiteral("issued:>=2026-10-02"));
    repos.update(drop.id, drop.url, settings);
    r = facts.publishChanges(QStringLiteral("pub"));
    QCOMPARE(r.withdrawn, 1);
    QVERIFY(!known("EXS-1"));
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.withdrawn_facts() WHERE "
                                        "(comm_id, why) IN (('EXS-1', 'out_of_scope'), ('EXS-2', 'gone'))")),
             2);
    // Nothing new since: nothing withdrawn or published again.
    r = facts.publishChanges(QStringLiteral("pub"));
    QCOMPARE(r.withdrawn + r.publication, 0);
    // Back in scope: published again, known again.
    settings.remove(QStringLiteral("scope"));
    repos.update(drop.id, drop.url, settings);
    r = facts.publishChanges(QStringLiteral("pub"));
    QCOMPARE(r.staged, 1);
    QVERIFY(known("EXS-1"));
    // A full publish (`team publish`; a rebuilt cache) withdraws what the team has from this
    // publisher and the cache lacks, change list or not.
    rosa.folder.writer.exec("DELETE FROM communications WHERE id = 'EXS-1'");
    rosa.folder.writer.exec("DELETE FROM facts_changes");
    r = facts.publishAll(QStringLiteral("pub"));
    QCOMPARE(r.withdrawn, 1);
    QVERIFY(!known("EXS-1"));
}

void TestTeamFacts::aRetryWhileTheFirstAttemptRunsGetsItsResult()
{
    auto team = newTeam(m_server);
    team->addLogin(QStringLiteral("rita"), {Role::Records});
    const QString call =
        QStringLiteral("SELECT proofdesk.create_hold('same-key', 'records', 'psql', 'HOLD-R', 'Dispute', "
                       "NULL, 'claim', NULL, NULL, NULL, ARRAY['EXS-1'])");
    auto first = team->as(QStringLiteral("rita"));
    first->exec(QStringLiteral("BEGIN"));
    const QJsonValue firstResult = first->callJson(call);
    // The retry, on a connection of its own (a desk that thought the first one lost), waits for
    // the first attempt instead of failing on the key or applying the hold twice.
    QJsonValue retryResult;
    QString retryError;
    std::thread retry([&] {
        try {
            retryResult = team->as(QStringLiteral("rita"))->callJson(call);
        } catch (const TeamError &e) {
            retryError = e.message();
        }
    });
    QThread::msleep(500);
    first->exec(QStringLiteral("COMMIT"));
    retry.join();
    QVERIFY2(retryError.isEmpty(), qPrintable(retryError));
    QCOMPARE(retryResult, firstResult);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.holds")), 1);
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = 'hold.create'")),
             1);
}

void TestTeamFacts::aMemberHoldingTheTrailStallsNobody()
{
    auto team = newTeam(m_server);
    team->addLogin(QStringLiteral("ann"), {Role::Agent});
    team->addLogin(QStringLiteral("bob"), {Role::Agent});
    const QString view = QStringLiteral("SELECT proofdesk.record(NULL, 'agent', 'communication.view', 'done', "
                                        "'communication', 'EXS-1', NULL, NULL, NULL, 'psql')");
    // Ann appends in a transaction she leaves open: she holds the trail's head.
    auto ann = team->as(QStringLiteral("ann"));
    ann->exec(QStringLiteral("BEGIN"));
    ann->exec(view);
    // Bob's append gives up after the functions' lock_timeout, saying the team is busy, even
    // with no timeout of his own (a psql session, or an older desk).
    auto bob = team->as(QStringLiteral("bob"));
    bob->exec(QStringLiteral("SET lock_timeout = 0"));
    bob->exec(QStringLiteral("SET statement_timeout = 0"));
    // Without the functions' own lock_timeout he would wait as long as ann holds the head.
    try {
        bob->exec(view);
        QFAIL("bob's append went through while ann held the head");
    } catch (const TeamError &e) {
        QCOMPARE(e.kind(), TeamError::Kind::Unreachable); // nothing applied: the same call may be sent again
        QVERIFY2(e.message().contains(QLatin1String("busy")), qPrintable(e.message()));
    }
    ann->exec(QStringLiteral("ROLLBACK"));
    bob->exec(view); // and goes through once she lets go
}

void TestTeamFacts::aHoldCommittedBeforeACrashStillReachesTheRepository()
{
    auto team = newTeam(m_server);
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    // The process dies right after the team database committed the hold (kill -9 stands for
    // it: nothing after the call runs), before this desk queued it for its repository.
    struct Killed
    {};
    team::TeamRecordsStore::setCallHook([](const QString &sql, bool executed) {
        if (executed && sql.contains(QLatin1String("create_hold")))
            throw Killed{};
    });
    try {
        rosa.act(Action::ApplyHold, [](RecordsStore &r) {
            r.holds().createHold(
                {QStringLiteral("Claim"), {}, QStringLiteral("dispute"), {QStringLiteral("EXS-2")}, {}, {}, {}});
        });
        QFAIL("the hook did not stop the action");
    } catch (const Killed &) {
    }
    team::TeamRecordsStore::setCallHook({});
    QCOMPARE(team->count(QStringLiteral("SELECT count(*) FROM proofdesk.holds")), 1);
    QCOMPARE(rosa.folder.hotFolderFiles(QStringLiteral("holds")).size(), 0);
    // Any next action of that login on that desk sends it on, once.
    rosa.act(Action::Search, [](RecordsStore &r) { r.holds().list(); });
    QCOMPARE(rosa.folder.hotFolderFiles(QStringLiteral("holds")).size(), 1);
    rosa.act(Action::Search, [](RecordsStore &r) { r.holds().list(); });
    QCOMPARE(rosa.folder.hotFolderFiles(QStringLiteral("holds")).size(), 1);
}

QTEST_GUILESS_MAIN(TestTeamFacts)
#include "tst_teamfacts.moc"
