// Where a sync could lose records ("Repositories as they really are"), against the fake
// CMIS and ArchivesSpace servers over real HTTP: deletions keyed on the repository's own
// identity even when `id` is mapped to a business property, resyncs that delete only what a
// complete listing proves gone, a first crawl that survives deletions under it, held
// communications the repository purges, and a repository refusing its own latest token.
#include "audit/audittrail.h"
#include "cache/holdsql.h"
#include "fakeaspaceserver.h"
#include "fakecmisserver.h"
#include "networkfixture.h"

#include <QJsonArray>
#include <QTest>
#include <atomic>

using namespace proofdesk;
using fakeserver::Fault;

class TestSyncDataLoss : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cmisDeletionsKeyOnTheObjectId_data();
    void cmisDeletionsKeyOnTheObjectId();
    void aspaceDeletionsKeyOnTheRecordUri_data();
    void aspaceDeletionsKeyOnTheRecordUri();
    void incompleteListingDeletesNothing_data();
    void incompleteListingDeletesNothing();
    void firstCrawlSurvivesConcurrentChanges_data();
    void firstCrawlSurvivesConcurrentChanges();
    void heldCommunicationIsNeverPurged_data();
    void heldCommunicationIsNeverPurged();
    void refusedLatestTokenStopsWithAClearError();

private:
    void populate(int count, const QJsonObject &extra = {});
    QStringList cachedIds(NetRun &run);
    std::unique_ptr<fakeserver::FakeCmisServer> m_cmis;
    std::unique_ptr<fakeserver::FakeAspaceServer> m_aspace;
};

namespace {

QString docId(int i) { return QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0')); }
QString docNo(int i) { return QStringLiteral("DN-%1").arg(i, 3, 10, QLatin1Char('0')); }

// Small pages, so that a few dozen documents take several requests.
QJsonObject cmisSettings(bool mapped)
{
    QJsonObject s{{QStringLiteral("page_size"), 7}, {QStringLiteral("read_ahead"), 0}};
    if (mapped)
        s.insert(QStringLiteral("mapping"), QJsonObject{{QStringLiteral("id"), QStringLiteral("acme:docNo")}});
    return s;
}

bool isCrawlQuery(const fakeserver::Request &r)
{
    const QString q = r.query(QStringLiteral("q"));
    return r.query(QStringLiteral("cmisselector")) == QLatin1String("query") && q.startsWith(QLatin1String("SELECT * "))
           && q.contains(QLatin1String("ORDER BY cmis:creationDate")) && !q.contains(QLatin1String(" IN ("));
}

bool isIdListing(const fakeserver::Request &r)
{
    return r.query(QStringLiteral("q")).startsWith(QLatin1String("SELECT cmis:objectId"));
}

} // namespace

void TestSyncDataLoss::init()
{
    m_cmis = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_cmis->start());
    m_aspace = std::make_unique<fakeserver::FakeAspaceServer>();
    QVERIFY(m_aspace->start());
    m_aspace->setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
}

void TestSyncDataLoss::cleanup()
{
    m_cmis.reset();
    m_aspace.reset();
}

void TestSyncDataLoss::populate(int count, const QJsonObject &extra)
{
    for (int i = 0; i < count; ++i) {
        QJsonObject props = extra;
        props.insert(QStringLiteral("acme:docNo"), docNo(i));
        props.insert(QStringLiteral("exs:customerId"), QStringLiteral("C-%1").arg(i));
        m_cmis->addDocument(docId(i), props);
    }
}

QStringList TestSyncDataLoss::cachedIds(NetRun &run)
{
    QStringList ids;
    cache::Statement st = run.writer.prepare("SELECT rendition_path FROM communications ORDER BY 1");
    while (st.step())
        ids << st.columnText(0);
    return ids;
}

void TestSyncDataLoss::cmisDeletionsKeyOnTheObjectId_data()
{
    QTest::addColumn<bool>("mapped");
    QTest::addColumn<QString>("how");
    QTest::newRow("change log, id is the object id") << false << QStringLiteral("log");
    QTest::newRow("change log, id mapped to acme:docNo") << true << QStringLiteral("log");
    QTest::newRow("refused token resync, id mapped to acme:docNo") << true << QStringLiteral("refused");
    QTest::newRow("truncated log resync, id mapped to acme:docNo") << true << QStringLiteral("truncated");
}

