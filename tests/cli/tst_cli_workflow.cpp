// The workflow service from the command line, against the fake Flowable engine on loopback:
// `repo add --kind workflow` checks that the process definitions are deployed; `exception
// open` starts one exception case for a finding (compliance), and `findings --json` shows
// its state as the engine's history tells it after the next sync.
#include "clirunner.h"
#include "dropbuilder.h"
#include "fakeflowableserver.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

class TestCliWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void repoAddChecksTheProcessDefinitions();
    void anExceptionCaseIsStartedOnceAndShownWithItsFinding();

private:
    CliRun cli(const QStringList &args) { return runCli(m_data, args); }
    CliRun addWorkflow(const QString &name, const QStringList &extra = {});
    QJsonObject undeliveredFinding();
    std::unique_ptr<fakeserver::FakeFlowableServer> m_server;
    QTemporaryDir m_work;
    QString m_data; // a data folder of its own for each test
    int m_tests = 0;
};

void TestCliWorkflow::init()
{
    m_server = std::make_unique<fakeserver::FakeFlowableServer>();
    QVERIFY(m_server->start());
    m_server->deploy(QStringLiteral("proofdesk-reissue"));
    m_server->deploy(QStringLiteral("proofdesk-exception"));
    QVERIFY(m_work.isValid());
    ++m_tests;
    m_data = m_work.filePath(QStringLiteral("data%1").arg(m_tests));
    DropBuilder drop(m_work.filePath(QStringLiteral("drop%1").arg(m_tests)));
    drop.appendRecord(QStringLiteral("communications/a.ndjson"), drop.communication(QStringLiteral("EXS-A")));
    drop.appendRecord(QStringLiteral("communications/a.ndjson"), drop.communication(QStringLiteral("EXS-B")));
    drop.append(QStringLiteral("delivery/events.ndjson"),
                R"({"communication_id": "EXS-A", "event": "delivered", "at": "2026-10-03T10:00:00Z", "channel": "email"})" "\n"
                R"({"communication_id": "EXS-B", "event": "bounced", "at": "2026-10-03T10:00:00Z", "channel": "email"})" "\n");
    const CliRun import = cli({QStringLiteral("import"), drop.root()});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QFile password(m_work.filePath(QStringLiteral("bpm.pw")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("s3cret\n");
    password.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

CliRun TestCliWorkflow::addWorkflow(const QString &name, const QStringList &extra)
{
    return cli(QStringList{QStringLiteral("repo"), QStringLiteral("add"), name, QStringLiteral("--kind"), QStringLiteral("workflow"),
                           QStringLiteral("--url"), m_server->baseUrl().toString(), QStringLiteral("--user"), QStringLiteral("tester"),
                           QStringLiteral("--password-file"), m_work.filePath(QStringLiteral("bpm.pw")), QStringLiteral("--json")}
               + extra);
}

QJsonObject TestCliWorkflow::undeliveredFinding()
{
    const CliRun run = cli({QStringLiteral("findings"), QStringLiteral("--json")});
    for (const QJsonValue &v : run.json().array())
        if (v[QStringLiteral("kind")].toString() == QLatin1String("undelivered"))
            return v.toObject();
    return {};
}

void TestCliWorkflow::repoAddChecksTheProcessDefinitions()
{
    const CliRun wrong = addWorkflow(QStringLiteral("bpm"), {QStringLiteral("--set"), QStringLiteral("exception_process=acme-case")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("No process definition \"acme-case\" is deployed"), wrong.err.constData());
    QVERIFY2(wrong.err.contains("Nothing was added"), wrong.err.constData());
    const CliRun bad = addWorkflow(QStringLiteral("bpm"), {QStringLiteral("--set"), QStringLiteral("page_size=0")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("page_size"), bad.err.constData());
    const CliRun added = addWorkflow(QStringLiteral("bpm"));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(added.object().value(QStringLiteral("checked")).toBool(), true);
    QCOMPARE(added.object().value(QStringLiteral("secret")).toString(), QStringLiteral("file"));
    QVERIFY(!added.out.contains("s3cret"));
}

void TestCliWorkflow::anExceptionCaseIsStartedOnceAndShownWithItsFinding()
{
    QVERIFY(undeliveredFinding().value(QStringLiteral("exception_case")).isUndefined());
    const QStringList open{QStringLiteral("exception"), QStringLiteral("open"), QStringLiteral("EXS-B"), QStringLiteral("--finding"),
                           QStringLiteral("undelivered"), QStringLiteral("--reason"), QStringLiteral("bounced twice"),
                           QStringLiteral("--json")};
    const CliRun noEngine = cli(open);
    QCOMPARE(noEngine.exitCode, 2);
    QVERIFY2(noEngine.err.contains("--kind workflow"), noEngine.err.constData());
    QVERIFY2(addWorkflow(QStringLiteral("bpm")).exitCode == 0, "repo add");

    const CliRun agent = cli(QStringList{QStringLiteral("--as"), QStringLiteral("agent")} + open);
    QCOMPARE(agent.exitCode, 2);
    QVERIFY2(agent.err.contains("Refused"), agent.err.constData());
    QCOMPARE(m_server->starts(), 0);

    const CliRun opened = cli(open);
    QVERIFY2(opened.exitCode == 0, opened.err.constData());
    QCOMPARE(opened.object().value(QStringLiteral("id")).toString(), QStringLiteral("exception:undelivered:EXS-B"));
    QCOMPARE(opened.object().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QCOMPARE(m_server->starts(), 1);
    const CliRun again = cli(open);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("was opened by"), again.err.constData());
    QCOMPARE(m_server->starts(), 1);

    QCOMPARE(undeliveredFinding().value(QStringLiteral("exception_case"))[QStringLiteral("state")].toString(),
             QStringLiteral("running"));
    m_server->complete(m_server->instances().first().id);
    const CliRun sync = cli({QStringLiteral("sync"), QStringLiteral("bpm")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const QJsonObject shown = undeliveredFinding().value(QStringLiteral("exception_case")).toObject();
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(shown.value(QStringLiteral("instance_id")).toString(), m_server->instances().first().id);
    const CliRun list = cli({QStringLiteral("exception"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cli_workflow.moc"
