// Retention and disposition: the review list (eligible and not held) with reasons, approval
// by a records manager with holds re-checked in the decision's transaction, tombstones,
// the certificate, the outbox, purging bytes no one else uses, and retention never
// shortened.
#include "records/disposition.h"
#include "records/holdregister.h"
#include "records/holdservice.h"
#include "records/outboxdispatcher.h"
#include "records/recordserror.h"
#include "recordsfixture.h"
#include "search/searchengine.h"
#include "util/timeutil.h"

#include <QJsonDocument>
#include <QSet>
#include <algorithm>

using namespace proofdesk;
using namespace proofdesk::records;
Q_DECLARE_METATYPE(proofdesk::records::Role)

class TestDisposition : public QObject
{
    Q_OBJECT

private slots:
    // Drops here are copied into the content store, as from removable storage: disposition purges the bytes it stored.
    void initTestCase() { qputenv("PROOFDESK_DROP_COPY", "1"); }
    void reviewListsEligibleUnheldWithReasons();
    void approvalLeavesTombstoneCertificateAndPurges();
    void bytesSharedWithAnotherCommunicationAreKept();
    void heldRecordIsNotDisposed();
    void aHoldSetInTheRepositoryKeepsItToo();
    void holdArrivingBetweenReviewAndApprovalWins();
    void onlyRecordsManagersReviewAndApprove_data();
    void onlyRecordsManagersReviewAndApprove();
    void retentionIsExtendedNeverShortened();
    void disposedCommunicationThatComesBackIsPurgedAgain();
    void manyIdsDisposeExactlyTheEligibleUnheld_data();
    void manyIdsDisposeExactlyTheEligibleUnheld();

private:
    static void fill(RecordsFixture &f);
    static QJsonObject retention(const char *cls, const char *trigger = nullptr);
};

QJsonObject TestDisposition::retention(const char *cls, const char *trigger)
{
    QJsonObject r{{QStringLiteral("class"), QLatin1String(cls)}};
    if (trigger)
        r.insert(QStringLiteral("trigger_date"), QLatin1String(trigger));
    return QJsonObject{{QStringLiteral("retention"), r}};
}

void TestDisposition::fill(RecordsFixture &f)
{
    f.addCommunication(QStringLiteral("EXS-OLD"), QStringLiteral("2015-03-01T09:00:00Z"), retention("FIN-7Y"));
    f.addCommunication(QStringLiteral("EXS-NEW"), QStringLiteral("2024-03-01T09:00:00Z"), retention("FIN-7Y"));
    QJsonObject claim = retention("CLM-10Y", "2012-06-30T00:00:00Z");
    claim.insert(QStringLiteral("customer_id"), QStringLiteral("CUST-9"));
    f.addCommunication(QStringLiteral("EXS-CLM"), QStringLiteral("2011-01-01T09:00:00Z"), claim);
    f.addCommunication(QStringLiteral("EXS-OPEN"), QStringLiteral("2011-01-01T09:00:00Z"), retention("CLM-10Y"));
    f.import();
}

void TestDisposition::reviewListsEligibleUnheldWithReasons()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    const QList<EligibleItem> items = DispositionService(rm, f.data.path()).review();
    QStringList ids;
    for (const auto &i : items)
        ids << i.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("EXS-OLD"), QStringLiteral("EXS-CLM")}));
    QCOMPARE(formatUtc(items.at(0).eligibleAt), QStringLiteral("2022-03-01T09:00:00Z"));
    QVERIFY2(items.at(0).reason.contains(QLatin1String("FIN-7Y: 7 years from 2015-03-01 ended 2022-03-01")),
             qPrintable(items.at(0).reason));
    QCOMPARE(formatUtc(items.at(1).eligibleAt), QStringLiteral("2022-06-30T00:00:00Z"));
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'disposition.review'"), 1);
}

