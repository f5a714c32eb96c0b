// The anchor file (spec/cli.md `audit anchor`): written whole, read back, refused with a
// reason a person can act on when it is not an anchor; and checkAnchor turning a chain that
// verifies on its own into a failure when the anchored entry is gone or was rewritten.
#include "audit/auditanchor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <stdexcept>

using namespace proofdesk::audit;

namespace {

const QString kHash = QStringLiteral("3f2a9c1b") + QString(56, QLatin1Char('e'));

} // namespace

class TestAuditAnchor : public QObject
{
    Q_OBJECT

private slots:
    void writtenAnchorReadsBack();
    void notAnAnchorFileIsRefused_data();
    void notAnAnchorFileIsRefused();
    void checkAnchor_data();
    void checkAnchor();
};

void TestAuditAnchor::writtenAnchorReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("head.json"));
    AuditAnchor{42, kHash}.writeFile(path);
    const AuditAnchor read = AuditAnchor::readFile(path);
    QCOMPARE(read.seq, 42);
    QCOMPARE(read.hash, kHash);
    QCOMPARE(read.toJson(), (QJsonObject{{QStringLiteral("seq"), 42}, {QStringLiteral("hash"), kHash}}));
    try {
        AuditAnchor{1, kHash}.writeFile(dir.filePath(QStringLiteral("no/such/folder/head.json")));
        QFAIL("an anchor was written into a folder that does not exist");
    } catch (const std::runtime_error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(
                     QStringLiteral("Cannot write %1: ").arg(dir.filePath(QStringLiteral("no/such/folder/head.json")))),
                 e.what());
    }
}

void TestAuditAnchor::notAnAnchorFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("content"); // null = no file at all
    QTest::addColumn<QString>("says");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("cannot read the anchor file");
    QTest::newRow("not JSON") << QByteArray("seq=4") << QStringLiteral("not a JSON object");
    QTest::newRow("a JSON array") << QByteArray("[4]") << QStringLiteral("not a JSON object");
    QTest::newRow("no seq") << ("{\"hash\":\"" + kHash.toLatin1() + "\"}") << QStringLiteral("no \"seq\"");
    QTest::newRow("negative seq") << ("{\"seq\":-1,\"hash\":\"" + kHash.toLatin1() + "\"}")
                                  << QStringLiteral("no \"seq\"");
    QTest::newRow("fractional seq") << ("{\"seq\":1.5,\"hash\":\"" + kHash.toLatin1() + "\"}")
                                    << QStringLiteral("no \"seq\"");
    QTest::newRow("short hash") << QByteArray("{\"seq\":3,\"hash\":\"abc\"}")
                                << QStringLiteral("64 hexadecimal digits");
    QTest::newRow("not hex") << ("{\"seq\":3,\"hash\":\"" + QByteArray(64, 'g') + "\"}")
                             << QStringLiteral("64 hexadecimal digits");
    QTest::newRow("huge file") << QByteArray(100000, ' ') << QStringLiteral("an anchor is a few dozen");
}

void TestAuditAnchor::notAnAnchorFileIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("head.json"));
    if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    try {
        AuditAnchor::readFile(path);
        QFAIL("not an anchor, read as one");
    } catch (const std::runtime_error &e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(says), e.what());
        QVERIFY2(message.contains(path), e.what()); // which file, for the person who gave it
    }
}

void TestAuditAnchor::checkAnchor_data()
{
    QTest::addColumn<bool>("chainOk");
    QTest::addColumn<qint64>("anchorSeq");
    QTest::addColumn<QString>("hashNow"); // null = the entry is gone
    QTest::addColumn<qint64>("firstBad"); // 0 = passes
    QTest::addColumn<QString>("problem");
    QTest::newRow("entry still there") << true << qint64(7) << kHash << qint64(0) << QString();
    QTest::newRow("entry removed") << true << qint64(7) << QString() << qint64(7)
                                   << QStringLiteral("entry 7, which the anchor of 3f2a9c1beeee… names, is missing: "
                                                     "the newest entries were removed");
    QTest::newRow("entry rewritten") << true << qint64(7) << QString(64, QLatin1Char('0')) << qint64(7)
                                     << QStringLiteral("the chain was rewritten");
    QTest::newRow("anchor of an empty trail") << true << qint64(0) << QString() << qint64(0) << QString();
    QTest::newRow("a broken chain is reported first")
        << false << qint64(7) << QString() << qint64(3) << QStringLiteral("entry 3 is missing");
}

void TestAuditAnchor::checkAnchor()
{
    QFETCH(bool, chainOk);
    QFETCH(qint64, anchorSeq);
    QFETCH(QString, hashNow);
    QFETCH(qint64, firstBad);
    QFETCH(QString, problem);
    VerifyResult result;
    result.entries = 9;
    if (!chainOk) {
        result.ok = false;
        result.firstBadSeq = 3;
        result.problem = QStringLiteral("entry 3 is missing (the next entry is 4)");
    }
    proofdesk::audit::checkAnchor(result, AuditAnchor{anchorSeq, kHash},
                                  hashNow.isNull() ? std::nullopt : std::optional(hashNow));
    QCOMPARE(result.ok, firstBad == 0);
    QCOMPARE(result.firstBadSeq, firstBad);
    QVERIFY2(result.problem.contains(problem), qPrintable(result.problem));
    QCOMPARE(result.entries, 9);
}

QTEST_GUILESS_MAIN(TestAuditAnchor)
#include "tst_auditanchor.moc"