// A cmis:objectId from the change log or the resync's listing names the object, whatever
// the mapping made its communication id; a resync never mistakes docNos for vanished ids.
void TestSyncDataLoss::cmisDeletionsKeyOnTheObjectId()
{
    QFETCH(bool, mapped);
    QFETCH(QString, how);
    populate(12);
    NetRun run(QStringLiteral("cmis"), m_cmis->serviceUrl(), cmisSettings(mapped));
    const auto first = run.sync();
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 12);

    m_cmis->deleteDocument(docId(2));
    m_cmis->addDocument(QStringLiteral("D200"), {{QStringLiteral("acme:docNo"), QStringLiteral("DN-200")}});
    if (how != QLatin1String("log"))
        m_cmis->truncateLog();
    m_cmis->setRefuseOldTokens(how == QLatin1String("refused"));
    const auto second = run.sync();
    QVERIFY2(second.ok(), qPrintable(second.error));
    const QString gone = mapped ? docNo(2) : docId(2);
    QCOMPARE(run.writer.queryInt(
                 QStringLiteral("SELECT count(*) FROM communications WHERE id = '%1'").arg(gone).toUtf8().constData()),
             0);
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 12);
    QCOMPARE(cachedIds(run), [] {
        QStringList l;
        for (int i : {0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11})
            l << docId(i);
        return l << QStringLiteral("D200");
    }());
}

void TestSyncDataLoss::aspaceDeletionsKeyOnTheRecordUri_data()
{
    QTest::addColumn<bool>("mapped");
    QTest::addColumn<bool>("suppress");
    QTest::newRow("delete feed, id is the uri") << false << false;
    QTest::newRow("delete feed, id mapped to digital_object_id") << true << false;
    QTest::newRow("suppressed, id mapped to digital_object_id") << true << true;
}

void TestSyncDataLoss::aspaceDeletionsKeyOnTheRecordUri()
{
    QFETCH(bool, mapped);
    QFETCH(bool, suppress);
    QJsonObject settings;
    if (mapped)
        settings.insert(QStringLiteral("mapping"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("digital_object_id")}});
    const qint64 a = m_aspace->addObject();
    m_aspace->addObject();
    m_aspace->addObject();
    NetRun run(QStringLiteral("archivesspace"), m_aspace->baseUrl(), settings);
    QVERIFY(run.sync().ok());
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 3);
    suppress ? m_aspace->suppress(a) : m_aspace->deleteObject(a);
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.result.deleted, 1);
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 2);
    const QString gone =
        mapped ? QStringLiteral("DO-%1").arg(a) : QStringLiteral("/repositories/2/digital_objects/%1").arg(a);
    QCOMPARE(run.writer.queryInt(
                 QStringLiteral("SELECT count(*) FROM communications WHERE id = '%1'").arg(gone).toUtf8().constData()),
             0);
}

void TestSyncDataLoss::incompleteListingDeletesNothing_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("a listing page is empty while more is claimed") << QStringLiteral("empty");
    QTest::newRow("a listing page is cut short (malformed)") << QStringLiteral("truncate");
    QTest::newRow("the listing fails every time") << QStringLiteral("500");
}

// A resync's id listing is the proof that something is gone: one that stopped short (an
// error, or a page that claims more but brings nothing) proves nothing and deletes nothing.
void TestSyncDataLoss::incompleteListingDeletesNothing()
{
    QFETCH(QString, fault);
    populate(40);
    NetRun run(QStringLiteral("cmis"), m_cmis->serviceUrl(), cmisSettings(false));
    QVERIFY(run.sync().ok());
    m_cmis->addDocument(QStringLiteral("D300"));
    m_cmis->truncateLog(); // the next sync re-crawls and lists every id
    auto listings = std::make_shared<std::atomic_int>(0);
    m_cmis->setFaultHook([fault, listings](const fakeserver::Request &r) {
        if (!isIdListing(r) || listings->fetch_add(1) != 1)
            return fault == QLatin1String("500") && isIdListing(r) ? Fault::httpStatus(500) : Fault();
        if (fault == QLatin1String("500"))
            return Fault::httpStatus(500);
        if (fault == QLatin1String("truncate"))
            return Fault::of(Fault::TruncateBody);
        Fault f = Fault::of(Fault::Transform);
        f.transform = [](const QByteArray &) { return QByteArray(R"({"results":[],"hasMoreItems":true})"); };
        return f;
    });
    const auto report = run.sync();
    QVERIFY2(!report.ok(), "a resync whose listing stopped short reported success");
    QCOMPARE(report.result.deleted, 0);
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE id LIKE 'D0%'"), 40);
    m_cmis->clearFaults();
    const auto again = run.sync();
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 41);
}

