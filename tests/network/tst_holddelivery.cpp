// Holds reach every repository object they cover (issue #14, point 3), end to end against
// the fake CMIS and ArchivesSpace servers on loopback: the records service queues a hold,
// the outbox dispatcher delivers it object by object through the real connectors. Each
// object once (the servers count updates), addressed by the repository's own identity,
// releases and removals after holds, conflicts read again, gone objects refused and
// counted, an unreachable repository tried again later, and a run stopped part-way resumed
// without updating any object twice.
#include "fakeaspaceserver.h"
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "records/connectorsender.h"
#include "records/holddeliveries.h"
#include "records/holddeliverycounts.h"
#include "records/holdregister.h"
#include "records/holdservice.h"
#include "records/outbox.h"
#include "records/outboxdispatcher.h"
#include "records/rolegrants.h"
#include "records/session.h"

#include <QJsonArray>
#include <QTest>

using namespace proofdesk;
using fakeserver::Fault;

namespace {

// A data folder synced from one network repository, a records manager acting on it, and
// a dispatcher whose connectors have the fixture's test patience.
struct HoldRun : NetRun
{
    using NetRun::NetRun;

    records::RecordsSession recordsManager()
    {
        records::grantAsSystem(writer, records::Identity{QStringLiteral("rita"), QStringLiteral("os"), {}},
                               {records::Role::Records}, QStringLiteral("test setup"));
        return records::RecordsSession::open(
            writer, records::Identity{QStringLiteral("rita"), QStringLiteral("os"), {}}, records::Role::Records);
    }
    records::FlushReport flush(const records::RecordsSession &session, records::HoldDeliveryObserver observer = {})
    {
        records::OutboxDispatcher dispatcher(session, records::OutboxDispatcher::RequestsKept::InThisFolder);
        dispatcher.setSenderFactory(
            [this](const cache::RepositoryInfo &repository) -> std::unique_ptr<records::OutboxSender> {
                sync::ConnectorEnvironment env;
                env.dataDir = data.path();
                env.credentials = sync::CredentialStore(false);
                env.httpDefaults = fastHttp();
                return std::make_unique<records::ConnectorSender>(
                    sync::createConnector(repository, folder.contentStore(), env));
            });
        dispatcher.setDeliveryObserver(std::move(observer));
        return dispatcher.flush();
    }
    QStringList ids(const char *where = "1")
    {
        QStringList out;
        cache::Statement st = writer.prepare(
            QStringLiteral("SELECT id FROM communications WHERE %1 ORDER BY id").arg(QLatin1String(where)));
        while (st.step())
            out << st.columnText(0);
        return out;
    }
    records::HoldDeliveryCount counts(const QString &holdId)
    {
        const auto hold = records::HoldRegister(writer).find(holdId);
        return hold && !hold->deliveries.isEmpty() ? hold->deliveries.first() : records::HoldDeliveryCount();
    }
    // Reopens the writer, as a new process after a crash would.
    void reopen()
    {
        writer.close();
        writer = cache::CacheFile::openWriter(folder.databasePath());
    }
};

records::HoldSpec holdOf(const QStringList &ids)
{
    return {QStringLiteral("Claim CLM-88812"), {}, QStringLiteral("litigation"), ids, {}, {}, {}};
}

QStringList holdIdsOf(const QJsonObject &properties)
{
    QStringList out;
    for (const QJsonValue &v : properties.value(QStringLiteral("cmis:rm_holdIds")).toArray())
        out << v.toString();
    return out;
}

QString objectOf(int i) { return QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0')); }

} // namespace

class TestHoldDelivery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oldWholeHoldTargetIsNoObject();
    void holdReachesEveryObjectOnce_data();
    void holdReachesEveryObjectOnce();
    void releaseTakesOnlyItsHoldOff();
    void removingAnItemReleasesThatObjectOnly();
    void releaseQueuedDuringSendingArrivesAfterTheHold();
    void conflictIsReadAgainAndReapplied();
    void refusedObjectIsCountedNotRetried_data();
    void refusedObjectIsCountedNotRetried();
    void unreachableRepositoryIsTriedAgainLater_data();
    void unreachableRepositoryIsTriedAgainLater();
    void stoppedPartWayResumesWithEachObjectUpdatedOnce();
    void holdQueuedByAnOlderVersionReachesEveryObject();
    void scopeHoldReachesObjectsThatArriveLater();
    void aspaceHoldSetsTheFieldWithLockVersion();
    void aspaceFlagStaysWhileAnotherHoldWantsIt();
    void aspaceGoneRecordIsRefused();

private:
    void populate(int count, const QJsonObject &extra = {});
    std::unique_ptr<fakeserver::FakeCmisServer> m_cmis;
    std::unique_ptr<fakeserver::FakeAspaceServer> m_aspace;
};

