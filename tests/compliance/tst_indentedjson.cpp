// util::indentedjson writes what QJsonDocument::toJson(Indented) writes, byte for byte: a
// production's metadata files are hashed and listed in its manifest, so a writer that differed
// in one escape or one number would make files that disagree with what Qt reads back.
#include "util/indentedjson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <limits>

using namespace proofdesk::util;

namespace {

QString unit(char16_t u) { return QString(QChar(u)); }

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    static const QList<QString> strings{QString(),
                                        QStringLiteral("plain"),
                                        QStringLiteral("quote \" and \\ back"),
                                        QStringLiteral("tab\tnew\nline\r\b\f"),
                                        QStringLiteral("é中\u00ff"),
                                        QStringLiteral("\U0001F600 pair"),
                                        unit(0xd800) + QStringLiteral("x"),
                                        QStringLiteral("x") + unit(0xdc00),
                                        unit(0x1f) + unit(0x7f) + unit(0x00),
                                        QStringLiteral("\uffff\ufffe")};
    switch (random.bounded(depth > 3 ? 5 : 7)) {
    case 0:
        return strings.at(random.bounded(strings.size()));
    case 1:
        return double(random.bounded(-1000000, 1000000));
    case 2:
        return random.generateDouble() * 1e6 - 5e5;
    case 3:
        return random.bounded(2) == 1;
    case 4:
        return QJsonValue();
    case 5: {
        QJsonArray array;
        for (int i = random.bounded(4); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = random.bounded(5); i > 0; --i)
            object.insert(strings.at(random.bounded(strings.size())) + QString::number(i),
                          randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

class TestIndentedJson : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQt_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("empty object") << QJsonValue(QJsonObject());
        QTest::newRow("empty array") << QJsonValue(QJsonArray());
        QTest::newRow("empties nested") << QJsonValue(
            QJsonObject{{QStringLiteral("a"), QJsonArray()},
                        {QStringLiteral("o"), QJsonObject()},
                        {QStringLiteral("deep"),
                         QJsonArray{QJsonArray{QJsonObject()}, QJsonObject{{QStringLiteral("x"), QJsonArray()}}}}});
        QTest::newRow("escapes") << QJsonValue(QJsonObject{
            {QStringLiteral("k\"\\\n"), QStringLiteral("\b\f\n\r\t\x01\x1f \"/\\")}, {QString(), QString()}});
        QTest::newRow("non-ASCII") << QJsonValue(QJsonArray{QStringLiteral("José García"), QStringLiteral("中文"),
                                                            QStringLiteral("\U0001F600"),
                                                            QStringLiteral("\u2028\u2029")});
        QTest::newRow("lone surrogates") << QJsonValue(QJsonArray{unit(0xd800), QString(unit(0xdbff) + u'a'),
                                                                  unit(0xdc00), QString(unit(0xdfff) + unit(0xd800)),
                                                                  QString(u'a' + unit(0xd83d))});
        QTest::newRow("integers") << QJsonValue(
            QJsonArray{QJsonValue(0), QJsonValue(-1), QJsonValue(1), QJsonValue(9007199254740992.0),
                       QJsonValue(-9007199254740992.0), QJsonValue(std::numeric_limits<qint64>::max()),
                       QJsonValue(std::numeric_limits<qint64>::min()), QJsonValue(1e18)});
        QTest::newRow("doubles") << QJsonValue(QJsonArray{0.1, -0.0, 1.5, 1e300, 5e-324, 1e21, 123456.789, 1.0 / 3});
        QTest::newRow("not finite") << QJsonValue(QJsonArray{std::numeric_limits<double>::infinity(),
                                                             -std::numeric_limits<double>::infinity(),
                                                             std::numeric_limits<double>::quiet_NaN()});
        QTest::newRow("bool and null") << QJsonValue(QJsonObject{
            {QStringLiteral("t"), true}, {QStringLiteral("f"), false}, {QStringLiteral("n"), QJsonValue()}});
        QRandomGenerator random(61);
        for (int i = 0; i < 200; ++i) {
            QJsonValue value = randomValue(random, 0);
            if (!value.isObject())
                value = QJsonObject{{QStringLiteral("v"), value}};
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(i))) << value;
        }
    }

    void sameBytesAsQt()
    {
        QFETCH(QJsonValue, value);
        if (value.isObject()) {
            QCOMPARE(indentedjson::document(value.toObject()),
                     QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
        } else {
            QCOMPARE(indentedjson::document(value.toArray()),
                     QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
        }
    }

    // A value one level deep is the document with every line after the first indented by four
    // more spaces, without the final newline: how a production splices a letter's record into
    // its metadata file.
    void aNestedValueIsTheDocumentIndentedOnce()
    {
        const QJsonObject object{{QStringLiteral("a"), QJsonArray{1, QJsonObject{{QStringLiteral("b"), QString()}}}},
                                 {QStringLiteral("c"), QJsonObject()}};
        QByteArray nested;
        indentedjson::append(nested, object, 1);
        QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Indented);
        expected.chop(1);
        expected.replace("\n", "\n    ");
        QCOMPARE(nested, expected);
    }

    // What is written is read back as the same value.
    void readsBackAsWritten()
    {
        QRandomGenerator random(66);
        for (int i = 0; i < 100; ++i) {
            const QJsonObject object{{QStringLiteral("v"), randomValue(random, 0)}};
            QJsonParseError error;
            const QJsonDocument back = QJsonDocument::fromJson(indentedjson::document(object), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(back.object(), object);
        }
    }
};

QTEST_GUILESS_MAIN(TestIndentedJson)
#include "tst_indentedjson.moc"
