// The records rules as a person meets them, written against records::RecordsStore (what
// services::ActionRunner hands the desktop's jobs and the command-line client), so that
// every store — the data folder's records.sqlite today, a team's database next — is held to
// the same behaviour: each test runs once per backend row.
#include "audit/audittrail.h"
#include "compliance/evidencepackage.h"
#include "records/findingreviewregister.h"
#include "records/recordserror.h"
#include "records/recordsstore.h"
#include "recordsfixture.h"
#include "services/actionrunner.h"
#include "pgtestserver.h"
#include "teamtestdatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace proofdesk;
using records::Action;
using records::RecordsError;
using records::RecordsStore;
using records::Role;

namespace {

// One PostgreSQL server for the whole run; each test gets a team database of its own.
test::PgTestServer &pgServer()
{
    static test::PgTestServer server;
    return server;
}

// A backend: runs one action as `user` in `role` with the store it would give a caller. The
// "team" row connects the data folder to a fresh team database as that user's login, as a
// person at that desktop would be.
struct Backend
{
    RecordsFixture &fixture;
    std::unique_ptr<test::TeamTestDatabase> team;

    Backend(RecordsFixture &f)
        : fixture(f)
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("team")) {
            QString error;
            team = std::make_unique<test::TeamTestDatabase>(pgServer(), &error);
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
        }
    }

    // `user` may act in `role` here (a local grant, or a login in the group role).
    void prepare(const QString &user, Role role)
    {
        if (team) {
            team->addLogin(user, {role});
            team->connectFolder(fixture.data.path(), user);
        } else {
            fixture.grant(user, role);
        }
    }

    void act(const QString &user, Role role, Action action, const std::function<void(RecordsStore &)> &body)
    {
        run(user, role, action, [&](services::ActionContext &a) { body(a.records); });
    }
    // As act(), with all a caller gets (the cache connection too).
    void run(const QString &user, Role role, Action action, const services::ActionRunner::Body &body)
    {
        prepare(user, role);
        services::ActionRunner runner(fixture.folder->databasePath(), fixture.data.path());
        runner.run(services::Actor{RecordsFixture::identity(user), role}, action, body);
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

    // Audit entries with this action (and outcome), wherever the trail is kept.
    qint64 entries(const QString &action, const QString &outcome = QStringLiteral("done"))
    {
        if (team)
            return team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries WHERE action = '%1' "
                                              "AND outcome = '%2'").arg(action, outcome));
        auto st = fixture.writer.prepare("SELECT count(*) FROM rec.audit_entries WHERE action = ?1 AND outcome = ?2");
        st.bind(1, action).bind(2, outcome);
        return st.step() ? st.columnInt(0) : 0;
    }
    qint64 refusals(const QString &action) { return entries(action, QStringLiteral("refused")); }

    // What someone with the database in hand can do past the store's rules (here: drop the
    // triggers of records.sqlite; on a team database, be its owner).
    void removeNewestAuditEntries(int n)
    {
        if (team)
            return team->removeNewestAuditEntries(n);
        dropAuditTriggers();
        fixture.writer.prepare("DELETE FROM rec.audit_entries WHERE seq > (SELECT max(seq) FROM rec.audit_entries) - ?1")
            .bind(1, n)
            .run();
    }
    // Entry 2 says someone else did it, and every hash from there on is recomputed, so that
    // the chain verifies on its own.
    void rewriteAuditChain()
    {
        if (team)
            return team->rewriteAuditChain();
        dropAuditTriggers();
        QList<audit::AuditEntry> entries = audit::AuditTrail(fixture.writer).entries();
        entries[1].user = QStringLiteral("mallory");
        fixture.writer.exec("DELETE FROM rec.audit_entries");
        for (const audit::AuditEntry &e : entries)
            audit::AuditTrail(fixture.writer).append(e); // new prev_hash and hash
    }

private:
    void dropAuditTriggers()
    {
        fixture.writer.exec("DROP TRIGGER IF EXISTS rec.audit_no_update");
        fixture.writer.exec("DROP TRIGGER IF EXISTS rec.audit_no_delete");
    }
};

enum class Tampering { None, RemoveNewest, Truncate, RewriteChain };

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

