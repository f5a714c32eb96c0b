#include "cache/holdsql.h"
#include "search/ftstext.h"
#include "search/queryparser.h"
#include "search/sqlcompiler.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace proofdesk::search;

namespace {

CompiledQuery compiled(const QString &query, SqlCompiler::SetUse use = SqlCompiler::SetUse::Drive)
{
    const ParseResult parsed = QueryParser::parse(query);
    if (!parsed.ok())
        qFatal("test query does not parse: %s", qPrintable(query));
    return SqlCompiler::compile(parsed.root, {use});
}

QStringList textParameters(const CompiledQuery &q)
{
    QStringList values;
    for (const QVariant &v : q.parameters)
        values << v.toString();
    return values;
}

qint64 utcMs(int y, int m, int d) { return QDate(y, m, d).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch(); }

} // namespace

class TestSqlCompiler : public QObject
{
    Q_OBJECT

private slots:
    void textTermsMergeIntoFewestMatches_data();
    void textTermsMergeIntoFewestMatches();
    void userTextIsQuotedForFts_data();
    void userTextIsQuotedForFts();
    void valuesAreBoundNeverSpliced();
    void blankQueryHasNoCondition();
    void datesBecomeHalfOpenRanges();
    void filterModeKeepsSetsFromDrivingThePlan();
    void negatedFieldsKeepRowsWithoutTheField();
    void probeModeAsksTheTextIndexPerRow();
    void selectiveLeadsKeepsLowCardinalityIndexesAway();
    void coverFieldsAnswersLaterFieldsFromTheirIndexes();
    void repositoryResolvesToOneId();
    void walksKeepFieldsUnderOrOffTheirIndexes();
};

void TestSqlCompiler::textTermsMergeIntoFewestMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("matches");
    QTest::addColumn<QStringList>("parameters");

    const auto row = [](const char *name, const char *query, int matches, const QStringList &parameters) {
        QTest::newRow(name) << QString::fromUtf8(query) << matches << parameters;
    };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    row("one word", "garcia", 1, {s("\"garcia\"")});
    row("implied and", "garcia muller", 1, {s("(\"garcia\" AND \"muller\")")});
    row("or inside and", "a b OR c", 1, {s("(\"a\" AND (\"b\" OR \"c\"))")});
    row("negated word subtracts", "a -b", 1, {s("(\"a\" NOT \"b\")")});
    row("several negations subtract once", "a -b -c", 1, {s("(\"a\" NOT (\"b\" OR \"c\"))")});
    row("negated group subtracts", "-(a OR b) c", 1, {s("(\"c\" NOT (\"a\" OR \"b\"))")});
    row("only negations: one NOT IN", "-a -b", 1, {s("(\"a\" OR \"b\")")});
    row("words around a field merge", "a type:notice b", 1, {s("(\"a\" AND \"b\")"), s("notice")});
    row("word or field", "a OR type:notice", 1, {s("\"a\""), s("notice")});
    row("mixed group cannot merge with its sibling", "(a type:notice) OR b", 2, {s("\"b\""), s("\"a\""), s("notice")});
    row("prefix", "renew*", 1, {s("\"renew\" *")});
    row("phrase", "\"fee change\"", 1, {s("\"fee change\"")});
    row("fields only: no match", "type:notice channel:sms", 0, {s("notice"), s("sms")});
}

void TestSqlCompiler::textTermsMergeIntoFewestMatches()
{
    QFETCH(QString, query);
    QFETCH(int, matches);
    QFETCH(QStringList, parameters);
    const CompiledQuery q = compiled(query);
    QCOMPARE(int(q.where.count(QLatin1String("MATCH ?"))), matches);
    QCOMPARE(textParameters(q), parameters);
    QCOMPARE(int(q.where.count(QLatin1Char('?'))), int(q.parameters.size()));
}

void TestSqlCompiler::userTextIsQuotedForFts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QString>("fts");
    QTest::newRow("plain") << QStringLiteral("garcia") << false << QStringLiteral("\"garcia\"");
    QTest::newRow("fts operators are just text") << QStringLiteral("NEAR") << false << QStringLiteral("\"NEAR\"");
    QTest::newRow("column filter syntax is just text")
        << QStringLiteral("names:garcia") << false << QStringLiteral("\"names:garcia\"");
    QTest::newRow("caret is just text") << QStringLiteral("^garcia") << false << QStringLiteral("\"^garcia\"");
    QTest::newRow("quote is doubled") << QStringLiteral("a\"b") << false << QStringLiteral("\"a\"\"b\"");
    QTest::newRow("prefix star goes outside the quotes")
        << QStringLiteral("o'bri") << true << QStringLiteral("\"o'bri\" *");
}

void TestSqlCompiler::userTextIsQuotedForFts()
{
    QFETCH(QString, text);
    QFETCH(bool, prefix);
    QFETCH(QString, fts);
    QCOMPARE(ftsString(text, prefix), fts);
}

void TestSqlCompiler::valuesAreBoundNeverSpliced()
{
    const QString evil = QStringLiteral("x'); DROP TABLE communications; --");
    const CompiledQuery q = compiled(QStringLiteral("type:\"%1\" repo:\"%1\" block:\"%1\" hold:\"%1\"").arg(evil));
    QVERIFY(!q.where.contains(QLatin1String("DROP")));
    // Each value once per '?' (a hold id fills every parameter of the hold SQL).
    QCOMPARE(textParameters(q), QStringList(3 + proofdesk::cache::holdsql::memberParameterCount(), evil));
}

