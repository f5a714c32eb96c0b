// records.sqlite beside the cache: attached to every connection, kept when a damaged cache
// is rebuilt, never rebuilt itself, read-only on reader connections, one device id.
#include "cache/recordreader.h"
#include "cache/recordsfile.h"
#include "cache/recordstie.h"
#include "records/holdregister.h"
#include "records/holdservice.h"
#include "recordsfixture.h"
#include "search/searchengine.h"

using namespace proofdesk;
using namespace proofdesk::records;
using proofdesk::cache::RecordsFile;

class TestRecordsFile : public QObject
{
    Q_OBJECT

private slots:
    void cacheRebuildKeepsRecordsAndHoldsMatchAgain();
    void readersCannotWriteRecords();
    void deviceIdIsStable();
    void damagedRecordsFileIsRefusedNotRebuilt();
    void lostRecordsFileIsAnErrorNotANewEmptyOne_data();
    void lostRecordsFileIsAnErrorNotANewEmptyOne();
    void recordsFileNotThisFoldersIsRefusedAsItIs_data();
    void recordsFileNotThisFoldersIsRefusedAsItIs();
};

void TestRecordsFile::cacheRebuildKeepsRecordsAndHoldsMatchAgain()
{
    RecordsFixture f;
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"));
    f.import();
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    const HoldInfo hold = HoldService(rm).create({QStringLiteral("Litigation"),
                                                  QString(),
                                                  QStringLiteral("court order"),
                                                  {QStringLiteral("EXS-1")},
                                                  {},
                                                  {},
                                                  {}});
    const qint64 auditEntries = f.count("SELECT count(*) FROM rec.audit_entries");
    // Damage the cache (not records.sqlite) and reopen the folder: the cache is rebuilt.
    f.writer.close();
    f.folder.reset();
    const QString cachePath = f.data.filePath(QStringLiteral("cache.sqlite"));
    writeTextFile(f.data.path(), QStringLiteral("cache.sqlite"), QByteArray(8192, 'x'));
    QFile::remove(cachePath + QStringLiteral("-wal"));
    QFile::remove(cachePath + QStringLiteral("-shm"));
    f.folder = std::make_unique<datafolder::DataFolder>(f.data.path());
    QVERIFY(f.folder->openReport().rebuilt);
    f.writer = cache::CacheFile::openWriter(f.folder->databasePath());
    QCOMPARE(f.count("SELECT count(*) FROM communications"), 0);
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries"), auditEntries);
    QCOMPARE(f.count("SELECT count(*) FROM rec.hold_items"), 1);
    // Re-import: the hold finds its communication again by id (rowids changed).
    f.import();
    QCOMPARE(HoldRegister(f.writer).memberIds(hold.id), QStringList{QStringLiteral("EXS-1")});
    cache::Database reader = cache::CacheFile::openReader(f.folder->databasePath());
    QCOMPARE(search::SearchEngine(reader).run(QStringLiteral("hold:") + hold.id, 10).total, 1);
    QCOMPARE(cache::RecordReader(reader)
                 .communication(QStringLiteral("EXS-1"))
                 ->value(QStringLiteral("holds"))
                 .toArray()
                 .size(),
             1);
}

void TestRecordsFile::readersCannotWriteRecords()
{
    RecordsFixture f;
    cache::Database reader = cache::CacheFile::openReader(f.folder->databasePath());
    QVERIFY_THROWS_EXCEPTION(cache::SqliteError,
                             reader.exec("INSERT INTO rec.role_grants VALUES('x', 'admin', 'x', 0)"));
}

void TestRecordsFile::deviceIdIsStable()
{
    RecordsFixture f;
    const QString id = RecordsFile::deviceId(f.writer);
    QCOMPARE(id.size(), 36);
    cache::Database again = cache::CacheFile::openWriter(f.folder->databasePath());
    QCOMPARE(RecordsFile::deviceId(again), id);
}

void TestRecordsFile::damagedRecordsFileIsRefusedNotRebuilt()
{
    TempDataFolder data;
    writeTextFile(data.path(), QStringLiteral("records.sqlite"), QByteArray(8192, 'x'));
    try {
        datafolder::DataFolder folder(data.path());
        QFAIL("a damaged records.sqlite was accepted");
    } catch (const cache::SqliteError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("cannot be rebuilt")), e.what());
    }
    QFile file(data.filePath(QStringLiteral("records.sqlite")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(8192, 'x')); // left exactly as it was
}

