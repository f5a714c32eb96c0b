// The records rules as a person meets them, written against records::RecordsStore (what
// services::ActionRunner hands the desktop's jobs and the command-line client), so that
// every store — the data folder's records.sqlite today, a team's database next — is held to
// the same behaviour: each test runs once per backend row.
#include "recordsbackend.h"

#include <QBuffer>

using namespace storetest;

namespace {
enum class Tampering { None, RemoveNewest, Truncate, RewriteChain };
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
    void anAnchorFindsRemovedOrRewrittenEntries_data();
    void anAnchorFindsRemovedOrRewrittenEntries();
    void anAnchorCoversItsOwnEntry_data() { backends(); }
    void anAnchorCoversItsOwnEntry();
    void agentsMayNotAnchorTheTrail_data() { backends(); }
    void agentsMayNotAnchorTheTrail();

    void initTestCase()
    {
        QString error;
        QVERIFY2(pgServer().start(&error), qPrintable(error));
    }

private:
    static QStringList backendNames() { return {QStringLiteral("local"), QStringLiteral("team")}; }
};

void TestRecordsStore::anotherOfficerApprovesARegeneration()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    QString id;
    b.act(QStringLiteral("alice"), Role::Agent, Action::RequestReissue, [&](RecordsStore &r) {
        const auto request = r.reissues().requestReissue(regenerate);
        QCOMPARE(request.status, QStringLiteral("pending_approval"));
        id = request.id;
    });
    b.act(QStringLiteral("carol"), Role::Compliance, Action::ApproveReissue,
          [&](RecordsStore &r) { r.reissues().approveReissue(id, QStringLiteral("checked the snapshot")); });
    b.act(QStringLiteral("carol"), Role::Compliance, Action::Search, [&](RecordsStore &r) {
        const auto request = r.reissues().findReissue(id);
        QVERIFY(request);
        QCOMPARE(request->approvedBy, QStringLiteral("carol"));
        QCOMPARE(request->status, QStringLiteral("sent")); // the drop's hot folder took it
    });
}

void TestRecordsStore::nobodyApprovesTheirOwnRequest()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    QString id;
    b.prepare(QStringLiteral("carol"), Role::Agent);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::RequestReissue,
          [&](RecordsStore &r) { id = r.reissues().requestReissue(regenerate).id; });
    const auto kind = b.outcome(QStringLiteral("carol"), Role::Compliance, Action::ApproveReissue,
                                [&](RecordsStore &r) { r.reissues().approveReissue(id, QStringLiteral("mine")); });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(b.refusals(QStringLiteral("reissue.approve")), 1);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::Search,
          [&](RecordsStore &r) { QCOMPARE(r.reissues().findReissue(id)->status, QStringLiteral("pending_approval")); });
}

void TestRecordsStore::rolesOutsideTheTableAreRefusedAndAudited_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("auditedAs");
    for (const QString &backend : backendNames()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s, %s", name, qPrintable(backend)) << backend;
        };
        row("agent applies a hold") << int(Role::Agent) << int(Action::ApplyHold) << QStringLiteral("hold.apply");
        row("agent releases a hold") << int(Role::Agent) << int(Action::ReleaseHold) << QStringLiteral("hold.release");
        row("agent approves a reissue") << int(Role::Agent) << int(Action::ApproveReissue)
                                        << QStringLiteral("reissue.approve");
        row("compliance disposes") << int(Role::Compliance) << int(Action::ApproveDisposition)
                                   << QStringLiteral("disposition.approve");
        row("records requests a reissue")
            << int(Role::Records) << int(Action::RequestReissue) << QStringLiteral("reissue.request");
        row("admin exports evidence") << int(Role::Admin) << int(Action::ExportEvidence)
                                      << QStringLiteral("evidence.export");
        row("agent verifies the trail") << int(Role::Agent) << int(Action::ViewAuditTrail)
                                        << QStringLiteral("audit.view");
    }
}

void TestRecordsStore::rolesOutsideTheTableAreRefusedAndAudited()
{
    QFETCH(int, role);
    QFETCH(int, action);
    QFETCH(QString, auditedAs);
    RecordsFixture f;
    fill(f);
    Backend b(f);
    bool ran = false;
    const auto kind =
        b.outcome(QStringLiteral("dana"), Role(role), Action(action), [&](RecordsStore &) { ran = true; });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QVERIFY(!ran);
    QCOMPARE(b.refusals(auditedAs), 1);
}