void TestSqlCompiler::blankQueryHasNoCondition()
{
    const CompiledQuery q = compiled(QString());
    QCOMPARE(q.where, QStringLiteral("1"));
    QVERIFY(q.parameters.isEmpty());
}

void TestSqlCompiler::datesBecomeHalfOpenRanges()
{
    const CompiledQuery month = compiled(QStringLiteral("issued:2026-10"));
    QCOMPARE(month.where, QStringLiteral("(c.issued_at >= ? AND c.issued_at < ?)"));
    QCOMPARE(month.parameters,
             QList<QVariant>({QVariant::fromValue(utcMs(2026, 10, 1)), QVariant::fromValue(utcMs(2026, 11, 1))}));
    const CompiledQuery openStart = compiled(QStringLiteral("issued:..2026-03-31"));
    QCOMPARE(openStart.where, QStringLiteral("c.issued_at < ?"));
    QCOMPARE(openStart.parameters, QList<QVariant>({QVariant::fromValue(utcMs(2026, 4, 1))}));
}

void TestSqlCompiler::filterModeKeepsSetsFromDrivingThePlan()
{
    const QString query = QStringLiteral("garcia block:B hold:H");
    const CompiledQuery drive = compiled(query, SqlCompiler::SetUse::Drive);
    const CompiledQuery filter = compiled(query, SqlCompiler::SetUse::Filter);
    QCOMPARE(int(drive.where.count(QLatin1String("+c.rowid"))), 0);
    QCOMPARE(int(filter.where.count(QLatin1String("+c.rowid IN"))), 3);
    QCOMPARE(filter.parameters, drive.parameters);
}

void TestSqlCompiler::negatedFieldsKeepRowsWithoutTheField()
{
    // NOT (NULL = 'x') is NULL, which would drop the rows without an account.
    const CompiledQuery q = compiled(QStringLiteral("-account:ACC-1"));
    QCOMPARE(q.where, QStringLiteral("(c.account_id = ?) IS NOT 1"));
}

void TestSqlCompiler::probeModeAsksTheTextIndexPerRow()
{
    const CompiledQuery q = compiled(QStringLiteral("garcia type:notice"), SqlCompiler::SetUse::Probe);
    QCOMPARE(q.where, QStringLiteral("(EXISTS (SELECT 1 FROM comm_fts WHERE comm_fts.rowid = "
                                     "c.rowid AND comm_fts MATCH ?) AND c.type = ?)"));
    const CompiledQuery negated = compiled(QStringLiteral("-garcia"), SqlCompiler::SetUse::Probe);
    QVERIFY(negated.where.startsWith(QLatin1String("NOT EXISTS (")));
}

void TestSqlCompiler::selectiveLeadsKeepsLowCardinalityIndexesAway()
{
    const ParseResult parsed = QueryParser::parse(QStringLiteral("garcia type:notice customer:C1 issued:2026"));
    const CompiledQuery q = SqlCompiler::compile(parsed.root, {SqlCompiler::SetUse::Drive, true});
    QVERIFY2(q.where.contains(QLatin1String("+c.type = ?")), qPrintable(q.where));
    QVERIFY2(q.where.contains(QLatin1String("+c.issued_at >= ?")), qPrintable(q.where));
    QVERIFY2(q.where.contains(QLatin1String(" c.customer_id = ?")), qPrintable(q.where));
    QVERIFY2(q.where.contains(QLatin1String("(c.rowid IN (")),
             qPrintable(q.where)); // the text drives
}

void TestSqlCompiler::coverFieldsAnswersLaterFieldsFromTheirIndexes()
{
    const ParseResult parsed = QueryParser::parse(QStringLiteral("fixity:failed status:bounced channel:sms"));
    const CompiledQuery q = SqlCompiler::compile(parsed.root, {SqlCompiler::SetUse::Drive, false, true});
    const QString seek = QStringLiteral("EXISTS (SELECT 1 FROM communications x WHERE x.%1 = ? "
                                        "AND x.issued_at = c.issued_at AND +x.id = c.id)");
    QCOMPARE(q.where, QStringLiteral("(c.fixity = ? AND %1 AND %2)")
                          .arg(seek.arg(QLatin1String("status")), seek.arg(QLatin1String("channel"))));
}

void TestSqlCompiler::repositoryResolvesToOneId()
{
    // = (scalar subquery) lets comm_repo(repo_id, issued_at, id) give the order; IN would not.
    QCOMPARE(compiled(QStringLiteral("repo:archive")).where,
             QStringLiteral("c.repo_id = (SELECT id FROM repositories WHERE name = ?)"));
}

void TestSqlCompiler::walksKeepFieldsUnderOrOffTheirIndexes()
{
    const QString query = QStringLiteral("type:notice (status:none OR issued:2026)");
    QCOMPARE(compiled(query, SqlCompiler::SetUse::Drive).where,
             QStringLiteral("(c.type = ? AND (c.status = ? OR (c.issued_at >= ? AND c.issued_at < ?)))"));
    QCOMPARE(compiled(query, SqlCompiler::SetUse::Filter).where,
             QStringLiteral("(c.type = ? AND (+c.status = ? OR (+c.issued_at >= ? AND +c.issued_at < ?)))"));
}

QTEST_APPLESS_MAIN(TestSqlCompiler)
#include "tst_sqlcompiler.moc"
