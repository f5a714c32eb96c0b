// The fake CMIS repository's query grammar (tests/support/fakeservers/cmisquerygrammar.h),
// which stands for a repository that enforces CMIS 1.1: what it refuses and why, what it
// accepts, and how it evaluates what it accepts. A connector tested against it sends only
// statements a strict repository answers.
#include "cmisquerygrammar.h"
#include "fakecmistypes.h"

#include <QJsonArray>
#include <QTest>

using namespace fakeserver;

class TestCmisQueryGrammar : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatCmis11Forbids_data();
    void refusesWhatCmis11Forbids();
    void acceptsWhatCmis11Allows_data();
    void acceptsWhatCmis11Allows();
    void evaluatesConditions_data();
    void evaluatesConditions();
    void ordersByTheKeysWithAbsentValuesFirst();
    void lenientRepositoriesEvaluateOnlyEquality();
};

namespace {

cmisql::Properties documentProperties() { return FakeCmisTypes().queryProperties(QStringLiteral("cmis:document")); }

QString problemOf(const QString &statement)
{
    QString error;
    const auto parsed = cmisql::parse(statement, &error);
    if (!parsed)
        return QStringLiteral("syntax: ") + error;
    return cmisql::check(*parsed, documentProperties());
}

} // namespace

void TestCmisQueryGrammar::refusesWhatCmis11Forbids_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("named"); // a part of the refusal
    // The id listing of Proofdesk 0.x: a keyset on cmis:objectId.
    QTest::newRow("ORDER BY cmis:objectId (not orderable)")
        << QStringLiteral("SELECT cmis:objectId FROM cmis:document ORDER BY cmis:objectId ASC")
        << QStringLiteral("not orderable");
    QTest::newRow("cmis:objectId > '…' (an Id)")
        << QStringLiteral("SELECT cmis:objectId FROM cmis:document WHERE cmis:objectId > 'D1'")
        << QStringLiteral("compares only with =, <> and IN");
    QTest::newRow("<= on a Boolean") << QStringLiteral("SELECT * FROM cmis:document WHERE cmis:isLatestVersion <= TRUE")
                                     << QStringLiteral("compares only with =, <> and IN");
    QTest::newRow("IN on a Boolean") << QStringLiteral(
        "SELECT * FROM cmis:document WHERE cmis:isLatestVersion IN (TRUE)")
                                     << QStringLiteral("IN does not take");
    QTest::newRow("an unknown property in WHERE")
        << QStringLiteral("SELECT * FROM cmis:document WHERE acme:nothing = 'x'") << QStringLiteral("acme:nothing");
    QTest::newRow("an unknown property in the select list")
        << QStringLiteral("SELECT acme:nothing FROM cmis:document") << QStringLiteral("acme:nothing");
    QTest::newRow("ORDER BY an unknown property")
        << QStringLiteral("SELECT * FROM cmis:document ORDER BY acme:nothing") << QStringLiteral("acme:nothing");
    QTest::newRow("ORDER BY a multi-valued property")
        << QStringLiteral("SELECT * FROM cmis:document ORDER BY exs:contentBlocks")
        << QStringLiteral("exs:contentBlocks");
    QTest::newRow("a DateTime compared with a string")
        << QStringLiteral("SELECT * FROM cmis:document WHERE cmis:creationDate >= '2026-01-01T00:00:00.000Z'")
        << QStringLiteral("TIMESTAMP");
    QTest::newRow("an Integer compared with a string")
        << QStringLiteral("SELECT * FROM cmis:document WHERE cmis:contentStreamLength > '5'")
        << QStringLiteral("no integer literal");
    QTest::newRow("a String compared with a number")
        << QStringLiteral("SELECT * FROM cmis:document WHERE cmis:name = 5") << QStringLiteral("no string literal");
    QTest::newRow("LIKE on an Id") << QStringLiteral("SELECT * FROM cmis:document WHERE cmis:objectId LIKE 'D%'")
                                   << QStringLiteral("LIKE takes a string");
    QTest::newRow("a multi-valued property without ANY")
        << QStringLiteral("SELECT * FROM cmis:document WHERE exs:contentBlocks = 'CB-1:1'") << QStringLiteral("ANY");
    QTest::newRow("ANY on a single-valued property")
        << QStringLiteral("SELECT * FROM cmis:document WHERE 'x' = ANY cmis:name") << QStringLiteral("single-valued");
    QTest::newRow("CONTAINS under OR") << QStringLiteral(
        "SELECT * FROM cmis:document WHERE CONTAINS('fee') OR cmis:name = 'x'")
                                       << QStringLiteral("ANDed");
    QTest::newRow("CONTAINS twice") << QStringLiteral(
        "SELECT * FROM cmis:document WHERE CONTAINS('fee') AND CONTAINS('table')")
                                    << QStringLiteral("once");
    QTest::newRow("a syntax error") << QStringLiteral("SELECT * FROM cmis:document WHERE cmis:name = ")
                                    << QStringLiteral("syntax");
    QTest::newRow("an unclosed literal") << QStringLiteral("SELECT * FROM cmis:document WHERE cmis:name = 'x")
                                         << QStringLiteral("not closed");
    QTest::newRow("a JOIN") << QStringLiteral("SELECT * FROM cmis:document JOIN cmis:folder ON x = y")
                            << QStringLiteral("JOIN");
}