// audit.json of an evidence package, as its recipient unpacks it.
QJsonArray packagedAuditEntries(const QString &zip)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, QStringLiteral("audit.json")});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(unzip.readAllStandardOutput()).array();
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
    void anAnchorFindsRemovedOrRewrittenEntries_data();
    void anAnchorFindsRemovedOrRewrittenEntries();
    void anAnchorCoversItsOwnEntry_data() { backends(); }
    void anAnchorCoversItsOwnEntry();
    void agentsMayNotAnchorTheTrail_data() { backends(); }
    void agentsMayNotAnchorTheTrail();
    void anOfficersFindingReviewIsListedAndAudited_data() { backends(); }
    void anOfficersFindingReviewIsListedAndAudited();
    void anExceptionCaseIsOpenedOnceAndAudited_data() { backends(); }
    void anExceptionCaseIsOpenedOnceAndAudited();
    void agentsMayNotReviewFindings_data() { backends(); }
    void agentsMayNotReviewFindings();
    void anEvidencePackageCarriesTheEntriesItsExporterMaySee_data() { backends(); }
    void anEvidencePackageCarriesTheEntriesItsExporterMaySee();

    void initTestCase()
    {
        QString error;
        QVERIFY2(pgServer().start(&error), qPrintable(error));
    }

private:
    // One row per store implementation: the same behaviour from either.
    static QStringList backendNames() { return {QStringLiteral("local"), QStringLiteral("team")}; }
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("local records.sqlite") << QStringLiteral("local");
        QTest::newRow("team database") << QStringLiteral("team");
    }
};

void TestRecordsStore::anotherOfficerApprovesARegeneration()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
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
    Backend b(f);
    QString id;
    b.prepare(QStringLiteral("carol"), Role::Agent);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::RequestReissue,
          [&](RecordsStore &r) { id = r.requestReissue(regenerate).id; });
    const auto kind = b.outcome(QStringLiteral("carol"), Role::Compliance, Action::ApproveReissue,
                                [&](RecordsStore &r) { r.approveReissue(id, QStringLiteral("mine")); });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(b.refusals(QStringLiteral("reissue.approve")), 1);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::Search,
          [&](RecordsStore &r) { QCOMPARE(r.findReissue(id)->status, QStringLiteral("pending_approval")); });
}

void TestRecordsStore::rolesOutsideTheTableAreRefusedAndAudited_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("auditedAs");
    for (const QString &backend : backendNames()) {
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s, %s", name, qPrintable(backend)) << backend; };
        row("agent applies a hold") << int(Role::Agent) << int(Action::ApplyHold) << QStringLiteral("hold.apply");
        row("agent releases a hold") << int(Role::Agent) << int(Action::ReleaseHold) << QStringLiteral("hold.release");
        row("agent approves a reissue") << int(Role::Agent) << int(Action::ApproveReissue) << QStringLiteral("reissue.approve");
        row("compliance disposes") << int(Role::Compliance) << int(Action::ApproveDisposition) << QStringLiteral("disposition.approve");
        row("records requests a reissue") << int(Role::Records) << int(Action::RequestReissue) << QStringLiteral("reissue.request");
        row("admin exports evidence") << int(Role::Admin) << int(Action::ExportEvidence) << QStringLiteral("evidence.export");
        row("agent verifies the trail") << int(Role::Agent) << int(Action::ViewAuditTrail) << QStringLiteral("audit.view");
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
    const auto kind = b.outcome(QStringLiteral("dana"), Role(role), Action(action), [&](RecordsStore &) { ran = true; });
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
    Backend b(f);
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
    Backend b(f);
    services::ActionRunner runner(f.folder->databasePath(), f.data.path());
    b.prepare(QStringLiteral("alice"), Role::Agent);
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
    Backend b(f);
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
    QCOMPARE(b.refusals(QStringLiteral("evidence.export")), 1);
}

void TestRecordsStore::anAnchorFindsRemovedOrRewrittenEntries_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("tampering");
    QTest::addColumn<QString>("problem"); // empty = verifies
    for (const QString &backend : backendNames()) {
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s, %s", name, qPrintable(backend)) << backend; };
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
        r.recordAccess(Action::ViewCommunication, QStringLiteral("communication"), QStringLiteral("EXS-2"));
    };
    b.act(QStringLiteral("alice"), Role::Agent, Action::ViewCommunication, view);
    audit::AuditAnchor anchor;
    b.act(QStringLiteral("carol"), Role::Compliance, Action::ViewAuditTrail, [&](RecordsStore &r) { anchor = r.auditAnchor(); });
    b.act(QStringLiteral("alice"), Role::Agent, Action::ViewCommunication, view);
    if (Tampering(tampering) == Tampering::RemoveNewest)
        b.removeNewestAuditEntries(3); // the view after the anchor, the anchor and the entry before it
    else if (Tampering(tampering) == Tampering::Truncate)
        b.removeNewestAuditEntries(1000000); // every entry, and (team) the head moved back to nothing
    else if (Tampering(tampering) == Tampering::RewriteChain)
        b.rewriteAuditChain();
    b.act(QStringLiteral("carol"), Role::Compliance, Action::ViewAuditTrail, [&](RecordsStore &r) {
        QVERIFY2(r.verifyAudit().ok, "the tampering is one the chain alone cannot show");
        const audit::VerifyResult v = r.verifyAuditAnchored(anchor);
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
        const qint64 before = r.auditCount();
        const audit::AuditAnchor anchor = r.auditAnchor();
        QCOMPARE(anchor.seq, before + 1);
        QCOMPARE(r.auditEntryHash(anchor.seq), std::optional(anchor.hash));
        QVERIFY(!r.auditEntryHash(anchor.seq + 1));
        audit::AuditFilter anchors;
        anchors.action = QStringLiteral("audit.anchor");
        const auto entries = r.auditEntries(anchors);
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
                                [](RecordsStore &r) { r.auditAnchor(); });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(b.refusals(QStringLiteral("audit.view")), 1);
    QCOMPARE(b.entries(QStringLiteral("audit.anchor")), 0);
    const auto hashKind = b.outcome(QStringLiteral("alice"), Role::Agent, Action::ViewOwnAuditEntries,
                                    [](RecordsStore &r) { r.auditEntryHash(1); });
    QCOMPARE(hashKind, std::optional(RecordsError::Kind::Refused));
}

