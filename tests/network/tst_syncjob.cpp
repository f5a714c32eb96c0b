// The desktop client's sync surface in models/sync: SyncJob on its worker thread,
// "Test connection", and editing a repository's settings, against the fake CMIS server.
#include "cache/cachefile.h"
#include "cache/repositorystore.h"
#include "datafolder/datafolder.h"
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "services/syncjob.h"
#include "sync/connectiontest.h"
#include "sync/repositorysettings.h"
#include "tempdatafolder.h"

#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;
using fakeserver::Fault;

class TestSyncJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void syncJobSyncsOnItsThreadWithProgress();
    void failedSyncMarksTheRepositoryOfflineAndKeepsTheCache();
    void aHeldRecordTheRepositoryDeletedIsNamedInTheSyncsMessage_data();
    void aHeldRecordTheRepositoryDeletedIsNamedInTheSyncsMessage();
    void cancelStopsTheSyncAndKeepsWhatArrived();
    void testConnectionReadsTheFirstPageWithoutApplyingIt();
    void testConnectionNamesTheRefusedLogin();
    void editingSettingsKeepsTheNameAndResetsTheCursorOnANewAddress();
    void settingsOfValidatesThePin_data();
    void settingsOfValidatesThePin();
    void keyValueLinesBecomeSettings();

private:
    sync::RepositoryDraft cmisDraft() const;
    std::unique_ptr<services::SyncJob> job();
    // One job run to its end: finished()'s (ok, message); ok false with "no answer" if none came.
    std::pair<bool, QString> syncOnce();
    qint64 communications();

    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
    std::unique_ptr<TempDataFolder> m_data;
    std::unique_ptr<datafolder::DataFolder> m_folder;
};

void TestSyncJob::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_server->start());
    m_server->setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
    for (int i = 0; i < 30; ++i)
        m_server->addDocument(QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0')));
    m_data = std::make_unique<TempDataFolder>();
    m_folder = std::make_unique<datafolder::DataFolder>(m_data->path());
}

void TestSyncJob::cleanup()
{
    m_folder.reset();
    m_data.reset();
    m_server.reset();
}

sync::RepositoryDraft TestSyncJob::cmisDraft() const
{
    sync::RepositoryDraft d;
    d.name = QStringLiteral("ecm");
    d.kind = QStringLiteral("cmis");
    d.url = m_server->serviceUrl().toString();
    d.user = QStringLiteral("tester");
    d.password = QStringLiteral("s3cret");
    d.extra = QStringLiteral("page_size=7");
    return d;
}

std::unique_ptr<services::SyncJob> TestSyncJob::job()
{
    auto j = std::make_unique<services::SyncJob>(m_folder->databasePath(), m_data->path());
    j->setUseKeychain(false);
    j->setHttpDefaults(NetRun::fastHttp());
    return j;
}

qint64 TestSyncJob::communications()
{
    cache::Database reader = cache::CacheFile::openReader(m_folder->databasePath());
    return reader.queryInt("SELECT count(*) FROM communications");
}

void TestSyncJob::syncJobSyncsOnItsThreadWithProgress()
{
    const auto saved = sync::saveRepository(m_folder->databasePath(), cmisDraft(), std::nullopt, false);
    QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
    QVERIFY(saved.sessionOnly); // no keychain in tests: the user is told
    QVERIFY(!saved.repository->settings.contains(QStringLiteral("password")));
    auto j = job();
    QSignalSpy progress(j.get(), &services::SyncJob::progress);
    QSignalSpy finished(j.get(), &services::SyncJob::finished);
    j->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000); // emitted from the job's thread, maybe before a wait
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(communications(), 30);
    QVERIFY(progress.size() >= 5);
    QVERIFY(progress.last().at(0).toLongLong() >= 30); // records read (the change log repeats one per page)
    QVERIFY(progress.last().at(2).toLongLong() >= 5);  // pages
    const auto status = sync::listRepositories(m_folder->databasePath());
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().records, 30);
    QVERIFY(status.first().info.lastSync);
    QVERIFY(!status.first().info.offlineSince);
}

