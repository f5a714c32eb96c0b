// A data folder after what goes wrong on a real machine (issue #17), driven through the real
// proofdesk-cli: a crash in the middle of a disposition is finished when the folder is next
// opened; a lost records.sqlite is an error that says what was lost and how to go on, never a
// silently recreated empty file.
#include "cache/contentstore.h"
#include "cache/sqlite.h"
#include "clirunner.h"
#include "dropbuilder.h"
#include "retentiondrop.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace {

// The records tests' drop (retentiondrop.h) imported by alice (every role) into a fresh data
// folder, or into `dataPath` when given.
struct Folder
{
    TempDataFolder data, dropDir;
    DropBuilder drop{dropDir.path()};
    QString dataPath;
    explicit Folder(const QString &at = QString())
        : dataPath(at.isEmpty() ? data.path() : at)
    {
        writeRetentionDrop(drop);
        const CliRun run = as({QStringLiteral("import"), dropDir.path()});
        if (run.exitCode != 0)
            qFatal("import failed: %s", run.err.constData());
    }
    CliRun as(const QStringList &a) const
    {
        return runCli(dataPath, QStringList{QStringLiteral("--json")} + a, QStringLiteral("alice"));
    }
    // The content store file holding EXS-1's rendition ("Statement for EXS-1", DropBuilder).
    QString objectOfFirst() const
    {
        return proofdesk::cache::ContentStore(dataPath).objectPath(sha256Hex("Statement for EXS-1"));
    }
};

// Runs the CLI with PROOFDESK_CRASH_AT set: it kills itself at that point (util/crashpoint.h).
CliRun crashingAt(const Folder &f, const QByteArray &point, const QStringList &a)
{
    qputenv("PROOFDESK_CRASH_AT", point);
    const CliRun run = f.as(a);
    qunsetenv("PROOFDESK_CRASH_AT");
    return run;
}

} // namespace

class TestCliRecovery : public QObject
{
    Q_OBJECT

private slots:
    // Drops here are copied into the content store, as from removable storage: a crashed disposition finishes purging the bytes it stored.
    void initTestCase() { qputenv("PROOFDESK_DROP_COPY", "1"); }
    void crashDuringDispositionIsFinishedAtNextOpen_data();
    void crashDuringDispositionIsFinishedAtNextOpen();
    void lostRecordsFileIsAnErrorNeverANewEmptyOne_data();
    void lostRecordsFileIsAnErrorNeverANewEmptyOne();
    void startEmptyIsTheOneWayOnWithoutABackup();
    void newDataFolderStillGetsItsRecordsFile();
    void fullDiskIsNamedAndReadsGoOn_data();
    void fullDiskIsNamedAndReadsGoOn();
    void damagedCacheIsRebuiltWithItsRepositories_data();
    void damagedCacheIsRebuiltWithItsRepositories();
};

void TestCliRecovery::crashDuringDispositionIsFinishedAtNextOpen_data()
{
    QTest::addColumn<QByteArray>("point");
    QTest::addColumn<bool>("decided");
    QTest::newRow("before the decision committed") << QByteArray("disposition-before-commit") << false;
    QTest::newRow("after the decision committed") << QByteArray("disposition-committed") << true;
    QTest::newRow("after the rows were purged, before the bytes") << QByteArray("disposition-rows-purged") << true;
}

