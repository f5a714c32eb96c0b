// proofdesk-cli's lean start (issue #15): search, show and stats of a folder that needs
// nothing done first run in a process that loads neither GUI, PDF, network, team, zip nor
// keychain code, print exactly what proofdesk-cli-full prints, record each read once the same
// way, and hand any folder that needs work (to create, check after a crash, finish a
// disposition) and every other command to the full program.
#include "cache/cachefile.h"
#include "cache/sqlite.h"
#include "clirunner.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <chrono>
#include <future>
#include <optional>
#include <thread>

using proofdesk::cache::CacheFile;
using proofdesk::cache::Database;

namespace {

CliRun runProgram(const QString &program, const QString &dataDir, const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(program);
    p.setArguments(QStringList{QStringLiteral("--data"), dataDir} + args);
    p.start();
    if (!p.waitForFinished(180000))
        qFatal("%s did not finish", qPrintable(program));
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

CliRun lean(const QString &dataDir, const QStringList &args)
{
    return runProgram(QStringLiteral(PROOFDESK_CLI), dataDir, args);
}
CliRun full(const QString &dataDir, const QStringList &args)
{
    return runProgram(QStringLiteral(PROOFDESK_CLI_FULL), dataDir, args);
}

// One value of the folder's records or cache, read on a connection of the test's own.
QString query(const QString &dataDir, const QString &file, const char *sql)
{
    Database db(QDir(dataDir).filePath(file), Database::Mode::ReadOnly);
    return db.queryText(sql);
}

QString lastEntry(const QString &dataDir)
{
    return query(dataDir, QStringLiteral("records.sqlite"),
                 "SELECT user || '|' || role || '|' || action || '|' || outcome || '|' || object_type || '|' || "
                 "coalesce(object_id, '') || '|' || coalesce(after, '') FROM audit_entries ORDER BY seq DESC LIMIT 1");
}

qint64 entries(const QString &dataDir)
{
    return query(dataDir, QStringLiteral("records.sqlite"), "SELECT count(*) FROM audit_entries").toLongLong();
}

} // namespace

class TestCliLean : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsWhatTheFullProgramPrints_data();
    void printsWhatTheFullProgramPrints();
    void recordsEachReadOnceAsTheFullProgramDoes();
    void theRecordsLogStaysShort();
    void aLogInUseIsLeftForLater();
    void loadsNoHeavyLibrary();
    void foldersThatNeedWorkGoToTheFullProgram();
    void otherCommandsGoToTheFullProgram();

private:
    TempDataFolder m_folder;
    QString m_id;
};

void TestCliLean::initTestCase()
{
    QVERIFY(m_folder.isValid());
    const QString drop = m_folder.filePath(QStringLiteral("drop"));
    const QString data = m_folder.filePath(QStringLiteral("data"));
    QCOMPARE(lean(data, {QStringLiteral("demo"), QStringLiteral("--out"), drop, QStringLiteral("--count"),
                         QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("3")})
                 .exitCode,
             0);
    QCOMPARE(lean(data, {QStringLiteral("import"), drop}).exitCode, 0);
    m_id = query(data, QStringLiteral("cache.sqlite"), "SELECT id FROM communications ORDER BY id LIMIT 1");
    QVERIFY(!m_id.isEmpty());
}

// Each read appends its entry to records.sqlite's log, which the process leaves (no checkpoint on
// close); the next process reads the whole log before its first read. Once the log is longer
// than CacheFile::kTrimmedLogBytes it is emptied: it never grows past that and a read's entry,
// and no entry is lost.
void TestCliLean::theRecordsLogStaysShort()
{
    const QString data = m_folder.filePath(QStringLiteral("data"));
    const QFileInfo log(QDir(data).filePath(QStringLiteral("records.sqlite-wal")));
    const qint64 before = entries(data);
    qint64 longest = 0;
    bool emptied = false;
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(lean(data, {QStringLiteral("search"), QStringLiteral("statement")}).exitCode, 0);
        const qint64 size = QFileInfo(log.filePath()).size();
        longest = qMax(longest, size);
        emptied = emptied || size == 0;
    }
    QVERIFY(emptied);
    QVERIFY2(longest < 2 * 32 * 4120, qPrintable(QString::number(longest))); // the limit and one read's frames
    QCOMPARE(entries(data), before + 30);
}

