// The dashboards' numbers and the searches behind them: every bar's search finds exactly
// the bar's communications (the disposition chart included, where retention is not a
// search field), and a search's charts are the same whichever plan counts them.
#include "compliance/dashboardqueries.h"
#include "compliancefixture.h"
#include "search/searchengine.h"

using namespace proofdesk;

namespace {

const char kNow[] = "2026-10-10T00:00:00Z";

QJsonObject retained(const char *type, const char *cls, const char *trigger = nullptr, const char *channel = "email")
{
    QJsonObject r{{QStringLiteral("class"), QLatin1String(cls)}};
    if (trigger)
        r.insert(QStringLiteral("trigger_date"), QLatin1String(trigger));
    return QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                       {QStringLiteral("retention"), r},
                       {QStringLiteral("channel"), QLatin1String(channel)}};
}

qint64 searchTotal(cache::Database &db, const QString &query)
{
    const auto result = search::SearchEngine(db).run(query, 0);
    if (result.error)
        qWarning("%s: %s", qPrintable(query), qPrintable(result.error->message));
    return result.error ? -1 : result.total;
}

// Every value of every series, with its query unless told not to, as lines that compare in
// one QCOMPARE.
QStringList dump(const compliance::ChartData &chart, bool withQueries = true)
{
    QStringList out;
    for (const auto &s : chart.series) {
        for (int c = 0; c < chart.categories.size(); ++c)
            out << QStringLiteral("%1 / %2: %3 <%4>")
                       .arg(s.name, chart.categories.at(c))
                       .arg(s.values.value(c))
                       .arg(withQueries ? s.queries.value(c) : QString());
    }
    return out;
}

} // namespace

class TestDashboardQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dispositionBarOpensExactlyItsCommunications_data();
    void dispositionBarOpensExactlyItsCommunications();
    void inexactBarsAreMarkedAndExplained();
    void everyWeeklyBarAndPointOpensItsCount_data();
    void everyWeeklyBarAndPointOpensItsCount();
    void chartsOfASearchDoNotDependOnThePlan_data();
    void chartsOfASearchDoNotDependOnThePlan();

private:
    compliance::DashboardData load(const QString &query, qint64 driveLimit, int maxIds = 200);
    std::unique_ptr<ComplianceFixture> m_f;
};