void TestDisposition::approvalLeavesTombstoneCertificateAndPurges()
{
    RecordsFixture f;
    fill(f);
    const QString object = f.folder->contentStore().objectPath(
        f.writer.queryText("SELECT rendition_sha256 FROM communications WHERE id = 'EXS-OLD'"));
    QVERIFY(QFile::exists(object));
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    const DispositionResult r =
        DispositionService(rm, f.data.path()).approve({QStringLiteral("EXS-OLD")}, QStringLiteral("schedule"));
    QCOMPARE(r.disposed, QStringList{QStringLiteral("EXS-OLD")});
    QVERIFY(r.skipped.isEmpty());
    QCOMPARE(f.count("SELECT count(*) FROM rec.tombstones WHERE comm_id = 'EXS-OLD' AND approved_by = 'rita' "
                     "AND length(record_sha256) = 64"),
             1);
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-OLD'"), 0);
    QCOMPARE(f.count("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH 'monthly'"), 3);
    QVERIFY(!QFile::exists(object));
    QCOMPARE(r.purgedObjects, 1);
    QFile pdf(r.certificatePath);
    QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(r.certificatePath));
    QVERIFY(pdf.readAll().startsWith("%PDF"));
    QCOMPARE(OutboxDispatcher(rm, OutboxDispatcher::RequestsKept::InThisFolder).flush().sent, 1);
    QCOMPARE(f.hotFolderFiles(QStringLiteral("disposition")), QStringList{r.batchId + QStringLiteral(".json")});
    cache::Database reader = cache::CacheFile::openReader(f.folder->databasePath());
    QCOMPARE(search::SearchEngine(reader).run(QStringLiteral("EXS-OLD"), 10).total, 0);
}

void TestDisposition::bytesSharedWithAnotherCommunicationAreKept()
{
    RecordsFixture f;
    fill(f);
    const QJsonObject shared =
        f.drop.communication(QStringLiteral("EXS-NEW")).value(QStringLiteral("rendition")).toObject();
    QJsonObject overrides = retention("FIN-7Y");
    overrides.insert(QStringLiteral("rendition"), shared);
    f.addCommunication(QStringLiteral("EXS-OLD2"), QStringLiteral("2014-01-01T00:00:00Z"), overrides);
    f.import();
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    DispositionService(rm, f.data.path()).approve({QStringLiteral("EXS-OLD2")}, QStringLiteral("schedule"));
    QVERIFY(QFile::exists(f.folder->contentStore().objectPath(shared.value(QStringLiteral("sha256")).toString())));
}

void TestDisposition::heldRecordIsNotDisposed()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    HoldService(rm).create(
        {QStringLiteral("H"), {}, QStringLiteral("litigation"), {QStringLiteral("EXS-OLD")}, {}, {}, {}});
    QVERIFY(DispositionService(rm, f.data.path()).review().size() == 1); // only EXS-CLM
    try {
        DispositionService(rm, f.data.path()).approve({QStringLiteral("EXS-OLD")}, QStringLiteral("schedule"));
        QFAIL("a held record was disposed of");
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Refused);
        QVERIFY2(e.message().contains(QLatin1String("legal hold")), qPrintable(e.message()));
    }
    QCOMPARE(f.count("SELECT count(*) FROM rec.tombstones"), 0);
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-OLD'"), 1);
    QCOMPARE(f.refusals(QStringLiteral("disposition.approve")), 1);
}

void TestDisposition::aHoldSetInTheRepositoryKeepsItToo()
{
    RecordsFixture f;
    fill(f);
    // As a CMIS sync stores cmis:rm_holdIds set by someone in the repository.
    f.writer.exec("UPDATE communications SET repo_hold_ids = '[\"LEGAL-7\"]' WHERE id = 'EXS-OLD'");
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    QCOMPARE(DispositionService(rm, f.data.path()).review().size(), 1); // only EXS-CLM
    QVERIFY_THROWS_EXCEPTION(
        RecordsError,
        DispositionService(rm, f.data.path()).approve({QStringLiteral("EXS-OLD")}, QStringLiteral("schedule")));
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-OLD'"), 1);
    QVERIFY(HoldRegister(f.writer).isHeld(QStringLiteral("EXS-OLD")));
    cache::Database reader = cache::CacheFile::openReader(f.folder->databasePath());
    const search::SearchResult held = search::SearchEngine(reader).run(QStringLiteral("hold:any"), 10);
    QCOMPARE(held.total, qint64(1));
    QCOMPARE(held.hits.value(0).id, QStringLiteral("EXS-OLD"));
}

