#include "cache/bulkload.h"
#include "cache/cachefile.h"
#include "cache/checkbeside.h"
#include "cache/migrations.h"
#include "cache/rebuiltcache.h"
#include "cache/sessionmarker.h"
#include "damagedpage.h"
#include "datafolder/datafolder.h"
#include "datafolder/openingahead.h"
#include "tempdatafolder.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <atomic>
#include <thread>
#include <tuple>
#include <vector>

using namespace proofdesk::cache;
using proofdesk::datafolder::DataFolder;

class TestCacheFile : public QObject
{
    Q_OBJECT

private slots:
    void newCacheIsMigratedAndInWalMode();
    void reopeningKeepsDataAndSchema();
    void damagedCacheIsMovedAsideAndRebuilt_data();
    void damagedCacheIsMovedAsideAndRebuilt();
    void aRebuiltCacheIsFilledOnceItsRepositoriesAreSynced();
    void failedMigrationLeavesNothingHalfApplied();
    void readerSeesCommittedWritesOnly();
    void integrityIsCheckedAfterAnUncleanEndAndDaily();
    void whatAStaleMarkerSaysDecidesTheCheck_data();
    void whatAStaleMarkerSaysDecidesTheCheck();
    void theCheckAPowerCutCallsForIsOwedUntilItHasRun();
    void theOpeningsLongWorkIsFoundBeforeItStarts();
    void theDailyCheckCanRunBesideTheWork_data();
    void theDailyCheckCanRunBesideTheWork();
    void indexesDroppedByAnInterruptedBulkLoadAreRebuiltOnOpen();
    void readersAreToldWhileABulkLoadRuns();
    void newDataFolderOpenedByManyAtOnceIsPreparedOnce();
    void cacheLockedByAnotherConnectionIsWaitedForNotMovedAside();
};

