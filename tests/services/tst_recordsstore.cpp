// The records rules as a person meets them, written against records::RecordsStore (what
// services::ActionRunner hands the desktop's jobs and the command-line client), so that
// every store — the data folder's records.sqlite today, a team's database next — is held to
// the same behaviour: each test runs once per backend row.
#include "records/recordserror.h"
#include "records/recordsstore.h"
#include "recordsfixture.h"
#include "services/actionrunner.h"

#include <QBuffer>

using namespace proofdesk;
using records::Action;
using records::RecordsError;
using records::RecordsStore;
using records::Role;

namespace {

// A backend: runs one action as `user` in `role` with the store it would give a caller.
struct Backend
{
    RecordsFixture &fixture;

    void act(const QString &user, Role role, Action action, const std::function<void(RecordsStore &)> &body)
    {
        fixture.grant(user, role);
        services::ActionRunner runner(fixture.folder->databasePath(), fixture.data.path());
        runner.run(services::Actor{RecordsFixture::identity(user), role}, action,
                   [&](services::ActionContext &a) { body(a.records); });
    }
    // The kind of RecordsError the action ends in; none = it went through.
    std::optional<RecordsError::Kind> outcome(const QString &user, Role role, Action action,
                                              const std::function<void(RecordsStore &)> &body)
    {
        try {
            act(user, role, action, body);
        } catch (const RecordsError &e) {
            return e.kind();
        }
        return std::nullopt;
    }
};

void fill(RecordsFixture &f)
{
    const QJsonObject snapshot{{QStringLiteral("snapshot"),
                                QJsonObject{{QStringLiteral("path"), QStringLiteral("snapshots/1.json")},
                                            {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}}}};
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"), snapshot);
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"));
    f.addCommunication(QStringLiteral("EXS-OLD"), QStringLiteral("2015-03-01T09:00:00Z"),
                       {{QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}}}});
    f.import();
}

const records::ReissueSpec regenerate{QStringLiteral("EXS-1"), QStringLiteral("regenerate"), QStringLiteral("customer asked"),
                                      {}, {}};

} // namespace

class TestRecordsStore : public QObject
{
    Q_OBJECT

private slots:
    void anotherOfficerApprovesARegeneration_data() { backends(); }
    void anotherOfficerApprovesARegeneration();
    void nobodyApprovesTheirOwnRequest_data() { backends(); }
    void nobodyApprovesTheirOwnRequest();
    void rolesOutsideTheTableAreRefusedAndAudited_data();
    void rolesOutsideTheTableAreRefusedAndAudited();
    void aHeldCommunicationIsNotDisposedOf_data() { backends(); }
    void aHeldCommunicationIsNotDisposedOf();
    void agentsReadTheirOwnAuditEntriesOnly_data() { backends(); }
    void agentsReadTheirOwnAuditEntriesOnly();
    void whatAnActionQueuesIsSentBeforeItIsRead_data() { backends(); }
    void whatAnActionQueuesIsSentBeforeItIsRead();
    void readsAreRecordedLikeTheCommandLine_data() { backends(); }
    void readsAreRecordedLikeTheCommandLine();

private:
    // One row per store implementation. The team database adds its row here.
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("local records.sqlite") << QStringLiteral("local");
    }
};

void TestRecordsStore::anotherOfficerApprovesARegeneration()
{
    RecordsFixture f;
    fill(f);
    Backend b{f};
    QString id;
    b.act(QStringLiteral("alice"), Role::Agent, Action::RequestReissue, [&](RecordsStore &r) {
        const auto request = r.requestReissue(regenerate);
        QCOMPARE(request.status, QStringLiteral("pending_approval"));
        id = request.id;
    });
    b.act(QStringLiteral("carol"), Role::Compliance, Action::ApproveReissue, [&](RecordsStore &r) {
        r.approveReissue(id, QStringLiteral("checked the snapshot"));
    });
    b.act(QStringLiteral("carol"), Role::Compliance, Action::Search, [&](RecordsStore &r) {
        const auto request = r.findReissue(id);
        QVERIFY(request);
        QCOMPARE(request->approvedBy, QStringLiteral("carol"));
        QCOMPARE(request->status, QStringLiteral("sent")); // the drop's hot folder took it
    });
}