void TestHoldDelivery::init()
{
    m_cmis = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_cmis->start());
    m_aspace = std::make_unique<fakeserver::FakeAspaceServer>();
    QVERIFY(m_aspace->start());
    m_aspace->setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
}

void TestHoldDelivery::cleanup()
{
    m_cmis.reset();
    m_aspace.reset();
}

void TestHoldDelivery::populate(int count, const QJsonObject &extra)
{
    for (int i = 0; i < count; ++i) {
        QJsonObject properties = extra;
        properties.insert(QStringLiteral("exs:docNo"), QStringLiteral("DN-%1").arg(i));
        m_cmis->addDocument(objectOf(i), properties);
    }
}

// What the issue found: the hold id used as an object id is no object at all. The
// connector refuses it (404) rather than retrying it forever.
void TestHoldDelivery::oldWholeHoldTargetIsNoObject()
{
    populate(2);
    NetRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    auto connector = run.connector();
    const auto sent = connector->send({1, QStringLiteral("hold"), QStringLiteral("HOLD-EB9B4277B5ED"),
                                       QStringLiteral("HOLD-EB9B4277B5ED.r1.repo1"),
                                       R"({"hold_id": "HOLD-EB9B4277B5ED", "communications": ["D000", "D001"]})"});
    QCOMPARE(sent.status, sync::SendResult::Status::Rejected);
    QVERIFY2(sent.message.contains(QStringLiteral("404")), qPrintable(sent.message));
    QVERIFY(holdIdsOf(m_cmis->properties(objectOf(0))).isEmpty());
}

void TestHoldDelivery::holdReachesEveryObjectOnce_data()
{
    QTest::addColumn<int>("objects");
    QTest::addColumn<bool>("mappedId");
    QTest::newRow("one object") << 1 << false;
    QTest::newRow("25 objects over several pages of the queue") << 25 << false;
    QTest::newRow("id mapped to a business property (acme docNo)") << 7 << true;
}

