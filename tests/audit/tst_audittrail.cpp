// The audit trail: canonical JSON, the hash chain from 64 zeros, triggers refusing UPDATE
// and DELETE, verification naming the first entry edited behind the client's back, and
// the JSON-lines export.
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "audit/canonicaljson.h"
#include "cache/cachefile.h"
#include "tempdatafolder.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace proofdesk;
using namespace proofdesk::audit;

namespace {

AuditEntry entry(int i)
{
    AuditEntry e;
    e.at = 1790000000000 + i;
    e.user = QStringLiteral("rita");
    e.role = QStringLiteral("records");
    e.action = QStringLiteral("hold.create");
    e.objectType = QStringLiteral("hold");
    e.objectId = QStringLiteral("HOLD-%1").arg(i);
    e.reason = QStringLiteral("court order \"%1\"\n").arg(i);
    e.after =
        canonicalJson(QJsonObject{{QStringLiteral("items"), i}, {QStringLiteral("name"), QStringLiteral("Müller")}});
    e.device = QStringLiteral("dev-1");
    return e;
}

struct Trail
{
    TempDataFolder data;
    cache::Database db;
    Trail()
    {
        db = cache::CacheFile::openWriter(cache::CacheFile::prepare(data.path()).databasePath);
        for (int i = 1; i <= 10; ++i)
            AuditTrail(db).append(entry(i));
    }
    // Edits behind the client's back: the triggers are dropped first, as an attacker would.
    void tamper(const char *sql)
    {
        db.exec("DROP TRIGGER rec.audit_no_update");
        db.exec("DROP TRIGGER rec.audit_no_delete");
        db.exec(sql);
    }
};

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void canonicalJson_data();
    void canonicalJson();
    void chainStartsAtZerosAndHashesPrevPlusCanonical();
    void updateAndDeleteAreRefused_data();
    void updateAndDeleteAreRefused();
    void tamperingIsFoundAtTheRightEntry_data();
    void tamperingIsFoundAtTheRightEntry();
    void exportWritesOneCanonicalLinePerEntry();
    void filtersByUserActionAndObject();
};

void TestAuditTrail::canonicalJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("keys sorted, compact")
        << QJsonValue(QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QJsonArray{true, QJsonValue()}}})
        << QByteArray(R"({"a":[true,null],"b":1})");
    QTest::newRow("escapes") << QJsonValue(QStringLiteral("q\"b\\n\n\t\x01/")) << QByteArray(R"("q\"b\\n\n\t\u0001/")");
    QTest::newRow("utf-8 as is") << QJsonValue(QStringLiteral("Weiß €")) << QByteArray("\"Wei\xc3\x9f \xe2\x82\xac\"");
    QTest::newRow("numbers") << QJsonValue(QJsonArray{1, -2, 1.5, 1e15}) << QByteArray("[1,-2,1.5,1000000000000000]");
}

void TestAuditTrail::canonicalJson()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(audit::canonicalJson(value), expected);
}

void TestAuditTrail::chainStartsAtZerosAndHashesPrevPlusCanonical()
{
    Trail t;
    const QList<AuditEntry> all = AuditTrail(t.db).entries();
    QCOMPARE(all.size(), 10);
    QCOMPARE(all.first().prevHash, QString(64, QLatin1Char('0')));
    const AuditEntry &first = all.first();
    const QByteArray canonical =
        R"({"action":"hold.create","after":{"items":1,"name":"M)"
        "\xc3\xbc"
        R"(ller"},"at":1790000000001,"before":null,)"
        R"("device":"dev-1","object_id":"HOLD-1","object_type":"hold","outcome":"done","reason":"court order \"1\"\n",)"
        R"("role":"records","seq":1,"user":"rita"})";
    const QByteArray expected =
        QCryptographicHash::hash(QByteArray(QByteArray(64, '0') + canonical), QCryptographicHash::Sha256).toHex();
    QCOMPARE(first.hash.toLatin1(), expected);
    for (int i = 1; i < all.size(); ++i)
        QCOMPARE(all.at(i).prevHash, all.at(i - 1).hash);
    QVERIFY(AuditVerifier(t.db).verify().ok);
}

