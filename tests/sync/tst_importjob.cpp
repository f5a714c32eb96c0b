#include "cache/cachefile.h"
#include "cache/recordreader.h"
#include "cache/repositorystore.h"
#include "datafolder/datafolder.h"
#include "dropbuilder.h"
#include "handedit.h"
#include "records/rolegrants.h"
#include "services/importjob.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace proofdesk;

// The desktop's import (first run, "Import drop…"): its progress phases, including the
// index rebuild that ends a bulk load, its result and its cancel.
class TestImportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reportsEachPhaseAndTheResult_data();
    void reportsEachPhaseAndTheResult();
    void cancelKeepsWhatWasImported();
    void aFolderThatIsNoDropIsNamed();
    void theFirstRejectedLinesSayWhereAndWhy();
    void aNewDropIsNoRepositoryForAnAgent();
    void aPurgeRefusedIsSaid();

private:
    struct Phase
    {
        QString text;
        qint64 done, total;
    };
    static QList<Phase> phases(const QSignalSpy &spy)
    {
        QList<Phase> out;
        for (const auto &args : spy)
            out.push_back({args.at(0).toString(), args.at(1).toLongLong(), args.at(2).toLongLong()});
        return out;
    }

    std::unique_ptr<TempDataFolder> m_data;
    std::unique_ptr<datafolder::DataFolder> m_folder;
    std::unique_ptr<QTemporaryDir> m_dropDir;
    // Two pages of the drop connector (PROOFDESK_DROP_PAGE_LINES): a bulk load is decided
    // after the first page, and a cancel is seen between pages.
    static constexpr int kRecords = 150;
    static constexpr int kPage = 100;
};

void TestImportJob::initTestCase() { qputenv("PROOFDESK_DROP_PAGE_LINES", QByteArray::number(kPage)); }

void TestImportJob::init()
{
    m_data = std::make_unique<TempDataFolder>();
    m_folder = std::make_unique<datafolder::DataFolder>(m_data->path());
    m_dropDir = std::make_unique<QTemporaryDir>();
    DropBuilder drop(m_dropDir->path());
    QByteArray lines;
    for (int i = 0; i < kRecords; ++i)
        lines += DropBuilder::line(drop.communication(QStringLiteral("EXS-%1").arg(i, 4, 10, QLatin1Char('0'))));
    drop.append(QStringLiteral("communications/2026-10.ndjson"), lines);
}

void TestImportJob::reportsEachPhaseAndTheResult_data()
{
    QTest::addColumn<bool>("bulk");
    QTest::newRow("ordinary import") << false;
    QTest::newRow("bulk load: indexes rebuilt at the end") << true;
}

void TestImportJob::reportsEachPhaseAndTheResult()
{
    QFETCH(bool, bulk);
    services::ImportJob job(m_folder->databasePath(), m_data->path(), m_dropDir->path());
    job.setBulkLoadMinimum(bulk ? 1 : std::numeric_limits<qint64>::max());
    QSignalSpy progress(&job, &services::ImportJob::progress);
    QSignalSpy finished(&job, &services::ImportJob::finished);
    job.start();
    // The job emits from its thread, straight into the spy: it may be done before wait() starts.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000); // generous: two suites at once on two cores
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(2).toLongLong(), qint64(kRecords));
    QCOMPARE(finished.at(0).at(3).toLongLong(), qint64(0));

    const QList<Phase> seen = phases(progress);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.front().text, QStringLiteral("Importing communications…"));
    const auto indexing = std::find_if(seen.begin(), seen.end(), [](const Phase &p) {
        return p.text == QStringLiteral("Building the search indexes…");
    });
    QCOMPARE(indexing != seen.end(), bulk);
    if (bulk) {
        // From the first index to the last, never backwards, and nothing after it.
        qint64 last = -1;
        for (auto it = indexing; it != seen.end(); ++it) {
            QCOMPARE(it->text, indexing->text);
            QVERIFY(it->total > 0 && it->done <= it->total && it->done >= last);
            last = it->done;
        }
        QCOMPARE(last, seen.back().total);
    }
    cache::Database db = cache::CacheFile::openReader(m_folder->databasePath());
    QCOMPARE(db.queryInt("SELECT count(*) FROM communications"), qint64(kRecords));
    QCOMPARE(db.queryInt("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH 'statement'"),
             db.queryInt("SELECT count(*) FROM comm_text WHERE body LIKE '%statement%'"));
    QCOMPARE(db.queryInt("SELECT count(*) FROM meta WHERE key LIKE 'deferred%'"), qint64(0));
}