void TestDisposition::holdArrivingBetweenReviewAndApprovalWins()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    QCOMPARE(DispositionService(rm, f.data.path()).review().size(), 2);
    // Another records manager holds the customer of EXS-CLM after the review.
    const auto other = f.as(QStringLiteral("ron"), Role::Records);
    HoldService(other).create({QStringLiteral("Customer 9"),
                               {},
                               QStringLiteral("complaint"),
                               {},
                               {},
                               QStringLiteral("customer"),
                               QStringLiteral("CUST-9")});
    const DispositionResult r =
        DispositionService(rm, f.data.path())
            .approve({QStringLiteral("EXS-OLD"), QStringLiteral("EXS-CLM")}, QStringLiteral("schedule"));
    QCOMPARE(r.disposed, QStringList{QStringLiteral("EXS-OLD")});
    QCOMPARE(r.skipped.size(), 1);
    QCOMPARE(r.skipped.first().first, QStringLiteral("EXS-CLM"));
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-CLM'"), 1);
}

void TestDisposition::onlyRecordsManagersReviewAndApprove_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("agent") << Role::Agent;
    QTest::newRow("compliance") << Role::Compliance;
    QTest::newRow("admin") << Role::Admin;
}

void TestDisposition::onlyRecordsManagersReviewAndApprove()
{
    QFETCH(Role, role);
    RecordsFixture f;
    fill(f);
    const auto s = f.as(QStringLiteral("someone"), role);
    QVERIFY_THROWS_EXCEPTION(RecordsError, DispositionService(s, f.data.path()).review());
    QVERIFY_THROWS_EXCEPTION(
        RecordsError, DispositionService(s, f.data.path()).approve({QStringLiteral("EXS-OLD")}, QStringLiteral("x")));
    QCOMPARE(f.count("SELECT count(*) FROM rec.tombstones"), 0);
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE outcome = 'refused'"), 2);
}

void TestDisposition::retentionIsExtendedNeverShortened()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    QVERIFY_THROWS_EXCEPTION(
        RecordsError, extendRetention(rm, {QStringLiteral("EXS-NEW")}, 1700000000000, QStringLiteral("shorter")));
    QCOMPARE(f.refusals(QStringLiteral("retention.extend")), 1);
    extendRetention(rm, {QStringLiteral("EXS-OLD")}, f.now + 86400000LL * 365, QStringLiteral("regulator asked"));
    QCOMPARE(DispositionService(rm, f.data.path()).review().size(), 1);
    QVERIFY_THROWS_EXCEPTION(
        RecordsError, DispositionService(rm, f.data.path()).approve({QStringLiteral("EXS-OLD")}, QStringLiteral("x")));
}

void TestDisposition::disposedCommunicationThatComesBackIsPurgedAgain()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    DispositionService(rm, f.data.path()).approve({QStringLiteral("EXS-OLD")}, QStringLiteral("schedule"));
    // As after a cache rebuild: the drop is read from the start and EXS-OLD comes back.
    f.writer.exec("UPDATE repositories SET cursor = NULL");
    f.import();
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-OLD'"), 1);
    QCOMPARE(purgeDisposed(f.writer, f.data.path()).rows, 1);
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-OLD'"), 0);
}

namespace {

// Why communication number i of the many-ids test is, or is not, disposed of.
enum class Fate { Disposed, HeldByItem, HeldByScope, HeldInRepository, NotPastRetention, NoRetention };

Fate fateOf(int i)
{
    switch (i % 10) {
    case 0:
        return Fate::HeldByItem;
    case 1:
        return Fate::HeldByScope;
    case 2:
        return Fate::NotPastRetention;
    case 3:
        return Fate::HeldInRepository;
    case 4:
        return Fate::NoRetention;
    default:
        return Fate::Disposed;
    }
}

QString manyId(int i) { return QStringLiteral("EXS-M%1").arg(i, 5, 10, QLatin1Char('0')); }

} // namespace

void TestDisposition::manyIdsDisposeExactlyTheEligibleUnheld_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("askedAsTyped"); // reversed, in lower case, each twice, with unknown ids
    QTest::newRow("2,000 ids as the review lists them") << 2000 << false;
    QTest::newRow("2,000 ids typed: reversed, lower case, twice, some unknown") << 2000 << true;
}