void TestHoldDelivery::holdReachesEveryObjectOnce()
{
    QFETCH(int, objects);
    QFETCH(bool, mappedId);
    populate(objects);
    QJsonObject settings;
    if (mappedId)
        settings.insert(QStringLiteral("mapping"), QJsonObject{{QStringLiteral("id"), QStringLiteral("exs:docNo")}});
    HoldRun run(QStringLiteral("cmis"), m_cmis->serviceUrl(), settings);
    QVERIFY(run.sync().ok());
    const auto rm = run.recordsManager();
    const records::HoldInfo hold = records::HoldService(rm).create(holdOf(run.ids()));
    QCOMPARE(run.counts(hold.id).pending, objects);

    const records::FlushReport report = run.flush(rm);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QCOMPARE(report.objectsConfirmed, objects);
    for (int i = 0; i < objects; ++i) {
        const QJsonObject p = m_cmis->properties(objectOf(i));
        QCOMPARE(holdIdsOf(p), QStringList{hold.id});
        QVERIFY(
            p.value(QStringLiteral("cmis:secondaryObjectTypeIds")).toArray().contains(QStringLiteral("cmis:rm_hold")));
        QCOMPARE(m_cmis->updateCount(objectOf(i)), 1);
    }
    const records::HoldDeliveryCount counts = run.counts(hold.id);
    QCOMPARE(counts.kind, QStringLiteral("cmis"));
    QCOMPARE(counts.confirmed, objects);
    QCOMPARE(counts.pending, 0);
    QCOMPARE(counts.refused, 0);
    // Nothing is left to send: a second flush asks the repository nothing.
    const int requests = m_cmis->requestCount();
    QCOMPARE(run.flush(rm).objectsConfirmed, 0);
    QCOMPARE(m_cmis->requestCount(), requests);
    QCOMPARE(run.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'hold.send'"), 1);
}

void TestHoldDelivery::releaseTakesOnlyItsHoldOff()
{
    populate(4);
    // Someone else's hold in the repository stays where it is.
    m_cmis->updateDocument(objectOf(2),
                           {{QStringLiteral("cmis:secondaryObjectTypeIds"), QJsonArray{QStringLiteral("cmis:rm_hold")}},
                            {QStringLiteral("cmis:rm_holdIds"), QJsonArray{QStringLiteral("LEGAL-7")}}});
    HoldRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    QVERIFY(run.sync().ok());
    const auto rm = run.recordsManager();
    records::HoldService holds(rm);
    const records::HoldInfo hold = holds.create(holdOf(run.ids()));
    QCOMPARE(run.flush(rm).objectsConfirmed, 4);
    QCOMPARE(holdIdsOf(m_cmis->properties(objectOf(2))), (QStringList{QStringLiteral("LEGAL-7"), hold.id}));

    holds.release(hold.id, QStringLiteral("settled"));
    QCOMPARE(run.counts(hold.id).pending, 4);
    QCOMPARE(run.flush(rm).objectsConfirmed, 4);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(!holdIdsOf(m_cmis->properties(objectOf(i))).contains(hold.id));
        QCOMPARE(m_cmis->updateCount(objectOf(i)), 2); // on, then off
    }
    QCOMPARE(holdIdsOf(m_cmis->properties(objectOf(2))), QStringList{QStringLiteral("LEGAL-7")});
    QCOMPARE(run.counts(hold.id).confirmed, 4);
}

void TestHoldDelivery::removingAnItemReleasesThatObjectOnly()
{
    populate(5);
    HoldRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    QVERIFY(run.sync().ok());
    const auto rm = run.recordsManager();
    records::HoldService holds(rm);
    const records::HoldInfo hold = holds.create(holdOf(run.ids()));
    QCOMPARE(run.flush(rm).objectsConfirmed, 5);

    QCOMPARE(holds.removeItems(hold.id, {objectOf(3)}, QStringLiteral("not part of the claim")), 1);
    QCOMPARE(run.counts(hold.id).pending, 1); // the four others are already as wanted
    QCOMPARE(run.flush(rm).objectsConfirmed, 1);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(holdIdsOf(m_cmis->properties(objectOf(i))).contains(hold.id), i != 3);
        QCOMPARE(m_cmis->updateCount(objectOf(i)), i == 3 ? 2 : 1);
    }
    // Added back: only that object is sent again.
    QCOMPARE(holds.addItems(hold.id, {objectOf(3)}, QStringLiteral("part of it after all")), 1);
    QCOMPARE(run.flush(rm).objectsConfirmed, 1);
    QVERIFY(holdIdsOf(m_cmis->properties(objectOf(3))).contains(hold.id));
    QCOMPARE(run.counts(hold.id).confirmed, 5);
}

