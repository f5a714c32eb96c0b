#pragma once

// Runs the real proofdesk-cli binary (PROOFDESK_CLI, set by tests/cli/CMakeLists.txt) as
// scripts do, and keeps what it printed and its exit code.

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QThread>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject object() const { return json().object(); }
};

// `user`, when given, becomes the OS identity (USER) the CLI acts as.
inline CliRun runCli(const QString &dataDir, const QStringList &args, const QString &user = {})
{
    QProcess p;
    if (!user.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USER"), user);
        p.setProcessEnvironment(env);
    }
    p.setProgram(QStringLiteral(PROOFDESK_CLI));
    p.setArguments(QStringList{QStringLiteral("--data"), dataDir} + args);
    p.start();
    if (!p.waitForFinished(180000))
        qFatal("proofdesk-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

// The CLI as `user`, always with --json.
inline CliRun cli(const QString &user, const QString &dataDir, const QStringList &args)
{
    return runCli(dataDir, QStringList{QStringLiteral("--json")} + args, user);
}

// "hold list --active" -> {"hold", "list", "--active"}: arguments without spaces of their own.
inline QStringList args(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Whether the process stopped itself (SIGSTOP at PROOFDESK_PAUSE_AT, util/crashpoint.h): a test
// then changes the folder meanwhile and lets it go on with SIGCONT.
inline bool isStopped(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) == "T";
}

// Waits for `process` to stop itself at its pause point, however long that takes to come (not a
// timing of anything: the bound is only there so that a process that never stops fails the test).
inline bool waitUntilStopped(QProcess &process)
{
    QElapsedTimer waited;
    waited.start();
    while (!isStopped(process.processId()) && process.state() == QProcess::Running && waited.elapsed() < 60000)
        QThread::msleep(20);
    return isStopped(process.processId());
}
