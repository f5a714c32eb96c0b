// Workflow from the records side, end to end against the fake Flowable engine on loopback:
// a reissue with a workflow repository configured is fulfilled by one process instance;
// an exception case opened from a finding (compliance) is queued, audited, started once
// (also when the answer to the start is lost) and its state, read from the historic
// instance, is shown beside the finding.
#include "compliance/findingsengine.h"
#include "dropbuilder.h"
#include "fakeflowableserver.h"
#include "networkfixture.h"
#include "records/connectorsender.h"
#include "records/exceptioncaseregister.h"
#include "records/localrecordsstore.h"
#include "records/outbox.h"
#include "records/outboxdispatcher.h"
#include "records/recordserror.h"
#include "records/rolegrants.h"
#include "records/session.h"
#include "sync/dropimport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace proofdesk;
using fakeserver::Fault;
using records::RecordsError;

namespace {

// A data folder with a workflow repository ("net", the fake engine) and a drop: EXS-1
// delivered, EXS-2 bounced (an undelivered finding).
struct WorkflowRun : NetRun
{
    QTemporaryDir dropDir;
    DropBuilder drop{dropDir.path()};

    explicit WorkflowRun(const QUrl &engine)
        : NetRun(QStringLiteral("workflow"), engine)
    {
        drop.appendRecord(QStringLiteral("communications/a.ndjson"),
                          drop.communication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z")));
        drop.appendRecord(QStringLiteral("communications/a.ndjson"),
                          drop.communication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z")));
        drop.append(
            QStringLiteral("delivery/events.ndjson"),
            R"({"communication_id": "EXS-1", "event": "delivered", "at": "2026-10-01T10:00:00Z", "channel": "email"})"
            "\n"
            R"({"communication_id": "EXS-2", "event": "bounced", "at": "2026-10-02T10:00:00Z", "channel": "email"})"
            "\n");
        const auto outcome = sync::importDrop(writer, folder.contentStore(), dropDir.path());
        if (!outcome.report.ok())
            qFatal("%s", qPrintable(outcome.report.error));
    }
    records::RecordsSession as(const QString &user, records::Role role)
    {
        records::grantAsSystem(writer, records::Identity{user, QStringLiteral("os"), {}}, {role},
                               QStringLiteral("test setup"));
        return records::RecordsSession::open(writer, records::Identity{user, QStringLiteral("os"), {}}, role);
    }
    sync::ConnectorEnvironment environment()
    {
        sync::ConnectorEnvironment env;
        env.dataDir = data.path();
        env.credentials = sync::CredentialStore(false);
        env.httpDefaults = fastHttp();
        return env;
    }
    // The outbox sent as the desktop does it, with the fixture's credentials and patience.
    records::FlushReport flush(const records::RecordsSession &session)
    {
        records::OutboxDispatcher dispatcher(session, records::OutboxDispatcher::RequestsKept::InThisFolder);
        dispatcher.setSenderFactory([this](const cache::RepositoryInfo &r) -> std::unique_ptr<records::OutboxSender> {
            return std::make_unique<records::ConnectorSender>(
                sync::createConnector(r, folder.contentStore(), environment()));
        });
        dispatcher.setConnectorFactory([this](const cache::RepositoryInfo &r) {
            return sync::createConnector(r, folder.contentStore(), environment());
        });
        return dispatcher.flush();
    }
    std::optional<records::ExceptionCase> theCase()
    {
        return records::ExceptionCaseRegister(writer).find(QStringLiteral("exception:undelivered:EXS-2"));
    }
};

} // namespace

class TestExceptionCases : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void aReissueIsFulfilledByOneProcessInstance();
    void anExceptionCaseIsStartedOnceAndItsStateShownBesideTheFinding();
    void onlyComplianceOpensCasesAndOnlyFromFindingsThatHold();

private:
    std::unique_ptr<fakeserver::FakeFlowableServer> m_server;
};

void TestExceptionCases::init()
{
    m_server = std::make_unique<fakeserver::FakeFlowableServer>();
    QVERIFY(m_server->start());
    m_server->deploy(QStringLiteral("proofdesk-reissue"));
    m_server->deploy(QStringLiteral("proofdesk-exception"));
}

void TestExceptionCases::aReissueIsFulfilledByOneProcessInstance()
{
    WorkflowRun run(m_server->baseUrl());
    const records::RecordsSession agent = run.as(QStringLiteral("alice"), records::Role::Agent);
    const records::ReissueRequest request =
        records::LocalRecordsStore(agent, run.data.path())
            .reissues()
            .requestReissue({QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("bounced"), {}, {}});
    QCOMPARE(request.status, QStringLiteral("queued"));
    // Queued for the workflow service, not for the drop the original came from.
    const auto item = records::Outbox(run.writer).find(request.id);
    QVERIFY(item);
    QCOMPARE(item->repoId, run.repo.id);

    const records::FlushReport report = run.flush(agent);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QCOMPARE(report.sent, 1);
    QCOMPARE(m_server->starts(), 1);
    const auto instance = m_server->instances().first();
    QCOMPARE(instance.processDefinitionKey, QStringLiteral("proofdesk-reissue"));
    QCOMPARE(instance.businessKey, request.id);
    QCOMPARE(records::LocalRecordsStore(agent, run.data.path()).reissues().findReissue(request.id)->status,
             QStringLiteral("sent"));
    QCOMPARE(run.flush(agent).sent, 0);
    QCOMPARE(m_server->starts(), 1);
}

void TestExceptionCases::anExceptionCaseIsStartedOnceAndItsStateShownBesideTheFinding()
{
    WorkflowRun run(m_server->baseUrl());
    const records::RecordsSession carol = run.as(QStringLiteral("carol"), records::Role::Compliance);
    const records::ExceptionCase opened = records::LocalRecordsStore(carol, run.data.path())
                                              .findings()
                                              .openExceptionCase(QStringLiteral("undelivered"), QStringLiteral("exs-2"),
                                                                 QStringLiteral("  bounced twice "));
    QCOMPARE(opened.id, QStringLiteral("exception:undelivered:EXS-2"));
    QCOMPARE(opened.state, QStringLiteral("queued"));
    QCOMPARE(opened.reason, QStringLiteral("bounced twice"));
    QCOMPARE(opened.openedBy, QStringLiteral("carol"));
    QCOMPARE(
        run.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'exception_case.open' AND outcome = 'done' "
                  "AND object_id = 'EXS-2'"),
        1);
    QCOMPARE(records::Outbox(run.writer).find(opened.id)->kind, QStringLiteral("exception_case"));