// A release queued while the hold is still on its way: objects the hold reached get the
// release after it; objects it had not reached yet never get the hold at all. Each ends
// without the hold, whatever the timing.
void TestHoldDelivery::releaseQueuedDuringSendingArrivesAfterTheHold()
{
    populate(10);
    HoldRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    QVERIFY(run.sync().ok());
    const auto rm = run.recordsManager();
    records::HoldService holds(rm);
    const records::HoldInfo hold = holds.create(holdOf(run.ids()));
    const int before = m_cmis->requestCount();
    run.flush(rm, [&](qint64 delivered) {
        if (delivered == 3)
            holds.release(hold.id, QStringLiteral("withdrawn"));
        return true;
    });
    QCOMPARE(run.counts(hold.id).confirmed, 10);
    QCOMPARE(run.counts(hold.id).pending, 0);
    for (int i = 0; i < 10; ++i) {
        QVERIFY(!holdIdsOf(m_cmis->properties(objectOf(i))).contains(hold.id));
        QCOMPARE(m_cmis->updateCount(objectOf(i)), i < 3 ? 2 : 0);
    }
    // On the wire, each of the first three saw its hold before its release.
    const QList<fakeserver::Request> log = m_cmis->requests();
    for (int i = 0; i < 3; ++i) {
        QStringList sequence;
        for (qsizetype r = before; r < log.size(); ++r)
            if (log.at(r).method == "POST" && log.at(r).query(QStringLiteral("objectId")) == objectOf(i))
                sequence << (log.at(r).form(QStringLiteral("propertyValue[1][0]")) == hold.id
                                 ? QStringLiteral("hold")
                                 : QStringLiteral("release"));
        QCOMPARE(sequence, (QStringList{QStringLiteral("hold"), QStringLiteral("release")}));
    }
}

void TestHoldDelivery::conflictIsReadAgainAndReapplied()
{
    populate(3);
    HoldRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    QVERIFY(run.sync().ok());
    // Someone else saves D001 between our read and our update, once: 409, read, reapply.
    bool raced = false;
    m_cmis->setFaultHook([&](const fakeserver::Request &r) {
        if (r.method == "POST" && r.query(QStringLiteral("objectId")) == objectOf(1) && !raced) {
            raced = true;
            m_cmis->updateDocument(objectOf(1), {{QStringLiteral("exs:channel"), QStringLiteral("print")}});
        }
        return Fault();
    });
    const auto rm = run.recordsManager();
    const records::HoldInfo hold = records::HoldService(rm).create(holdOf(run.ids()));
    QCOMPARE(run.flush(rm).objectsConfirmed, 3);
    QVERIFY(raced);
    const QJsonObject p = m_cmis->properties(objectOf(1));
    QCOMPARE(holdIdsOf(p), QStringList{hold.id});
    QCOMPARE(p.value(QStringLiteral("exs:channel")).toString(), QStringLiteral("print")); // their change kept
    QCOMPARE(m_cmis->updateCount(objectOf(1)), 1);
}

void TestHoldDelivery::refusedObjectIsCountedNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("deleted in the repository since the sync (404)") << 404;
    QTest::newRow("not ours to change (403)") << 403;
}

void TestHoldDelivery::refusedObjectIsCountedNotRetried()
{
    QFETCH(int, status);
    populate(4);
    HoldRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    QVERIFY(run.sync().ok());
    if (status == 404)
        m_cmis->deleteDocument(objectOf(2));
    else
        m_cmis->setFaultHook([](const fakeserver::Request &r) {
            return r.query(QStringLiteral("objectId")) == objectOf(2) ? Fault::httpStatus(403) : Fault();
        });
    const auto rm = run.recordsManager();
    const records::HoldInfo hold = records::HoldService(rm).create(holdOf(run.ids()));
    const records::FlushReport report = run.flush(rm);
    QCOMPARE(report.objectsConfirmed, 3);
    QCOMPARE(report.objectsRefused, 1);
    QCOMPARE(report.objectsWaiting, 0);
    const records::HoldDeliveryCount counts = run.counts(hold.id);
    QCOMPARE(counts.confirmed, 3);
    QCOMPARE(counts.refused, 1);
    QCOMPARE(counts.pending, 0);
    const QList<records::HoldRefusal> refused = records::holdRefusals(run.writer, hold.id, 10);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().communicationId, objectOf(2));
    QVERIFY2(refused.first().reason.contains(QString::number(status)), qPrintable(refused.first().reason));
    QVERIFY2(refused.first().reason.contains(QStringLiteral("repository \"net\"")), qPrintable(refused.first().reason));
    // Not retried: the next flush asks the repository nothing.
    const int requests = m_cmis->requestCount();
    run.flush(rm);
    QCOMPARE(m_cmis->requestCount(), requests);
}

