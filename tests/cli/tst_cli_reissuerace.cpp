// Two people deciding one reissue request at once, each with the real proofdesk-cli (issue #62
// item 1: 6 of 200 requests ended rejected with the letter in the hot folder, 15 of 200 both
// approved and cancelled). The later decision's process has read the request and is stopped
// just before its transaction (PROOFDESK_PAUSE_AT=reissue-decision, util/crashpoint.h) while
// the other process decides; let go, it is refused, naming who decided first, and the hot
// folder holds the letter only when the approval won.
#include "clirunner.h"
#include "reissuerace.h"
#include "retentiondrop.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QThread>
#include <signal.h>

namespace {

// alice imported the drop (every role) and asked to resend EXS-4 to another address, which
// waits for a compliance officer; carol and dave are compliance officers.
struct Folder
{
    TempDataFolder data, dropDir;
    DropBuilder drop{dropDir.path()};
    QString requestId;

    Folder()
    {
        writeRetentionDrop(drop);
        require(as(QStringLiteral("alice"), {QStringLiteral("import"), dropDir.path()}));
        require(as(QStringLiteral("alice"), args("roles grant carol compliance --reason joined")));
        require(as(QStringLiteral("alice"), args("roles grant dave compliance --reason joined")));
        const CliRun asked = as(QStringLiteral("alice"), args("--as agent reissue request EXS-4 --mode resend "
                                                              "--channel print --to 1-New-Street --reason moved"));
        require(asked);
        requestId = asked.object().value(QStringLiteral("id")).toString();
    }
    static void require(const CliRun &run)
    {
        if (run.exitCode != 0)
            qFatal("setting up failed: %s", run.err.constData());
    }
    CliRun as(const QString &user, const QStringList &a) const { return cli(user, data.path(), a); }
    QString status() const
    {
        return as(QStringLiteral("carol"), {QStringLiteral("reissue"), QStringLiteral("list")})
            .json()
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("status"))
            .toString();
    }
    qsizetype entries(const QString &action) const
    {
        const QJsonArray trail = as(QStringLiteral("carol"), args("audit list")).json().array();
        return std::count_if(trail.begin(), trail.end(), [&](const QJsonValue &e) {
            return e.toObject().value(QStringLiteral("action")).toString() == action
                   && e.toObject().value(QStringLiteral("object_id")).toString() == requestId;
        });
    }
    qsizetype lettersSent() const
    {
        return QDir(dropDir.filePath(QStringLiteral("outbox/reissue"))).entryList(QDir::Files).size();
    }
};

QStringList decisionArgs(const QString &decision, const QString &id)
{
    return {QStringLiteral("reissue"), decision, id, QStringLiteral("--reason"),
            QStringLiteral("decided at the same time")};
}

} // namespace

class TestCliReissueRace : public QObject
{
    Q_OBJECT

private slots:
    void theFirstDecisionStandsAcrossProcesses_data();
    void theFirstDecisionStandsAcrossProcesses();
};

void TestCliReissueRace::theFirstDecisionStandsAcrossProcesses_data()
{
    addReissueRaceRows(QStringLiteral("sent")); // the approving process sends the outbox after it
}

void TestCliReissueRace::theFirstDecisionStandsAcrossProcesses()
{
    QFETCH(QString, late);
    QFETCH(QString, first);
    QFETCH(QString, status);
    Folder f;
    QProcess stopped;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), reissueDeciderOf(late).user);
    env.insert(QStringLiteral("PROOFDESK_PAUSE_AT"), QStringLiteral("reissue-decision"));
    stopped.setProcessEnvironment(env);
    stopped.start(QStringLiteral(PROOFDESK_CLI),
                  QStringList{QStringLiteral("--data"), f.data.path()} + decisionArgs(late, f.requestId));
    QVERIFY(stopped.waitForStarted());
    QVERIFY2(waitUntilStopped(stopped), stopped.readAllStandardError().constData());

    const CliRun won = f.as(reissueDeciderOf(first).user, decisionArgs(first, f.requestId));
    QVERIFY2(won.exitCode == 0, won.err.constData());
    ::kill(pid_t(stopped.processId()), SIGCONT);
    QVERIFY(stopped.waitForFinished(120000));
    const QByteArray said = stopped.readAllStandardError();
    QVERIFY2(stopped.exitStatus() == QProcess::NormalExit && stopped.exitCode() == 1,
             qPrintable(QStringLiteral("exit %1, the request %2: %3")
                            .arg(QString::number(stopped.exitCode()), f.status(), QString::fromUtf8(said))));
    const ReissueDecider winner = reissueDeciderOf(first);
    const QString named = QStringLiteral("was already %1 by %2").arg(winner.wonAs, winner.user);
    QVERIFY2(QString::fromUtf8(said).contains(named), said.constData());

    QCOMPARE(f.status(), status);
    QCOMPARE(f.lettersSent(), status == QLatin1String("sent") ? 1 : 0);
    QCOMPARE(f.entries(reissueDeciderOf(late).action), 0);
    QCOMPARE(f.as(QStringLiteral("carol"), args("audit verify")).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliReissueRace)
#include "tst_cli_reissuerace.moc"