void TestCacheFile::newCacheIsMigratedAndInWalMode()
{
    TempDataFolder data;
    const CacheOpenReport report = CacheFile::prepare(data.path());
    QVERIFY(report.created);
    QVERIFY(!report.rebuilt);
    QCOMPARE(report.schemaVersion, migrations().back().version);
    Database db = CacheFile::openWriter(report.databasePath);
    QCOMPARE(db.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'comm_fts'"), 1);
}

void TestCacheFile::reopeningKeepsDataAndSchema()
{
    TempDataFolder data;
    const QString path = CacheFile::prepare(data.path()).databasePath;
    {
        Database db = CacheFile::openWriter(path);
        db.exec("INSERT INTO repositories(name, kind, url) VALUES('r', 'drop', '/x')");
    }
    const CacheOpenReport again = CacheFile::prepare(data.path());
    QVERIFY(!again.created);
    QVERIFY(!again.rebuilt);
    Database db = CacheFile::openReader(path);
    QCOMPARE(db.queryInt("SELECT count(*) FROM repositories"), 1);
}

void TestCacheFile::damagedCacheIsMovedAsideAndRebuilt_data()
{
    QTest::addColumn<QByteArray>("garbage");
    QTest::newRow("not a database at all") << QByteArray("this is a text file, not SQLite\n");
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10", 18);
}

void TestCacheFile::damagedCacheIsMovedAsideAndRebuilt()
{
    QFETCH(QByteArray, garbage);
    TempDataFolder data;
    writeTextFile(data.path(), QStringLiteral("cache.sqlite"), garbage + QByteArray(4096, 'x'));
    const CacheOpenReport report = CacheFile::prepare(data.path());
    QVERIFY(report.rebuilt);
    QVERIFY(!report.problem.isEmpty());
    QVERIFY(QFile::exists(report.movedAsidePath));
    QCOMPARE(report.schemaVersion, migrations().back().version);
    // Every read of the new cache can tell why it is empty, until a sync has filled it (#44 item 5).
    Database db = CacheFile::openReader(report.databasePath);
    const auto unfilled = RebuiltCache::unfilled(db);
    QVERIFY(unfilled);
    QCOMPARE(unfilled->movedAsidePath, report.movedAsidePath);
    QCOMPARE(unfilled->communications, qint64(0));
    QVERIFY(unfilled->repositories.isEmpty()); // none could be carried from a file that was not a database
    QVERIFY(!RebuiltCache::unfilled(CacheFile::openReader(CacheFile::prepare(TempDataFolder().path()).databasePath)));
}

// The new cache is filled again once every repository it was started with has been synced since.
void TestCacheFile::aRebuiltCacheIsFilledOnceItsRepositoriesAreSynced()
{
    TempDataFolder data;
    CacheFile::prepare(data.path());
    {
        Database db = CacheFile::openWriter(CacheFile::databasePath(data.path()));
        db.exec("INSERT INTO repositories(id, name, kind, url) VALUES(1, 'a', 'drop', '/a'), (2, 'b', 'drop', '/b')");
    }
    CacheFile::prepare(data.path()); // notes the repositories beside the cache (RepositoryCarryOver)
    writeTextFile(data.path(), QStringLiteral("cache.sqlite"), QByteArray("not SQLite") + QByteArray(4096, 'x'));
    QVERIFY(CacheFile::prepare(data.path()).rebuilt);
    Database db = CacheFile::openWriter(CacheFile::databasePath(data.path()));
    QCOMPARE(RebuiltCache::unfilled(db)->repositories, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    db.prepare("UPDATE repositories SET last_sync = ?1 WHERE name = 'a'")
        .bind(1, QDateTime::currentMSecsSinceEpoch() + 1)
        .run();
    QCOMPARE(RebuiltCache::unfilled(db)->repositories, QStringList({QStringLiteral("b")}));
    db.prepare("UPDATE repositories SET last_sync = ?1").bind(1, QDateTime::currentMSecsSinceEpoch() + 1).run();
    QVERIFY(!RebuiltCache::unfilled(db));
}

void TestCacheFile::failedMigrationLeavesNothingHalfApplied()
{
    TempDataFolder data;
    const QString path = CacheFile::databasePath(data.path());
    {
        // A table the first migration also creates: the migration must fail as a whole.
        Database db = CacheFile::openWriter(path);
        db.exec("CREATE TABLE import_errors(x)");
    }
    QVERIFY_THROWS_EXCEPTION(SqliteError, CacheFile::prepare(data.path()));
    Database db = CacheFile::openReader(path);
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'communications'"), 0);
    QCOMPARE(CacheFile::schemaVersion(db), 0);
}

void TestCacheFile::readerSeesCommittedWritesOnly()
{
    TempDataFolder data;
    const QString path = CacheFile::prepare(data.path()).databasePath;
    Database writer = CacheFile::openWriter(path);
    Database reader = CacheFile::openReader(path);
    Transaction tx(writer);
    writer.exec("INSERT INTO repositories(name, kind, url) VALUES('r', 'drop', '/x')");
    QCOMPARE(reader.queryInt("SELECT count(*) FROM repositories"), 0);
    tx.commit();
    QCOMPARE(reader.queryInt("SELECT count(*) FROM repositories"), 1);
}

// quick_check reads the whole file (seconds at a million communications): a clean reopen
// within a day skips it, an earlier session that died (its marker's process is gone) or a
// day's age brings it back.
void TestCacheFile::integrityIsCheckedAfterAnUncleanEndAndDaily()
{
    TempDataFolder data;
    {
        DataFolder first(data.path());
        QVERIFY(first.openReport().created);
    }
    {
        DataFolder clean(data.path());
        QVERIFY(!clean.openReport().checked);
    }
    writeTextFile(data.path(), QStringLiteral(".sessions/999999999"), ""); // a process that died
    {
        DataFolder afterCrash(data.path());
        QVERIFY(afterCrash.openReport().checked);
    }
    {
        DataFolder again(data.path());
        QVERIFY(!again.openReport().checked);
    }
    {
        Database db = CacheFile::openWriter(CacheFile::databasePath(data.path()));
        db.exec("UPDATE meta SET value = '0' WHERE key = 'last_quick_check'");
    }
    {
        DataFolder dayLater(data.path());
        QVERIFY(dayLater.openReport().checked);
    }
}

// A process killed while the machine kept running leaves the file whole (SQLite's log): its
// marker holds this boot's id and the next opening skips the whole-file check (9.6-17 s at a
// million, issue #43 item 5). Another boot's marker, or one with no boot id (an older
// Proofdesk, a system without one), may follow a power cut: checked.
void TestCacheFile::whatAStaleMarkerSaysDecidesTheCheck_data()
{
    QTest::addColumn<QByteArray>("markerHolds");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<int>("earlierEnd");
    const QByteArray thisBoot = SessionMarker::bootId();
    QTest::newRow("this boot: the process was killed") << thisBoot << false << int(EarlierEnd::ProcessStopped);
    QTest::newRow("another boot: the machine stopped")
        << QByteArray("00000000-0000-0000-0000-000000000000") << true << int(EarlierEnd::MachineMayHaveStopped);
    QTest::newRow("no boot id: an older marker") << QByteArray() << true << int(EarlierEnd::MachineMayHaveStopped);
}

void TestCacheFile::whatAStaleMarkerSaysDecidesTheCheck()
{
    QFETCH(QByteArray, markerHolds);
    QFETCH(bool, checked);
    QFETCH(int, earlierEnd);
    if (SessionMarker::bootId().isEmpty())
        QSKIP("this system gives no boot id: every stale marker is checked");
    TempDataFolder data;
    {
        DataFolder first(data.path());
        QVERIFY(first.openReport().created);
        // What a live session leaves: its boot's id.
        QFile own(data.filePath(QStringLiteral(".sessions/%1").arg(QCoreApplication::applicationPid())));
        QVERIFY(own.open(QIODevice::ReadOnly));
        QCOMPARE(own.readAll(), SessionMarker::bootId());
    }
    writeTextFile(data.path(), QStringLiteral(".sessions/999999999"), markerHolds); // a process that died
    QCOMPARE(int(SessionMarker::earlierEndSinceLastOpen(data.path())), earlierEnd);
    {
        DataFolder afterIt(data.path());
        QCOMPARE(afterIt.openReport().checked, checked);
    }
    QVERIFY(!QFile::exists(data.filePath(QStringLiteral(".sessions/999999999"))));
    QCOMPARE(int(SessionMarker::earlierEndSinceLastOpen(data.path())), int(EarlierEnd::Clean));
}

// After a power cut the opening checks the whole cache (minutes at 10M), and it removes the
// markers that told it to. Its own marker held this boot's id from the start: killed during
// the check (a person who thought it hung), it left a marker that read "process stopped", and
// the next opening skipped the check the power cut called for. It holds no boot id now until
// the opening is done.
void TestCacheFile::theCheckAPowerCutCallsForIsOwedUntilItHasRun()
{
    if (SessionMarker::bootId().isEmpty())
        QSKIP("this system gives no boot id: every stale marker is checked");
    TempDataFolder data;
    {
        DataFolder created(data.path());
    }
    const QString own = data.filePath(QStringLiteral(".sessions/%1").arg(QCoreApplication::applicationPid()));
    const QString killed = data.filePath(QStringLiteral(".sessions/999999998"));
    // What the next opening reads if this process dies now: its marker under a pid that is gone.
    const auto ifKilledNow = [&] {
        QFile::remove(killed);
        QFile::copy(own, killed);
        const EarlierEnd next = SessionMarker::earlierEndSinceLastOpen(data.path());
        QFile::remove(killed);
        return next;
    };
    writeTextFile(data.path(), QStringLiteral(".sessions/999999999"), QByteArray()); // the power cut
    {
        SessionMarker opening(data.path()); // as DataFolder holds it through prepare()
        QCOMPARE(opening.earlierEnd(), EarlierEnd::MachineMayHaveStopped);
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral(".sessions/999999999"))));
        QCOMPARE(ifKilledNow(), EarlierEnd::MachineMayHaveStopped); // during the check
        opening.opened();
        QCOMPARE(ifKilledNow(), EarlierEnd::ProcessStopped); // after it
    }
    QVERIFY(!QFile::exists(own));
    // An opening that ends before it is done (it threw) leaves the check owed.
    writeTextFile(data.path(), QStringLiteral(".sessions/999999999"), QByteArray());
    {
        SessionMarker failedOpening(data.path());
    }
    QVERIFY(QFile::rename(own, killed));
    QCOMPARE(SessionMarker::earlierEndSinceLastOpen(data.path()), EarlierEnd::MachineMayHaveStopped);
    // The whole opening: checked, and then done.
    {
        DataFolder afterIt(data.path());
        QVERIFY(afterIt.openReport().checked);
        QCOMPARE(ifKilledNow(), EarlierEnd::ProcessStopped);
    }
    QCOMPARE(SessionMarker::earlierEndSinceLastOpen(data.path()), EarlierEnd::Clean);
}