void TestHoldDelivery::unreachableRepositoryIsTriedAgainLater_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("503 with Retry-After") << int(Fault::Status) << 503;
    QTest::newRow("429 with Retry-After") << int(Fault::Status) << 429;
    QTest::newRow("connection dropped") << int(Fault::CloseBeforeAnswer) << 0;
}

void TestHoldDelivery::unreachableRepositoryIsTriedAgainLater()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    populate(6);
    HoldRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    QVERIFY(run.sync().ok());
    bool down = true;
    m_cmis->setFaultHook([&](const fakeserver::Request &) {
        if (!down)
            return Fault();
        return fault == Fault::Status ? Fault::httpStatus(status, 0) : Fault::of(Fault::Kind(fault));
    });
    const auto rm = run.recordsManager();
    const records::HoldInfo hold = records::HoldService(rm).create(holdOf(run.ids()));
    const records::FlushReport offline = run.flush(rm);
    QCOMPARE(offline.objectsConfirmed, 0);
    QCOMPARE(offline.objectsRefused, 0);
    QCOMPARE(offline.objectsWaiting, 6);
    QVERIFY(!offline.errors.isEmpty());
    QCOMPARE(run.counts(hold.id).pending, 6);
    QVERIFY(!run.counts(hold.id).lastError.isEmpty());

    down = false;
    const records::FlushReport back = run.flush(rm);
    QCOMPARE(back.objectsConfirmed, 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(holdIdsOf(m_cmis->properties(objectOf(i))), QStringList{hold.id});
        QCOMPARE(m_cmis->updateCount(objectOf(i)), 1);
    }
}

// A crash part-way through a large hold: the run stops after k objects (as a process killed
// there would), the data folder is opened again, and the object whose confirmation was
// being written when it died is pending again. Resuming sends the rest; no object is
// updated twice.
void TestHoldDelivery::stoppedPartWayResumesWithEachObjectUpdatedOnce()
{
    const int objects = 30, stopAfter = 11;
    populate(objects);
    HoldRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    QVERIFY(run.sync().ok());
    QString holdId;
    {
        const auto rm = run.recordsManager();
        holdId = records::HoldService(rm).create(holdOf(run.ids())).id;
        const records::FlushReport partial = run.flush(rm, [&](qint64 delivered) { return delivered < stopAfter; });
        QCOMPARE(partial.objectsConfirmed, stopAfter);
        QCOMPARE(partial.objectsWaiting, objects - stopAfter);
    }
    int reached = 0;
    for (int i = 0; i < objects; ++i)
        reached += holdIdsOf(m_cmis->properties(objectOf(i))).contains(holdId);
    QCOMPARE(reached, stopAfter);

    run.reopen();
    run.writer.exec("UPDATE rec.hold_deliveries SET state = 'pending', done_at = NULL "
                    "WHERE comm_id = (SELECT max(comm_id) FROM rec.hold_deliveries WHERE state = 'confirmed')");
    const auto rm = run.recordsManager();
    QCOMPARE(run.counts(holdId).pending, objects - stopAfter + 1);
    const records::FlushReport resumed = run.flush(rm);
    QCOMPARE(resumed.objectsConfirmed, objects - stopAfter + 1);
    QCOMPARE(run.counts(holdId).confirmed, objects);
    for (int i = 0; i < objects; ++i) {
        QCOMPARE(holdIdsOf(m_cmis->properties(objectOf(i))), QStringList{holdId});
        QCOMPARE(m_cmis->updateCount(objectOf(i)), 1);
    }
}