void TestCliRecovery::crashDuringDispositionIsFinishedAtNextOpen()
{
    QFETCH(QByteArray, point);
    QFETCH(bool, decided);
    Folder f;
    QVERIFY(QFile::exists(f.objectOfFirst()));
    const CliRun crashed = crashingAt(f, point, args("disposition approve EXS-1 --reason schedule"));
    QCOMPARE(crashed.exitCode, -1); // killed, as by a power cut
    QCOMPARE(QFile::exists(f.data.filePath(QStringLiteral("disposition.pending"))), true);

    // The next command opens the folder: the disposition is finished (or was never made).
    const CliRun search = f.as(args("search id:EXS-1"));
    QCOMPARE(search.exitCode, 0);
    QCOMPARE(search.object().value(QStringLiteral("total")).toInt(), decided ? 0 : 1);
    QVERIFY2(search.err.contains("Finished the disposition") == decided, search.err.constData()); // and says so
    QCOMPARE(f.as(args("show EXS-1")).exitCode, decided ? 1 : 0);
    QTemporaryDir out;
    const CliRun evidence = f.as({QStringLiteral("evidence"), QStringLiteral("EXS-1"), QStringLiteral("--out"),
                                  out.filePath(QStringLiteral("e.zip"))});
    QCOMPARE(evidence.exitCode == 0, !decided);
    QCOMPARE(QFile::exists(f.objectOfFirst()), !decided); // the bytes as sent are destroyed
    QVERIFY(!QFile::exists(f.data.filePath(QStringLiteral("disposition.pending"))));
    const QJsonObject stats = f.as(args("stats")).object();
    QCOMPARE(stats.value(QStringLiteral("disposed")).toInt(), decided ? 1 : 0);
    QCOMPARE(QDir(f.data.filePath(QStringLiteral("certificates"))).entryList(QDir::Files).size(), decided ? 1 : 0);
    QCOMPARE(f.as(args("show EXS-2")).exitCode, 0); // only what was decided
    QCOMPARE(f.as(args("audit verify")).exitCode, 0);
    if (!decided) // the rolled-back decision can be made again
        QCOMPARE(f.as(args("disposition approve EXS-1 --reason schedule")).exitCode, 0);
}

namespace {

void removeRecordsFile(const Folder &f)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(f.data.filePath(QStringLiteral("records.sqlite")) + QLatin1String(suffix));
}

} // namespace

void TestCliRecovery::lostRecordsFileIsAnErrorNeverANewEmptyOne_data()
{
    QTest::addColumn<bool>("deviceRemembered");
    QTest::addColumn<QString>("command");
    QTest::newRow("cache remembers the records file, stats") << true << QStringLiteral("stats");
    QTest::newRow("cache remembers the records file, search") << true << QStringLiteral("search EXS-1");
    QTest::newRow("cache from before it remembered one, stats") << false << QStringLiteral("stats");
    QTest::newRow("cache from before it remembered one, audit verify") << false << QStringLiteral("audit verify");
}

void TestCliRecovery::lostRecordsFileIsAnErrorNeverANewEmptyOne()
{
    QFETCH(bool, deviceRemembered);
    QFETCH(QString, command);
    Folder f;
    QCOMPARE(f.as(args("hold apply --name H --reason court EXS-1")).exitCode, 0);
    if (!deviceRemembered) {
        proofdesk::cache::Database cache(f.data.filePath(QStringLiteral("cache.sqlite")));
        cache.exec("DELETE FROM meta WHERE key = 'records_device_id'");
    }
    removeRecordsFile(f);
    const CliRun run = f.as(command.split(QLatin1Char(' ')));
    QCOMPARE(run.exitCode, 3);
    for (const char *says : {"records.sqlite is missing", "audit trail", "legal holds", "role grants", "backup",
                             "records start-empty --reason"})
        QVERIFY2(run.err.contains(says), run.err.constData());
    QVERIFY2(!run.err.contains("damaged"), run.err.constData());
    QVERIFY(!QFile::exists(f.data.filePath(QStringLiteral("records.sqlite")))); // nothing made up in its place
}

void TestCliRecovery::startEmptyIsTheOneWayOnWithoutABackup()
{
    Folder f;
    QCOMPARE(f.as(args("records start-empty --reason nothing-lost")).exitCode, 2); // records.sqlite is there
    removeRecordsFile(f);
    QCOMPARE(f.as(args("records start-empty")).exitCode, 2); // a reason is needed
    const CliRun started = f.as(args("records start-empty --reason disk-lost-no-backup"));
    QCOMPARE(started.exitCode, 0);
    QVERIFY(!started.object().value(QStringLiteral("lost_device")).toString().isEmpty());
    QCOMPARE(f.as(args("stats")).exitCode, 0);
    QCOMPARE(f.as(args("audit verify")).exitCode, 0);
    QCOMPARE(f.as(args("show EXS-1")).exitCode, 0); // the cache was kept
    proofdesk::cache::Database records(f.data.filePath(QStringLiteral("records.sqlite")));
    QCOMPARE(records.queryText("SELECT action || ' ' || reason FROM audit_entries ORDER BY seq LIMIT 1"),
             QStringLiteral("records.start_empty disk-lost-no-backup"));
    QVERIFY(records.queryInt("SELECT count(*) FROM role_grants WHERE user = 'alice'") >= 4);
}

