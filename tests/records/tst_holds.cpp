// Legal holds: who may apply them, over ids, a query or a business-key scope (including
// communications that arrive later), items removed with reasons, release without delete,
// the hot folder, search's hold: field, and a hold of 100,000 in one transaction.
#include "records/holddeliverycounts.h"
#include "records/holdregister.h"
#include "records/holdservice.h"
#include "records/outboxdispatcher.h"
#include "records/recordserror.h"
#include "recordsfixture.h"
#include "search/searchengine.h"

#include <QElapsedTimer>
#include <QJsonDocument>

using namespace proofdesk;
using namespace proofdesk::records;

class TestHolds : public QObject
{
    Q_OBJECT

private slots:
    void agentApplyingHoldIsRefusedAndAudited();
    void holdCovers_data();
    void holdCovers();
    void badSpecsAreRejectedWithMessages_data();
    void badSpecsAreRejectedWithMessages();
    void scopeHoldCatchesCommunicationImportedLater();
    void aKeyHoldReachesADropAsItsKey();
    void removeAndReleaseMarkNeverDelete();
    void releasedHoldCannotChange();
    void holdGoesToTheHotFolderOnceAndIsSearchable();
    void holdOfHundredThousandInOneTransaction();

private:
    static void fill(RecordsFixture &f);
};

void TestHolds::fill(RecordsFixture &f)
{
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"),
                       {{QStringLiteral("claim_id"), QStringLiteral("CLM-88812")}});
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"),
                       {{QStringLiteral("claim_id"), QStringLiteral("CLM-88812")},
                        {QStringLiteral("customer_id"), QStringLiteral("CUST-2")}});
    f.addCommunication(QStringLiteral("EXS-3"), QStringLiteral("2026-10-03T09:00:00Z"),
                       {{QStringLiteral("customer_id"), QStringLiteral("CUST-2")},
                        {QStringLiteral("type"), QStringLiteral("invoice")}});
    // Keys told apart only by non-ASCII capitals are one key (domain/textfold.h); an accent is not case.
    f.addCommunication(QStringLiteral("EXS-4"), QStringLiteral("2026-10-04T09:00:00Z"),
                       {{QStringLiteral("customer_id"), QStringLiteral("élodie-7")}});
    f.addCommunication(QStringLiteral("EXS-5"), QStringLiteral("2026-10-05T09:00:00Z"),
                       {{QStringLiteral("customer_id"), QStringLiteral("Élodie-7")}});
    f.addCommunication(QStringLiteral("EXS-6"), QStringLiteral("2026-10-06T09:00:00Z"),
                       {{QStringLiteral("customer_id"), QStringLiteral("elodie-7")}});
    f.import();
}

void TestHolds::agentApplyingHoldIsRefusedAndAudited()
{
    RecordsFixture f;
    fill(f);
    const auto agent = f.as(QStringLiteral("alice"), Role::Agent);
    try {
        HoldService(agent).create(
            {QStringLiteral("H"), {}, QStringLiteral("r"), {QStringLiteral("EXS-1")}, {}, {}, {}});
        QFAIL("an agent applied a hold");
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Refused);
        QVERIFY2(e.message().contains(QLatin1String("records role")), qPrintable(e.message()));
    }
    QCOMPARE(f.count("SELECT count(*) FROM rec.holds"), 0);
    QCOMPARE(f.refusals(QStringLiteral("hold.apply")), 1);
}

void TestHolds::holdCovers_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ids") << QStringList{QStringLiteral("EXS-1"), QStringLiteral("exs-3")} << QString() << QString()
                         << QStringList{QStringLiteral("EXS-1"), QStringLiteral("EXS-3")};
    QTest::newRow("query") << QStringList() << QStringLiteral("type:invoice") << QString()
                           << QStringList{QStringLiteral("EXS-3")};
    QTest::newRow("claim scope") << QStringList() << QString() << QStringLiteral("claim=CLM-88812")
                                 << QStringList{QStringLiteral("EXS-1"), QStringLiteral("EXS-2")};
    QTest::newRow("customer scope") << QStringList() << QString() << QStringLiteral("customer_id=cust-2")
                                    << QStringList{QStringLiteral("EXS-2"), QStringLiteral("EXS-3")};
    QTest::newRow("customer scope in capitals past ASCII (#38)")
        << QStringList() << QString() << QStringLiteral("customer_id=ÉLODIE-7")
        << QStringList{QStringLiteral("EXS-4"), QStringLiteral("EXS-5")};
}

void TestHolds::holdCovers()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, query);
    QFETCH(QString, scope);
    QFETCH(QStringList, expected);
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    const HoldInfo hold =
        HoldService(rm).create({QStringLiteral("Claim litigation"), QString(), QStringLiteral("court order"), ids,
                                query, scope.section(QLatin1Char('='), 0, 0), scope.section(QLatin1Char('='), 1)});
    QCOMPARE(hold.items, expected.size());
    QCOMPARE(HoldRegister(f.writer).memberIds(hold.id), expected);
    for (const QString &id : expected)
        QVERIFY(HoldRegister(f.writer).isHeld(id));
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'hold.create' AND user = 'rita' AND role = "
                     "'records'"),
             1);
}