void TestRecordsStore::aHeldCommunicationIsNotDisposedOf()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    b.act(QStringLiteral("rita"), Role::Records, Action::ApplyHold, [](RecordsStore &r) {
        r.holds().createHold({QStringLiteral("Litigation"),
                              {},
                              QStringLiteral("claim dispute"),
                              {QStringLiteral("EXS-OLD")},
                              {},
                              {},
                              {}});
    });
    b.act(QStringLiteral("rita"), Role::Records, Action::ReviewDisposition, [](RecordsStore &r) {
        QVERIFY(r.disposition().dispositionReview().isEmpty());
        QCOMPARE(r.disposition().heldEligibleCount(), 1);
    });
    const auto kind = b.outcome(QStringLiteral("rita"), Role::Records, Action::ApproveDisposition, [](RecordsStore &r) {
        r.disposition().approveDisposition({QStringLiteral("EXS-OLD")}, QStringLiteral("schedule"));
    });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-OLD'"), 1);
    QCOMPARE(f.count("SELECT count(*) FROM rec.tombstones"), 0);
}

void TestRecordsStore::agentsReadTheirOwnAuditEntriesOnly()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    for (const char *user : {"alice", "bob"})
        b.act(QLatin1String(user), Role::Agent, Action::ViewCommunication, [](RecordsStore &r) {
            r.actor().recordAccess(Action::ViewCommunication, QStringLiteral("communication"), QStringLiteral("EXS-2"));
        });
    b.act(QStringLiteral("alice"), Role::Agent, Action::ViewOwnAuditEntries, [](RecordsStore &r) {
        audit::AuditFilter askForBob;
        askForBob.user = QStringLiteral("bob"); // the filter cannot widen what an agent sees
        bool ownOnly = false;
        const auto entries = r.audit().auditEntries(askForBob, &ownOnly);
        QVERIFY(ownOnly);
        QVERIFY(!entries.isEmpty());
        for (const auto &e : entries)
            QCOMPARE(e.user, QStringLiteral("alice"));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const qint64 exported = r.audit().exportAudit(out, {}, &ownOnly);
        QCOMPARE(exported, qint64(entries.size()));
        QVERIFY(!out.data().contains("\"bob\""));
    });
    b.act(QStringLiteral("carol"), Role::Compliance, Action::ViewAuditTrail, [](RecordsStore &r) {
        bool ownOnly = true;
        QStringList users;
        for (const auto &e : r.audit().auditEntries({}, &ownOnly))
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
    Backend b(f);
    services::ActionRunner runner(f.folder->databasePath(), f.data.path());
    b.prepare(QStringLiteral("alice"), Role::Agent);
    b.publishFacts(); // a resend to the original address needs no approval where that address is known
    QString statusAfterSend;
    runner.run(
        services::Actor{RecordsFixture::identity(QStringLiteral("alice")), Role::Agent}, Action::RequestReissue,
        [&](services::ActionContext &a) {
            a.records.reissues().requestReissue(
                {QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("lost"), {}, {}});
        },
        [&](services::ActionContext &a) { statusAfterSend = a.records.reissues().list().value(0).status; });
    QCOMPARE(runner.lastFlush().sent, 1);
    QCOMPARE(statusAfterSend, QStringLiteral("sent"));
    QCOMPARE(f.hotFolderFiles(QStringLiteral("reissue")).size(), 1);
    // A read queues nothing and sends nothing.
    runner.run(services::Actor{RecordsFixture::identity(QStringLiteral("alice")), Role::Agent}, Action::Search,
               [](services::ActionContext &a) { a.records.holds().list(); });
    QCOMPARE(runner.lastFlush().sent, 0);
}

void TestRecordsStore::readsAreRecordedLikeTheCommandLine()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    b.act(QStringLiteral("alice"), Role::Agent, Action::Search, [](RecordsStore &r) {
        const auto entry = r.actor().recordAccess(
            Action::Search, QStringLiteral("search"), QString(),
            QJsonObject{{QStringLiteral("query"), QStringLiteral("garcia")}, {QStringLiteral("total"), 3}});
        QCOMPARE(entry.action, QStringLiteral("search"));
        QCOMPARE(entry.role, QStringLiteral("agent"));
        QVERIFY(entry.after.contains("garcia"));
    });
    const auto kind = b.outcome(QStringLiteral("adam"), Role::Admin, Action::Search, [](RecordsStore &r) {
        r.actor().recordAccess(Action::ExportEvidence, QStringLiteral("communication"), QStringLiteral("EXS-2"));
    });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(b.refusals(QStringLiteral("evidence.export")), 1);
}

