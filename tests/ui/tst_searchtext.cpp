// The pure helpers behind the search box: filter edits, completion words, history.
#include "querytext.h"
#include "searchcompleter.h"
#include "searchhistory.h"

#include <QtTest>

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void setFieldValueReplacesOrAppends_data();
    void setFieldValueReplacesOrAppends();
    void fieldValueReadsTheFirstPositiveToken();
    void completionWordIsTheLastWord_data();
    void completionWordIsTheLastWord();
    void historyRefinesWhileTypingAndPushesNewSearches();
};

void TestSearchText::setFieldValueReplacesOrAppends_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("append") << "garcia" << "type" << "statement" << "garcia type:statement";
    QTest::newRow("replace") << "type:invoice garcia" << "type" << "statement" << "garcia type:statement";
    QTest::newRow("remove") << "garcia channel:print" << "channel" << "" << "garcia";
    QTest::newRow("case-insensitive field") << "Channel:print x" << "channel" << "email" << "x channel:email";
    QTest::newRow("negation kept") << "-type:invoice" << "type" << "statement" << "-type:invoice type:statement";
    QTest::newRow("quoted value") << "x" << "campaign" << "Autumn 2026" << "x campaign:\"Autumn 2026\"";
    QTest::newRow("quoted replaced") << "campaign:\"a b\" x" << "campaign" << "" << "x";
    QTest::newRow("range") << "" << "issued" << "2026-01-01..2026-03-31" << "issued:2026-01-01..2026-03-31";
    QTest::newRow("emptied group") << "a (type:x)" << "type" << "" << "a";
}

void TestSearchText::setFieldValueReplacesOrAppends()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(querytext::setFieldValue(query, field, value), expected);
}

void TestSearchText::fieldValueReadsTheFirstPositiveToken()
{
    QCOMPARE(querytext::fieldValue(QStringLiteral("a type:statement"), QStringLiteral("type")), QStringLiteral("statement"));
    QCOMPARE(querytext::fieldValue(QStringLiteral("-type:statement"), QStringLiteral("type")), QString());
    QCOMPARE(querytext::fieldValue(QStringLiteral("unit:\"retail banking\""), QStringLiteral("unit")),
             QStringLiteral("retail banking"));
    QCOMPARE(querytext::fieldValue(QStringLiteral("subtype:x"), QStringLiteral("type")), QString());
}

void TestSearchText::completionWordIsTheLastWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::newRow("single") << "cust" << 0;
    QTest::newRow("second") << "garcia ty" << 7;
    QTest::newRow("negated") << "garcia -type:re" << 8;
    QTest::newRow("group") << "(chan" << 1;
    QTest::newRow("in quotes") << "campaign:\"autumn fe" << 0;
}

void TestSearchText::completionWordIsTheLastWord()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QCOMPARE(SearchCompleter::wordStart(text), start);
}

void TestSearchText::historyRefinesWhileTypingAndPushesNewSearches()
{
    SearchHistory history;
    history.record(QStringLiteral(""));
    history.record(QStringLiteral("gar"));
    history.record(QStringLiteral("garcia")); // refines "gar"
    history.record(QStringLiteral("channel:print"));
    QCOMPARE(history.size(), 3);
    QVERIFY(history.canGoBack());
    QCOMPARE(history.back(), QStringLiteral("garcia"));
    QCOMPARE(history.back(), QString());
    QVERIFY(!history.canGoBack());
    QCOMPARE(history.forward(), QStringLiteral("garcia"));
    history.record(QStringLiteral("type:invoice")); // a new branch drops the forward entries
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.size(), 3);
}

QTEST_MAIN(TestSearchText)
#include "tst_searchtext.moc"
