// proofdesk-cli end to end, as scripts and the checks use it: JSON shapes, exit codes,
// determinism of the demo, and an import killed with SIGKILL part-way.
#include "dropbuilder.h"
#include "tempdatafolder.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include "clirunner.h"

#include <QtTest>

#include <csignal>

namespace {

CliRun cli(const QString &dataDir, const QStringList &args)
{
    return runCli(dataDir, args);
}

// Every file of a folder with the SHA-256 of its bytes, for "same seed, same bytes".
QMap<QString, QByteArray> fingerprint(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out.insert(path.mid(root.size()), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void demoIsDeterministic();
    void importReportsCountsAndBadLines();
    void searchShowAndStatsAnswerInJson();
    void malformedQueryIsBadUsageWithPosition();
    void badUsageExitsWithTwo_data();
    void badUsageExitsWithTwo();
    void unusableDataFolderExitsWithThree();
    void importKilledPartWayEndsIdenticalToOneThatRanThrough();
};

void TestCli::demoIsDeterministic()
{
    TempDataFolder a, b, c, data;
    QCOMPARE(cli(data.path(), {QStringLiteral("demo"), QStringLiteral("--out"), a.filePath(QStringLiteral("d")), QStringLiteral("--count"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("5")}).exitCode, 0);
    const CliRun second = cli(data.path(), {QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--out"), b.filePath(QStringLiteral("d")), QStringLiteral("--count"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("5")});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().object().value(QStringLiteral("communications")).toInt(), 120);
    QCOMPARE(cli(data.path(), {QStringLiteral("demo"), QStringLiteral("--out"), c.filePath(QStringLiteral("d")), QStringLiteral("--count"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("6")}).exitCode, 0);
    const auto fa = fingerprint(a.filePath(QStringLiteral("d")));
    QVERIFY(fa.size() > 100);
    QCOMPARE(fa, fingerprint(b.filePath(QStringLiteral("d"))));
    QVERIFY(fa != fingerprint(c.filePath(QStringLiteral("d"))));
}

void TestCli::importReportsCountsAndBadLines()
{
    TempDataFolder data, dropDir;
    DropBuilder drop(dropDir.path());
    drop.appendRecord(QStringLiteral("communications/a.ndjson"), drop.communication(QStringLiteral("EXS-1")));
    drop.append(QStringLiteral("communications/a.ndjson"), "{broken\n");
    drop.appendRecord(QStringLiteral("communications/a.ndjson"), drop.communication(QStringLiteral("EXS-2")));
    const CliRun run = cli(data.path(), {QStringLiteral("--json"), QStringLiteral("import"), dropDir.path()});
    QCOMPARE(run.exitCode, 1); // ran, found problems
    const QJsonObject o = run.json().object();
    QCOMPARE(o.value(QStringLiteral("accepted")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 0);
    const QJsonObject error = o.value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("file")).toString(), QStringLiteral("communications/a.ndjson"));
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(!error.value(QStringLiteral("reason")).toString().isEmpty());
    const CliRun again = cli(data.path(), {QStringLiteral("--json"), QStringLiteral("import"), dropDir.path()});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().object().value(QStringLiteral("accepted")).toInt(), 0);
}

void TestCli::searchShowAndStatsAnswerInJson()
{
    TempDataFolder data, dropDir;
    DropBuilder drop(dropDir.path());
    drop.appendRecord(QStringLiteral("communications/a.ndjson"), drop.communication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z")));
    drop.appendRecord(QStringLiteral("communications/a.ndjson"), drop.communication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z")));
    QCOMPARE(cli(data.path(), {QStringLiteral("import"), dropDir.path()}).exitCode, 0);
    const QJsonObject found = cli(data.path(), {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("garcia")}).json().object();
    QCOMPARE(found.value(QStringLiteral("total")).toInt(), 2);
    const QJsonArray results = found.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("EXS-2")); // newest first
    for (const char *key : {"id", "issued_at", "type", "channel", "customer_id"})
        QVERIFY2(results.at(0).toObject().contains(QLatin1String(key)), key);
    const QJsonObject shown = cli(data.path(), {QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("EXS-1")}).json().object();
    for (const char *key : {"fixity", "delivery", "status", "template_version", "holds", "recipient"})
        QVERIFY2(shown.contains(QLatin1String(key)), key);
    QCOMPARE(cli(data.path(), {QStringLiteral("show"), QStringLiteral("NOPE")}).exitCode, 1);
    const QJsonObject stats = cli(data.path(), {QStringLiteral("--json"), QStringLiteral("stats")}).json().object();
    QCOMPARE(stats.value(QStringLiteral("communications")).toInt(), 2);
    for (const char *key : {"templates", "events", "holds"})
        QVERIFY2(stats.contains(QLatin1String(key)), key);
}

void TestCli::malformedQueryIsBadUsageWithPosition()
{
    TempDataFolder data;
    const CliRun run = cli(data.path(), {QStringLiteral("search"), QStringLiteral("type:statement (garcia")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("character"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::badUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--colour")};
    QTest::newRow("demo without --out") << QStringList{QStringLiteral("demo")};
    QTest::newRow("bad role") << QStringList{QStringLiteral("--as"), QStringLiteral("king"), QStringLiteral("stats")};
    QTest::newRow("negative limit") << QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("-1")};
}

void TestCli::badUsageExitsWithTwo()
{
    QFETCH(QStringList, args);
    TempDataFolder data;
    const CliRun run = cli(data.path(), args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::unusableDataFolderExitsWithThree()
{
    TempDataFolder data, dropDir;
    writeTextFile(data.path(), QStringLiteral("file"), "not a folder");
    const CliRun run = cli(data.filePath(QStringLiteral("file")), {QStringLiteral("stats")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!run.err.isEmpty());
    // A folder without drop.json is not a drop: the repository cannot be used.
    QCOMPARE(cli(data.filePath(QStringLiteral("d")), {QStringLiteral("import"), dropDir.path()}).exitCode, 3);
}

void TestCli::importKilledPartWayEndsIdenticalToOneThatRanThrough()
{
    TempDataFolder drop, killed, clean;
    QCOMPARE(cli(clean.path(), {QStringLiteral("demo"), QStringLiteral("--out"), drop.filePath(QStringLiteral("d")), QStringLiteral("--count"), QStringLiteral("1500")}).exitCode, 0);
    const QString dropDir = drop.filePath(QStringLiteral("d"));
    // Kill the import at several moments; each later run resumes where the last page landed.
    for (int delayMs : {150, 400}) {
        QProcess p;
        p.start(QStringLiteral(PROOFDESK_CLI), {QStringLiteral("--data"), killed.path(), QStringLiteral("import"), dropDir});
        QVERIFY(p.waitForStarted());
        QTest::qWait(delayMs);
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
    }
    QVERIFY(cli(killed.path(), {QStringLiteral("import"), dropDir}).exitCode <= 1);
    QVERIFY(cli(clean.path(), {QStringLiteral("import"), dropDir}).exitCode <= 1);
    const auto killedStats = cli(killed.path(), {QStringLiteral("--json"), QStringLiteral("stats")}).json().object();
    const auto cleanStats = cli(clean.path(), {QStringLiteral("--json"), QStringLiteral("stats")}).json().object();
    QCOMPARE(killedStats, cleanStats);
    const auto killedAll = cli(killed.path(), {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("issued:1990-01-01.."), QStringLiteral("--limit"), QStringLiteral("100000")}).out;
    const auto cleanAll = cli(clean.path(), {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("issued:1990-01-01.."), QStringLiteral("--limit"), QStringLiteral("100000")}).out;
    QCOMPARE(killedAll, cleanAll);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
