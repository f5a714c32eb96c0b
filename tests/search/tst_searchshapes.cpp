// Every shape of query the planner treats apart, against plain SQL: a date range (none, whole
// months, part-months), zero to three field values (stored rows or not), and up to two words
// and prefixes (a stored word, a word too rare to be stored, a prefix of a common word, a
// prefix of rare ones), each maybe negated. The total, the first page and the whole list are
// compared, on a cache with stored rows (cache/rowbits.h), without them, and with the costs
// a large cache has, which reach the range and narrow drivers (issue #43 item 0: two field
// values and a negated word counted as if the word were not there).
#include "cache/cachefile.h"
#include "cache/rowbits.h"
#include "search/searchengine.h"
#include "tempdatafolder.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace proofdesk::cache;
using namespace proofdesk::search;

namespace {

constexpr int kRows = 800;

qint64 utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch(); }

// One value of each field, with a share of rows that leaves every combination some matches.
const char *pick(QRandomGenerator &rnd, std::initializer_list<const char *> values)
{
    return values.begin()[rnd.bounded(int(values.size()))];
}

// kRows communications with three types, channels and statuses, a unit that may be absent,
// issued across 2025 and 2026 in no order of rowid, and text of common, mid and rare words.
void fill(Database &db)
{
    Transaction tx(db);
    db.exec("INSERT INTO repositories(name, kind, url) VALUES('drop', 'drop', '/drop')");
    QRandomGenerator rnd(43);
    const std::pair<const char *, int> vocabulary[] = {{"balance", 70}, {"statement", 40}, {"garcia", 7},
                                                       {"jasanu", 5},   {"pilot", 3},      {"pilotage", 2}};
    Statement comm = db.prepare(
        "INSERT INTO communications(id, repo_id, type, issued_at, channel, template_id, template_version, "
        "rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, customer_id, record_hash, "
        "business_unit, status) VALUES(?1, 1, ?2, ?3, ?4, 'T', '1', 'x.pdf', 'application/pdf', '00', 1, 'N', ?5, 'h', "
        "?6, ?7)");
    for (int i = 0; i < kRows; ++i) {
        const QString id = QStringLiteral("EXS-%1").arg(i, 6, 10, QLatin1Char('0'));
        const qint64 issued = utc("2025-01-01T00:00:00Z") + qint64(rnd.bounded(730)) * 86400000 + rnd.bounded(86400000);
        comm.bind(1, id)
            .bind(2, QLatin1String(pick(rnd, {"invoice", "letter", "notice"})))
            .bind(3, issued)
            .bind(4, QLatin1String(pick(rnd, {"email", "email", "print", "web"})))
            .bind(5, QStringLiteral("C%1").arg(rnd.bounded(40)));
        if (rnd.bounded(5) == 0)
            comm.bindNull(6);
        else
            comm.bind(6, QLatin1String(pick(rnd, {"retail", "lending"})));
        comm.bind(7, QLatin1String(pick(rnd, {"delivered", "delivered", "bounced", "none"})));
        comm.run();
        comm.reset();
        QStringList words{QStringLiteral("dear")};
        for (const auto &[word, percent] : vocabulary) {
            if (int(rnd.bounded(100)) < percent)
                words << QString::fromLatin1(word);
        }
        const qint64 r = db.queryInt("SELECT last_insert_rowid()");
        for (const char *table : {"comm_text", "comm_fts"}) {
            db.prepareCached(QStringLiteral("INSERT INTO %1(rowid, body, names, ids) VALUES(?1, ?2, '', ?3)")
                                 .arg(QLatin1String(table)))
                .bind(1, r)
                .bind(2, words.join(QLatin1Char(' ')))
                .bind(3, id)
                .run();
        }
    }
    tx.commit();
}

// One condition of a query: its text in the search syntax, and in plain SQL over communications c.
struct Part
{
    QString query;
    QString where;
};

Part text(const char *term)
{
    return {
        QLatin1String(term),
        QStringLiteral("c.rowid IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH '%1')").arg(QLatin1String(term))};
}

Part field(const char *name, const char *column, const char *value)
{
    return {QStringLiteral("%1:%2").arg(QLatin1String(name), QLatin1String(value)),
            QStringLiteral("c.%1 = '%2'").arg(QLatin1String(column), QLatin1String(value))};
}

// A negated field keeps the rows without a value (search-syntax.md).
Part negated(const Part &part)
{
    return {QLatin1Char('-') + part.query, QStringLiteral("(%1) IS NOT 1").arg(part.where)};
}

Part dates(const char *label, const char *from, const char *to)
{
    return {QLatin1String(label), QStringLiteral("c.issued_at >= %1 AND c.issued_at < %2").arg(utc(from)).arg(utc(to))};
}

// Each item absent, present or negated: every combination of `items`, as lists of parts.
QList<QList<Part>> combinations(const QList<Part> &items, int maxPresent)
{
    QList<QList<Part>> out{{}};
    for (const Part &item : items) {
        QList<QList<Part>> next;
        for (const QList<Part> &partial : out) {
            next << partial;
            if (partial.size() < maxPresent)
                next << (QList<Part>(partial) << item) << (QList<Part>(partial) << negated(item));
        }
        out = next;
    }
    return out;
}

struct Shape
{
    QString query;
    QString where;
};