void TestHolds::badSpecsAreRejectedWithMessages_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no reason") << QString() << QStringList{QStringLiteral("EXS-1")} << QString()
                               << QStringLiteral("reason");
    QTest::newRow("unknown id") << QStringLiteral("r") << QStringList{QStringLiteral("EXS-404")} << QString()
                                << QStringLiteral("EXS-404");
    QTest::newRow("nothing to hold") << QStringLiteral("r") << QStringList() << QString()
                                     << QStringLiteral("exactly one");
    QTest::newRow("bad scope") << QStringLiteral("r") << QStringList() << QStringLiteral("colour=red")
                               << QStringLiteral("colour");
}

void TestHolds::badSpecsAreRejectedWithMessages()
{
    QFETCH(QString, reason);
    QFETCH(QStringList, ids);
    QFETCH(QString, scope);
    QFETCH(QString, mentions);
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    try {
        HoldService(rm).create({QStringLiteral("H"),
                                {},
                                reason,
                                ids,
                                {},
                                scope.section(QLatin1Char('='), 0, 0),
                                scope.section(QLatin1Char('='), 1)});
        QFAIL("a bad hold was accepted");
    } catch (const RecordsError &e) {
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
    }
    QCOMPARE(f.count("SELECT count(*) FROM rec.holds"), 0);
}

void TestHolds::scopeHoldCatchesCommunicationImportedLater()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    const HoldInfo hold = HoldService(rm).create({QStringLiteral("Claim"),
                                                  {},
                                                  QStringLiteral("litigation"),
                                                  {},
                                                  {},
                                                  QStringLiteral("claim"),
                                                  QStringLiteral("CLM-88812")});
    QCOMPARE(hold.items, 2);
    f.addCommunication(QStringLiteral("EXS-9"), QStringLiteral("2026-10-20T09:00:00Z"),
                       {{QStringLiteral("claim_id"), QStringLiteral("clm-88812")}});
    f.import();
    QVERIFY(HoldRegister(f.writer).isHeld(QStringLiteral("EXS-9")));
    QCOMPARE(HoldRegister(f.writer).find(hold.id)->items, 3);
    cache::Database reader = cache::CacheFile::openReader(f.folder->databasePath());
    QCOMPARE(search::SearchEngine(reader).run(QStringLiteral("hold:any"), 10).total, 3);
}

// A hold on a key goes to every drop as its key, whether or not the drop holds any of its
// communications yet: the drop's count says how the key stands there, not only "0 confirmed"
// (#41: the register read "In repositories: 0 confirmed" after the key was written).
void TestHolds::aKeyHoldReachesADropAsItsKey()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    const HoldInfo hold = HoldService(rm).create({QStringLiteral("Claim to come"),
                                                  {},
                                                  QStringLiteral("litigation"),
                                                  {},
                                                  {},
                                                  QStringLiteral("claim"),
                                                  QStringLiteral("CLM-NOT-YET")});
    QCOMPARE(hold.items, 0);
    QList<HoldDeliveryCount> counts = holdDeliveryCounts(f.writer, hold.id);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.first().keyState, QStringLiteral("pending"));
    QCOMPARE(OutboxDispatcher(rm, OutboxDispatcher::RequestsKept::InThisFolder).flush().sent, 1);
    counts = holdDeliveryCounts(f.writer, hold.id);
    QCOMPARE(counts.first().confirmed, 0);
    QCOMPARE(counts.first().keyState, QStringLiteral("confirmed"));
    QCOMPARE(counts.first().toJson().value(QStringLiteral("key")).toString(), QStringLiteral("confirmed"));

    // A hold on chosen communications has no key.
    const HoldInfo chosen =
        HoldService(rm).create({QStringLiteral("H"), {}, QStringLiteral("r"), {QStringLiteral("EXS-1")}, {}, {}, {}});
    QVERIFY(holdDeliveryCounts(f.writer, chosen.id).first().keyState.isEmpty());
}

void TestHolds::removeAndReleaseMarkNeverDelete()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    HoldService service(rm);
    const HoldInfo hold = service.create({QStringLiteral("H"),
                                          {},
                                          QStringLiteral("audit"),
                                          {QStringLiteral("EXS-1"), QStringLiteral("EXS-2")},
                                          {},
                                          {},
                                          {}});
    QVERIFY_THROWS_EXCEPTION(RecordsError, service.removeItems(hold.id, {QStringLiteral("EXS-2")}, QString()));
    QCOMPARE(service.removeItems(hold.id, {QStringLiteral("EXS-2")}, QStringLiteral("not in scope")), 1);
    QVERIFY(!HoldRegister(f.writer).isHeld(QStringLiteral("EXS-2")));
    QCOMPARE(f.count("SELECT count(*) FROM rec.hold_items WHERE removed_at IS NOT NULL"), 1);
    const HoldInfo released = service.release(hold.id, QStringLiteral("matter settled"));
    QVERIFY(!released.active());
    QCOMPARE(released.releaseReason, QStringLiteral("matter settled"));
    QVERIFY(!HoldRegister(f.writer).isHeld(QStringLiteral("EXS-1")));
    QCOMPARE(f.count("SELECT count(*) FROM rec.holds"), 1);
    QCOMPARE(f.count("SELECT count(*) FROM rec.hold_items"), 2);
    QStringList actions;
    for (const auto &e : HoldRegister(f.writer).history(hold.id))
        actions << e.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("hold.create"), QStringLiteral("hold.remove"),
                                   QStringLiteral("hold.release")}));
}