// What the CLI prints and the desktop shows before an opening's long work (OpeningAhead):
// only what prepare() will do. Indexes dropped by an import still at work are its own to
// rebuild, so they are not announced; those of one that is gone are.
void TestCacheFile::theOpeningsLongWorkIsFoundBeforeItStarts()
{
    using proofdesk::datafolder::OpeningAhead;
    if (SessionMarker::bootId().isEmpty())
        QSKIP("this system gives no boot id: every stale marker is checked");
    TempDataFolder data;
    {
        DataFolder created(data.path());
    }
    QVERIFY(!OpeningAhead::of(data.path()).isLong());
    QVERIFY(OpeningAhead::of(data.path()).describe(data.path()).isEmpty());

    writeTextFile(data.path(), QStringLiteral(".sessions/999999999"), SessionMarker::bootId());
    QVERIFY(!OpeningAhead::of(data.path()).isLong()); // killed in this boot
    writeTextFile(data.path(), QStringLiteral(".sessions/999999998"), QByteArray());
    const OpeningAhead afterPowerCut = OpeningAhead::of(data.path());
    QCOMPARE(afterPowerCut.wholeCheck, OpeningAhead::WholeCheck::MachineMayHaveStopped);
    QVERIFY(afterPowerCut.cacheBytes > 0);
    QVERIFY2(afterPowerCut.describe(data.path()).contains(QStringLiteral("machine may have stopped")),
             qPrintable(afterPowerCut.describe(data.path())));
    {
        DataFolder checked(data.path());
    }

    {
        Database db = CacheFile::openWriter(CacheFile::databasePath(data.path()));
        const int dropped = BulkLoad::deferIndexes(db); // this process: a loader at work
        QCOMPARE(OpeningAhead::of(data.path()).indexesToRebuild, 0);
        db.exec("UPDATE meta SET value = '2147483647 0' WHERE key = 'bulkload_owner'"); // now gone
        const OpeningAhead abandoned = OpeningAhead::of(data.path());
        QCOMPARE(abandoned.indexesToRebuild, dropped);
        QCOMPARE(abandoned.wholeCheck, OpeningAhead::WholeCheck::None);
        QVERIFY2(abandoned.describe(data.path()).contains(QStringLiteral("Rebuilding the %1 indexes").arg(dropped)),
                 qPrintable(abandoned.describe(data.path())));
    }
    {
        DataFolder rebuilt(data.path());
    }
    QVERIFY(!OpeningAhead::of(data.path()).isLong());
}