void TestCmisQueryGrammar::refusesWhatCmis11Forbids()
{
    QFETCH(QString, statement);
    QFETCH(QString, named);
    const QString problem = problemOf(statement);
    QVERIFY2(!problem.isEmpty(), qPrintable(statement));
    QVERIFY2(problem.contains(named), qPrintable(problem));
}

void TestCmisQueryGrammar::acceptsWhatCmis11Allows_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("the crawl") << QStringLiteral("SELECT * FROM cmis:document ORDER BY cmis:creationDate ASC");
    QTest::newRow("the id listing by date") << QStringLiteral(
        "SELECT cmis:objectId, cmis:creationDate FROM cmis:document WHERE (exs:channel = 'print') AND "
        "cmis:creationDate >= TIMESTAMP '2026-01-01T00:00:01.000Z' ORDER BY cmis:creationDate ASC");
    QTest::newRow("an id batch") << QStringLiteral(
        "SELECT * FROM cmis:document WHERE cmis:objectId IN ('a', 'b\\'c', 'd\\\\e')");
    QTest::newRow("<> and NOT IN on Ids")
        << QStringLiteral("SELECT * FROM cmis:document WHERE cmis:objectId <> 'a' AND cmis:objectTypeId NOT IN ('x')");
    QTest::newRow("= on a Boolean") << QStringLiteral("select * from cmis:document where cmis:isLatestVersion = true");
    QTest::newRow("ranges on strings, numbers and dates")
        << QStringLiteral("SELECT * FROM cmis:document WHERE cmis:name >= 'a' AND cmis:contentStreamLength < 10 AND "
                          "exs:issuedAt <= TIMESTAMP '2026-03-01T00:00:00.000+01:00'");
    QTest::newRow("multi-valued through ANY") << QStringLiteral(
        "SELECT * FROM cmis:document WHERE 'CB-1:1' = ANY exs:contentBlocks OR ANY exs:contentBlocks IN ('CB-2:1')");
    QTest::newRow("LIKE, IS NULL, NOT and parentheses")
        << QStringLiteral("SELECT * FROM cmis:document WHERE NOT (cmis:name LIKE 'D%' OR exs:claimId IS NULL) AND "
                          "exs:policyId IS NOT NULL");
    QTest::newRow("CONTAINS ANDed") << QStringLiteral(
        "SELECT cmis:objectId FROM cmis:document WHERE CONTAINS('fee -table') AND exs:channel = 'print'");
    QTest::newRow("ORDER BY two keys") << QStringLiteral(
        "SELECT * FROM cmis:document ORDER BY exs:issuedAt DESC, cmis:name");
}