    // The answer to the start is lost after the engine committed it: the dispatcher's send
    // looks the business key up again and finds the instance.
    bool dropped = false;
    m_server->setFaultHook([&dropped](const fakeserver::Request &r) {
        if (r.method == "POST" && !dropped) {
            dropped = true;
            return Fault::of(Fault::DropMidBody);
        }
        return Fault();
    });
    records::FlushReport report = run.flush(carol);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QVERIFY(dropped);
    QCOMPARE(report.sent, 1);
    QCOMPARE(m_server->starts(), 1);
    const auto instance = m_server->instances().first();
    QCOMPARE(instance.processDefinitionKey, QStringLiteral("proofdesk-exception"));
    QCOMPARE(instance.businessKey, opened.id);
    QCOMPARE(run.theCase()->state, QStringLiteral("running"));
    QCOMPARE(run.theCase()->instanceId, instance.id);

    // The engine deletes it, with a reason: shown beside the finding after the next send.
    m_server->deleteInstance(instance.id, QStringLiteral("customer reached by phone"));
    report = run.flush(carol);
    QCOMPARE(report.casesChanged, 1);
    QCOMPARE(m_server->starts(), 1);
    QCOMPARE(run.theCase()->state, QStringLiteral("deleted"));
    QCOMPARE(run.theCase()->deleteReason, QStringLiteral("customer reached by phone"));
    QCOMPARE(run.flush(carol).casesChanged, 0); // a closed case is not asked about again