// The desktop leaves a due daily check to run beside its work (DailyCheck::Beside, CheckBeside):
// a clean one is remembered as prepare()'s is; a problem is kept beside the cache, and the next
// opening checks before anything is read and rebuilds; a check asked to stop remembers nothing.
void TestCacheFile::theDailyCheckCanRunBesideTheWork_data()
{
    QTest::addColumn<bool>("damaged");
    QTest::addColumn<bool>("stopped");
    QTest::addColumn<int>("outcome");
    QTest::newRow("a clean cache") << false << false << int(CheckBeside::Outcome::Passed);
    QTest::newRow("a damaged page") << true << false << int(CheckBeside::Outcome::FoundProblem);
    QTest::newRow("asked to stop (the window closed)") << false << true << int(CheckBeside::Outcome::NotFinished);
}

void TestCacheFile::theDailyCheckCanRunBesideTheWork()
{
    QFETCH(bool, damaged);
    QFETCH(bool, stopped);
    QFETCH(int, outcome);
    using proofdesk::datafolder::OpeningAhead;
    TempDataFolder data;
    const QString path = CacheFile::databasePath(data.path());
    {
        DataFolder created(data.path());
    }
    {
        Database db = CacheFile::openWriter(path);
        db.exec("UPDATE meta SET value = '1000' WHERE key = 'last_quick_check'"); // a day and more ago
    }
    // The desktop's opening leaves it; the CLI's (BeforeReading) would check now.
    QVERIFY(!OpeningAhead::of(data.path(), DailyCheck::Beside).isLong());
    {
        DataFolder desktop(data.path(), DailyCheck::Beside);
        QVERIFY(!desktop.openReport().checked);
        QVERIFY(desktop.openReport().checkLeftBeside);
    }
    if (damaged) // a failing disk's page in the communications table, found by the check only
        QVERIFY(damageRootPage(path, "communications"));
    CheckBeside::Stop stop;
    if (stopped)
        stop.ask();
    const CheckBeside check = CheckBeside::run(data.path(), stop);
    QCOMPARE(int(check.outcome), outcome);
    QCOMPARE(check.problem.isEmpty(), !damaged);
    QCOMPARE(CacheFile::problemFoundBeside(data.path()).isEmpty(), !damaged);
    {
        Database reader(path, Database::Mode::ReadOnly);
        QCOMPARE(CacheFile::checkIsDue(reader), damaged || stopped);
    }
    const OpeningAhead ahead = OpeningAhead::of(data.path(), DailyCheck::Beside);
    QCOMPARE(ahead.wholeCheck, damaged ? OpeningAhead::WholeCheck::ProblemFoundBeside : OpeningAhead::WholeCheck::None);
    DataFolder next(data.path(), DailyCheck::Beside);
    QCOMPARE(next.openReport().checked, damaged); // a problem found beside: checked before reading
    QCOMPARE(next.openReport().rebuilt, damaged);
    QCOMPARE(next.openReport().checkLeftBeside, stopped);
    QVERIFY(CacheFile::problemFoundBeside(data.path()).isEmpty());
}

