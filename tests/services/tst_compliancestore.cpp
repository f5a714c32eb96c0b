// The compliance officer's records actions held to one behaviour by every store (see
// recordsbackend.h): finding reviews, exception cases opened from a finding, and the audit
// entries an evidence package carries for its exporter.
#include "compliance/evidencepackage.h"
#include "records/findingreviewregister.h"
#include "recordsbackend.h"

#include <QBuffer>
#include <QStandardPaths>

using namespace storetest;

class TestComplianceStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(pgServer().start(&error), qPrintable(error));
    }
    void anOfficersFindingReviewIsListedAndAudited_data() { backends(); }
    void anOfficersFindingReviewIsListedAndAudited();
    void anExceptionCaseIsOpenedOnceAndAudited_data() { backends(); }
    void anExceptionCaseIsOpenedOnceAndAudited();
    void agentsMayNotReviewFindings_data() { backends(); }
    void agentsMayNotReviewFindings();
    void anEvidencePackageCarriesTheEntriesItsExporterMaySee_data() { backends(); }
    void anEvidencePackageCarriesTheEntriesItsExporterMaySee();
};

void TestComplianceStore::anOfficersFindingReviewIsListedAndAudited()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    const QString note = QStringLiteral("called the customer; address corrected");
    b.act(QStringLiteral("carol"), Role::Compliance, Action::RunFindings, [&](RecordsStore &r) {
        const records::FindingReview review = r.findings().reviewFinding(
            QStringLiteral("undelivered"), QStringLiteral("EXS-2"), QStringLiteral("  ") + note + QStringLiteral("\n"));
        QCOMPARE(review.by, QStringLiteral("carol"));
        QCOMPARE(review.note, note);
        QVERIFY(review.at > 0);
        QVERIFY(!review.provisional);
    });
    b.act(QStringLiteral("carol"), Role::Compliance, Action::RunFindings, [&](RecordsStore &r) {
        const QList<records::FindingReview> reviews = r.findings().findingReviews(QStringLiteral("EXS-2"));
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.first().kind, QStringLiteral("undelivered"));
        QCOMPARE(reviews.first().communicationId, QStringLiteral("EXS-2"));
        QCOMPARE(reviews.first().by, QStringLiteral("carol"));
        QCOMPARE(reviews.first().note, note);
        QVERIFY(r.findings().findingReviews(QStringLiteral("EXS-1")).isEmpty());
        QCOMPARE(r.findings().findingReviews().size(), 1);
        audit::AuditFilter about;
        about.action = QStringLiteral("finding.review");
        const auto entries = r.audit().auditEntries(about);
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
                         [&](RecordsStore &r) { r.findings().reviewFinding(kind, QStringLiteral("EXS-2"), text); });
    };
    QCOMPARE(invalid(QStringLiteral("undelivered"), QStringLiteral("  ")), std::optional(RecordsError::Kind::Invalid));
    QCOMPARE(invalid(QStringLiteral("no_such_check"), QStringLiteral("looked")),
             std::optional(RecordsError::Kind::Invalid));
    QCOMPARE(b.entries(QStringLiteral("finding.review")), 1);
}