void TestRecordsFile::lostRecordsFileIsAnErrorNotANewEmptyOne_data()
{
    QTest::addColumn<bool>("withWal");
    QTest::newRow("records.sqlite gone") << false;
    QTest::newRow("records.sqlite and its -wal gone") << true;
}

void TestRecordsFile::lostRecordsFileIsAnErrorNotANewEmptyOne()
{
    QFETCH(bool, withWal);
    QString dataDir;
    auto f = std::make_unique<RecordsFixture>();
    f->addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    f->import();
    f->as(QStringLiteral("rita"), Role::Records);
    dataDir = f->data.path();
    const QString records = RecordsFile::databasePath(dataDir);
    // Closed, then lost (deleted, not restored with the cache from a backup, …).
    f->writer.close();
    f->folder.reset();
    QVERIFY(QFile::remove(records));
    if (withWal) {
        QFile::remove(records + QStringLiteral("-wal"));
        QFile::remove(records + QStringLiteral("-shm"));
    }
    try {
        datafolder::DataFolder folder(dataDir);
        QFAIL("a data folder that lost its records.sqlite was opened with an empty one");
    } catch (const cache::SqliteError &e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QLatin1String("is missing")) && message.contains(QLatin1String("audit trail"))
                     && message.contains(QLatin1String("backup")),
                 e.what());
    }
    QVERIFY(!QFile::exists(records)); // nothing made up in its place
}

void TestRecordsFile::recordsFileNotThisFoldersIsRefusedAsItIs_data()
{
    QTest::addColumn<bool>("anotherFolders");
    QTest::addColumn<bool>("folderJsonToo");
    QTest::addColumn<QString>("says");
    QTest::newRow("emptied") << false << false << QStringLiteral("is empty");
    QTest::newRow("another folder's") << true << false << QStringLiteral("another data folder");
    // folder.json carried over with it: the cache's own note still tells.
    QTest::newRow("another folder's, with its folder.json") << true << true << QStringLiteral("another data folder");
}

// Issue #26: the folder's records file is checked against what the folder noted (RecordsTie)
// before anything creates, migrates or writes it.
void TestRecordsFile::recordsFileNotThisFoldersIsRefusedAsItIs()
{
    QFETCH(bool, anotherFolders);
    QFETCH(bool, folderJsonToo);
    QFETCH(QString, says);
    auto f = std::make_unique<RecordsFixture>();
    f->as(QStringLiteral("rita"), Role::Records).record(QStringLiteral("test.step"), QStringLiteral("none"), QString());
    const QString dataDir = f->data.path();
    const QString records = RecordsFile::databasePath(dataDir);
    f->writer.close();
    f->folder.reset();
    // Reopened once: the opening notes the head with the entry above.
    f->folder = std::make_unique<datafolder::DataFolder>(dataDir);
    f->folder.reset();
    RecordsFixture other;
    other.writer.close();
    other.folder.reset();
    QVERIFY(QFile::remove(records));
    if (anotherFolders) {
        QVERIFY(QFile::copy(RecordsFile::databasePath(other.data.path()), records));
        if (folderJsonToo) {
            QVERIFY(QFile::remove(cache::RecordsTie::filePath(dataDir)));
            QVERIFY(QFile::copy(cache::RecordsTie::filePath(other.data.path()), cache::RecordsTie::filePath(dataDir)));
        }
    } else {
        QFile emptied(records);
        QVERIFY(emptied.open(QIODevice::WriteOnly));
    }
    QFile before(records);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    try {
        datafolder::DataFolder folder(dataDir);
        QFAIL("a records file that is not this folder's was opened");
    } catch (const cache::SqliteError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(says)
                     && QString::fromUtf8(e.what()).contains(QLatin1String("start-empty")),
                 e.what());
    }
    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(before.readAll(), bytes); // left exactly as it was
}

QTEST_GUILESS_MAIN(TestRecordsFile)
#include "tst_recordsfile.moc"
