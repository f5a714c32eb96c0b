// Records that prove themselves (issue #62, legal holds): a hold's row and the letters it holds
// are what its audit entries made them. Each hand edit made with sqlite3 on records.sqlite while
// nothing runs (a held letter deleted from the hold and so disposable, a hold marked released, a
// row added, renamed or deleted) is named by `audit verify` and refuses a disposition; the
// honest path (create, add, remove, add again, release, a matter's carry-over) names nothing.
#include "records/disposition.h"
#include "records/holdreplay.h"
#include "records/holdservice.h"
#include "records/localauditrecords.h"
#include "records/localrecordsfolder.h"
#include "records/recordserror.h"
#include "recordsfixture.h"

#include <sqlite3.h>

using namespace proofdesk;
using namespace proofdesk::records;

class TestHoldReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("PROOFDESK_DROP_COPY", "1"); }
    void theHonestPathNamesNothing();
    void aHandEditIsNamed_data();
    void aHandEditIsNamed();
    void aDeletedHoldItemRefusesTheDisposition();

private:
    static void fill(RecordsFixture &f);
    static QString handEdit(RecordsFixture &f, const QString &sql);
};

void TestHoldReplay::fill(RecordsFixture &f)
{
    const QJsonObject old{
        {QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}}}};
    for (const char *id : {"EXS-A", "EXS-B", "EXS-C", "EXS-D"})
        f.addCommunication(QLatin1String(id), QStringLiteral("2015-03-01T09:00:00Z"), old);
    f.import();
}

// As an attacker with sqlite3 on the file: another connection, no Proofdesk code, nothing running.
QString TestHoldReplay::handEdit(RecordsFixture &f, const QString &sql)
{
    sqlite3 *db = nullptr;
    const QByteArray path = QDir(f.data.path()).filePath(QStringLiteral("records.sqlite")).toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    // The columns compare with Proofdesk's collation `fold`: an editor who wants to write them
    // brings one of their own (Python's create_collation does it in a line).
    sqlite3_create_collation(db, "fold", SQLITE_UTF8, nullptr,
                             [](void *, int na, const void *a, int nb, const void *b) {
                                 return QString::fromUtf8(static_cast<const char *>(a), na)
                                     .compare(QString::fromUtf8(static_cast<const char *>(b), nb), Qt::CaseInsensitive);
                             });
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(error);
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

void TestHoldReplay::theHonestPathNamesNothing()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    HoldService holds(rm);
    const HoldInfo h = holds.create({QStringLiteral("H"),
                                     {},
                                     QStringLiteral("litigation"),
                                     {QStringLiteral("EXS-A"), QStringLiteral("exs-b")},
                                     {},
                                     {},
                                     {}});
    QCOMPARE(holds.addItems(h.id, {QStringLiteral("EXS-C"), QStringLiteral("EXS-A")}, QStringLiteral("more")), 1);
    QCOMPARE(holds.removeItems(h.id, {QStringLiteral("EXS-B")}, QStringLiteral("not relevant")), 1);
    QCOMPARE(holds.addItems(h.id, {QStringLiteral("EXS-B")}, QStringLiteral("relevant after all")), 1);
    const HoldInfo byQuery =
        holds.create({QStringLiteral("Q"), {}, QStringLiteral("audit"), {}, QStringLiteral("id:EXS-D"), {}, {}});
    holds.release(byQuery.id, QStringLiteral("audit closed"));
    // A matter text put on the hold by hand is named; taken away again, nothing is.
    QVERIFY(
        handEdit(f, QStringLiteral("UPDATE holds SET matter = 'Smith v Bank' WHERE id = '%1'").arg(h.id)).isEmpty());
    QVERIFY(!HoldReplay(f.writer).check().isEmpty()); // the text was put there by hand: named
    QVERIFY(handEdit(f, QStringLiteral("UPDATE holds SET matter = NULL WHERE id = '%1'").arg(h.id)).isEmpty());
    const QList<StateProblem> problems = HoldReplay(f.writer).check();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().problem));
    const auto rita = f.as(QStringLiteral("rita"), Role::Records);
    const DispositionResult done =
        DispositionService(rita, f.data.path()).approve({QStringLiteral("EXS-D")}, QStringLiteral("schedule"));
    QCOMPARE(done.disposed, QStringList{QStringLiteral("EXS-D")}); // released: no longer held
}