void TestCliRecovery::newDataFolderStillGetsItsRecordsFile()
{
    TempDataFolder data;
    const CliRun stats = runCli(data.path(), args("--json stats"));
    QCOMPARE(stats.exitCode, 0);
    QVERIFY(QFile::exists(data.filePath(QStringLiteral("records.sqlite"))));
}

namespace {

// A small tmpfs of its own, unmounted when done: a real file system that fills up.
struct TmpfsMount
{
    QTemporaryDir dir;
    bool mounted = false;
    TmpfsMount()
    {
        mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                              QStringLiteral("size=4m"), QStringLiteral("tmpfs"), dir.path()}) == 0;
    }
    ~TmpfsMount()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {dir.path()});
    }
    // Writes a file until the file system refuses: full to the last block.
    void fill() const
    {
        QFile filler(dir.filePath(QStringLiteral("filler")));
        filler.open(QIODevice::WriteOnly);
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
};

} // namespace

void TestCliRecovery::fullDiskIsNamedAndReadsGoOn_data()
{
    QTest::addColumn<bool>("realTmpfs");
    // Every write needing new space under the data folder fails with ENOSPC (LD_PRELOAD:
    // runs in any container).
    QTest::newRow("writes refused with ENOSPC (LD_PRELOAD)") << false;
    // A 4 MB tmpfs filled to its last block (needs the right to mount: root, CAP_SYS_ADMIN).
    QTest::newRow("a real tmpfs, full") << true;
}

void TestCliRecovery::fullDiskIsNamedAndReadsGoOn()
{
    QFETCH(bool, realTmpfs);
    TmpfsMount tmpfs;
    if (realTmpfs && !tmpfs.mounted)
        QSKIP("tmpfs cannot be mounted here (needs root and CAP_SYS_ADMIN); the LD_PRELOAD row covers a full disk");
    Folder f(realTmpfs ? tmpfs.dir.filePath(QStringLiteral("data")) : QString());
    QCOMPARE(f.as(args("hold apply --name H --reason court EXS-3")).exitCode, 0);
    if (realTmpfs) {
        tmpfs.fill();
    } else {
        qputenv("LD_PRELOAD", FULL_DISK_PRELOAD);
        qputenv("PROOFDESK_FULL_DISK", QFile::encodeName(f.dataPath));
    }
    struct Restore
    {
        ~Restore()
        {
            qunsetenv("LD_PRELOAD");
            qunsetenv("PROOFDESK_FULL_DISK");
        }
    } restore;

    const auto namesTheFullDisk = [](const CliRun &run) {
        return run.err.contains("is full") && !run.err.contains("damaged") && !run.err.contains("move it aside");
    };
    const CliRun stats = f.as(args("stats"));
    QVERIFY2(stats.exitCode == 0 && namesTheFullDisk(stats), stats.err.constData());
    QCOMPARE(stats.object().value(QStringLiteral("communications")).toInt(), 4);
    const CliRun search = f.as(args("search statement"));
    QVERIFY2(search.exitCode == 0 && namesTheFullDisk(search), search.err.constData());
    QCOMPARE(search.object().value(QStringLiteral("total")).toInt(), 4);
    const CliRun verify = f.as(args("audit verify"));
    QVERIFY2(verify.exitCode == 0 && namesTheFullDisk(verify), verify.err.constData());
    QCOMPARE(verify.object().value(QStringLiteral("ok")).toBool(), true);
    // A write names the disk too, and leaves everything as it was.
    const CliRun hold = f.as(args("hold apply --name H2 --reason court EXS-2"));
    QVERIFY2(hold.exitCode == 3 && namesTheFullDisk(hold), hold.err.constData());

    // Space again: nothing was moved aside, the trail is whole, writes work.
    if (realTmpfs)
        QVERIFY(QFile::remove(tmpfs.dir.filePath(QStringLiteral("filler"))));
    qunsetenv("LD_PRELOAD");
    qunsetenv("PROOFDESK_FULL_DISK");
    QVERIFY(QDir(f.dataPath).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
    const CliRun again = f.as(args("audit verify"));
    QVERIFY2(again.exitCode == 0 && !again.err.contains("is full"), again.err.constData());
    QCOMPARE(f.as(args("hold apply --name H2 --reason court EXS-2")).exitCode, 0);
    QCOMPARE(f.as(args("stats")).object().value(QStringLiteral("holds")).toInt(), 2);
}

namespace {

enum class Damage { PageMetByASearch, PageFoundByTheCheckAtOpening, HeaderDestroyed };

// Overwrites the first page of the communications table (or the file's header) with garbage,
// as a failing disk or a stray write would.
void damageCache(const QString &dataDir, Damage damage)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("cache.sqlite"));
    qint64 offset = 0, length = 100;
    if (damage != Damage::HeaderDestroyed) {
        proofdesk::cache::Database db(path, proofdesk::cache::Database::Mode::ReadOnly);
        length = db.queryInt("PRAGMA page_size");
        offset = (db.queryInt("SELECT rootpage FROM sqlite_master WHERE name = 'communications'") - 1) * length;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(offset));
    QVERIFY(file.write(QByteArray(int(length), char(0x5a))) == length);
    if (damage == Damage::PageFoundByTheCheckAtOpening) // a session that did not end cleanly
        QVERIFY(QFile(QDir(dataDir).filePath(QStringLiteral(".sessions/999999"))).open(QIODevice::WriteOnly));
}

} // namespace

