// A repository's JSON numbers as the connectors read them. fuzz_aspacepage found an
// ArchivesSpace id of 1e66 turned into a qint64 by a cast, which is undefined behaviour
// (UBSan: "1e+66 is outside the range of representable values of type 'long long'"); every
// reader now goes through util::jsonInteger. These rows keep that input and its relatives.
#include "sync/archivesspace/aspaceanswer.h"
#include "sync/cmis/cmisanswer.h"
#include "sync/http/propertymapping.h"
#include "util/jsoninteger.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <limits>

using namespace proofdesk;
using namespace proofdesk::sync;

namespace {

QJsonDocument json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", text);
    return doc;
}

} // namespace

class TestJsonNumbers : public QObject
{
    Q_OBJECT

private slots:
    void aNumberIsAnIntegerOnlyWhereADoubleHoldsOne_data();
    void aNumberIsAnIntegerOnlyWhereADoubleHoldsOne();
    void anArchivesSpaceIdListIsRefusedForAnIdThatIsNoInteger_data();
    void anArchivesSpaceIdListIsRefusedForAnIdThatIsNoInteger();
    void aCmisCountOutOfRangeIsUnknown_data();
    void aCmisCountOutOfRangeIsUnknown();
    void aTimeOutOfRangeIsNoTime();
};

void TestJsonNumbers::aNumberIsAnIntegerOnlyWhereADoubleHoldsOne_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("integer");
    QTest::addColumn<qint64>("value");
    QTest::newRow("zero") << 0.0 << true << qint64(0);
    QTest::newRow("an id") << 4711.0 << true << qint64(4711);
    QTest::newRow("a fraction, toward zero") << 1.9 << true << qint64(1);
    QTest::newRow("a negative fraction, toward zero") << -1.9 << true << qint64(-1);
    QTest::newRow("2^53") << 9007199254740992.0 << true << qint64(9007199254740992);
    QTest::newRow("-2^53") << -9007199254740992.0 << true << qint64(-9007199254740992);
    QTest::newRow("2^54") << 18014398509481984.0 << false << qint64(0);
    QTest::newRow("1e66 (fuzz_aspacepage)") << 1e66 << false << qint64(0);
    QTest::newRow("-1e66") << -1e66 << false << qint64(0);
    QTest::newRow("past qint64") << 1e19 << false << qint64(0);
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false << qint64(0);
    QTest::newRow("not a number") << std::nan("") << false << qint64(0);
}

void TestJsonNumbers::aNumberIsAnIntegerOnlyWhereADoubleHoldsOne()
{
    QFETCH(double, number);
    QFETCH(bool, integer);
    QFETCH(qint64, value);
    const std::optional<qint64> n = util::jsonInteger(number);
    QCOMPARE(n.has_value(), integer);
    if (integer)
        QCOMPARE(*n, value);
}

void TestJsonNumbers::anArchivesSpaceIdListIsRefusedForAnIdThatIsNoInteger_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("problem"); // empty: read
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("ids, sorted") << QByteArray("[3, 1, 2]") << QString() << QList<qint64>{1, 2, 3};
    QTest::newRow("none") << QByteArray("[]") << QString() << QList<qint64>{};
    QTest::newRow("1e66 (fuzz_aspacepage)")
        << QByteArray("[1, 1e66]") << QStringLiteral("an id is out of range") << QList<qint64>{};
    QTest::newRow("-1e66") << QByteArray("[-1e66, 2]") << QStringLiteral("an id is out of range") << QList<qint64>{};
    QTest::newRow("past qint64") << QByteArray("[92233720368547758070]") << QStringLiteral("an id is out of range")
                                 << QList<qint64>{};
    QTest::newRow("an id as text") << QByteArray(R"([1, "2"])") << QStringLiteral("an id is not a number")
                                   << QList<qint64>{};
}

void TestJsonNumbers::anArchivesSpaceIdListIsRefusedForAnIdThatIsNoInteger()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, problem);
    QFETCH(QList<qint64>, ids);
    QString why;
    const auto read = aspace::readIdList(json(answer.constData()), &why);
    QCOMPARE(why, problem);
    QCOMPARE(read.has_value(), problem.isEmpty());
    if (read)
        QCOMPARE(*read, ids);
}

void TestJsonNumbers::aCmisCountOutOfRangeIsUnknown_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<qint64>("count"); // -1: unknown (progress without a total)
    QTest::newRow("a count") << QByteArray(R"({"numItems": 120})") << qint64(120);
    QTest::newRow("none") << QByteArray("{}") << qint64(-1);
    QTest::newRow("negative") << QByteArray(R"({"numItems": -5})") << qint64(-1);
    QTest::newRow("1e66") << QByteArray(R"({"numItems": 1e66})") << qint64(-1);
    QTest::newRow("as text") << QByteArray(R"({"numItems": "120"})") << qint64(-1);
}

void TestJsonNumbers::aCmisCountOutOfRangeIsUnknown()
{
    QFETCH(QByteArray, answer);
    QFETCH(qint64, count);
    QCOMPARE(cmis::numItems(json(answer.constData()).object()), count);
}

void TestJsonNumbers::aTimeOutOfRangeIsNoTime()
{
    QCOMPARE(PropertyMapping::toTime(QJsonValue(1767225600000.0)), std::optional<qint64>(1767225600000));
    QCOMPARE(PropertyMapping::toTime(QJsonValue(1e66)), std::nullopt);
    QCOMPARE(PropertyMapping::toTime(QJsonValue(-1e66)), std::nullopt);
}

QTEST_GUILESS_MAIN(TestJsonNumbers)
#include "tst_jsonnumbers.moc"