    cache::Database reader = cache::CacheFile::openReader(run.folder.databasePath());
    const compliance::FindingsReport findings = compliance::FindingsEngine(reader).run(QString());
    QVERIFY2(findings.error.isEmpty(), qPrintable(findings.error));
    int shown = 0;
    for (const compliance::Finding &f : findings.findings) {
        if (f.commId == QLatin1String("EXS-2") && f.kind == compliance::FindingKind::Undelivered) {
            QVERIFY(f.exceptionCase);
            QCOMPARE(f.exceptionCase->state, QStringLiteral("deleted"));
            ++shown;
        } else {
            QVERIFY2(!f.exceptionCase, qPrintable(f.commId));
        }
    }
    QCOMPARE(shown, 1);
}

void TestExceptionCases::onlyComplianceOpensCasesAndOnlyFromFindingsThatHold()
{
    WorkflowRun run(m_server->baseUrl());
    const auto outcome = [&](records::Role role, const QString &finding, const QString &id, const QString &reason) {
        const records::RecordsSession s =
            run.as(role == records::Role::Compliance ? QStringLiteral("carol") : QStringLiteral("alice"), role);
        try {
            records::LocalRecordsStore(s, run.data.path()).findings().openExceptionCase(finding, id, reason);
        } catch (const RecordsError &e) {
            return std::optional(e.kind());
        }
        return std::optional<RecordsError::Kind>();
    };
    using K = RecordsError::Kind;
    const QString undelivered = QStringLiteral("undelivered");
    QCOMPARE(outcome(records::Role::Agent, undelivered, QStringLiteral("EXS-2"), QStringLiteral("x")),
             std::optional(K::Refused));
    QCOMPARE(run.count(
                 "SELECT count(*) FROM rec.audit_entries WHERE action = 'exception_case.open' AND outcome = 'refused'"),
             1);
    QCOMPARE(outcome(records::Role::Records, undelivered, QStringLiteral("EXS-2"), QStringLiteral("x")),
             std::optional(K::Refused));
    QCOMPARE(outcome(records::Role::Compliance, QStringLiteral("retention_overdue"), QStringLiteral("EXS-2"),
                     QStringLiteral("x")),
             std::optional(K::Invalid));
    QCOMPARE(outcome(records::Role::Compliance, undelivered, QStringLiteral("EXS-2"), QStringLiteral(" ")),
             std::optional(K::Invalid));
    QCOMPARE(outcome(records::Role::Compliance, undelivered, QStringLiteral("EXS-1"), QStringLiteral("x")),
             std::optional(K::NotFound));
    QCOMPARE(outcome(records::Role::Compliance, QStringLiteral("fixity_failed"), QStringLiteral("EXS-2"),
                     QStringLiteral("x")),
             std::optional(K::NotFound));
    QCOMPARE(outcome(records::Role::Compliance, undelivered, QStringLiteral("EXS-2"), QStringLiteral("x")),
             std::nullopt);
    QCOMPARE(outcome(records::Role::Compliance, undelivered, QStringLiteral("EXS-2"), QStringLiteral("again")),
             std::optional(K::Conflict)); // one case per finding: well asked, but it exists
    QCOMPARE(run.count("SELECT count(*) FROM rec.exception_cases"), 1);
    QCOMPARE(run.count("SELECT count(*) FROM rec.outbox WHERE kind = 'exception_case'"), 1);
    // Without a workflow repository, nothing is queued and the message says what to add.
    run.writer.exec("DELETE FROM repositories WHERE kind = 'workflow'");
    run.writer.exec("DELETE FROM rec.exception_cases");
    try {
        records::LocalRecordsStore(run.as(QStringLiteral("carol"), records::Role::Compliance), run.data.path())
            .findings()
            .openExceptionCase(undelivered, QStringLiteral("EXS-2"), QStringLiteral("x"));
        QFAIL("opened without a workflow repository");
    } catch (const RecordsError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("--kind workflow")), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestExceptionCases)
#include "tst_exceptioncases.moc"