std::pair<bool, QString> TestSyncJob::syncOnce()
{
    auto j = job();
    QSignalSpy finished(j.get(), &services::SyncJob::finished);
    j->start();
    // Emitted from the job's thread, maybe before a wait() would start: wait() would miss it.
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 10000))
        return {false, QStringLiteral("no answer within 10 s")};
    return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

void TestSyncJob::failedSyncMarksTheRepositoryOfflineAndKeepsTheCache()
{
    QVERIFY(sync::saveRepository(m_folder->databasePath(), cmisDraft(), std::nullopt, false).repository);
    QVERIFY(syncOnce().first);
    m_server->addDocument(QStringLiteral("NEW"));
    m_server->setFaultHook([](const fakeserver::Request &) { return Fault::httpStatus(503); });
    const auto [ok, message] = syncOnce();
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("ecm")), qPrintable(message));
    QCOMPARE(communications(), 30);
    const auto status = sync::listRepositories(m_folder->databasePath()).first();
    QVERIFY(status.info.offlineSince);
    QVERIFY(!status.info.lastError.isEmpty());
}

void TestSyncJob::aHeldRecordTheRepositoryDeletedIsNamedInTheSyncsMessage_data()
{
    QTest::addColumn<QString>("deleted");
    QTest::addColumn<bool>("told");
    QTest::newRow("a held one") << QStringLiteral("D001") << true;
    QTest::newRow("one under no hold") << QStringLiteral("D002") << false;
}

// The desktop's "Sync now" says so when the repository deleted a held communication (#25 item 12).
void TestSyncJob::aHeldRecordTheRepositoryDeletedIsNamedInTheSyncsMessage()
{
    QFETCH(QString, deleted);
    QFETCH(bool, told);
    QVERIFY(sync::saveRepository(m_folder->databasePath(), cmisDraft(), std::nullopt, false).repository);
    QVERIFY(syncOnce().first);
    {
        cache::Database writer = cache::CacheFile::openWriter(m_folder->databasePath());
        writer.exec("INSERT INTO rec.holds(id, name, reason, created_by, created_at) VALUES "
                    "('HOLD-1', 'Litigation', 'test', 'tester', 0)");
        writer.exec(
            "INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) VALUES('HOLD-1', 'D001', 0, 'tester')");
    }
    m_server->deleteDocument(deleted);
    const auto [ok, message] = syncOnce();
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(message.contains(QStringLiteral("deleted in the repository")), told);
    QCOMPARE(communications(), told ? 30 : 29);
}

void TestSyncJob::cancelStopsTheSyncAndKeepsWhatArrived()
{
    QVERIFY(sync::saveRepository(m_folder->databasePath(), cmisDraft(), std::nullopt, false).repository);
    m_server->setFaultHook([](const fakeserver::Request &) {
        Fault f = Fault::of(Fault::Delay);
        f.delayMs = 60;
        return f;
    });
    auto j = job();
    QSignalSpy progress(j.get(), &services::SyncJob::progress);
    QSignalSpy finished(j.get(), &services::SyncJob::finished);
    j->start();
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000); // from the job's thread too
    j->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000); // emitted from the job's thread, maybe before a wait
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
    const qint64 kept = communications();
    QVERIFY2(kept > 0 && kept < 30, qPrintable(QString::number(kept)));
}

void TestSyncJob::testConnectionReadsTheFirstPageWithoutApplyingIt()
{
    const auto saved = sync::saveRepository(m_folder->databasePath(), cmisDraft(), std::nullopt, false);
    const auto result = sync::testConnection(*saved.repository, m_data->path(), false, NetRun::fastHttp());
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.records, 7);
    QVERIFY(result.more);
    QVERIFY(result.message.contains(QStringLiteral("ecm")));
    QCOMPARE(communications(), 0);
    QVERIFY(sync::listRepositories(m_folder->databasePath()).first().info.cursor.isEmpty());
}