// A bulk import that crashed after dropping the secondary indexes (cache/bulkload.h) must
// not leave searches without them: the next open rebuilds exactly the same set.
void TestCacheFile::indexesDroppedByAnInterruptedBulkLoadAreRebuiltOnOpen()
{
    TempDataFolder data;
    const QString path = CacheFile::prepare(data.path()).databasePath;
    const char *schemaSql = "SELECT name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name";
    QStringList before;
    {
        Database db = CacheFile::openWriter(path);
        for (Statement st = db.prepare(schemaSql); st.step();)
            before << st.columnText(0) + QLatin1Char('|') + st.columnText(1);
        const int dropped = BulkLoad::deferIndexes(db);
        QVERIFY2(dropped >= 20, qPrintable(QString::number(dropped)));
        QCOMPARE(BulkLoad::pendingIndexes(db), dropped);
        // Aggregates are recounted at the end; the stored rows' triggers stay, to drop what a
        // load into a cache that has them changes under them, and so do the rows' seals and the
        // repositories' counts of their rows (which a recount would take from rows edited by hand),
        // and the seals of the events and texts.
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name NOT LIKE "
                             "'rowbits\\_%' ESCAPE '\\' AND name NOT LIKE 'comm\\_seal\\_%' ESCAPE '\\' "
                             "AND name NOT LIKE 'tally\\_%' ESCAPE '\\' AND name NOT LIKE 'event\\_seal\\_%' "
                             "ESCAPE '\\' AND name NOT LIKE 'text\\_seal\\_%' ESCAPE '\\'"),
                 0);
        QVERIFY(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type IN ('index', 'trigger')")
                < before.size() - 20);
        // Unique indexes (upserts look rows up by them) and INDEXED BY targets stay.
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'events_unique'"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'comm_issued_by_rowid'"), 1);
        // The process "dies" here: the loader noted is one that is gone (an id no process has).
        QVERIFY(BulkLoad::loaderAtWork(db));
        db.exec("UPDATE meta SET value = '2147483647 0' WHERE key = 'bulkload_owner'");
        QVERIFY(!BulkLoad::loaderAtWork(db));
    }
    CacheFile::prepare(data.path());
    Database db = CacheFile::openWriter(path);
    QStringList after;
    for (Statement st = db.prepare(schemaSql); st.step();)
        after << st.columnText(0) + QLatin1Char('|') + st.columnText(1);
    QCOMPARE(after, before);
    QCOMPARE(BulkLoad::pendingIndexes(db), 0);
}