// Versions before per-object delivery queued one item per repository whose target was the
// hold itself (issue #14: 404, retried forever). Such an item is replaced by the hold's
// deliveries to each object, and retired.
void TestHoldDelivery::holdQueuedByAnOlderVersionReachesEveryObject()
{
    populate(3);
    HoldRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    QVERIFY(run.sync().ok());
    const auto rm = run.recordsManager();
    const records::HoldInfo hold = records::HoldService(rm).create(holdOf(run.ids()));
    run.writer.exec("DELETE FROM rec.hold_deliveries"); // as an older version left it
    records::Outbox(run.writer)
        .enqueue(hold.id + QStringLiteral(".r1.repo1"), run.repo.id, QStringLiteral("hold"), hold.id,
                 QJsonObject{{QStringLiteral("hold_id"), hold.id}}, 0);
    QCOMPARE(run.flush(rm).objectsConfirmed, 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(holdIdsOf(m_cmis->properties(objectOf(i))), QStringList{hold.id});
    const auto retired = records::Outbox(run.writer).find(hold.id + QStringLiteral(".r1.repo1"));
    QVERIFY(retired);
    QCOMPARE(retired->state, QStringLiteral("acknowledged"));
    for (const fakeserver::Request &r : m_cmis->requests())
        QVERIFY2(r.query(QStringLiteral("objectId")) != hold.id, "the hold id was sent as an object id");
}

// A scope hold covers every communication with its business key, also those a later sync
// brings (RecordsUpkeep plans them after each sync); one that leaves the key loses it.
void TestHoldDelivery::scopeHoldReachesObjectsThatArriveLater()
{
    populate(3, {{QStringLiteral("exs:claimId"), QStringLiteral("CLM-88812")}});
    m_cmis->addDocument(QStringLiteral("OTHER"), {{QStringLiteral("exs:claimId"), QStringLiteral("CLM-1")}});
    HoldRun run(QStringLiteral("cmis"), m_cmis->serviceUrl());
    QVERIFY(run.sync().ok());
    const auto rm = run.recordsManager();
    records::HoldSpec spec = holdOf({});
    spec.scopeField = QStringLiteral("claim");
    spec.scopeValue = QStringLiteral("CLM-88812");
    const records::HoldInfo hold = records::HoldService(rm).create(spec);
    QCOMPARE(run.flush(rm).objectsConfirmed, 3);
    QVERIFY(holdIdsOf(m_cmis->properties(QStringLiteral("OTHER"))).isEmpty());

    m_cmis->addDocument(QStringLiteral("LATER"), {{QStringLiteral("exs:claimId"), QStringLiteral("CLM-88812")}});
    m_cmis->updateDocument(objectOf(0), {{QStringLiteral("exs:claimId"), QStringLiteral("CLM-2")}});
    QVERIFY(run.sync().ok());
    QCOMPARE(records::HoldDeliveries(run.writer).planScopeHolds(0), 2);
    QCOMPARE(run.flush(rm).objectsConfirmed, 2);
    QCOMPARE(holdIdsOf(m_cmis->properties(QStringLiteral("LATER"))), QStringList{hold.id});
    QVERIFY(!holdIdsOf(m_cmis->properties(objectOf(0))).contains(hold.id));
    QCOMPARE(records::HoldDeliveries(run.writer).planScopeHolds(0), 0); // nothing changed since
}

void TestHoldDelivery::aspaceHoldSetsTheFieldWithLockVersion()
{
    QList<qint64> objects;
    for (int i = 0; i < 4; ++i)
        objects << m_aspace->addObject();
    HoldRun run(
        QStringLiteral("archivesspace"), m_aspace->baseUrl(),
        {{QStringLiteral("mapping"), QJsonObject{{QStringLiteral("id"), QStringLiteral("digital_object_id")}}}});
    QVERIFY(run.sync().ok());
    const QString raceUri = QStringLiteral("/repositories/2/digital_objects/%1").arg(objects.at(1));
    bool raced = false;
    m_aspace->setFaultHook([&](const fakeserver::Request &r) {
        if (r.method == "POST" && r.path() == raceUri && !raced) {
            raced = true;
            m_aspace->updateObject(objects.at(1), {{QStringLiteral("title"), QStringLiteral("edited elsewhere")}});
        }
        return Fault();
    });
    const auto rm = run.recordsManager();
    records::HoldService holds(rm);
    const records::HoldInfo hold = holds.create(holdOf(run.ids()));
    QCOMPARE(run.flush(rm).objectsConfirmed, 4);
    QVERIFY(raced);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject o = m_aspace->object(objects.at(i));
        QVERIFY(o.value(QStringLiteral("user_defined")).toObject().value(QStringLiteral("boolean_1")).toBool());
        QCOMPARE(o.value(QStringLiteral("lock_version")).toInt(), i == 1 ? 2 : 1); // one save of ours each
    }
    QCOMPARE(m_aspace->object(objects.at(1)).value(QStringLiteral("title")).toString(),
             QStringLiteral("edited elsewhere"));
    QCOMPARE(run.counts(hold.id).kind, QStringLiteral("archivesspace"));
    QCOMPARE(run.counts(hold.id).confirmed, 4);

    holds.release(hold.id, QStringLiteral("settled"));
    QCOMPARE(run.flush(rm).objectsConfirmed, 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!m_aspace->object(objects.at(i))
                     .value(QStringLiteral("user_defined"))
                     .toObject()
                     .value(QStringLiteral("boolean_1"))
                     .toBool());
}