// SVC-1Y (one year) and CORR-3Y (three years) due in the chart's year, with the cases a
// search by type and issue month cannot tell apart from the bar: a type filed under two
// classes, a trigger date other than issue, a held and a disposed-but-present one.
void TestDashboardQueries::initTestCase()
{
    m_f = std::make_unique<ComplianceFixture>();
    ComplianceFixture &f = *m_f;
    f.drop.append(QStringLiteral("retention/r.ndjson"),
                  R"({"class": "CORR-3Y", "title": "Correspondence", "years": 3, "trigger": "issued_at"})"
                  "\n");
    f.add(QStringLiteral("S-1"), QStringLiteral("2025-03-15T10:00:00Z"), retained("service_confirmation", "SVC-1Y"));
    f.add(QStringLiteral("S-2"), QStringLiteral("2025-10-05T10:00:00Z"),
          retained("service_confirmation", "SVC-1Y", nullptr, "print"));
    f.add(QStringLiteral("S-3"), QStringLiteral("2025-12-20T10:00:00Z"), retained("service_confirmation", "SVC-1Y"));
    f.add(QStringLiteral("S-4"), QStringLiteral("2025-12-01T10:00:00Z"),
          retained("service_confirmation", "SVC-1Y")); // held
    f.add(QStringLiteral("S-5"), QStringLiteral("2024-06-01T10:00:00Z"),
          retained("service_confirmation", "SVC-1Y")); // disposed
    f.add(QStringLiteral("S-6"), QStringLiteral("2025-08-01T10:00:00Z"),
          retained("service_confirmation", "SVC-1Y", "2025-11-15T00:00:00Z",
                   "print")); // period from its trigger
    f.add(QStringLiteral("S-7"), QStringLiteral("2026-02-10T10:00:00Z"), retained("notice", "SVC-1Y"));
    f.add(QStringLiteral("S-8"), QStringLiteral("2026-01-31T23:59:59Z"), retained("service_confirmation", "SVC-1Y"));
    f.add(QStringLiteral("K-1"), QStringLiteral("2023-05-01T10:00:00Z"), retained("letter", "CORR-3Y"));
    f.add(QStringLiteral("K-2"), QStringLiteral("2024-01-15T10:00:00Z"),
          retained("letter", "CORR-3Y", nullptr, "print"));
    f.add(QStringLiteral("K-3"), QStringLiteral("2024-01-20T10:00:00Z"), retained("letter", "CORR-3Y"));
    f.add(QStringLiteral("K-4"), QStringLiteral("2025-01-01T10:00:00Z"), retained("letter", "CORR-3Y"));
    f.add(QStringLiteral("K-5"), QStringLiteral("2026-02-11T10:00:00Z"),
          retained("notice", "CORR-3Y"));                                 // same type as S-7
    f.add(QStringLiteral("N-1"), QStringLiteral("2025-12-05T10:00:00Z")); // no retention class
    f.event(QStringLiteral("S-3"), "bounced", "2025-12-21T00:00:00Z");
    f.event(QStringLiteral("K-5"), "delivered", "2026-02-11T12:00:00Z");
    f.import();
    f.sql(QStringLiteral("INSERT INTO rec.holds(id, name, reason, created_by, created_at) "
                         "VALUES('HOLD-1', 'Matter', 'test', 't', 0);"
                         "INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) "
                         "VALUES('HOLD-1', 'S-4', 0, 't');"
                         "INSERT INTO rec.disposition_batches(id, approved_by, approved_at, "
                         "item_count) VALUES('B1', 'r', 0, 1);"
                         "INSERT INTO rec.tombstones(comm_id, batch_id, disposed_at, approved_by, "
                         "record_sha256) VALUES('S-5', 'B1', 0, 'r', 'x');"));
}

compliance::DashboardData TestDashboardQueries::load(const QString &query, qint64 driveLimit, int maxIds)
{
    compliance::DashboardQueries queries(m_f->writer, utc(kNow));
    queries.setScopeDriveLimit(driveLimit);
    queries.setMaxIdsPerBar(maxIds);
    return queries.load(query, 8);
}

void TestDashboardQueries::dispositionBarOpensExactlyItsCommunications_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("driveLimit");
    QTest::addColumn<qint64>("total"); // communications the chart counts
    const QList<std::tuple<const char *, QString, qint64>> scopes = {
        {"whole cache", QString(), 9},
        {"email", QStringLiteral("channel:email"), 6},
        {"print", QStringLiteral("channel:print"), 3},
        {"type", QStringLiteral("type:service_confirmation"), 5},
    };
    for (const auto &[name, query, total] : scopes) {
        QTest::newRow(qPrintable(QLatin1String(name) + QLatin1String(", from its rows")))
            << query << qint64(1000000) << total;
        QTest::newRow(qPrintable(QLatin1String(name) + QLatin1String(", from the cache's indexes")))
            << query << qint64(0) << total;
    }
}

void TestDashboardQueries::dispositionBarOpensExactlyItsCommunications()
{
    QFETCH(QString, query);
    QFETCH(qint64, driveLimit);
    QFETCH(qint64, total);
    const auto data = load(query, driveLimit);
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    const compliance::ChartData &chart = data.disposition;
    QCOMPARE(chart.categories.size(), 13);
    QCOMPARE(chart.total(), total);
    for (int s = 0; s < chart.series.size(); ++s) {
        for (int c = 0; c < chart.categories.size(); ++c) {
            const qint64 value = chart.series.at(s).values.at(c);
            const QString clicked = chart.queryAt(s, c);
            const QString where =
                QStringLiteral("%1 / %2: %3").arg(chart.series.at(s).name, chart.categories.at(c), clicked);
            QVERIFY2(chart.isExact(s, c), qPrintable(where));
            if (value == 0) {
                QVERIFY2(clicked.isEmpty(), qPrintable(where)); // nothing to open
                continue;
            }
            QCOMPARE(searchTotal(m_f->writer, clicked), value);
        }
    }
}

