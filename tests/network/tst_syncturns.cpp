// Two syncs of one repository (issue #63 item 1), against the fake CMIS server over real HTTP.
// A desk in the change-log phase; object X changes; sync S2 reads X (its answer held back);
// meanwhile X is deleted and other objects change; sync S1 runs. Side by side, S1 removed X and
// S2's late page wrote it back with an older cursor: X live for good, one letter more than the
// repository. Through SyncService the second sync waits for the first; with that turn bypassed
// (two engines on two connections), the late page is refused by the cursor's compare-and-set.
#include "fakeaspaceserver.h"
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "services/syncservice.h"

#include <QTest>
#include <atomic>
#include <chrono>
#include <functional>
#include <future>

using namespace proofdesk;

class TestSyncTurns : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aLatePageNeverBringsADeletionBack_data();
    void aLatePageNeverBringsADeletionBack();
    void anArchivesSpaceLatePageNeverBringsADeletionBack_data();
    void anArchivesSpaceLatePageNeverBringsADeletionBack();

private:
    std::unique_ptr<fakeserver::FakeCmisServer> m_cmis;
};

namespace {

constexpr int kDocuments = 30;
const QString kX = QStringLiteral("D007");

QString docId(int i) { return QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0')); }

// Patient enough to wait for an answer held back for as long as the other sync takes.
sync::HttpOptions patientHttp()
{
    sync::HttpOptions o = NetRun::fastHttp();
    o.timeoutMs = 60000;
    return o;
}

// One sync on a connection of its own: through SyncService (its turn taken) or its engine
// alone (the turn bypassed, as an older build beside this one would).
sync::SyncReport syncOnce(const QString &dataDir, qint64 repoId, bool throughService,
                          std::atomic_bool *waited = nullptr)
{
    datafolder::DataFolder folder(dataDir);
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    const cache::RepositoryInfo repo = *cache::RepositoryStore(writer).findById(repoId);
    if (throughService) {
        services::SyncService service(writer, folder.contentStore(), dataDir,
                                      records::Identity{QStringLiteral("alice"), QStringLiteral("Alice"), {}});
        service.setUseKeychain(false);
        service.setHttpDefaults(patientHttp());
        service.setWaitingForTurn([waited](const QString &) {
            if (waited)
                *waited = true;
        });
        return service.sync({repo}).repositories.value(0).report;
    }
    sync::ConnectorEnvironment env;
    env.dataDir = dataDir;
    env.credentials = sync::CredentialStore(false);
    env.httpDefaults = patientHttp();
    auto connector = sync::createConnector(repo, folder.contentStore(), env);
    sync::SyncEngine engine(writer);
    return engine.sync(repo, *connector);
}

bool readsX(const fakeserver::Request &r)
{
    const QString q = r.query(QStringLiteral("q"));
    return q.contains(QLatin1String(" IN (")) && q.contains(kX);
}

// The race itself: the late sync started and seen waiting on its held answer, `meanwhile` done
// (the deletion), the other sync started and seen to wait for its turn (or, the turn bypassed, to
// run through), then the held answer released. Each sync's end is checked here.
void race(fakeserver::FakeHttpServer &server, const QString &dataDir, qint64 repoId, bool throughService,
          const std::function<void()> &meanwhile)
{
    // Threads of their own: the global pool of a two-core machine has two, both taken by the
    // late sync and its fetch.
    std::future<sync::SyncReport> late =
        std::async(std::launch::async, [=] { return syncOnce(dataDir, repoId, throughService); });
    QTRY_COMPARE_WITH_TIMEOUT(server.heldAnswers(), 1, 30000);
    meanwhile();
    std::atomic_bool waited{false};
    std::future<sync::SyncReport> other =
        std::async(std::launch::async, [=, &waited] { return syncOnce(dataDir, repoId, throughService, &waited); });
    const auto finished = [&other] { return other.wait_for(std::chrono::seconds(0)) == std::future_status::ready; };
    QTRY_VERIFY_WITH_TIMEOUT(waited || finished(), 30000);
    server.releaseHeld();
    const sync::SyncReport lateReport = late.get();
    const sync::SyncReport otherReport = other.get();
    QCOMPARE(bool(waited), throughService);
    QVERIFY2(otherReport.ok(), qPrintable(otherReport.error));
    if (throughService)
        QVERIFY2(lateReport.ok(), qPrintable(lateReport.error));
    else
        QVERIFY2(lateReport.error.contains(QLatin1String("moved its cursor on")), qPrintable(lateReport.error));
}

} // namespace

void TestSyncTurns::init()
{
    m_cmis = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_cmis->start());
    m_cmis->setChangesCapability(QStringLiteral("objectidsonly")); // changed objects are read by id
}