void TestRecordsStore::anOfficersFindingReviewIsListedAndAudited()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    const QString note = QStringLiteral("called the customer; address corrected");
    b.act(QStringLiteral("carol"), Role::Compliance, Action::RunFindings, [&](RecordsStore &r) {
        const records::FindingReview review = r.reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"),
                                                              QStringLiteral("  ") + note + QStringLiteral("\n"));
        QCOMPARE(review.by, QStringLiteral("carol"));
        QCOMPARE(review.note, note);
        QVERIFY(review.at > 0);
        QVERIFY(!review.provisional);
    });
    b.act(QStringLiteral("carol"), Role::Compliance, Action::RunFindings, [&](RecordsStore &r) {
        const QList<records::FindingReview> reviews = r.findingReviews(QStringLiteral("EXS-2"));
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.first().kind, QStringLiteral("undelivered"));
        QCOMPARE(reviews.first().communicationId, QStringLiteral("EXS-2"));
        QCOMPARE(reviews.first().by, QStringLiteral("carol"));
        QCOMPARE(reviews.first().note, note);
        QVERIFY(r.findingReviews(QStringLiteral("EXS-1")).isEmpty());
        QCOMPARE(r.findingReviews().size(), 1);
        audit::AuditFilter about;
        about.action = QStringLiteral("finding.review");
        const auto entries = r.auditEntries(about);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().objectId, QStringLiteral("EXS-2"));
        QCOMPARE(entries.first().reason, note);
        QVERIFY(entries.first().after.contains("undelivered"));
    });
    QCOMPARE(b.entries(QStringLiteral("finding.review")), 1);
    // The findings read this folder's copy: a team's review is in it too.
    QCOMPARE(records::FindingReviewRegister(f.writer).list(QStringLiteral("EXS-2")).size(), 1);
    // A review says what was checked, of a finding there is.
    const auto invalid = [&](const QString &kind, const QString &text) {
        return b.outcome(QStringLiteral("carol"), Role::Compliance, Action::RunFindings,
                         [&](RecordsStore &r) { r.reviewFinding(kind, QStringLiteral("EXS-2"), text); });
    };
    QCOMPARE(invalid(QStringLiteral("undelivered"), QStringLiteral("  ")), std::optional(RecordsError::Kind::Invalid));
    QCOMPARE(invalid(QStringLiteral("no_such_check"), QStringLiteral("looked")), std::optional(RecordsError::Kind::Invalid));
    QCOMPARE(b.entries(QStringLiteral("finding.review")), 1);
}

void TestRecordsStore::anExceptionCaseIsOpenedOnceAndAudited()
{
    RecordsFixture f;
    f.drop.append(QStringLiteral("delivery/d.ndjson"),
                  R"({"communication_id": "EXS-2", "event": "bounced", "at": "2026-10-02T10:00:00Z", "channel": "email"})" "\n");
    fill(f);
    // A workflow service that is not listening: the case waits in this folder's outbox.
    const auto workflow = cache::RepositoryStore(f.writer).add(QStringLiteral("bpm"), QStringLiteral("workflow"),
                                                               QStringLiteral("http://127.0.0.1:9/"),
                                                               QJsonObject{{QStringLiteral("max_attempts"), 1}});
    Backend b(f);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::OpenExceptionCase, [&](RecordsStore &r) {
        const records::ExceptionCase c = r.openExceptionCase(QStringLiteral("undelivered"), QStringLiteral("EXS-2"),
                                                             QStringLiteral("bounced"));
        QCOMPARE(c.id, QStringLiteral("exception:undelivered:EXS-2"));
        QCOMPARE(c.repoId, workflow.id);
        QCOMPARE(c.openedBy, QStringLiteral("carol"));
    });
    QCOMPARE(b.entries(QStringLiteral("exception_case.open")), 1);
    const auto again = b.outcome(QStringLiteral("carol"), Role::Compliance, Action::OpenExceptionCase, [](RecordsStore &r) {
        r.openExceptionCase(QStringLiteral("undelivered"), QStringLiteral("EXS-2"), QStringLiteral("again"));
    });
    QCOMPARE(again, std::optional(RecordsError::Kind::Invalid));
    const auto agent = b.outcome(QStringLiteral("alice"), Role::Agent, Action::Search, [](RecordsStore &r) {
        r.openExceptionCase(QStringLiteral("undelivered"), QStringLiteral("EXS-2"), QStringLiteral("x"));
    });
    QCOMPARE(agent, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(b.refusals(QStringLiteral("exception_case.open")), 1);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::RunFindings, [&](RecordsStore &r) {
        const QList<records::ExceptionCase> cases = r.exceptionCases(QStringLiteral("EXS-2"));
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.first().state, QStringLiteral("queued")); // the service did not answer
    });
    QCOMPARE(f.count("SELECT count(*) FROM rec.outbox WHERE kind = 'exception_case' AND state = 'pending'"), 1);
}

