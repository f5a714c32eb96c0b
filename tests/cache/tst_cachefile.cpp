#include "cache/bulkload.h"
#include "cache/cachefile.h"
#include "cache/datafolder.h"
#include "cache/migrations.h"
#include "tempdatafolder.h"

#include <QFile>
#include <QtTest>

using namespace proofdesk::cache;

class TestCacheFile : public QObject
{
    Q_OBJECT

private slots:
    void newCacheIsMigratedAndInWalMode();
    void reopeningKeepsDataAndSchema();
    void damagedCacheIsMovedAsideAndRebuilt_data();
    void damagedCacheIsMovedAsideAndRebuilt();
    void failedMigrationLeavesNothingHalfApplied();
    void readerSeesCommittedWritesOnly();
    void integrityIsCheckedAfterAnUncleanEndAndDaily();
    void indexesDroppedByAnInterruptedBulkLoadAreRebuiltOnOpen();
    void readersAreToldWhileABulkLoadRuns();
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
    { DataFolder first(data.path()); QVERIFY(first.openReport().created); }
    { DataFolder clean(data.path()); QVERIFY(!clean.openReport().checked); }
    writeTextFile(data.path(), QStringLiteral(".sessions/999999999"), ""); // a process that died
    { DataFolder afterCrash(data.path()); QVERIFY(afterCrash.openReport().checked); }
    { DataFolder again(data.path()); QVERIFY(!again.openReport().checked); }
    {
        Database db = CacheFile::openWriter(CacheFile::databasePath(data.path()));
        db.exec("UPDATE meta SET value = '0' WHERE key = 'last_quick_check'");
    }
    { DataFolder dayLater(data.path()); QVERIFY(dayLater.openReport().checked); }
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
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"), 0); // aggregates recounted at the end
        QVERIFY(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type IN ('index', 'trigger')") < before.size() - 20);
        // Unique indexes (upserts look rows up by them) and INDEXED BY targets stay.
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'events_unique'"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'comm_issued_by_rowid'"), 1);
    } // the process "dies" here
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
    QVERIFY_THROWS_EXCEPTION(SqliteError, reader.queryInt("SELECT count(*) FROM communications INDEXED BY comm_type WHERE type = 'x'"));
    QVERIFY(BulkLoad::unavailableWhileLoading(reader).contains(QStringLiteral("import")));
    BulkLoad::restoreIndexes(writer);
    QVERIFY(BulkLoad::unavailableWhileLoading(reader).isEmpty());
    QCOMPARE(reader.queryInt("SELECT count(*) FROM communications INDEXED BY comm_type WHERE type = 'x'"), 0);
}

QTEST_GUILESS_MAIN(TestCacheFile)
#include "tst_cachefile.moc"