void TestHoldReplay::aHandEditIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    // %1 is the hold's id.
    QTest::newRow("a held letter deleted from the hold")
        << QStringLiteral("DELETE FROM hold_items WHERE hold_id = '%1' AND comm_id = 'EXS-A'")
        << QStringLiteral("it holds now are not those its entries");
    QTest::newRow("a held letter marked removed")
        << QStringLiteral("UPDATE hold_items SET removed_at = 1, removed_by = 'x' WHERE comm_id = 'EXS-A'")
        << QStringLiteral("it holds now are not those its entries");
    QTest::newRow("a letter added to the hold")
        << QStringLiteral("INSERT INTO hold_items(hold_id, comm_id, added_at, added_by) VALUES('%1', 'EXS-C', 1, 'x')")
        << QStringLiteral("it holds now are not those its entries");
    QTest::newRow("the hold marked released")
        << QStringLiteral("UPDATE holds SET released_at = 1790000000000, released_by = 'x', release_reason = 'y' "
                          "WHERE id = '%1'")
        << QStringLiteral("changed outside Proofdesk");
    QTest::newRow("the hold renamed") << QStringLiteral("UPDATE holds SET name = 'Other' WHERE id = '%1'")
                                      << QStringLiteral("changed outside Proofdesk");
    QTest::newRow("the hold deleted with its letters")
        << QStringLiteral("DELETE FROM hold_items WHERE hold_id = '%1'; DELETE FROM holds WHERE id = '%1'")
        << QStringLiteral("deleted outside Proofdesk");
    QTest::newRow("a hold no entry made") << QStringLiteral(
        "INSERT INTO holds(id, name, reason, created_by, created_at) VALUES('HOLD-X', 'X', 'r', 'x', 1)")
                                          << QStringLiteral("no entry of the audit trail made this hold");
}

void TestHoldReplay::aHandEditIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    const HoldInfo h = HoldService(rm).create({QStringLiteral("H"),
                                               {},
                                               QStringLiteral("litigation"),
                                               {QStringLiteral("EXS-A"), QStringLiteral("EXS-B")},
                                               {},
                                               {},
                                               {}});
    QVERIFY(HoldReplay(f.writer).check().isEmpty());
    const QString error = handEdit(f, QString(sql).replace(QLatin1String("%1"), h.id));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<StateProblem> problems = HoldReplay(f.writer).check();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().problem.contains(named), qPrintable(problems.first().problem));
    QVERIFY2(problems.first().object.contains(sql.contains(QLatin1String("HOLD-X")) ? QStringLiteral("HOLD-X") : h.id),
             qPrintable(problems.first().object));
    // audit verify says it too, and is no longer ok.
    const auto auditor = f.as(QStringLiteral("cora"), Role::Compliance);
    LocalRecordsFolder folder(auditor, f.data.path());
    const audit::VerifyResult v = LocalAuditRecords(folder).verifyAudit({}, nullptr);
    QVERIFY(!v.ok);
    QCOMPARE(v.state.size(), 1);
}

void TestHoldReplay::aDeletedHoldItemRefusesTheDisposition()
{
    RecordsFixture f;
    fill(f);
    const auto rm = f.as(QStringLiteral("rita"), Role::Records);
    const HoldInfo h = HoldService(rm).create(
        {QStringLiteral("H"), {}, QStringLiteral("litigation"), {QStringLiteral("EXS-A")}, {}, {}, {}});
    QVERIFY(handEdit(f, QStringLiteral("DELETE FROM hold_items WHERE hold_id = '%1'").arg(h.id)).isEmpty());
    try {
        DispositionService(rm, f.data.path()).approve({QStringLiteral("EXS-A")}, QStringLiteral("schedule"));
        QFAIL("a letter whose hold item was deleted by hand was disposed of");
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Refused);
        QVERIFY2(e.message().contains(h.id) && e.message().contains(QLatin1String("audit verify")),
                 qPrintable(e.message()));
    }
    QCOMPARE(f.count("SELECT count(*) FROM rec.tombstones"), 0);
    QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-A'"), 1);
    QCOMPARE(f.refusals(QStringLiteral("disposition.approve")), 1);
}

QTEST_MAIN(TestHoldReplay) // the certificate of a disposition lays out its text
#include "tst_holdreplay.moc"