void TestRecordsStore::nobodyApprovesTheirOwnRequest()
{
    RecordsFixture f;
    fill(f);
    Backend b{f};
    QString id;
    f.grant(QStringLiteral("carol"), Role::Agent);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::RequestReissue,
          [&](RecordsStore &r) { id = r.requestReissue(regenerate).id; });
    const auto kind = b.outcome(QStringLiteral("carol"), Role::Compliance, Action::ApproveReissue,
                                [&](RecordsStore &r) { r.approveReissue(id, QStringLiteral("mine")); });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(f.refusals(QStringLiteral("reissue.approve")), 1);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::Search,
          [&](RecordsStore &r) { QCOMPARE(r.findReissue(id)->status, QStringLiteral("pending_approval")); });
}

void TestRecordsStore::rolesOutsideTheTableAreRefusedAndAudited_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("auditedAs");
    const QString local = QStringLiteral("local");
    QTest::newRow("agent applies a hold") << local << int(Role::Agent) << int(Action::ApplyHold) << QStringLiteral("hold.apply");
    QTest::newRow("agent releases a hold") << local << int(Role::Agent) << int(Action::ReleaseHold) << QStringLiteral("hold.release");
    QTest::newRow("agent approves a reissue") << local << int(Role::Agent) << int(Action::ApproveReissue) << QStringLiteral("reissue.approve");
    QTest::newRow("compliance disposes") << local << int(Role::Compliance) << int(Action::ApproveDisposition) << QStringLiteral("disposition.approve");
    QTest::newRow("records requests a reissue") << local << int(Role::Records) << int(Action::RequestReissue) << QStringLiteral("reissue.request");
    QTest::newRow("admin exports evidence") << local << int(Role::Admin) << int(Action::ExportEvidence) << QStringLiteral("evidence.export");
    QTest::newRow("agent verifies the trail") << local << int(Role::Agent) << int(Action::ViewAuditTrail) << QStringLiteral("audit.view");
}

void TestRecordsStore::rolesOutsideTheTableAreRefusedAndAudited()
{
    QFETCH(int, role);
    QFETCH(int, action);
    QFETCH(QString, auditedAs);
    RecordsFixture f;
    fill(f);
    Backend b{f};
    bool ran = false;
    const auto kind = b.outcome(QStringLiteral("dana"), Role(role), Action(action), [&](RecordsStore &) { ran = true; });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QVERIFY(!ran);
    QCOMPARE(f.refusals(auditedAs), 1);
}

void TestRecordsStore::aHeldCommunicationIsNotDisposedOf()
{
    RecordsFixture f;
    fill(f);
    Backend b{f};
    b.act(QStringLiteral("rita"), Role::Records, Action::ApplyHold, [](RecordsStore &r) {
        r.createHold({QStringLiteral("Litigation"), {}, QStringLiteral("claim dispute"), {QStringLiteral("EXS-OLD")}, {}, {}, {}});
    });
    b.act(QStringLiteral("rita"), Role::Records, Action::ReviewDisposition, [](RecordsStore &r) {
        QVERIFY(r.dispositionReview().isEmpty());
        QCOMPARE(r.heldEligibleCount(), 1);
    });
    const auto kind = b.outcome(QStringLiteral("rita"), Role::Records, Action::ApproveDisposition, [](RecordsStore &r) {
        r.approveDisposition({QStringLiteral("EXS-OLD")}, QStringLiteral("schedule"));
    });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-OLD'"), 1);
    QCOMPARE(f.count("SELECT count(*) FROM rec.tombstones"), 0);
}