QList<Shape> shapes()
{
    const QList<Part> dateParts{{},
                                dates("issued:2026", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"),
                                dates("issued:2025-03-15..2026-02-10", "2025-03-15T00:00:00Z", "2026-02-11T00:00:00Z")};
    // type and channel have stored rows, status has not.
    const QList<Part> fields{field("type", "type", "invoice"), field("channel", "channel", "email"),
                             field("status", "status", "delivered")};
    // A stored word, one too rare to be stored, a prefix of a stored word, a prefix of rare ones.
    const QList<Part> terms{text("balance"), text("garcia"), text("stat*"), text("pilo*")};
    QList<Shape> out;
    for (const Part &date : dateParts) {
        for (const QList<Part> &values : combinations(fields, 3)) {
            for (const QList<Part> &words : combinations(terms, 2)) {
                const QList<Part> parts = QList<Part>{date} + values + words;
                QStringList query, where;
                for (const Part &part : parts) {
                    if (!part.query.isEmpty()) {
                        query << part.query;
                        where << part.where;
                    }
                }
                if (!query.isEmpty())
                    out << Shape{query.join(QLatin1Char(' ')), where.join(QLatin1String(" AND "))};
            }
        }
    }
    return out;
}

QStringList idsOf(const QList<SearchHit> &hits)
{
    QStringList ids;
    for (const SearchHit &hit : hits)
        ids << hit.id;
    return ids;
}

// The rowids and ids `where` selects, in result order (newest first, then id in byte order).
struct Expected
{
    QList<qint64> rowIds;
    QStringList ids;
};

Expected sqlMatches(Database &db, const QString &where)
{
    Statement st = db.prepare(
        QStringLiteral("SELECT rowid, id FROM communications c WHERE %1 ORDER BY issued_at DESC, id COLLATE BINARY")
            .arg(where));
    Expected expected;
    while (st.step()) {
        expected.rowIds << st.columnInt(0);
        expected.ids << st.columnText(1);
    }
    return expected;
}

enum class Setting { Stored, NotStored, LargeCacheCosts };

// The costs a cache of millions has, scaled to kRows: text past a few dozen matches no longer
// drives, ranges of a few hundred rows have the text asked row by row.
SearchPlanner::Costs largeCacheCosts()
{
    SearchPlanner::Costs costs;
    costs.textLeadLimit = 40;
    costs.probeRows = 300;
    costs.probe = 2;
    costs.walkRange = 200;
    return costs;
}

} // namespace

class TestSearchShapes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyShapeCountsAndListsAsPlainSql_data();
    void everyShapeCountsAndListsAsPlainSql();

private:
    TempDataFolder m_stored, m_plain;
    Database m_storedDb, m_plainDb;
};

void TestSearchShapes::initTestCase()
{
    for (TempDataFolder *folder : {&m_stored, &m_plain}) {
        Database db = CacheFile::openWriter(CacheFile::prepare(folder->path()).databasePath);
        fill(db);
        if (folder == &m_stored) {
            RowBitsOptions options;
            options.minRows = 100;
            options.sampleRows = 500;
            refreshRowBits(db, options);
            QVERIFY(RowBits(db).coveredUpTo(RowBits::wordKey("balance")));
            QVERIFY(!RowBits(db).coveredUpTo(RowBits::wordKey("garcia")));
            QVERIFY(RowBits(db).coveredUpTo(RowBits::valuesCoverKey(QStringLiteral("type"))));
            QVERIFY(RowBits(db).coveredUpTo(RowBits::monthsCoverKey()));
        }
    }
    m_storedDb = CacheFile::openReader(CacheFile::databasePath(m_stored.path()));
    m_plainDb = CacheFile::openReader(CacheFile::databasePath(m_plain.path()));
}

void TestSearchShapes::everyShapeCountsAndListsAsPlainSql_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    for (const Shape &shape : shapes())
        QTest::newRow(qPrintable(shape.query)) << shape.query << shape.where;
}

// The page of 20 is planned from a count up to a cut-off (SearchPlanner::forPage) and counted
// after; every row id comes from the exact count (SearchPlanner::count) and its plan.
void TestSearchShapes::everyShapeCountsAndListsAsPlainSql()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    const Expected expected = sqlMatches(m_plainDb, where); // both caches hold the same rows
    const std::pair<const char *, Setting> settings[] = {{"stored rows", Setting::Stored},
                                                         {"no stored rows", Setting::NotStored},
                                                         {"large-cache costs", Setting::LargeCacheCosts}};
    for (const auto &[label, setting] : settings) {
        SearchEngine engine(setting == Setting::NotStored ? m_plainDb : m_storedDb);
        if (setting == Setting::LargeCacheCosts)
            engine.setPlannerCosts(largeCacheCosts());
        const SearchResult page = engine.run(query, 20, 0);
        QVERIFY2(!page.error, label);
        QVERIFY2(page.total == expected.rowIds.size(), qPrintable(QStringLiteral("%1: total %2, plain SQL %3")
                                                                      .arg(QLatin1String(label))
                                                                      .arg(page.total)
                                                                      .arg(expected.rowIds.size())));
        QVERIFY2(idsOf(page.hits) == expected.ids.mid(0, 20), label);
        QVERIFY2(engine.allRowIds(query).rowIds == expected.rowIds, label);
    }
}

QTEST_GUILESS_MAIN(TestSearchShapes)
#include "tst_searchshapes.moc"