// The approval checks all its ids at once (issue #26: 10,000 ids took 103 s one at a time):
// exactly the eligible, unheld ones go, whatever holds them (an item hold, a scope hold on a
// business key, the repository) or keeps them (retention not past, no retention class).
void TestDisposition::manyIdsDisposeExactlyTheEligibleUnheld()
{
    QFETCH(int, count);
    QFETCH(bool, askedAsTyped);
    RecordsFixture f;
    QStringList heldByItem;
    QSet<QString> expected;
    for (int i = 0; i < count; ++i) {
        const Fate fate = fateOf(i);
        QJsonObject overrides = fate == Fate::NoRetention ? QJsonObject() : retention("FIN-7Y");
        overrides.insert(QStringLiteral("customer_id"),
                         fate == Fate::HeldByScope ? QStringLiteral("CUST-HELD") : QStringLiteral("CUST-%1").arg(i));
        f.addCommunication(manyId(i),
                           fate == Fate::NotPastRetention ? QStringLiteral("2024-03-01T09:00:00Z")
                                                          : QStringLiteral("2015-03-01T09:00:00Z"),
                           overrides);
        if (fate == Fate::HeldByItem)
            heldByItem << manyId(i);
        if (fate == Fate::Disposed)
            expected.insert(manyId(i));
    }
    f.import();
    // As a CMIS sync stores cmis:rm_holdIds set by someone in the repository.
    f.writer.exec("UPDATE communications SET repo_hold_ids = '[\"LEGAL-7\"]' "
                  "WHERE CAST(substr(id, 6) AS INTEGER) % 10 = 3");
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    HoldService(rm).create({QStringLiteral("Items"), {}, QStringLiteral("litigation"), heldByItem, {}, {}, {}});
    HoldService(rm).create({QStringLiteral("Customer"),
                            {},
                            QStringLiteral("complaint"),
                            {},
                            {},
                            QStringLiteral("customer"),
                            QStringLiteral("CUST-HELD")});

    QStringList asked;
    for (int i = 0; i < count; ++i)
        asked << manyId(i);
    const QStringList unknown{QStringLiteral("EXS-NONE-1"), QStringLiteral("EXS-NONE-2")};
    if (askedAsTyped) {
        std::reverse(asked.begin(), asked.end());
        for (QString &id : asked)
            id = id.toLower();
        asked += asked; // each twice
        asked += unknown;
    }
    const DispositionResult r = DispositionService(rm, f.data.path()).approve(asked, QStringLiteral("schedule"));

    // Disposed: exactly the eligible, unheld ones, under the cache's spelling, each once.
    QCOMPARE(QSet<QString>(r.disposed.cbegin(), r.disposed.cend()), expected);
    QCOMPARE(r.disposed.size(), expected.size());
    QCOMPARE(f.count("SELECT count(*) FROM rec.tombstones"), qint64(expected.size()));
    QCOMPARE(f.count("SELECT count(*) FROM communications"), qint64(count - expected.size()));
    // Skipped: every other id asked, once, with its own reason; each refusal recorded.
    QHash<QString, QString> skipped;
    for (const auto &[id, why] : r.skipped) {
        QVERIFY2(!skipped.contains(id.toLower()), qPrintable(id));
        skipped.insert(id.toLower(), why);
    }
    QCOMPARE(skipped.size(), count - expected.size() + (askedAsTyped ? unknown.size() : 0));
    for (int i = 0; i < count; ++i) {
        const Fate fate = fateOf(i);
        const QString why = skipped.value(manyId(i).toLower());
        QCOMPARE(why.isEmpty(), fate == Fate::Disposed);
        if (fate == Fate::HeldByItem || fate == Fate::HeldByScope || fate == Fate::HeldInRepository)
            QVERIFY2(why.contains(QLatin1String("hold")), qPrintable(why));
        if (fate == Fate::NotPastRetention)
            QVERIFY2(why.contains(QLatin1String("2031-03-01")), qPrintable(why));
    }
    QCOMPARE(f.refusals(QStringLiteral("disposition.approve")), qint64(skipped.size()));
    // One entry for the decision, naming the batch and every communication it disposed of.
    auto decision = f.writer.prepare("SELECT object_id, after FROM rec.audit_entries "
                                     "WHERE action = 'disposition.approve' AND outcome = 'done'");
    QVERIFY(decision.step());
    QCOMPARE(decision.columnText(0), r.batchId);
    const QJsonArray listed =
        QJsonDocument::fromJson(decision.columnUtf8(1)).object().value(QStringLiteral("communications")).toArray();
    QCOMPARE(listed.size(), expected.size());
    QVERIFY(!decision.step());
    // The batch, and its certificate listing every id disposed of.
    QCOMPARE(f.count("SELECT item_count FROM rec.disposition_batches"), qint64(expected.size()));
    QVERIFY2(r.certificateError.isEmpty(), qPrintable(r.certificateError));
    QVERIFY(QFile::exists(r.certificatePath));
}

QTEST_MAIN(TestDisposition)
#include "tst_disposition.moc"