void TestSyncTurns::cleanup() { m_cmis.reset(); }

void TestSyncTurns::aLatePageNeverBringsADeletionBack_data()
{
    QTest::addColumn<bool>("throughService");
    QTest::newRow("SyncService: the second sync waits its turn") << true;
    QTest::newRow("the turn bypassed: the cursor is compare-and-set") << false;
}

void TestSyncTurns::aLatePageNeverBringsADeletionBack()
{
    QFETCH(bool, throughService);
    for (int i = 0; i < kDocuments; ++i)
        m_cmis->addDocument(docId(i), {{QStringLiteral("exs:customerId"), QStringLiteral("C-%1").arg(i)}});
    NetRun run(QStringLiteral("cmis"), m_cmis->serviceUrl(),
               QJsonObject{{QStringLiteral("page_size"), 7}, {QStringLiteral("read_ahead"), 0}});
    for (int i = 0; i < 2; ++i) { // the crawl, then a sync in the change-log phase
        const auto first = run.sync();
        QVERIFY2(first.ok(), qPrintable(first.error));
    }
    QCOMPARE(run.count("SELECT count(*) FROM communications"), qint64(kDocuments));

    m_cmis->updateDocument(kX, {{QStringLiteral("exs:customerId"), QStringLiteral("C-X")}});
    std::atomic_bool heldOne{false};
    m_cmis->holdAnswers([&heldOne](const fakeserver::Request &r) { return readsX(r) && !heldOne.exchange(true); });
    race(*m_cmis, run.data.path(), run.repo.id, throughService, [this] {
        m_cmis->deleteDocument(kX);
        for (int i = 20; i < 29; ++i)
            m_cmis->updateDocument(docId(i), {{QStringLiteral("exs:customerId"), QStringLiteral("C-new-%1").arg(i)}});
    });
    if (QTest::currentTestFailed())
        return;

    const auto live = [&] {
        return run.writer.queryInt(QStringLiteral("SELECT count(*) FROM communications WHERE rendition_path = '%1'")
                                       .arg(kX)
                                       .toUtf8()
                                       .constData());
    };
    QCOMPARE(live(), qint64(0));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), qint64(m_cmis->documentCount()));
    const auto third = run.sync();
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(live(), qint64(0));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), qint64(m_cmis->documentCount()));
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE customer_id LIKE 'C-new-%'"), qint64(9));
}

void TestSyncTurns::anArchivesSpaceLatePageNeverBringsADeletionBack_data() { aLatePageNeverBringsADeletionBack_data(); }

// The same race against ArchivesSpace (the issue: 197 letters against the repository's 196): the
// late sync's read of the changed object (id_set) held while the object is deleted and the
// other sync reads the delete feed.
void TestSyncTurns::anArchivesSpaceLatePageNeverBringsADeletionBack()
{
    QFETCH(bool, throughService);
    fakeserver::FakeAspaceServer aspace;
    QVERIFY(aspace.start());
    aspace.setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids << aspace.addObject();
    NetRun run(QStringLiteral("archivesspace"), aspace.baseUrl());
    const auto first = run.sync();
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), qint64(ids.size()));

    const qint64 x = ids.at(3);
    aspace.updateObject(x, {{QStringLiteral("title"), QStringLiteral("changed")}});
    std::atomic_bool heldOne{false};
    aspace.holdAnswers([&heldOne, x](const fakeserver::Request &r) {
        return r.query(QStringLiteral("id_set")).split(QLatin1Char(',')).contains(QString::number(x))
               && !heldOne.exchange(true);
    });
    race(aspace, run.data.path(), run.repo.id, throughService, [&aspace, x] { aspace.deleteObject(x); });
    if (QTest::currentTestFailed())
        return;
    const QString uri = QStringLiteral("/repositories/2/digital_objects/%1").arg(x);
    const auto live = [&] {
        return run.writer.queryInt(
            QStringLiteral("SELECT count(*) FROM communications WHERE id = '%1'").arg(uri).toUtf8().constData());
    };
    QCOMPARE(live(), qint64(0));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), qint64(ids.size() - 1));
    const auto third = run.sync();
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(live(), qint64(0));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), qint64(ids.size() - 1));
}

QTEST_GUILESS_MAIN(TestSyncTurns)
#include "tst_syncturns.moc"