void TestSyncJob::testConnectionNamesTheRefusedLogin()
{
    auto draft = cmisDraft();
    draft.password = QStringLiteral("wrong");
    const auto saved = sync::saveRepository(m_folder->databasePath(), draft, std::nullopt, false);
    sync::ConnectionTestJob test(*saved.repository, m_data->path());
    test.setUseKeychain(false);
    test.setHttpDefaults(NetRun::fastHttp());
    QSignalSpy finished(&test, &sync::ConnectionTestJob::finished);
    test.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000); // emitted from the job's thread, maybe before a wait
    QVERIFY(!finished.first().at(0).toBool());
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("ecm")) && message.contains(QStringLiteral("401")), qPrintable(message));
}

void TestSyncJob::editingSettingsKeepsTheNameAndResetsTheCursorOnANewAddress()
{
    cache::Database writer = cache::CacheFile::openWriter(m_folder->databasePath());
    cache::RepositoryStore store(writer);
    const auto repo = store.add(QStringLiteral("r"), QStringLiteral("cmis"), QStringLiteral("https://a.example/x"));
    writer.prepare("UPDATE repositories SET cursor = 'c1' WHERE id = ?1").bind(1, repo.id).run();
    QVERIFY(store.update(repo.id, QStringLiteral("https://a.example/x"), {{QStringLiteral("page_size"), 5}}));
    QCOMPARE(store.findById(repo.id)->cursor, QByteArray("c1"));
    QCOMPARE(store.findById(repo.id)->settings.value(QStringLiteral("page_size")).toInt(), 5);
    QVERIFY(store.update(repo.id, QStringLiteral("https://b.example/x"), {}));
    QVERIFY(store.findById(repo.id)->cursor.isEmpty());
    QCOMPARE(store.findById(repo.id)->name, QStringLiteral("r"));
    QVERIFY(!store.update(repo.id + 100, QStringLiteral("u"), {}));
}

void TestSyncJob::settingsOfValidatesThePin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("no pin") << QString() << true;
    QTest::newRow("hex") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("colons") << QStringList(32, QStringLiteral("AB")).join(QLatin1Char(':')) << true;
    QTest::newRow("too short") << QStringLiteral("abcd") << false;
}

void TestSyncJob::settingsOfValidatesThePin()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    auto draft = cmisDraft();
    draft.pin = pin;
    QString error;
    const auto settings = sync::settingsOf(draft, &error);
    QCOMPARE(settings.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestSyncJob::keyValueLinesBecomeSettings()
{
    auto draft = cmisDraft();
    draft.mapping = QStringLiteral("customer_id = acme:cust\n# a comment\n\nchannel=acme:channel");
    draft.extra = QStringLiteral("page_size=50\nquery=SELECT * FROM acme:doc\nstrict=true");
    QString error;
    const auto settings = sync::settingsOf(draft, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->value(QStringLiteral("mapping")).toObject().value(QStringLiteral("customer_id")).toString(),
             QStringLiteral("acme:cust"));
    QCOMPARE(settings->value(QStringLiteral("page_size")).toInt(), 50);
    QCOMPARE(settings->value(QStringLiteral("strict")).toBool(), true);
    QCOMPARE(settings->value(QStringLiteral("user")).toString(), QStringLiteral("tester"));
    // And back: the form shows what was saved.
    cache::RepositoryInfo info;
    info.kind = QStringLiteral("cmis");
    info.settings = *settings;
    const auto back = sync::draftOf(info);
    QVERIFY(back.mapping.contains(QStringLiteral("customer_id=acme:cust")));
    QVERIFY(!back.extra.contains(QStringLiteral("user=")));
    draft.extra = QStringLiteral("no equals sign");
    QVERIFY(!sync::settingsOf(draft, &error));
    QVERIFY2(error.contains(QStringLiteral("Line 1")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSyncJob)
#include "tst_syncjob.moc"
