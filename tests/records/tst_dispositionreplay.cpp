// Records that prove themselves (issue #62, dispositions): a batch and its tombstones are what
// its disposition.approve entry made them. A tombstone inserted with sqlite3 on records.sqlite
// (which would have the purge delete a letter and its bytes with no decision behind it), one
// deleted, a batch's reason or approver changed, a batch no entry made: each is named by `audit
// verify`, and the purge takes nothing out while any is; the honest path names nothing.
#include "handedit.h"
#include "records/disposition.h"
#include "records/dispositionreplay.h"
#include "records/localauditrecords.h"
#include "records/localrecordsfolder.h"
#include "recordsfixture.h"

using namespace proofdesk;
using namespace proofdesk::records;

class TestDispositionReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("PROOFDESK_DROP_COPY", "1"); }
    void theHonestPathNamesNothing();
    void aHandEditIsNamed_data();
    void aHandEditIsNamed();
    void aTombstoneAddedByHandDeletesNothing();

private:
    static void disposeOfTwo(RecordsFixture &f);
    static QString edit(RecordsFixture &f, const QString &sql);
    static audit::VerifyResult verify(RecordsFixture &f);
};

void TestDispositionReplay::disposeOfTwo(RecordsFixture &f)
{
    const QJsonObject old{
        {QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}}}};
    for (const char *id : {"EXS-A", "EXS-B", "EXS-C"})
        f.addCommunication(QLatin1String(id), QStringLiteral("2015-03-01T09:00:00Z"), old);
    f.import();
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    const DispositionResult r =
        DispositionService(rm, f.data.path())
            .approve({QStringLiteral("EXS-A"), QStringLiteral("EXS-B")}, QStringLiteral("schedule"));
    QCOMPARE(r.disposed.size(), 2);
}

QString TestDispositionReplay::edit(RecordsFixture &f, const QString &sql)
{
    return test::editByHand(QDir(f.data.path()).filePath(QStringLiteral("records.sqlite")), {sql});
}

audit::VerifyResult TestDispositionReplay::verify(RecordsFixture &f)
{
    const auto cora = f.as(QStringLiteral("cora"), Role::Compliance);
    LocalRecordsFolder folder(cora, f.data.path());
    return LocalAuditRecords(folder).verifyAudit({}, nullptr);
}

void TestDispositionReplay::theHonestPathNamesNothing()
{
    RecordsFixture f;
    disposeOfTwo(f);
    const QList<StateProblem> problems = DispositionReplay(f.writer).check();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).object + QLatin1Char(' ') + problems.value(0).problem));
    QVERIFY(verify(f).ok);
}

void TestDispositionReplay::aHandEditIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("tombstone added")
        << "INSERT INTO tombstones(comm_id, batch_id, disposed_at, approved_by, record_sha256) "
           "SELECT 'EXS-C', id, 0, 'rita', 'x' FROM disposition_batches"
        << "EXS-C is marked disposed by it, and entry";
    QTest::newRow("tombstone deleted") << "DELETE FROM tombstones WHERE comm_id = 'EXS-B'"
                                       << "disposed of EXS-B and its tombstone is gone";
    QTest::newRow("reason changed") << "UPDATE disposition_batches SET reason = 'court order'"
                                    << "the batch is not what entry";
    QTest::newRow("approver changed") << "UPDATE disposition_batches SET approved_by = 'carl'"
                                      << "the batch is not what entry";
    QTest::newRow("batch added") << "INSERT INTO disposition_batches(id, approved_by, approved_at, reason, item_count) "
                                    "VALUES('BATCH-X', 'rita', 0, 'schedule', 0)"
                                 << "no entry of the audit trail approved this batch";
}

void TestDispositionReplay::aHandEditIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    RecordsFixture f;
    disposeOfTwo(f);
    const QString error = edit(f, sql);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<StateProblem> problems = DispositionReplay(f.writer).check();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().problem.contains(named), qPrintable(problems.first().problem));
    const audit::VerifyResult v = verify(f);
    QVERIFY(!v.ok);
    QCOMPARE(v.state.size(), 1);
}

void TestDispositionReplay::aTombstoneAddedByHandDeletesNothing()
{
    RecordsFixture f;
    disposeOfTwo(f);
    QVERIFY(edit(f, QStringLiteral("INSERT INTO tombstones(comm_id, batch_id, disposed_at, approved_by, "
                                   "record_sha256) SELECT 'EXS-C', id, 0, 'rita', 'x' FROM disposition_batches"))
                .isEmpty());
    const PurgeResult purged = purgeDisposed(f.writer, f.data.path());
    QCOMPARE(purged.rows, 0);
    QCOMPARE(purged.refused.size(), 1);
    QVERIFY2(purged.refused.first().contains(QLatin1String("EXS-C")), qPrintable(purged.refused.first()));
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-C'"), 1);
}

QTEST_MAIN(TestDispositionReplay) // the certificate is a PDF drawn with QPdfWriter
#include "tst_dispositionreplay.moc"
