// proofdesk-cli search on the demo archive, as a person and a script read it: the total printed
// beside the rows is the number of rows listed whenever the list is complete (issue #43 item 0).
#include "clirunner.h"
#include "tempdatafolder.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

namespace {

// The last line of a text search, "N of T communications": N and T.
std::pair<int, qint64> shownOfTotal(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    static const QRegularExpression summary(QStringLiteral("^(\\d+) of (\\d+) communications$"));
    const auto match = summary.match(QString::fromUtf8(lines.last()));
    if (!match.hasMatch())
        return {-1, -1};
    return {match.captured(1).toInt(), match.captured(2).toLongLong()};
}

} // namespace

class TestCliSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theTotalIsTheRowsListed_data();
    void theTotalIsTheRowsListed();

private:
    TempDataFolder m_drop, m_data;
};

void TestCliSearch::initTestCase()
{
    const QString drop = m_drop.filePath(QStringLiteral("d"));
    QCOMPARE(runCli(m_data.path(), {QStringLiteral("demo"), QStringLiteral("--out"), drop, QStringLiteral("--count"),
                                    QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("1")})
                 .exitCode,
             0);
    QCOMPARE(runCli(m_data.path(), {QStringLiteral("import"), drop}).exitCode, 0);
}

void TestCliSearch::theTotalIsTheRowsListed_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("two fields, a negated word") << "type:statement channel:email -garcia";
    QTest::newRow("two fields, a negated prefix") << "type:statement channel:email -gar*";
    QTest::newRow("a field, a negated field, a negated word") << "type:statement -channel:email -garcia";
    QTest::newRow("a field and a status, a negated word") << "type:statement status:delivered -garcia";
    QTest::newRow("unit and channel, a negated word") << "unit:lending channel:web -garcia";
    QTest::newRow("three fields, a year, a negated word") << "type:statement channel:print unit:retail-banking issued:2025 -garcia";
    QTest::newRow("two fields and a word") << "type:statement channel:email garcia";
    QTest::newRow("two fields, a word, a negated word") << "type:statement channel:email dear -garcia";
}

// The text list and the JSON list, each whole (a limit past every match) and as the first 100.
void TestCliSearch::theTotalIsTheRowsListed()
{
    QFETCH(QString, query);
    for (const QString &limit : {QStringLiteral("100000"), QStringLiteral("100")}) {
        const CliRun text = runCli(m_data.path(), {QStringLiteral("search"), query, QStringLiteral("--limit"), limit});
        QCOMPARE(text.exitCode, 0);
        const auto [shown, total] = shownOfTotal(text.out);
        QVERIFY2(shown >= 0, text.out.right(200).constData());
        QCOMPARE(text.out.trimmed().count('\n'), shown); // one line per row, then the summary
        if (shown < limit.toInt()) // the list is complete
            QCOMPARE(total, qint64(shown));
        else
            QVERIFY(total >= shown);
        const CliRun json = runCli(m_data.path(), {QStringLiteral("--json"), QStringLiteral("search"), query,
                                                   QStringLiteral("--limit"), limit});
        QCOMPARE(json.exitCode, 0);
        const qint64 listed = json.object().value(QStringLiteral("results")).toArray().size();
        QCOMPARE(json.object().value(QStringLiteral("total")).toInteger(), total);
        if (listed < limit.toInt())
            QCOMPARE(total, listed);
    }
}

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