// With no room for ids, the bars that type and issue month cannot express keep the closest
// search, marked; the others stay exact.
void TestDashboardQueries::inexactBarsAreMarkedAndExplained()
{
    const auto chart = load(QString(), 1000000, 0).disposition;
    int inexact = 0;
    int byType = 0;
    for (int s = 0; s < chart.series.size(); ++s) {
        for (int c = 0; c < chart.categories.size(); ++c) {
            const qint64 value = chart.series.at(s).values.at(c);
            if (value == 0)
                continue;
            const qint64 found = searchTotal(m_f->writer, chart.queryAt(s, c));
            QCOMPARE(chart.isExact(s, c), found == value);
            inexact += chart.isExact(s, c) ? 0 : 1;
            byType += chart.queryAt(s, c).contains(QLatin1String("type:")) ? 1 : 0;
        }
    }
    // SVC-1Y: already due (S-5 disposed, S-6 issued before), November (S-6 by trigger),
    // February (S-7's type is CORR-3Y's too). Every bar still opens a type search.
    QCOMPARE(inexact, 3);
    QCOMPARE(byType, 8);
    QVERIFY(!chart.note.isEmpty());
}

void TestDashboardQueries::everyWeeklyBarAndPointOpensItsCount_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("driveLimit");
    QTest::newRow("whole cache") << QString() << qint64(0);
    QTest::newRow("a search, from its rows") << QStringLiteral("-type:letter") << qint64(1000000);
    QTest::newRow("a search, from the cache's indexes") << QStringLiteral("-type:letter") << qint64(0);
}

void TestDashboardQueries::everyWeeklyBarAndPointOpensItsCount()
{
    QFETCH(QString, query);
    QFETCH(qint64, driveLimit);
    const auto data = load(query, driveLimit);
    QVERIFY(data.weeklyByChannel.total() > 0 && data.deliveryOutcomes.total() > 0);
    for (const compliance::ChartData *chart : {&data.weeklyByChannel, &data.deliveryOutcomes}) {
        for (int s = 0; s < chart->series.size(); ++s) {
            for (int c = 0; c < chart->categories.size(); ++c)
                QCOMPARE(searchTotal(m_f->writer, chart->queryAt(s, c)), chart->series.at(s).values.at(c));
        }
    }
}

void TestDashboardQueries::chartsOfASearchDoNotDependOnThePlan_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("field") << QStringLiteral("channel:email");
    QTest::newRow("negation") << QStringLiteral("-type:letter");
    QTest::newRow("word") << QStringLiteral("monthly");
    QTest::newRow("date range") << QStringLiteral("issued:2025-10-01..2026-02-28");
    QTest::newRow("held") << QStringLiteral("hold:any");
    QTest::newRow("nothing") << QStringLiteral("id:NONE");
}

void TestDashboardQueries::chartsOfASearchDoNotDependOnThePlan()
{
    QFETCH(QString, query);
    const auto fromRows = load(query, 1000000);
    const auto fromIndexes = load(query, 0);
    QVERIFY2(fromRows.error.isEmpty() && fromIndexes.error.isEmpty(), qPrintable(fromRows.error + fromIndexes.error));
    QCOMPARE(dump(fromIndexes.weeklyByChannel), dump(fromRows.weeklyByChannel));
    QCOMPARE(dump(fromIndexes.deliveryOutcomes), dump(fromRows.deliveryOutcomes));
    QCOMPARE(dump(fromIndexes.holds), dump(fromRows.holds));
    // A small search knows each bar's types, the indexes guess a class's: the searches may
    // differ in wording (each is exact, see above), the counts may not.
    QCOMPARE(dump(fromIndexes.disposition, false), dump(fromRows.disposition, false));
    QCOMPARE(fromRows.holds.subtitle, fromIndexes.holds.subtitle);
}

QTEST_MAIN(TestDashboardQueries)
#include "tst_dashboardqueries.moc"
