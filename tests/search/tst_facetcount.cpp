// The month aggregate's exact counts (search/facetcount.h, cache/communicationcount.h, cache
// migration 10): each count against an independent count of the rows, the shapes it must
// refuse, and the aggregate kept right by every kind of write, by a bulk load and past the
// year 9999.
#include "cache/bulkload.h"
#include "cache/cachefile.h"
#include "cache/communicationcount.h"
#include "search/facetcount.h"
#include "search/queryparser.h"
#include "search/searchengine.h"
#include "searchfixture.h"

#include <QTest>

using namespace proofdesk::cache;
using namespace proofdesk::search;

namespace {

QueryNode parsed(const QString &query)
{
    const ParseResult result = QueryParser::parse(query);
    if (!result.ok())
        qFatal("test query does not parse: %s", qPrintable(query));
    return result.root;
}

qint64 rowsWhere(Database &db, const QString &where)
{
    return db.queryInt(
        QStringLiteral("SELECT count(*) FROM communications c WHERE %1").arg(where).toUtf8().constData());
}

// The aggregate, and the same grouping counted from the rows now, in one comparable text
// (lower case: a group's stored spelling is any of its NOCASE-equal values).
QStringList aggregateAndRecount(Database &db)
{
    QStringList seen;
    for (const char *sql :
         {"SELECT issued_at, lower(type), lower(channel), lower(status), lower(business_unit), sum(n) FROM "
          "agg_comm_month "
          "GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5",
          "SELECT CAST(strftime('%s', issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000, "
          "lower(type), "
          "lower(channel), lower(status), lower(business_unit), count(*) FROM communications GROUP BY 1, 2, 3, 4, 5 "
          "ORDER BY 1, 2, 3, 4, 5"}) {
        QString text;
        Statement st = db.prepare(sql);
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c)
                text += st.columnText(c) + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
        seen << text;
    }
    return seen;
}

void copyCommunication(Database &db, const QString &from, const QString &newId)
{
    QStringList columns;
    Statement info =
        db.prepare("SELECT name FROM pragma_table_info('communications') WHERE name NOT IN ('rowid', 'id')");
    while (info.step())
        columns << info.columnText(0);
    Statement st =
        db.prepare(QStringLiteral("INSERT INTO communications(id, %1) SELECT ?1, %1 FROM communications WHERE id = ?2")
                       .arg(columns.join(QLatin1String(", "))));
    st.bind(1, newId).bind(2, from).run();
}

} // namespace

class TestFacetCount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_fixture = std::make_unique<SearchFixture>(); }
    void countsEqualTheRows_data();
    void countsEqualTheRows();
    void refusesWhatItCannotAnswer_data();
    void refusesWhatItCannotAnswer();
    void theAggregateFollowsEveryWrite();
    void notAskedWhileABulkLoadDefersIt();
    void aMonthItCannotComputeIsNotGuessed();

private:
    std::unique_ptr<SearchFixture> m_fixture;
};

void TestFacetCount::countsEqualTheRows_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("rows"); // the same condition written by hand over communications
    QTest::newRow("type") << "type:statement"
                          << "c.type = 'statement'";
    QTest::newRow("type in another case") << "type:STATEMENT"
                                          << "lower(c.type) = 'statement'";
    QTest::newRow("negated channel") << "type:statement -channel:print"
                                     << "c.type = 'statement' AND c.channel <> 'print'";
    QTest::newRow("unit, both spellings") << "unit:retail"
                                          << "lower(c.business_unit) = 'retail'";
    QTest::newRow("not a unit counts rows without one")
        << "-unit:retail"
        << "c.business_unit IS NULL OR lower(c.business_unit) <> 'retail'";
    QTest::newRow("or of fields") << "unit:retail OR status:failed"
                                  << "lower(c.business_unit) = 'retail' OR c.status = 'failed'";
    QTest::newRow("month") << "issued:2026-11"
                           << "c.issued_at >= 1793491200000 AND c.issued_at < 1796083200000";
    QTest::newRow("year with unit and status")
        << "unit:insurance status:delivered issued:2026"
        << "c.business_unit = 'insurance' AND c.status = 'delivered' AND c.issued_at >= 1767225600000 "
           "AND c.issued_at < 1798761600000";
    QTest::newRow("months range") << "issued:2024-06..2026-10"
                                  << "c.issued_at >= 1717200000000 AND c.issued_at < 1793491200000";
    QTest::newRow("negated month and type") << "-(type:notice issued:2026-11)"
                                            << "NOT (c.type = 'notice' AND c.issued_at >= 1793491200000 "
                                               "AND c.issued_at < 1796083200000)";
    QTest::newRow("before a year") << "issued:<2025"
                                   << "c.issued_at < 1735689600000";
    QTest::newRow("nothing matches") << "type:nosuchtype"
                                     << "0";
    QTest::newRow("everything") << ""
                                << "1";
    QTest::newRow("nothing at all") << "-(type:statement OR -type:statement)"
                                    << "0";
}

// Each count against the rows, and the engine's total for it, which it must have taken from
// the aggregate (its explain log names the table).
void TestFacetCount::countsEqualTheRows()
{
    QFETCH(QString, query);
    QFETCH(QString, rows);
    Database db = m_fixture->openReader();
    const qint64 expected = rowsWhere(db, rows);
    const auto counted = FacetCount::count(db, parsed(query));
    QVERIFY(counted.has_value());
    QCOMPARE(*counted, expected);
    SearchEngine engine(db);
    QCOMPARE(engine.run(query, 2, 0).total, expected);
    QCOMPARE(engine.run(query, 0, 0).total, expected);
    QVERIFY(engine.explainCount(query).join(QLatin1Char('\n')).contains(QLatin1String("agg_comm_month")));
}