void TestRecordsStore::agentsMayNotReviewFindings()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    // Opened for what an agent may do, so that the store's own check is what refuses.
    const auto kind = b.outcome(QStringLiteral("alice"), Role::Agent, Action::Search, [](RecordsStore &r) {
        r.reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"), QStringLiteral("looked at it"));
    });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(b.refusals(QStringLiteral("findings.run")), 1);
    QCOMPARE(b.entries(QStringLiteral("finding.review")), 0);
    QCOMPARE(f.count("SELECT count(*) FROM rec.finding_reviews"), 0);
}

void TestRecordsStore::anEvidencePackageCarriesTheEntriesItsExporterMaySee()
{
    // Never skipped: .ci/install-deps installs unzip, and a skip here would hide a missing step.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(),
             "unzip is needed to read the package as its recipient would (Debian package unzip)");
    RecordsFixture f;
    fill(f);
    Backend b(f);
    for (const auto &[user, role] : {std::pair{QStringLiteral("carol"), Role::Compliance}, std::pair{QStringLiteral("alice"), Role::Agent}})
        b.act(user, role, Action::ViewCommunication, [](RecordsStore &r) {
            r.recordAccess(Action::ViewCommunication, QStringLiteral("communication"), QStringLiteral("EXS-1"));
        });
    QTemporaryDir out;
    const auto exportAs = [&](const QString &user, Role role, const QString &zip) {
        b.run(user, role, Action::ExportEvidence, [&](services::ActionContext &a) {
            const auto result = compliance::exportEvidence(a.records, a.cache, f.folder->contentStore(),
                                                           QStringLiteral("EXS-1"), zip);
            QVERIFY(result.files.contains(QStringLiteral("audit.json")));
        });
        return packagedAuditEntries(zip);
    };

    const QJsonArray officers = exportAs(QStringLiteral("carol"), Role::Compliance, out.filePath(QStringLiteral("carol.zip")));
    QStringList users;
    for (const QJsonValue &v : officers) {
        const QJsonObject e = v.toObject();
        users << e.value(QStringLiteral("user")).toString();
        QCOMPARE(e.value(QStringLiteral("object_id")).toString(), QStringLiteral("EXS-1"));
        QCOMPARE(e.value(QStringLiteral("hash")).toString().size(), 64);
        QCOMPARE(e.value(QStringLiteral("prev_hash")).toString().size(), 64);
    }
    QCOMPARE(users, (QStringList{QStringLiteral("carol"), QStringLiteral("alice")}));
    // The hashes are the chain's own: the recipient can check them against an anchor.
    b.act(QStringLiteral("carol"), Role::Compliance, Action::ViewAuditTrail, [&](RecordsStore &r) {
        for (const QJsonValue &v : officers)
            QCOMPARE(r.auditEntryHash(v[QStringLiteral("seq")].toInteger()),
                     std::optional(v[QStringLiteral("hash")].toString()));
    });
    QCOMPARE(b.entries(QStringLiteral("evidence.export")), 1);

    // An agent's package: her own entries only (the officer's view and export stay out).
    const QJsonArray agents = exportAs(QStringLiteral("alice"), Role::Agent, out.filePath(QStringLiteral("alice.zip")));
    QCOMPARE(agents.size(), 1);
    QCOMPARE(agents.first()[QStringLiteral("user")].toString(), QStringLiteral("alice"));
    QCOMPARE(agents.first()[QStringLiteral("action")].toString(), QStringLiteral("communication.view"));
    QCOMPARE(b.entries(QStringLiteral("evidence.export")), 2);
}

// A QGuiApplication (offscreen): an evidence package's report.pdf lays out text.
QTEST_MAIN(TestRecordsStore)
#include "tst_recordsstore.moc"
