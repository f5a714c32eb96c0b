// A legal hold and a disposition of the same letter decided at once, each with the real
// proofdesk-cli (issue #62: "a two-process interleaving test for each decision"). The later
// decision's process has checked its role and taken its turn and is stopped just before its
// transaction (PROOFDESK_PAUSE_AT, util/crashpoint.h) while the other process decides; let go,
// it decides on what is there now: a disposition after the hold disposes of nothing, a hold
// after the disposition holds nothing that is gone. Either way the trail verifies.
#include "clirunner.h"
#include "retentiondrop.h"
#include "tempdatafolder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QThread>
#include <signal.h>

namespace {

// alice imported the drop (every role); rita is a records manager. EXS-1 is past its retention.
struct Folder
{
    TempDataFolder data, dropDir;
    DropBuilder drop{dropDir.path()};

    Folder()
    {
        writeRetentionDrop(drop);
        require(as(QStringLiteral("alice"), {QStringLiteral("import"), dropDir.path()}));
        require(as(QStringLiteral("alice"), args("roles grant rita records --reason joined")));
    }
    static void require(const CliRun &run)
    {
        if (run.exitCode != 0)
            qFatal("setting up failed: %s", run.err.constData());
    }
    CliRun as(const QString &user, const QStringList &a) const { return cli(user, data.path(), a); }
};

QStringList holdArgs() { return args("--as records hold apply --name Litigation --reason court EXS-1"); }
QStringList disposeArgs() { return args("--as records disposition approve --reason schedule EXS-1"); }

} // namespace

class TestCliHoldRace : public QObject
{
    Q_OBJECT

private slots:
    void theFirstDecisionStands_data();
    void theFirstDecisionStands();
};

void TestCliHoldRace::theFirstDecisionStands_data()
{
    QTest::addColumn<QString>("pauseAt");  // where the later decision stops
    QTest::addColumn<bool>("holdIsLate");  // which of the two is stopped
    QTest::addColumn<bool>("letterStays"); // EXS-1 is still in the cache afterwards
    QTest::newRow("a disposition after a hold") << QStringLiteral("disposition-decision") << false << true;
    QTest::newRow("a hold after a disposition") << QStringLiteral("hold-decision") << true << false;
}

void TestCliHoldRace::theFirstDecisionStands()
{
    QFETCH(QString, pauseAt);
    QFETCH(bool, holdIsLate);
    QFETCH(bool, letterStays);
    Folder f;
    QProcess stopped;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("rita"));
    env.insert(QStringLiteral("PROOFDESK_PAUSE_AT"), pauseAt);
    stopped.setProcessEnvironment(env);
    stopped.start(QStringLiteral(PROOFDESK_CLI),
                  QStringList{QStringLiteral("--data"), f.data.path()} + (holdIsLate ? holdArgs() : disposeArgs()));
    QVERIFY(stopped.waitForStarted());
    QVERIFY2(waitUntilStopped(stopped), stopped.readAllStandardError().constData());

    const CliRun first = f.as(QStringLiteral("rita"), holdIsLate ? disposeArgs() : holdArgs());
    QVERIFY2(first.exitCode == 0, first.err.constData());
    ::kill(pid_t(stopped.processId()), SIGCONT);
    QVERIFY(stopped.waitForFinished(120000));
    const QString said = QString::fromUtf8(stopped.readAllStandardError());
    QVERIFY2(stopped.exitStatus() == QProcess::NormalExit && stopped.exitCode() != 0,
             qPrintable(QStringLiteral("exit %1: %2").arg(stopped.exitCode()).arg(said)));
    QVERIFY2(said.contains(QLatin1String("EXS-1")), qPrintable(said));
    qInfo("the later decision said: %s", qPrintable(said.trimmed()));

    QCOMPARE(f.as(QStringLiteral("rita"), args("show EXS-1")).exitCode == 0, letterStays);
    const QJsonArray holds = f.as(QStringLiteral("rita"), args("--as records hold list")).json().array();
    QCOMPARE(holds.size(), letterStays ? 1 : 0);
    QCOMPARE(f.as(QStringLiteral("rita"), args("--as records audit verify")).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliHoldRace)
#include "tst_cli_holdrace.moc"