void TestRecordsStore::agentsReadTheirOwnAuditEntriesOnly()
{
    RecordsFixture f;
    fill(f);
    Backend b{f};
    for (const char *user : {"alice", "bob"})
        b.act(QLatin1String(user), Role::Agent, Action::ViewCommunication, [](RecordsStore &r) {
            r.recordAccess(Action::ViewCommunication, QStringLiteral("communication"), QStringLiteral("EXS-2"));
        });
    b.act(QStringLiteral("alice"), Role::Agent, Action::ViewOwnAuditEntries, [](RecordsStore &r) {
        audit::AuditFilter askForBob;
        askForBob.user = QStringLiteral("bob"); // the filter cannot widen what an agent sees
        bool ownOnly = false;
        const auto entries = r.auditEntries(askForBob, &ownOnly);
        QVERIFY(ownOnly);
        QVERIFY(!entries.isEmpty());
        for (const auto &e : entries)
            QCOMPARE(e.user, QStringLiteral("alice"));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const qint64 exported = r.exportAudit(out, {}, &ownOnly);
        QCOMPARE(exported, qint64(entries.size()));
        QVERIFY(!out.data().contains("\"bob\""));
    });
    b.act(QStringLiteral("carol"), Role::Compliance, Action::ViewAuditTrail, [](RecordsStore &r) {
        bool ownOnly = true;
        QStringList users;
        for (const auto &e : r.auditEntries({}, &ownOnly))
            users << e.user;
        QVERIFY(!ownOnly);
        QVERIFY(users.contains(QStringLiteral("alice")));
        QVERIFY(users.contains(QStringLiteral("bob")));
    });
}

void TestRecordsStore::whatAnActionQueuesIsSentBeforeItIsRead()
{
    RecordsFixture f;
    fill(f);
    services::ActionRunner runner(f.folder->databasePath(), f.data.path());
    f.grant(QStringLiteral("alice"), Role::Agent);
    QString statusAfterSend;
    runner.run(
        services::Actor{RecordsFixture::identity(QStringLiteral("alice")), Role::Agent}, Action::RequestReissue,
        [&](services::ActionContext &a) {
            a.records.requestReissue({QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("lost"), {}, {}});
        },
        [&](services::ActionContext &a) { statusAfterSend = a.records.reissues().value(0).status; });
    QCOMPARE(runner.lastFlush().sent, 1);
    QCOMPARE(statusAfterSend, QStringLiteral("sent"));
    QCOMPARE(f.hotFolderFiles(QStringLiteral("reissue")).size(), 1);
    // A read queues nothing and sends nothing.
    runner.run(services::Actor{RecordsFixture::identity(QStringLiteral("alice")), Role::Agent}, Action::Search,
               [](services::ActionContext &a) { a.records.holds(); });
    QCOMPARE(runner.lastFlush().sent, 0);
}

void TestRecordsStore::readsAreRecordedLikeTheCommandLine()
{
    RecordsFixture f;
    fill(f);
    Backend b{f};
    b.act(QStringLiteral("alice"), Role::Agent, Action::Search, [](RecordsStore &r) {
        const auto entry = r.recordAccess(Action::Search, QStringLiteral("search"), QString(),
                                          QJsonObject{{QStringLiteral("query"), QStringLiteral("garcia")},
                                                      {QStringLiteral("total"), 3}});
        QCOMPARE(entry.action, QStringLiteral("search"));
        QCOMPARE(entry.role, QStringLiteral("agent"));
        QVERIFY(entry.after.contains("garcia"));
    });
    const auto kind = b.outcome(QStringLiteral("adam"), Role::Admin, Action::Search, [](RecordsStore &r) {
        r.recordAccess(Action::ExportEvidence, QStringLiteral("communication"), QStringLiteral("EXS-2"));
    });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(f.refusals(QStringLiteral("evidence.export")), 1);
}

QTEST_GUILESS_MAIN(TestRecordsStore)
#include "tst_recordsstore.moc"