void TestHolds::releasedHoldCannotChange()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    HoldService service(rm);
    const HoldInfo hold =
        service.create({QStringLiteral("H"), {}, QStringLiteral("r"), {QStringLiteral("EXS-1")}, {}, {}, {}});
    service.release(hold.id, QStringLiteral("done"));
    QVERIFY_THROWS_EXCEPTION(RecordsError,
                             service.addItems(hold.id, {QStringLiteral("EXS-2")}, QStringLiteral("more")));
    QVERIFY_THROWS_EXCEPTION(RecordsError, service.release(hold.id, QStringLiteral("again")));
    QCOMPARE(f.refusals(QStringLiteral("hold.add")), 1);
    QCOMPARE(f.refusals(QStringLiteral("hold.release")), 1);
}

void TestHolds::holdGoesToTheHotFolderOnceAndIsSearchable()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    const HoldInfo hold = HoldService(rm).create(
        {QStringLiteral("H"), {}, QStringLiteral("r"), {QStringLiteral("EXS-1"), QStringLiteral("EXS-2")}, {}, {}, {}});
    QCOMPARE(OutboxDispatcher(rm, OutboxDispatcher::RequestsKept::InThisFolder).flush().sent, 1);
    QCOMPARE(OutboxDispatcher(rm, OutboxDispatcher::RequestsKept::InThisFolder).flush().sent,
             0); // nothing left to send
    QCOMPARE(f.hotFolderFiles(QStringLiteral("holds")), QStringList{hold.id + QStringLiteral(".json")});
    QFile file(f.dropDir.filePath(QStringLiteral("outbox/holds/") + hold.id + QStringLiteral(".json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject payload = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(payload.value(QStringLiteral("id")).toString(), hold.id);
    QCOMPARE(payload.value(QStringLiteral("communications")).toArray().size(), 2);
    cache::Database reader = cache::CacheFile::openReader(f.folder->databasePath());
    QCOMPARE(search::SearchEngine(reader).run(QStringLiteral("hold:") + hold.id.toLower(), 10).total, 2);
    QCOMPARE(search::SearchEngine(reader).run(QStringLiteral("-hold:any"), 10).total, 4); // EXS-3 to EXS-6
}

void TestHolds::holdOfHundredThousandInOneTransaction()
{
    RecordsFixture f;
    f.addCommunication(QStringLiteral("SEED"), QStringLiteral("2026-10-01T09:00:00Z"));
    f.import();
    // 100,000 communications copied from the seed row in SQL (an import would take longer
    // than the hold being measured).
    f.writer.exec(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
        "INSERT INTO communications(id, repo_id, type, issued_at, channel, template_id, template_version, "
        "rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, customer_id, record_hash) "
        "SELECT printf('BULK-%06d', i), repo_id, type, issued_at + i, channel, template_id, template_version, "
        "rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, 'CUST-BULK', record_hash "
        "FROM communications, n WHERE id = 'SEED'");
    QStringList ids;
    for (int i = 1; i <= 100000; ++i)
        ids << QStringLiteral("BULK-%1").arg(i, 6, 10, QLatin1Char('0'));
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    qint64 lastDone = 0, calls = 0;
    QElapsedTimer timer;
    timer.start();
    const HoldInfo hold =
        HoldService(rm).create({QStringLiteral("Bulk"), {}, QStringLiteral("regulator request"), ids, {}, {}, {}},
                               [&](qint64 done, qint64 total) {
                                   lastDone = done;
                                   ++calls;
                                   QCOMPARE(total, 100000);
                               });
    const qint64 byIds = timer.restart();
    const HoldInfo byQuery = HoldService(rm).create({QStringLiteral("Bulk query"),
                                                     {},
                                                     QStringLiteral("regulator"),
                                                     {},
                                                     QStringLiteral("customer:CUST-BULK"),
                                                     {},
                                                     {}});
    const qint64 byQueryMs = timer.elapsed();
    qInfo("hold of 100,000 ids: %lld ms; by query: %lld ms", byIds, byQueryMs);
    QCOMPARE(hold.items, 100000);
    QCOMPARE(byQuery.items, 100000);
    QCOMPARE(lastDone, 100000);
    QVERIFY(calls >= 10);
    QCOMPARE(f.count("SELECT count(*) FROM rec.hold_items"), 200000);
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'hold.create'"), 2);
}

QTEST_MAIN(TestHolds)
#include "tst_holds.moc"
