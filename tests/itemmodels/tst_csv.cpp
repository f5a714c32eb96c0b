// The one CSV writer of the results export and the audit report: RFC 4180 quoting, and a
// cell that a spreadsheet would run as a formula defused the way OWASP recommends.
#include "util/csv.h"

#include <QTest>

using namespace proofdesk;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAreQuotedAndDefused_data();
    void fieldsAreQuotedAndDefused();
    void recordJoinsFieldsAndEndsWithCrLf();
};

void TestCsv::fieldsAreQuotedAndDefused_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("García") << QStringLiteral("García");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("CR") << QStringLiteral("two\rlines") << QStringLiteral("\"two\rlines\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("formula char inside") << QStringLiteral("a=b+c-d@e") << QStringLiteral("a=b+c-d@e");
    // The six characters a spreadsheet starts a formula with: a quote prefixed, the cell quoted.
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                       << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("+") << QStringLiteral("+1+1") << QStringLiteral("\"'+1+1\"");
    QTest::newRow("-") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << QStringLiteral("\"'-2+3+cmd|' /C calc'!A0\"");
    QTest::newRow("@") << QStringLiteral("@SUM(1,2)") << QStringLiteral("\"'@SUM(1,2)\"");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
}

void TestCsv::fieldsAreQuotedAndDefused()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(util::csvField(value), expected);
}

void TestCsv::recordJoinsFieldsAndEndsWithCrLf()
{
    QCOMPARE(util::csvRecord({QStringLiteral("Müller"), QStringLiteral("a,b"), QString(), QStringLiteral("=1")}),
             QByteArray("M\xc3\xbcller,\"a,b\",,\"'=1\"\r\n"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