// ArchivesSpace has one hold flag per record: releasing one hold leaves it set while
// another of our holds still covers the record.
void TestHoldDelivery::aspaceFlagStaysWhileAnotherHoldWantsIt()
{
    const qint64 shared = m_aspace->addObject(), alone = m_aspace->addObject();
    HoldRun run(QStringLiteral("archivesspace"), m_aspace->baseUrl());
    QVERIFY(run.sync().ok());
    const QString sharedId = QStringLiteral("/repositories/2/digital_objects/%1").arg(shared);
    const QString aloneId = QStringLiteral("/repositories/2/digital_objects/%1").arg(alone);
    const auto flag = [this](qint64 id) {
        return m_aspace->object(id)
            .value(QStringLiteral("user_defined"))
            .toObject()
            .value(QStringLiteral("boolean_1"))
            .toBool();
    };
    const auto rm = run.recordsManager();
    records::HoldService holds(rm);
    const records::HoldInfo first = holds.create(holdOf({sharedId, aloneId}));
    const records::HoldInfo second = holds.create(holdOf({sharedId}));
    run.flush(rm);
    QVERIFY(flag(shared) && flag(alone));

    holds.release(first.id, QStringLiteral("done"));
    run.flush(rm);
    QVERIFY(flag(shared));
    QVERIFY(!flag(alone));
    QCOMPARE(run.counts(first.id).confirmed, 2);

    holds.release(second.id, QStringLiteral("done too"));
    run.flush(rm);
    QVERIFY(!flag(shared));
}

void TestHoldDelivery::aspaceGoneRecordIsRefused()
{
    const qint64 kept = m_aspace->addObject(), gone = m_aspace->addObject();
    HoldRun run(QStringLiteral("archivesspace"), m_aspace->baseUrl());
    QVERIFY(run.sync().ok());
    m_aspace->deleteObject(gone);
    const auto rm = run.recordsManager();
    const records::HoldInfo hold = records::HoldService(rm).create(holdOf(run.ids()));
    const records::FlushReport report = run.flush(rm);
    QCOMPARE(report.objectsConfirmed, 1);
    QCOMPARE(report.objectsRefused, 1);
    QVERIFY(m_aspace->object(kept)
                .value(QStringLiteral("user_defined"))
                .toObject()
                .value(QStringLiteral("boolean_1"))
                .toBool());
    const auto refused = records::holdRefusals(run.writer, hold.id, 10);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().objectId, QStringLiteral("/repositories/2/digital_objects/%1").arg(gone));
    QVERIFY2(refused.first().reason.contains(QStringLiteral("404")), qPrintable(refused.first().reason));
}

QTEST_GUILESS_MAIN(TestHoldDelivery)
#include "tst_holddelivery.moc"