void TestComplianceStore::anExceptionCaseIsOpenedOnceAndAudited()
{
    RecordsFixture f;
    f.drop.append(
        QStringLiteral("delivery/d.ndjson"),
        R"({"communication_id": "EXS-2", "event": "bounced", "at": "2026-10-02T10:00:00Z", "channel": "email"})"
        "\n");
    fill(f);
    // A workflow service that is not listening: the case waits in this folder's outbox.
    const auto workflow = cache::RepositoryStore(f.writer).add(QStringLiteral("bpm"), QStringLiteral("workflow"),
                                                               QStringLiteral("http://127.0.0.1:9/"),
                                                               QJsonObject{{QStringLiteral("max_attempts"), 1}});
    Backend b(f);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::OpenExceptionCase, [&](RecordsStore &r) {
        const records::ExceptionCase c = r.findings().openExceptionCase(
            QStringLiteral("undelivered"), QStringLiteral("EXS-2"), QStringLiteral("bounced"));
        QCOMPARE(c.id, QStringLiteral("exception:undelivered:EXS-2"));
        QCOMPARE(c.repoId, workflow.id);
        QCOMPARE(c.openedBy, QStringLiteral("carol"));
    });
    QCOMPARE(b.entries(QStringLiteral("exception_case.open")), 1);
    const auto again =
        b.outcome(QStringLiteral("carol"), Role::Compliance, Action::OpenExceptionCase, [](RecordsStore &r) {
            r.findings().openExceptionCase(QStringLiteral("undelivered"), QStringLiteral("EXS-2"),
                                           QStringLiteral("again"));
        });
    QCOMPARE(again, std::optional(RecordsError::Kind::Conflict)); // the finding has its case
    const auto agent = b.outcome(QStringLiteral("alice"), Role::Agent, Action::Search, [](RecordsStore &r) {
        r.findings().openExceptionCase(QStringLiteral("undelivered"), QStringLiteral("EXS-2"), QStringLiteral("x"));
    });
    QCOMPARE(agent, std::optional(RecordsError::Kind::Refused));
    QCOMPARE(b.refusals(QStringLiteral("exception_case.open")), 1);
    b.act(QStringLiteral("carol"), Role::Compliance, Action::RunFindings, [&](RecordsStore &r) {
        const QList<records::ExceptionCase> cases = r.findings().exceptionCases(QStringLiteral("EXS-2"));
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.first().state, QStringLiteral("queued")); // the service did not answer
    });
    QCOMPARE(f.count("SELECT count(*) FROM rec.outbox WHERE kind = 'exception_case' AND state = 'pending'"), 1);
}

void TestComplianceStore::agentsMayNotReviewFindings()
{
    RecordsFixture f;
    fill(f);
    Backend b(f);
    // Opened for what an agent may do, so that the store's own check is what refuses.
    const auto kind = b.outcome(QStringLiteral("alice"), Role::Agent, Action::Search, [](RecordsStore &r) {
        r.findings().reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"),
                                   QStringLiteral("looked at it"));
    });
    QCOMPARE(kind, std::optional(RecordsError::Kind::Refused));
    // An admin's attempt too: recorded as the marking it was, and said so (#29).
    QString message;
    try {
        b.act(QStringLiteral("adam"), Role::Admin, Action::Search, [](RecordsStore &r) {
            r.findings().reviewFinding(QStringLiteral("undelivered"), QStringLiteral("EXS-2"),
                                       QStringLiteral("looked at it"));
        });
    } catch (const RecordsError &e) {
        message = e.message();
    }
    QVERIFY2(message.contains(QLatin1String("marking a finding reviewed")), qPrintable(message));
    QCOMPARE(b.refusals(QStringLiteral("finding.review")), 2);
    QCOMPARE(b.refusals(QStringLiteral("findings.run")), 0);
    QCOMPARE(b.entries(QStringLiteral("finding.review")), 0);
    QCOMPARE(f.count("SELECT count(*) FROM rec.finding_reviews"), 0);
}

void TestComplianceStore::anEvidencePackageCarriesTheEntriesItsExporterMaySee()
{
    // Never skipped: .ci/install-deps installs unzip, and a skip here would hide a missing step.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(),
             "unzip is needed to read the package as its recipient would (Debian package unzip)");
    RecordsFixture f;
    fill(f);
    Backend b(f);
    for (const auto &[user, role] :
         {std::pair{QStringLiteral("carol"), Role::Compliance}, std::pair{QStringLiteral("alice"), Role::Agent}})
        b.act(user, role, Action::ViewCommunication, [](RecordsStore &r) {
            r.actor().recordAccess(Action::ViewCommunication, QStringLiteral("communication"), QStringLiteral("EXS-1"));
        });
    QTemporaryDir out;
    const auto exportAs = [&](const QString &user, Role role, const QString &zip) {
        b.run(user, role, Action::ExportEvidence, [&](services::ActionContext &a) {
            const auto result = compliance::exportEvidence(a.records.actor(), a.records.audit(), a.cache,
                                                           f.folder->contentStore(), QStringLiteral("EXS-1"), zip);
            QVERIFY(result.files.contains(QStringLiteral("audit.json")));
        });
        return packagedAuditEntries(zip);
    };

    const QJsonArray officers =
        exportAs(QStringLiteral("carol"), Role::Compliance, out.filePath(QStringLiteral("carol.zip")));
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
            QCOMPARE(r.audit().auditEntryHash(v[QStringLiteral("seq")].toInteger()),
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
QTEST_MAIN(TestComplianceStore)
#include "tst_compliancestore.moc"
