// The real desktop binary, ended by SIGTERM or SIGINT as a session manager or a terminal
// would: it must close as Quit does, exit 0 and leave no session marker behind (else the
// next launch takes it for a crash and checks the whole cache first).
#include "clirunner.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {

// The desktop on `data`, with settings of its own (not the user's), its output merged.
void startDesktop(QProcess &app, const QString &data, const QString &config)
{
    app.setProgram(QStringLiteral(PROOFDESK_DESKTOP));
    app.setArguments({QStringLiteral("--data"), data});
    app.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    app.setProcessEnvironment(env);
    app.start();
}

} // namespace

class TestDesktopSignals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void terminationEndsTheSessionCleanly_data();
    void terminationEndsTheSessionCleanly();
    void terminationDuringTheFirstStartQuits_data();
    void terminationDuringTheFirstStartQuits();

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
    startDesktop(app, m_data, m_dir.filePath(QStringLiteral("config")));
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

void TestDesktopSignals::terminationDuringTheFirstStartQuits_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

// The first start writes the demo archive and imports it behind a progress box: ended then
// (a logout, a shutdown), the process quits, with no box left waiting for a person and no
// session marker left behind. It used to show "could not be prepared" and never exit.
void TestDesktopSignals::terminationDuringTheFirstStartQuits()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QProcess app;
    startDesktop(app, data, dir.filePath(QStringLiteral("config")));
    QVERIFY(app.waitForStarted());
    // The demo archive is being written into the new data folder.
    QTRY_VERIFY_WITH_TIMEOUT(QDir(data + QStringLiteral("/demo-drop")).exists(), 30000);
    ::kill(pid_t(app.processId()), signal);
    const bool ended = app.waitForFinished(15000);
    const QByteArray log = app.readAll();
    if (!ended)
        app.kill();
    QVERIFY2(ended, log.constData());
    QVERIFY2(!log.contains("window shown"), "the window opened after the signal");
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QCOMPARE(QDir(data + QStringLiteral("/.sessions")).entryList(QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestDesktopSignals)
#include "tst_desktopsignals.moc"
