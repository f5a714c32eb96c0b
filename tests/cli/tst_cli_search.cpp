// proofdesk-cli search on the demo archive, as a person and a script read it: the total printed
// beside the rows is the number of rows listed whenever the list is complete (issue #43 item 0).
#include "cache/cachefile.h"
#include "cache/rowbits.h"
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
    void alteredStoredCountsAreToldAndLeftOut();

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

// Stored rows edited by hand (issue #44 item 4): the search says so, answers exactly without
// them and drops them; the next search has nothing to say.
void TestCliSearch::alteredStoredCountsAreToldAndLeftOut()
{
    using namespace proofdesk::cache;
    Database writer = CacheFile::openWriter(CacheFile::databasePath(m_data.path()));
    RowBitsOptions everyCache;
    everyCache.minRows = 100;
    refreshRowBits(writer, everyCache);
    QVERIFY(RowBits(writer).coveredUpTo(RowBits::wordKey("northbridge")));
    writer.exec("UPDATE rowbits SET n = n + 1000 WHERE key = 'word:northbridge'");
    const qint64 northbridge = writer.queryInt("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH 'northbridge'");
    const CliRun run = runCli(m_data.path(), {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("northbridge")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.object().value(QStringLiteral("total")).toInteger(), northbridge);
    QVERIFY2(run.err.contains("found altered") && run.err.contains("exact") && !run.err.contains("rowbits"), run.err.constData());
    QCOMPARE(writer.queryInt("SELECT count(*) FROM rowbits_cover"), qint64(0));
    const CliRun again = runCli(m_data.path(), {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("northbridge")});
    QCOMPARE(again.object().value(QStringLiteral("total")).toInteger(), northbridge);
    QVERIFY2(again.err.isEmpty(), again.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