// Another process reading the records meanwhile: the log is not emptied under it, the reads
// neither wait nor fail, and the first read after it empties the log. Not waiting is checked on
// the lean reads' own trim, run here on a connection that would wait ten minutes for the
// reader: it is answered at once (busy), the log left for later.
void TestCliLean::aLogInUseIsLeftForLater()
{
    const QString data = m_folder.filePath(QStringLiteral("data"));
    const QString log = QDir(data).filePath(QStringLiteral("records.sqlite-wal"));
    const qint64 before = entries(data);
    int reads = 0;
    {
        Database reader(QDir(data).filePath(QStringLiteral("records.sqlite")), Database::Mode::ReadOnly);
        reader.exec("BEGIN");
        QVERIFY(reader.queryInt("SELECT count(*) FROM audit_entries") > 0); // a snapshot held
        while (QFileInfo(log).size() < 32 * 4120 + 16 * 4120) {             // past the limit: a trim was due
            QCOMPARE(lean(data, {QStringLiteral("search"), QStringLiteral("statement")}).exitCode, 0);
            QVERIFY(++reads < 200);
        }
        const qint64 grown = QFileInfo(log).size();
        std::optional<Database> leanReads =
            CacheFile::openWriterIfReady(QDir(data).filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(leanReads);
        leanReads->exec("PRAGMA busy_timeout = 600000");
        std::packaged_task<void()> trim([&leanReads] { CacheFile::trimRecordsLog(*leanReads); });
        std::future<void> trimmed = trim.get_future();
        std::thread trimming(std::move(trim));
        const bool answered = trimmed.wait_for(std::chrono::seconds(60)) == std::future_status::ready;
        reader.exec("ROLLBACK"); // lets a trim that waited end, so that the test can
        trimming.join();
        QVERIFY2(answered, "the trim waited for the reader");
        QCOMPARE(QFileInfo(log).size(), grown);
    }
    QCOMPARE(lean(data, {QStringLiteral("search"), QStringLiteral("statement")}).exitCode, 0);
    QCOMPARE(QFileInfo(log).size(), qint64(0));
    QCOMPARE(entries(data), before + reads + 1);
}

void TestCliLean::printsWhatTheFullProgramPrints_data()
{
    QTest::addColumn<QStringList>("args");
    auto row = [](const char *name, const QStringList &args) { QTest::newRow(name) << args; };
    row("search", {QStringLiteral("search"), QStringLiteral("statement")});
    row("search json", {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("type:statement")});
    row("search limit offset", {QStringLiteral("search"), QStringLiteral("issued:2025"), QStringLiteral("--limit"),
                                QStringLiteral("7"), QStringLiteral("--offset"), QStringLiteral("3")});
    row("search words after options", {QStringLiteral("search"), QStringLiteral("--limit=5"), QStringLiteral("a*"),
                                       QStringLiteral("-channel:print")});
    row("search nothing found", {QStringLiteral("search"), QStringLiteral("zzzqqqxxy")});
    row("search bad query", {QStringLiteral("search"), QStringLiteral("\"open")});
    row("search bad limit",
        {QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("-1")});
    row("search no query", {QStringLiteral("search")});
    row("search as agent",
        {QStringLiteral("--as"), QStringLiteral("agent"), QStringLiteral("search"), QStringLiteral("letter")});
    row("search as unknown role",
        {QStringLiteral("--as"), QStringLiteral("Agent"), QStringLiteral("search"), QStringLiteral("x")});
    row("show json", {QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("ID")});
    row("show", {QStringLiteral("show"), QStringLiteral("ID")});
    row("show unknown", {QStringLiteral("show"), QStringLiteral("NOPE-0")});
    row("show two ids", {QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")});
    row("stats", {QStringLiteral("stats")});
    row("stats json", {QStringLiteral("--json"), QStringLiteral("stats")});
    row("stats with an argument", {QStringLiteral("stats"), QStringLiteral("x")});
}

void TestCliLean::printsWhatTheFullProgramPrints()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("ID"), m_id);
    const QString data = m_folder.filePath(QStringLiteral("data"));
    const CliRun a = lean(data, args);
    const CliRun b = full(data, args);
    QCOMPARE(a.exitCode, b.exitCode);
    QCOMPARE(a.out, b.out);
    QCOMPARE(a.err, b.err);
}

void TestCliLean::recordsEachReadOnceAsTheFullProgramDoes()
{
    const QString data = m_folder.filePath(QStringLiteral("data"));
    const QList<QStringList> reads = {
        {QStringLiteral("search"), QStringLiteral("statement type:statement")},
        {QStringLiteral("show"), m_id},
        {QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("search"), QStringLiteral("x")}};
    for (const QStringList &args : reads) {
        const qint64 before = entries(data);
        QCOMPARE(lean(data, args).exitCode, 0);
        QCOMPARE(entries(data), before + 1);
        const QString byLean = lastEntry(data);
        QCOMPARE(full(data, args).exitCode, 0);
        QCOMPARE(entries(data), before + 2);
        QCOMPARE(byLean, lastEntry(data));
    }
    // stats reads counts only: nothing recorded, by either.
    const qint64 before = entries(data);
    QCOMPARE(lean(data, {QStringLiteral("stats")}).exitCode, 0);
    QCOMPARE(entries(data), before);
    // The chain the lean start appended to still verifies.
    QCOMPARE(lean(data, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCliLean::loadsNoHeavyLibrary()
{
    // What the dynamic loader maps for the program (as ldd does, without running it).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
    const QString data = m_folder.filePath(QStringLiteral("data"));
    const CliRun leanLibs = runProgram(QStringLiteral(PROOFDESK_CLI), data, {QStringLiteral("stats")}, env);
    const CliRun fullLibs = runProgram(QStringLiteral(PROOFDESK_CLI_FULL), data, {QStringLiteral("stats")}, env);
    QCOMPARE(leanLibs.exitCode, 0);
    QVERIFY2(leanLibs.out.contains("libQt6Core"), leanLibs.out.constData());
    QVERIFY2(fullLibs.out.contains("libQt6Gui"), fullLibs.out.constData()); // the check can see them
    QVERIFY2(fullLibs.out.contains("libsqlite3"), fullLibs.out.constData());
    // SQLite is linked into the lean program (app/cli/CMakeLists.txt): libsqlite3.so beside it
    // would be a second copy whose file locks the first does not see.
    for (const char *heavy : {"libQt6Gui", "libQt6Pdf", "libQt6Network", "libQt6DBus", "libQt6Core5Compat", "libpq",
                              "libcrypto", "keychain", "quazip", "libGL", "libfontconfig", "libsqlite3"})
        QVERIFY2(
            !leanLibs.out.contains(heavy),
            qPrintable(QStringLiteral("%1 loaded (a source the lean program now takes may sit in a unity build's unit "
                                      "with others: app/cli/CMakeLists.txt lists those it takes):\n%2")
                           .arg(QLatin1String(heavy), QString::fromLocal8Bit(leanLibs.out))));
}

void TestCliLean::foldersThatNeedWorkGoToTheFullProgram()
{
    // A folder that does not exist yet: created, and the search refused as the full program
    // refuses it (nobody has a role in a new folder).
    const QString fresh = m_folder.filePath(QStringLiteral("fresh"));
    const CliRun created = lean(fresh, {QStringLiteral("search"), QStringLiteral("x")});
    QVERIFY(QFile::exists(QDir(fresh).filePath(QStringLiteral("cache.sqlite"))));
    const CliRun byFull =
        full(m_folder.filePath(QStringLiteral("fresh2")), {QStringLiteral("search"), QStringLiteral("x")});
    QCOMPARE(created.exitCode, byFull.exitCode);
    QCOMPARE(created.err, byFull.err);

    const QString data = m_folder.filePath(QStringLiteral("data"));
    // A process that ended without closing the folder: the opening checks the cache and
    // clears its marker, which a lean read would leave alone.
    const QString marker = QDir(data).filePath(QStringLiteral(".sessions/999999999"));
    writeTextFile(data, QStringLiteral(".sessions/999999999"), QByteArray());
    QCOMPARE(lean(data, {QStringLiteral("stats")}).exitCode, 0);
    QVERIFY(!QFile::exists(marker));

    // A quick_check that is due runs (and is remembered) before the read.
    {
        Database db(QDir(data).filePath(QStringLiteral("cache.sqlite")));
        db.exec("UPDATE meta SET value = '1000' WHERE key = 'last_quick_check'");
    }
    QCOMPARE(lean(data, {QStringLiteral("search"), QStringLiteral("statement")}).exitCode, 0);
    QVERIFY(query(data, QStringLiteral("cache.sqlite"), "SELECT value FROM meta WHERE key = 'last_quick_check'")
                .toLongLong()
            > 1000);

    // A disposition note left by a crash is finished first (this batch never committed:
    // the note just goes).
    writeTextFile(data, QStringLiteral("disposition.pending"), "DSP-NEVER-COMMITTED");
    QCOMPARE(lean(data, {QStringLiteral("stats")}).exitCode, 0);
    QVERIFY(!QFile::exists(QDir(data).filePath(QStringLiteral("disposition.pending"))));

    // And a folder with nothing to do is read as it is: the marker of a lean read is not made.
    QCOMPARE(lean(data, {QStringLiteral("stats")}).exitCode, 0);
    QCOMPARE(QDir(QDir(data).filePath(QStringLiteral(".sessions"))).entryList(QDir::Files).size(), 0);
}

void TestCliLean::otherCommandsGoToTheFullProgram()
{
    const QString data = m_folder.filePath(QStringLiteral("data"));
    const CliRun help = lean(data, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("evidence ID --out FILE.zip")); // the full program's whole help
    QVERIFY(help.out.contains("proofdesk-cli [options]"));    // named as the user called it
    QVERIFY(!help.out.contains("proofdesk-cli-full"));
    const CliRun version = lean(data, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, full(data, {QStringLiteral("--version")}).out);
    const CliRun unknown = lean(data, {QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("Unknown command \"frobnicate\""));
    const CliRun badOption = lean(data, {QStringLiteral("search"), QStringLiteral("--nope"), QStringLiteral("x")});
    QCOMPARE(badOption.exitCode, 2);
    QCOMPARE(badOption.err, full(data, {QStringLiteral("search"), QStringLiteral("--nope"), QStringLiteral("x")}).err);
    const CliRun verify = lean(data, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.object().value(QStringLiteral("ok")).toBool());
}

QTEST_GUILESS_MAIN(TestCliLean)
#include "tst_cli_lean.moc"
