// The real desktop binary, ended by SIGTERM or SIGINT as a session manager or a terminal
// would: it must close as Quit does, exit 0 and leave no session marker behind (else the
// next launch takes it for a crash and checks the whole cache first).
#include "clirunner.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class TestDesktopSignals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void terminationEndsTheSessionCleanly_data();
    void terminationEndsTheSessionCleanly();

private:
    QTemporaryDir m_dir;
    QString m_data;
};

void TestDesktopSignals::initTestCase()
{
    m_data = m_dir.filePath(QStringLiteral("data"));
    const QString drop = m_dir.filePath(QStringLiteral("drop"));
    for (const QStringList &args : {QStringList{QStringLiteral("demo"), QStringLiteral("--out"), drop,
                                                QStringLiteral("--count"), QStringLiteral("40")},
                                    QStringList{QStringLiteral("import"), drop}}) {
        const CliRun run = runCli(m_data, args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
}

void TestDesktopSignals::terminationEndsTheSessionCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestDesktopSignals::terminationEndsTheSessionCleanly()
{
    QFETCH(int, signal);
    QProcess app;
    app.setProgram(QStringLiteral(PROOFDESK_DESKTOP));
    app.setArguments({QStringLiteral("--data"), m_data});
    app.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))); // not the user's settings
    app.setProcessEnvironment(env);
    app.start();
    QVERIFY(app.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += app.readAll()).contains("window shown"), 30000);
    QVERIFY(QDir(m_data + QStringLiteral("/.sessions")).entryList(QDir::Files).size() == 1);
    ::kill(pid_t(app.processId()), signal);
    QVERIFY(app.waitForFinished(15000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QCOMPARE(QDir(m_data + QStringLiteral("/.sessions")).entryList(QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestDesktopSignals)
#include "tst_desktopsignals.moc"