void TestSyncDataLoss::firstCrawlSurvivesConcurrentChanges_data()
{
    QTest::addColumn<int>("deletions");
    QTest::addColumn<int>("additions");
    QTest::newRow("10 crawled documents deleted mid-crawl") << 10 << 0;
    QTest::newRow("5 documents added mid-crawl") << 0 << 5;
    QTest::newRow("both at once") << 10 << 5;
}

// Deleting documents the crawl has passed shifts every later one left by as many places:
// paged by skipCount, the crawl steps over live documents, and the change log does not
// bring them back (they did not change). The cache must end holding exactly what lives.
void TestSyncDataLoss::firstCrawlSurvivesConcurrentChanges()
{
    QFETCH(int, deletions);
    QFETCH(int, additions);
    populate(60);
    auto crawlPages = std::make_shared<std::atomic_int>(0);
    fakeserver::FakeCmisServer *server = m_cmis.get();
    m_cmis->setFaultHook([=](const fakeserver::Request &r) {
        if (isCrawlQuery(r) && crawlPages->fetch_add(1) == 3) {
            for (int i = 0; i < deletions; ++i)
                server->deleteDocument(docId(i));
            for (int i = 0; i < additions; ++i)
                server->addDocument(docId(500 + i), {{QStringLiteral("acme:docNo"), docNo(500 + i)}});
        }
        return Fault();
    });
    NetRun run(QStringLiteral("cmis"), m_cmis->serviceUrl(), cmisSettings(false));
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(*crawlPages > 3);
    QStringList live = m_cmis->documentIds();
    std::sort(live.begin(), live.end());
    QCOMPARE(cachedIds(run), live);
}

void TestSyncDataLoss::heldCommunicationIsNeverPurged_data()
{
    QTest::addColumn<QString>("hold");
    QTest::addColumn<bool>("mapped");
    QTest::addColumn<bool>("resync");
    QTest::newRow("item hold, deleted in the change log") << QStringLiteral("item") << false << false;
    QTest::newRow("item hold, id mapped, deleted in the change log") << QStringLiteral("item") << true << false;
    QTest::newRow("scope hold on the customer, gone at a resync") << QStringLiteral("scope") << false << true;
    QTest::newRow("repository hold (cmis:rm_holdIds), deleted in the change log")
        << QStringLiteral("repository") << false << false;
}