void TestCmisQueryGrammar::acceptsWhatCmis11Allows()
{
    QFETCH(QString, statement);
    const QString problem = problemOf(statement);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCmisQueryGrammar::evaluatesConditions_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("matches");
    QTest::newRow("= on a string") << QStringLiteral("exs:channel = 'print'") << true;
    QTest::newRow("<> on a string") << QStringLiteral("exs:channel <> 'print'") << false;
    QTest::newRow("date >= (epoch ms value)")
        << QStringLiteral("cmis:creationDate >= TIMESTAMP '2026-01-01T00:00:00.000Z'") << true;
    QTest::newRow("date > itself") << QStringLiteral("cmis:creationDate > TIMESTAMP '2026-01-01T00:00:00.000Z'")
                                   << false;
    QTest::newRow("date (ISO text value) <")
        << QStringLiteral("exs:issuedAt < TIMESTAMP '2026-02-01T00:00:00.000Z'") << true;
    QTest::newRow("integer range") << QStringLiteral("cmis:contentStreamLength > 9 AND cmis:contentStreamLength <= 10")
                                   << true;
    QTest::newRow("IN") << QStringLiteral("cmis:objectId IN ('X', 'D1')") << true;
    QTest::newRow("NOT IN") << QStringLiteral("cmis:objectId NOT IN ('X', 'D1')") << false;
    QTest::newRow("LIKE with % and _") << QStringLiteral("cmis:name LIKE 'D_.p%'") << true;
    QTest::newRow("LIKE escaped %") << QStringLiteral("cmis:name LIKE 'D1\\%'") << false;
    QTest::newRow("IS NULL of an absent property") << QStringLiteral("exs:claimId IS NULL") << true;
    QTest::newRow("IS NOT NULL of a present one") << QStringLiteral("exs:channel IS NOT NULL") << true;
    QTest::newRow("= ANY") << QStringLiteral("'CB-2:3' = ANY exs:contentBlocks") << true;
    QTest::newRow("ANY IN") << QStringLiteral("ANY exs:contentBlocks IN ('CB-9:1', 'CB-1:1')") << true;
    QTest::newRow("ANY NOT IN (a value outside the list)")
        << QStringLiteral("ANY exs:contentBlocks NOT IN ('CB-1:1')") << true;
    QTest::newRow("CONTAINS a word") << QStringLiteral("CONTAINS('FEE')") << true;
    QTest::newRow("CONTAINS two words, one missing") << QStringLiteral("CONTAINS('fee zebra')") << false;
    QTest::newRow("CONTAINS with OR") << QStringLiteral("CONTAINS('zebra OR table')") << true;
    QTest::newRow("CONTAINS excluding a word") << QStringLiteral("CONTAINS('fee -table')") << false;
    QTest::newRow("CONTAINS a phrase") << QStringLiteral("CONTAINS('\"fee table\"')") << true;
    QTest::newRow("NOT, OR, parentheses")
        << QStringLiteral("NOT (exs:channel = 'email' OR exs:claimId IS NOT NULL)") << true;
}

void TestCmisQueryGrammar::evaluatesConditions()
{
    QFETCH(QString, where);
    QFETCH(bool, matches);
    const QJsonObject doc{
        {QStringLiteral("cmis:objectId"), QStringLiteral("D1")},
        {QStringLiteral("cmis:name"), QStringLiteral("D1.pdf")},
        {QStringLiteral("cmis:creationDate"), double(1767225600000)},
        {QStringLiteral("cmis:contentStreamLength"), 10},
        {QStringLiteral("exs:issuedAt"), QStringLiteral("2026-01-15T10:00:00Z")},
        {QStringLiteral("exs:channel"), QStringLiteral("print")},
        {QStringLiteral("exs:contentBlocks"), QJsonArray{QStringLiteral("CB-1:1"), QStringLiteral("CB-2:3")}}};
    QString error;
    const auto parsed = cmisql::parse(QStringLiteral("SELECT * FROM cmis:document WHERE ") + where, &error);
    QVERIFY2(parsed, qPrintable(error));
    const QString problem = cmisql::check(*parsed, documentProperties());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(cmisql::matches(*parsed->where, doc, documentProperties(), QStringLiteral("The fee table of 2026")),
             matches);
}

void TestCmisQueryGrammar::ordersByTheKeysWithAbsentValuesFirst()
{
    QString error;
    const auto parsed = cmisql::parse(
        QStringLiteral("SELECT * FROM cmis:document ORDER BY exs:channel, cmis:creationDate DESC"), &error);
    QVERIFY2(parsed, qPrintable(error));
    const auto doc = [](const char *channel, double created) {
        QJsonObject o{{QStringLiteral("cmis:creationDate"), created}};
        if (channel)
            o.insert(QStringLiteral("exs:channel"), QLatin1String(channel));
        return o;
    };
    const cmisql::Properties p = documentProperties();
    QVERIFY(cmisql::compare(doc(nullptr, 1), doc("email", 1), parsed->orderBy, p) < 0);
    QVERIFY(cmisql::compare(doc("email", 1), doc("print", 1), parsed->orderBy, p) < 0);
    QVERIFY(cmisql::compare(doc("print", 2), doc("print", 1), parsed->orderBy, p) < 0); // DESC
    QCOMPARE(cmisql::compare(doc("print", 1), doc("print", 1), parsed->orderBy, p), 0);
}

void TestCmisQueryGrammar::lenientRepositoriesEvaluateOnlyEquality()
{
    QString error;
    const auto eq = cmisql::parse(
        QStringLiteral("SELECT * FROM cmis:document WHERE cmis:objectId IN ('a') OR cmis:name = 'x'"), &error);
    const auto range = cmisql::parse(QStringLiteral("SELECT * FROM cmis:document WHERE cmis:name = 'x' AND "
                                                    "cmis:creationDate >= TIMESTAMP '2026-01-01T00:00:00.000Z'"),
                                     &error);
    QVERIFY(eq && range);
    QVERIFY(cmisql::usesOnlyEquality(*eq->where));
    QVERIFY(!cmisql::usesOnlyEquality(*range->where));
}

QTEST_GUILESS_MAIN(TestCmisQueryGrammar)
#include "tst_cmisquerygrammar.moc"