void TestAuditTrail::updateAndDeleteAreRefused_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("update") << QByteArray("UPDATE rec.audit_entries SET reason = 'nothing happened' WHERE seq = 3");
    QTest::newRow("delete") << QByteArray("DELETE FROM rec.audit_entries WHERE seq = 10");
    QTest::newRow("delete all") << QByteArray("DELETE FROM rec.audit_entries");
}

void TestAuditTrail::updateAndDeleteAreRefused()
{
    QFETCH(QByteArray, sql);
    Trail t;
    try {
        t.db.exec(sql.constData());
        QFAIL("the audit trail accepted a change");
    } catch (const cache::SqliteError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("append-only")), e.what());
    }
    QCOMPARE(AuditTrail(t.db).count(), 10);
    QVERIFY(AuditVerifier(t.db).verify().ok);
}

void TestAuditTrail::tamperingIsFoundAtTheRightEntry_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<qint64>("firstBad");
    QTest::newRow("reason changed") << QByteArray("UPDATE rec.audit_entries SET reason = 'routine' WHERE seq = 4")
                                    << qint64(4);
    QTest::newRow("user changed") << QByteArray("UPDATE rec.audit_entries SET user = 'bob' WHERE seq = 7") << qint64(7);
    QTest::newRow("after changed") << QByteArray("UPDATE rec.audit_entries SET after = '{\"items\":0}' WHERE seq = 2")
                                   << qint64(2);
    QTest::newRow("time changed") << QByteArray("UPDATE rec.audit_entries SET at = at - 1 WHERE seq = 9") << qint64(9);
    QTest::newRow("hash rewritten") << QByteArray("UPDATE rec.audit_entries SET hash = prev_hash WHERE seq = 5")
                                    << qint64(5);
    QTest::newRow("entry deleted") << QByteArray("DELETE FROM rec.audit_entries WHERE seq = 6") << qint64(6);
    QTest::newRow("first entry deleted") << QByteArray("DELETE FROM rec.audit_entries WHERE seq = 1") << qint64(1);
}

void TestAuditTrail::tamperingIsFoundAtTheRightEntry()
{
    QFETCH(QByteArray, sql);
    QFETCH(qint64, firstBad);
    Trail t;
    t.tamper(sql.constData());
    const VerifyResult r = AuditVerifier(t.db).verify();
    QVERIFY(!r.ok);
    QCOMPARE(r.firstBadSeq, firstBad);
    QVERIFY(r.problem.contains(QString::number(firstBad)));
}

void TestAuditTrail::exportWritesOneCanonicalLinePerEntry()
{
    Trail t;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QCOMPARE(AuditTrail(t.db).exportJsonLines(out), 10);
    const QList<QByteArray> lines = out.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 10);
    const QJsonObject third = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(third.value(QStringLiteral("seq")).toInt(), 3);
    QCOMPARE(third.value(QStringLiteral("hash")).toString().size(), 64);
    QCOMPARE(third.value(QStringLiteral("after")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Müller"));
    QCOMPARE(audit::canonicalJson(third), lines.at(2));
}

void TestAuditTrail::filtersByUserActionAndObject()
{
    Trail t;
    AuditEntry other = entry(11);
    other.user = QStringLiteral("alice");
    other.action = QStringLiteral("communication.view");
    AuditTrail(t.db).append(other);
    AuditFilter byUser;
    byUser.user = QStringLiteral("ALICE");
    QCOMPARE(AuditTrail(t.db).entries(byUser).size(), 1);
    AuditFilter byPrefix;
    byPrefix.action = QStringLiteral("hold.");
    QCOMPARE(AuditTrail(t.db).entries(byPrefix).size(), 10);
    AuditFilter byObject;
    byObject.objectId = QStringLiteral("hold-3");
    QCOMPARE(AuditTrail(t.db).entries(byObject).size(), 1);
    QVERIFY(AuditVerifier(t.db).verify().ok);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