// A hold blocks purging (DESIGN.md "Records rules"): the repository deleting a held
// communication leaves it in the cache, marked deleted in the repository, in the hold's
// members, with one system entry in the audit trail. An unheld one deleted with it goes.
void TestSyncDataLoss::heldCommunicationIsNeverPurged()
{
    QFETCH(QString, hold);
    QFETCH(bool, mapped);
    QFETCH(bool, resync);
    populate(5);
    if (hold == QLatin1String("repository"))
        m_cmis->updateDocument(
            docId(1), {{QStringLiteral("cmis:secondaryObjectTypeIds"), QJsonArray{QStringLiteral("cmis:rm_hold")}},
                       {QStringLiteral("cmis:rm_holdIds"), QJsonArray{QStringLiteral("RH-1")}}});
    NetRun run(QStringLiteral("cmis"), m_cmis->serviceUrl(), cmisSettings(mapped));
    QVERIFY(run.sync().ok());
    const QString held = mapped ? docNo(1) : docId(1);
    const QString unheld = mapped ? docNo(2) : docId(2);
    run.writer.exec(
        QStringLiteral("INSERT INTO rec.holds(id, name, reason, created_by, created_at, scope_field, scope_value) "
                       "VALUES('H-1', 'Dispute', 'complaint', 'rm', 0, %1, %2)")
            .arg(hold == QLatin1String("scope") ? QStringLiteral("'customer_id'") : QStringLiteral("NULL"),
                 hold == QLatin1String("scope") ? QStringLiteral("'C-1'") : QStringLiteral("NULL"))
            .toUtf8()
            .constData());
    if (hold == QLatin1String("item"))
        run.writer.exec(
            QStringLiteral(
                "INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) VALUES('H-1', '%1', 0, 'rm')")
                .arg(held)
                .toUtf8()
                .constData());

    m_cmis->deleteDocument(docId(1));
    m_cmis->deleteDocument(docId(2));
    if (resync)
        m_cmis->truncateLog();
    for (int pass = 0; pass < 2; ++pass) { // a second sync neither purges nor audits again
        const auto report = run.sync();
        QVERIFY2(report.ok(), qPrintable(report.error));
        const QByteArray where = QStringLiteral("WHERE id = '%1'").arg(held).toUtf8();
        QCOMPARE(run.writer.queryInt(QByteArray("SELECT count(*) FROM communications " + where).constData()), 1);
        QCOMPARE(run.writer.queryInt(
                     QByteArray("SELECT count(*) FROM communications " + where + " AND repo_deleted_at IS NOT NULL")
                         .constData()),
                 1);
        QCOMPARE(
            run.writer.queryInt(
                QStringLiteral("SELECT count(*) FROM communications WHERE id = '%1'").arg(unheld).toUtf8().constData()),
            0);
        QCOMPARE(run.count("SELECT count(*) FROM communications"), 4); // 5, one purged, one kept
        audit::AuditFilter filter;
        filter.action = QStringLiteral("repository.delete_held");
        const auto entries = audit::AuditTrail(run.writer).entries(filter);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().objectId, held);
        QCOMPARE(entries.first().role, QStringLiteral("system"));
    }
    if (hold != QLatin1String("repository")) { // `hold list` reads the hold's members
        cache::Statement members =
            run.writer.prepare(QStringLiteral("SELECT count(*) FROM (%1)").arg(cache::holdsql::holdMemberRowIds()));
        for (int i = 1; i <= cache::holdsql::memberParameterCount(); ++i)
            members.bind(i, QStringLiteral("H-1"));
        QVERIFY(members.step());
        QCOMPARE(members.columnInt(0), 1);
    }
}

// A repository that refuses even the token it just gave as its latest would have the client
// crawl again and again: one crawl, then a clear error, and no crawl on the next sync while
// the repository's latest token is still the refused one.
void TestSyncDataLoss::refusedLatestTokenStopsWithAClearError()
{
    populate(5);
    m_cmis->setRefuseAllTokens(true);
    auto crawls = std::make_shared<std::atomic_int>(0);
    std::atomic_bool cancel{false};
    m_cmis->setFaultHook([crawls, &cancel](const fakeserver::Request &r) {
        if (isCrawlQuery(r) && crawls->fetch_add(1) >= 6)
            cancel = true; // before the fix: endless crawls; stop the test's sync
        return Fault();
    });
    NetRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    for (int pass = 0; pass < 2; ++pass) {
        run.repo = *cache::RepositoryStore(run.writer).findById(run.repo.id);
        auto connector = run.connector();
        const auto report = sync::SyncEngine(run.writer).sync(run.repo, *connector, {}, &cancel);
        QVERIFY2(!report.cancelled, "the client kept crawling");
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(QStringLiteral("refused")) && report.error.contains(QStringLiteral("latest")),
                 qPrintable(report.error));
        QCOMPARE(crawls->load(), 1);
        QCOMPARE(run.count("SELECT count(*) FROM communications"), 5);
    }
    m_cmis->setRefuseAllTokens(false);
    m_cmis->addDocument(QStringLiteral("D100"));
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 6);
}

QTEST_GUILESS_MAIN(TestSyncDataLoss)
#include "tst_syncdataloss.moc"