void TestImportJob::cancelKeepsWhatWasImported()
{
    services::ImportJob job(m_folder->databasePath(), m_data->path(), m_dropDir->path());
    QSignalSpy finished(&job, &services::ImportJob::finished);
    job.cancel(); // the import stops at its first check, after the first page
    job.start();
    // The job emits from its thread, straight into the spy: it may be done before wait() starts.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000); // generous: two suites at once on two cores
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("cancelled")),
             qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(finished.at(0).at(2).toLongLong(), qint64(kPage));
    cache::Database db = cache::CacheFile::openReader(m_folder->databasePath());
    QCOMPARE(db.queryInt("SELECT count(*) FROM communications"), finished.at(0).at(2).toLongLong());
    QCOMPARE(db.queryInt("PRAGMA quick_check"), qint64(0)); // "ok" reads as 0
}

void TestImportJob::aFolderThatIsNoDropIsNamed()
{
    const QString missing = m_dropDir->path() + QStringLiteral("/no-such-folder");
    services::ImportJob job(m_folder->databasePath(), m_data->path(), missing);
    QSignalSpy finished(&job, &services::ImportJob::finished);
    job.start();
    // The job emits from its thread, straight into the spy: it may be done before wait() starts.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000); // generous: two suites at once on two cores
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().contains(missing), qPrintable(finished.at(0).at(1).toString()));
}

// #64: the box said "210 records imported, 2,000 lines rejected." and nothing of why.
void TestImportJob::theFirstRejectedLinesSayWhereAndWhy()
{
    QByteArray bad;
    for (int i = 0; i < services::ImportJob::kFirstRejected + 5; ++i)
        bad += "{not json\n";
    DropBuilder(m_dropDir->path()).append(QStringLiteral("communications/2026-11.ndjson"), bad);
    services::ImportJob job(m_folder->databasePath(), m_data->path(), m_dropDir->path());
    QSignalSpy rejected(&job, &services::ImportJob::rejectedLines);
    QSignalSpy finished(&job, &services::ImportJob::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.at(0).at(3).toLongLong(), qint64(services::ImportJob::kFirstRejected + 5));
    QCOMPARE(rejected.size(), 1);
    const QStringList first = rejected.at(0).at(0).toStringList();
    QCOMPARE(first.size(), services::ImportJob::kFirstRejected);
    QVERIFY2(first.at(0).startsWith(QLatin1String("communications/2026-11.ndjson:1: ")), qPrintable(first.at(0)));
    QVERIFY2(first.at(1).startsWith(QLatin1String("communications/2026-11.ndjson:2: ")), qPrintable(first.at(1)));
}

// One rule for adding a repository (#64): the window's import asks it as `repo add` does.
void TestImportJob::aNewDropIsNoRepositoryForAnAgent()
{
    const records::Identity ada{QStringLiteral("ada"), QStringLiteral("os"), {}};
    {
        cache::Database writer = cache::CacheFile::openWriter(m_folder->databasePath());
        records::grantAllRolesForDemo(writer, ada); // claimed: every role, acting as an agent below
    }
    services::ImportJob job(m_folder->databasePath(), m_data->path(), m_dropDir->path());
    job.setIdentity(ada);
    job.setAddingActor(services::Actor{ada, records::Role::Agent});
    QSignalSpy finished(&job, &services::ImportJob::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("repositor")),
             qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(finished.at(0).at(2).toLongLong(), qint64(0));
    cache::Database reader = cache::CacheFile::openReader(m_folder->databasePath());
    QCOMPARE(reader.queryInt("SELECT count(*) FROM repositories"), qint64(0));
    QCOMPARE(reader.queryInt("SELECT count(*) FROM communications"), qint64(0));
}

// #62: a tombstone put into records.sqlite by hand makes the purge after an import take nothing
// out; `proofdesk-cli import` said why, the window's import said only "imported".
void TestImportJob::aPurgeRefusedIsSaid()
{
    const auto importOnce = [this] {
        services::ImportJob job(m_folder->databasePath(), m_data->path(), m_dropDir->path());
        QSignalSpy finished(&job, &services::ImportJob::finished);
        job.start();
        // generous: two suites at once on two cores
        if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 60000))
            return std::make_pair(false, QStringLiteral("no answer"));
        return std::make_pair(finished.at(0).at(0).toBool(), finished.at(0).at(1).toString());
    };
    const auto [first, said] = importOnce();
    QVERIFY2(first, qPrintable(said));
    const QString records = QFileInfo(m_folder->databasePath()).dir().filePath(QStringLiteral("records.sqlite"));
    const QString error = test::editByHand(
        records, {QStringLiteral("INSERT INTO disposition_batches(id, approved_by, approved_at, item_count) "
                                 "VALUES ('B-1', 'mallory', 0, 1)"),
                  QStringLiteral("INSERT INTO tombstones(comm_id, batch_id, disposed_at, approved_by, record_sha256) "
                                 "VALUES ('EXS-0001', 'B-1', 0, 'mallory', 'x')")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto [ok, message] = importOnce();
    QVERIFY(!ok);
    QVERIFY2(message.contains(QLatin1String("not taken out of the cache")), qPrintable(message));
    cache::Database db = cache::CacheFile::openWriter(m_folder->databasePath());
    QCOMPARE(db.queryInt("SELECT count(*) FROM communications WHERE id = 'EXS-0001'"), 1);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