void TestFacetCount::refusesWhatItCannotAnswer_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("a day") << "type:notice issued:2026-11-15";
    QTest::newRow("a word") << "type:notice fee";
    QTest::newRow("a key") << "customer:CUST-1005";
    QTest::newRow("a field it does not keep") << "language:en";
    QTest::newRow("a day under an or") << "status:failed OR issued:2026-11-15";
    QTest::newRow("a negated word") << "-fee";
}

void TestFacetCount::refusesWhatItCannotAnswer()
{
    QFETCH(QString, query);
    Database db = m_fixture->openReader();
    QVERIFY(!FacetCount::answers(parsed(query)));
    QVERIFY(!FacetCount::count(db, parsed(query)).has_value());
}

// Inserts, deletes, a status change, a change of case only, a move across months and a unit
// set to NULL, one at a time: the aggregate equals the rows counted again after each.
void TestFacetCount::theAggregateFollowsEveryWrite()
{
    SearchFixture fixture;
    Database db = CacheFile::openWriter(fixture.databasePath());
    QCOMPARE(aggregateAndRecount(db).first(), aggregateAndRecount(db).last());
    const char *const writes[] = {
        "UPDATE communications SET status = 'bounced' WHERE id = 'T-a'",
        "UPDATE communications SET type = 'NOTICE' WHERE id = 'T-B'",
        "UPDATE communications SET issued_at = issued_at - 86400000 * 40 WHERE id = 'ARC-2024-000077'",
        "UPDATE communications SET business_unit = NULL WHERE id = 'T-a'",
        "UPDATE communications SET business_unit = 'Lending', channel = 'sms' WHERE id = 'T-a'",
        "DELETE FROM communications WHERE id = 'T-B'",
    };
    copyCommunication(db, QStringLiteral("T-a"), QStringLiteral("T-copy"));
    QStringList seen = aggregateAndRecount(db);
    QCOMPARE(seen.first(), seen.last());
    for (const char *sql : writes) {
        db.exec(sql);
        seen = aggregateAndRecount(db);
        QVERIFY2(seen.first() == seen.last(), sql);
        QCOMPARE(countCommunications(db), rowsWhere(db, QStringLiteral("1")));
    }
    QCOMPARE(*FacetCount::count(db, parsed(QStringLiteral("unit:lending channel:sms"))),
             rowsWhere(db, QStringLiteral("lower(c.business_unit) = 'lending' AND c.channel = 'sms'")));
}

// A bulk load drops the aggregate's triggers until it counts it again: meanwhile the count is
// taken from the rows, and after the recount from the aggregate again.
void TestFacetCount::notAskedWhileABulkLoadDefersIt()
{
    SearchFixture fixture;
    Database db = CacheFile::openWriter(fixture.databasePath());
    BulkLoad::deferIndexes(db);
    copyCommunication(db, QStringLiteral("T-a"), QStringLiteral("T-loaded"));
    const QString query = QStringLiteral("type:notice");
    QVERIFY(!FacetCount::count(db, parsed(query)).has_value());
    QVERIFY(!FacetCount::count(db, QueryNode()).has_value());
    const qint64 rows = rowsWhere(db, QStringLiteral("c.type = 'notice'"));
    const qint64 all = rowsWhere(db, QStringLiteral("1"));
    // The aggregate has not counted the loaded row: every communication is counted from the rows.
    QCOMPARE(db.queryInt("SELECT sum(n) FROM agg_comm_month"), all - 1);
    QCOMPARE(countCommunications(db), all);
    QCOMPARE(SearchEngine(db).run(query, 2, 0).total, rows);
    // Everything, and the complement of a negated word, counted from the rows meanwhile.
    QCOMPARE(SearchEngine(db).run(QString(), 2, 0).total, all);
    QCOMPARE(SearchEngine(db).run(QStringLiteral("-fee"), 2, 0).total,
             all - SearchEngine(db).run(QStringLiteral("fee"), 0, 0).total);
    BulkLoad::restoreIndexes(db);
    QCOMPARE(FacetCount::count(db, parsed(query)), std::optional<qint64>(rows));
    QCOMPARE(FacetCount::count(db, QueryNode()), std::optional<qint64>(all));
    QCOMPARE(countCommunications(db), all);
    const QStringList seen = aggregateAndRecount(db);
    QCOMPARE(seen.first(), seen.last());
}

// strftime has no month past the year 9999: such a row's month is NULL, and a query with
// dates is then counted from the rows (one without dates still from the aggregate).
void TestFacetCount::aMonthItCannotComputeIsNotGuessed()
{
    SearchFixture fixture;
    Database db = CacheFile::openWriter(fixture.databasePath());
    db.exec("UPDATE communications SET issued_at = 253402300800000 + 86400000 WHERE id = 'T-a'"); // 10000-01-02
    QCOMPARE(db.queryInt("SELECT count(*) FROM agg_comm_month WHERE issued_at IS NULL AND n > 0"), 1);
    QVERIFY(!FacetCount::count(db, parsed(QStringLiteral("issued:<2025"))).has_value());
    QCOMPARE(SearchEngine(db).run(QStringLiteral("-issued:<2025"), 2, 0).total,
             rowsWhere(db, QStringLiteral("c.issued_at >= 1735689600000")));
    QCOMPARE(FacetCount::count(db, parsed(QStringLiteral("status:failed"))),
             std::optional<qint64>(rowsWhere(db, QStringLiteral("c.status = 'failed'"))));
}

QTEST_GUILESS_MAIN(TestFacetCount)
#include "tst_facetcount.moc"