void TestCliRecovery::damagedCacheIsRebuiltWithItsRepositories_data()
{
    QTest::addColumn<int>("damageValue");
    QTest::addColumn<QString>("command");
    QTest::newRow("a damaged page met by a search") << int(Damage::PageMetByASearch) << QStringLiteral("search statement");
    QTest::newRow("a damaged page met by show") << int(Damage::PageMetByASearch) << QStringLiteral("show EXS-2");
    QTest::newRow("a damaged page found by the check at opening")
        << int(Damage::PageFoundByTheCheckAtOpening) << QStringLiteral("stats");
    QTest::newRow("the file's header destroyed") << int(Damage::HeaderDestroyed) << QStringLiteral("stats");
}

void TestCliRecovery::damagedCacheIsRebuiltWithItsRepositories()
{
    QFETCH(int, damageValue);
    QFETCH(QString, command);
    const auto damage = Damage(damageValue);
    Folder f;
    QCOMPARE(f.as(args("hold apply --name H --reason court EXS-1")).exitCode, 0);
    const QJsonArray repositories = f.as(args("repo list")).json().array();
    QCOMPARE(repositories.size(), 1);
    damageCache(f.dataPath, damage);

    const CliRun met = f.as(command.split(QLatin1Char(' ')));
    // Met by a query, the command could not finish; found at opening, it ran on the new cache.
    QCOMPARE(met.exitCode, damage == Damage::PageMetByASearch ? 3 : 0);
    for (const char *says : {"was damaged", "moved to", "with its 1 repositories", "proofdesk-cli sync"})
        QVERIFY2(met.err.contains(says), met.err.constData());
    QCOMPARE(QDir(f.dataPath).entryList({QStringLiteral("cache.sqlite.damaged-*")}).filter(QRegularExpression(
                 QStringLiteral("damaged-[0-9-]+$"))).size(), 1); // moved aside, never deleted

    // The repository is still there with its settings: the advised sync fills the cache again.
    const QJsonArray after = f.as(args("repo list")).json().array();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().toObject().value(QStringLiteral("name")), repositories.first().toObject().value(QStringLiteral("name")));
    QCOMPARE(after.first().toObject().value(QStringLiteral("url")), repositories.first().toObject().value(QStringLiteral("url")));
    const CliRun sync = f.as(args("sync"));
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QCOMPARE(f.as(args("search statement")).object().value(QStringLiteral("total")).toInt(), 4);
    // What people did is untouched: the hold still holds EXS-1, the trail verifies.
    QCOMPARE(f.as(args("show EXS-1")).object().value(QStringLiteral("holds")).toArray().size(), 1);
    QCOMPARE(f.as(args("audit verify")).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliRecovery)
#include "tst_cli_recovery.moc"