void TestRecordsStore::anAnchorFindsRemovedOrRewrittenEntries_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("tampering");
    QTest::addColumn<QString>("problem"); // empty = verifies
    for (const QString &backend : backendNames()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s, %s", name, qPrintable(backend)) << backend;
        };
        row("nothing changed") << int(Tampering::None) << QString();
        row("newest entries removed") << int(Tampering::RemoveNewest) << QStringLiteral("is missing");
        row("whole trail truncated") << int(Tampering::Truncate) << QStringLiteral("is missing");
        row("whole chain rewritten") << int(Tampering::RewriteChain) << QStringLiteral("chain was rewritten");
    }
}

void TestRecordsStore::anAnchorFindsRemovedOrRewrittenEntries()
{
    QFETCH(int, tampering);
    QFETCH(QString, problem);
    RecordsFixture f;
    fill(f);
    Backend b(f);
    const auto view = [](RecordsStore &r) {
        r.actor().recordAccess(Action::ViewCommunication, QStringLiteral("communication"), QStringLiteral("EXS-2"));
    };
    b.act(QStringLiteral("alice"), Role::Agent, Action::ViewCommunication, view);
    audit::AuditAnchor anchor;
    b.act(QStringLiteral("carol"), Role::Compliance, Action::ViewAuditTrail,
          [&](RecordsStore &r) { anchor = r.audit().auditAnchor(); });
    b.act(QStringLiteral("alice"), Role::Agent, Action::ViewCommunication, view);
    if (Tampering(tampering) == Tampering::RemoveNewest)
        b.removeNewestAuditEntries(3); // the view after the anchor, the anchor and the entry before it
    else if (Tampering(tampering) == Tampering::Truncate)
        b.removeNewestAuditEntries(1000000); // every entry, and (team) the head moved back to nothing
    else if (Tampering(tampering) == Tampering::RewriteChain)
        b.rewriteAuditChain();
    b.act(QStringLiteral("carol"), Role::Compliance, Action::ViewAuditTrail, [&](RecordsStore &r) {
        // The chain alone cannot show it (on a folder of its own, a trail cut short leaves the
        // grants no entry explains: the state check names them, RoleReplay).
        QCOMPARE(r.audit().verifyAudit().firstBadSeq, 0);
        const audit::VerifyResult v = r.audit().verifyAuditAnchored(anchor);
        QCOMPARE(v.ok, problem.isEmpty());
        if (problem.isEmpty())
            return;
        QCOMPARE(v.firstBadSeq, anchor.seq);
        QVERIFY2(v.problem.contains(problem), qPrintable(v.problem));
        QVERIFY2(v.problem.contains(QStringLiteral("entry %1").arg(anchor.seq)), qPrintable(v.problem));
    });
}

void TestRecordsStore::anAnchorCoversItsOwnEntry()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::ViewAuditTrail, [](RecordsStore &r) {
        const qint64 before = r.audit().auditCount();
        const audit::AuditAnchor anchor = r.audit().auditAnchor();
        QCOMPARE(anchor.seq, before + 1);
        QCOMPARE(r.audit().auditEntryHash(anchor.seq), std::optional(anchor.hash));
        QVERIFY(!r.audit().auditEntryHash(anchor.seq + 1));
        audit::AuditFilter anchors;
        anchors.action = QStringLiteral("audit.anchor");
        const auto entries = r.audit().auditEntries(anchors);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().seq, anchor.seq);
        QCOMPARE(entries.first().user, QStringLiteral("carol"));
        // It names the head it extends: its own hash cannot be part of what it hashes.
        const QJsonObject after = QJsonDocument::fromJson(entries.first().after).object();
        QCOMPARE(after.value(QStringLiteral("seq")).toInteger(), before);
        QCOMPARE(after.value(QStringLiteral("hash")).toString(), entries.first().prevHash);
    });
}

void TestRecordsStore::agentsMayNotAnchorTheTrail()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    // Opened for what an agent may do, so that the store's own check is what refuses.
    const auto kind = b.outcome(QStringLiteral("alice"), Role::Agent, Action::ViewOwnAuditEntries,
                                [](RecordsStore &r) { r.audit().auditAnchor(); });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(b.refusals(QStringLiteral("audit.view")), 1);
    QCOMPARE(b.entries(QStringLiteral("audit.anchor")), 0);
    const auto hashKind = b.outcome(QStringLiteral("alice"), Role::Agent, Action::ViewOwnAuditEntries,
                                    [](RecordsStore &r) { r.audit().auditEntryHash(1); });
    QCOMPARE(hashKind, std::optional(RecordsError::Kind::Refused));
}

// A QGuiApplication (offscreen): an evidence package's report.pdf lays out text.
QTEST_MAIN(TestRecordsStore)
#include "tst_recordsstore.moc"