// Queries that name an index with INDEXED BY fail while a bulk load has it dropped; the
// views say why in words, and only then.
void TestCacheFile::readersAreToldWhileABulkLoadRuns()
{
    TempDataFolder data;
    const QString path = CacheFile::prepare(data.path()).databasePath;
    Database writer = CacheFile::openWriter(path);
    Database reader = CacheFile::openReader(path);
    QVERIFY(BulkLoad::unavailableWhileLoading(reader).isEmpty());
    BulkLoad::deferIndexes(writer);
    QVERIFY_THROWS_EXCEPTION(
        SqliteError, reader.queryInt("SELECT count(*) FROM communications INDEXED BY comm_type WHERE type = 'x'"));
    QVERIFY(BulkLoad::unavailableWhileLoading(reader).contains(QStringLiteral("import")));
    BulkLoad::restoreIndexes(writer);
    QVERIFY(BulkLoad::unavailableWhileLoading(reader).isEmpty());
    QCOMPARE(reader.queryInt("SELECT count(*) FROM communications INDEXED BY comm_type WHERE type = 'x'"), 0);
}

void TestCacheFile::newDataFolderOpenedByManyAtOnceIsPreparedOnce()
{
    // Processes started together (two imports, the desktop and a scheduled run) open a new
    // data folder at the same moment. Threads stand in for them: DataFolder takes the
    // folder's prepare lock (a lock file) the same way from a thread as from a process.
    // Without it they created the same tables twice, read tables not made yet, or took a
    // cache another one was creating for a damaged one and moved it aside.
    constexpr int kOpeners = 6;
    for (int round = 0; round < 5; ++round) {
        TempDataFolder data;
        const QString path = data.filePath(QStringLiteral("new"));
        std::atomic_int ready{0};
        std::vector<QString> problems(kOpeners);
        std::vector<std::thread> openers;
        for (int i = 0; i < kOpeners; ++i) {
            openers.emplace_back([&, i] {
                ++ready;
                while (ready.load() < kOpeners)
                    std::this_thread::yield();
                try {
                    const DataFolder folder(path);
                    if (folder.openReport().rebuilt)
                        problems[i] = QStringLiteral("moved aside as damaged: ") + folder.openReport().problem;
                    Database db = CacheFile::openReader(folder.databasePath());
                    db.queryInt("SELECT count(*) FROM communications");
                } catch (const std::exception &e) {
                    problems[i] = QString::fromUtf8(e.what());
                }
            });
        }
        for (std::thread &opener : openers)
            opener.join();
        for (const QString &problem : problems)
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
        QVERIFY(QDir(path).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
        Database db = CacheFile::openReader(CacheFile::databasePath(path));
        QCOMPARE(CacheFile::schemaVersion(db), migrations().back().version);
    }
}

void TestCacheFile::cacheLockedByAnotherConnectionIsWaitedForNotMovedAside()
{
    TempDataFolder data;
    const QString path = CacheFile::prepare(data.path()).databasePath;
    // Another process's connection holds the file locked for a moment (here: exclusive
    // locking mode, which keeps every other connection out until it closes).
    std::atomic_bool locked{false};
    std::thread holder([&] {
        Database other(path);
        other.exec("PRAGMA locking_mode = EXCLUSIVE");
        other.exec("BEGIN EXCLUSIVE");
        other.exec("INSERT INTO repositories(name, kind, url) VALUES('r', 'drop', '/x')");
        other.exec("COMMIT");
        locked = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    });
    while (!locked)
        std::this_thread::yield();
    CacheOpenReport report;
    QString failure;
    try {
        report = CacheFile::prepare(data.path(), true); // quick_check forced
    } catch (const SqliteError &e) {
        failure = QString::fromUtf8(e.what());
    }
    holder.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Busy is not damaged: the cache and what it holds stay where they are.
    QVERIFY2(!report.rebuilt, qPrintable(report.problem));
    QVERIFY(QDir(data.path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
    Database db = CacheFile::openReader(path);
    QCOMPARE(db.queryInt("SELECT count(*) FROM repositories"), 1);
}

QTEST_GUILESS_MAIN(TestCacheFile)
#include "tst_cachefile.moc"
