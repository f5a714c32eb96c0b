#include "cache/cachefile.h"
#include "cache/rowbits.h"
#include "search/searchengine.h"
#include "tempdatafolder.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QtTest>

using namespace proofdesk::cache;
using namespace proofdesk::search;

namespace {

constexpr int kRows = 3000;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// Row bits for any cache of more than a few rows, from a sample of all of them.
RowBitsOptions everyCache()
{
    RowBitsOptions options;
    options.minRows = 100;
    options.sampleRows = 500;
    return options;
}

// A cache of kRows communications: "balance" in about 70% of them, "statement" in 40%,
// "fee" in 15%, rarer words besides; issued across 2025 and 2026 in no order of rowid.
class GeneratedCache
{
public:
    GeneratedCache()
    {
        m_path = CacheFile::prepare(m_folder.path()).databasePath;
        Database db = CacheFile::openWriter(m_path);
        Transaction tx(db);
        db.exec("INSERT INTO repositories(name, kind, url) VALUES('drop', 'drop', '/drop')");
        QRandomGenerator rnd(30);
        for (int i = 0; i < kRows; ++i)
            insert(db, rnd, QStringLiteral("EXS-%1").arg(i, 6, 10, QLatin1Char('0')));
        tx.commit();
    }

    Database writer() const { return CacheFile::openWriter(m_path); }
    void refresh() const
    {
        Database db = writer();
        refreshRowBits(db, everyCache());
    }
    Database reader() const { return CacheFile::openReader(m_path); }

    static qint64 insert(Database &db, QRandomGenerator &rnd, const QString &id, std::optional<qint64> rowid = {})
    {
        QStringList words;
        const std::pair<const char *, int> vocabulary[] = {{"balance", 70}, {"statement", 40}, {"fee", 15},
                                                           {"jasanu", 5},   {"pilot", 3},      {"pilotage", 2}};
        for (const auto &[word, percent] : vocabulary) {
            if (int(rnd.bounded(100)) < percent)
                words << QString::fromLatin1(word);
        }
        words << QStringLiteral("dear");
        const qint64 issued = utc("2025-01-01T00:00:00Z") + qint64(rnd.bounded(730)) * 86400000 + rnd.bounded(86400000);
        Statement comm = db.prepareCached(
            "INSERT INTO communications(rowid, id, repo_id, type, issued_at, channel, template_id, template_version, "
            "rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, customer_id, record_hash) "
            "VALUES(?1, ?2, 1, ?3, ?4, 'email', 'T', '1', 'x.pdf', 'application/pdf', '00', 1, 'N', ?5, 'h')");
        if (rowid)
            comm.bind(1, *rowid);
        else
            comm.bindNull(1);
        comm.bind(2, id)
            .bind(3, rnd.bounded(3) == 0 ? QStringLiteral("invoice") : QStringLiteral("letter"))
            .bind(4, issued)
            .bind(5, QStringLiteral("C%1").arg(rnd.bounded(40)))
            .run();
        const qint64 r = db.queryInt("SELECT last_insert_rowid()");
        for (const char *table : {"comm_text", "comm_fts"}) {
            db.prepareCached(QStringLiteral("INSERT INTO %1(rowid, body, names, ids) VALUES(?1, ?2, '', ?3)").arg(QLatin1String(table)))
                .bind(1, r)
                .bind(2, words.join(QLatin1Char(' ')))
                .bind(3, id)
                .run();
        }
        return r;
    }

private:
    TempDataFolder m_folder;
    QString m_path;
};

// The number of rows `where` selects, in plain SQL beside the full-text index.
qint64 rawCount(Database &db, const QString &where)
{
    return db.queryInt(QStringLiteral("SELECT count(*) FROM communications c WHERE %1").arg(where).toUtf8().constData());
}

QString fts(const char *word)
{
    return QStringLiteral("c.rowid IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH '%1')").arg(QLatin1String(word));
}

QString issued(const char *from, const char *to)
{
    return QStringLiteral("c.issued_at >= %1 AND c.issued_at < %2").arg(utc(from)).arg(utc(to));
}

struct MixRow
{
    const char *label;
    QString query;
    QString where;
};

QList<MixRow> mix()
{
    return {
        {"common word", QStringLiteral("balance"), fts("balance")},
        {"mid word", QStringLiteral("statement"), fts("statement")},
        {"rare word", QStringLiteral("pilotage"), fts("pilotage")},
        {"common word in a year", QStringLiteral("balance issued:2026"),
         fts("balance") + QLatin1String(" AND ") + issued("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")},
        {"mid word in a month", QStringLiteral("statement issued:2025-02"),
         fts("statement") + QLatin1String(" AND ") + issued("2025-02-01T00:00:00Z", "2025-03-01T00:00:00Z")},
        {"word over part-months", QStringLiteral("fee issued:2025-03-15..2026-02-10"),
         fts("fee") + QLatin1String(" AND ") + issued("2025-03-15T00:00:00Z", "2026-02-11T00:00:00Z")},
        {"two words in a year", QStringLiteral("balance statement issued:2025"),
         fts("balance") + QLatin1String(" AND ") + fts("statement") + QLatin1String(" AND ")
             + issued("2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z")},
        {"word but not another, in a year", QStringLiteral("balance -fee issued:2026"),
         fts("balance") + QLatin1String(" AND c.rowid NOT IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH 'fee') AND ")
             + issued("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")},
        {"key and common word", QStringLiteral("customer:C7 balance"), QLatin1String("c.customer_id = 'C7' AND ") + fts("balance")},
        {"key, word, not another", QStringLiteral("customer:C7 balance -fee"),
         QLatin1String("c.customer_id = 'C7' AND ") + fts("balance")
             + QLatin1String(" AND c.rowid NOT IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH 'fee')")},
        {"day and common word", QStringLiteral("issued:2026-03-05 balance"),
         fts("balance") + QLatin1String(" AND ") + issued("2026-03-05T00:00:00Z", "2026-03-06T00:00:00Z")},
        {"week, word, not another", QStringLiteral("issued:2025-09-01..2025-09-07 statement -balance"),
         fts("statement") + QLatin1String(" AND c.rowid NOT IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH 'balance') AND ")
             + issued("2025-09-01T00:00:00Z", "2025-09-08T00:00:00Z")},
        {"field and mid word", QStringLiteral("type:invoice statement"), QLatin1String("c.type = 'invoice' AND ") + fts("statement")},
        {"field in capitals, word", QStringLiteral("type:INVOICE fee"), QLatin1String("c.type = 'invoice' AND ") + fts("fee")},
        {"two fields, word, year", QStringLiteral("type:letter channel:email statement issued:2025"),
         QLatin1String("c.type = 'letter' AND c.channel = 'email' AND ") + fts("statement") + QLatin1String(" AND ")
             + issued("2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z")},
        {"field, word, part-months", QStringLiteral("type:invoice balance issued:2025-03-15..2025-06-20"),
         QLatin1String("c.type = 'invoice' AND ") + fts("balance") + QLatin1String(" AND ")
             + issued("2025-03-15T00:00:00Z", "2025-06-21T00:00:00Z")},
        {"negated field, word", QStringLiteral("-type:invoice fee"), QLatin1String("c.type <> 'invoice' AND ") + fts("fee")},
        {"field and common word", QStringLiteral("type:invoice balance"), QLatin1String("c.type = 'invoice' AND ") + fts("balance")},
        {"prefix", QStringLiteral("pilot*"), fts("pilot*")},
    };
}

void addMixRows()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    for (const MixRow &row : mix())
        QTest::newRow(row.label) << row.query << row.where;
}

// The engine's total and first page against plain SQL's count (and the page's ids in SQL order).
void compareWithSql(Database &db, const QString &query, const QString &where)
{
    SearchEngine engine(db);
    const SearchResult result = engine.run(query, 50, 0);
    QVERIFY(!result.error.has_value());
    QCOMPARE(result.total, rawCount(db, where));
    Statement page = db.prepare(QStringLiteral("SELECT id FROM communications c WHERE %1 ORDER BY issued_at DESC, id COLLATE BINARY LIMIT 50").arg(where));
    QStringList expected;
    while (page.step())
        expected << page.columnText(0);
    QStringList got;
    for (const auto &hit : result.hits)
        got << hit.id;
    QCOMPARE(got, expected);
}

bool covered(Database &db, const QString &key) { return RowBits(db).coveredUpTo(key).has_value(); }

} // namespace

// The common words' and the months' stored rows (cache/rowbits.h): the answers they give are
// the full-text index's and the dates', before and after the cache changes under them.
class TestRowBits : public QObject
{
    Q_OBJECT

private slots:
    void monthsAreCivilMonthsInUtc_data();
    void monthsAreCivilMonthsInUtc();
    void theRefreshStoresTheCommonWordsAndTheMonths();
    void searchesAnswerAsWithoutThem_data();
    void searchesAnswerAsWithoutThem();
    void theCountsComeFromTheStoredRows();
    void aDayAndAStoredWordArePagedInDateOrder();
    void rowsAddedPastTheCoverAreCountedToo_data();
    void rowsAddedPastTheCoverAreCountedToo();
    void aChangeUnderTheCoverDropsIt_data();
    void aChangeUnderTheCoverDropsIt();
    void theSameTextWrittenAgainKeepsThem();
    void aChunkOfAnotherSizeIsRefusedOrReportedAsDamage();
    void aSmallCacheKeepsNone();
    void chunksAreReadInTheirOrderWhateverThePlan_data();
    void chunksAreReadInTheirOrderWhateverThePlan();
};

void TestRowBits::monthsAreCivilMonthsInUtc_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("next");
    QTest::newRow("mid-month") << "2026-03-17T12:34:56Z" << "2026-03-01T00:00:00Z" << "2026-04-01T00:00:00Z";
    QTest::newRow("first millisecond") << "2026-03-01T00:00:00Z" << "2026-03-01T00:00:00Z" << "2026-04-01T00:00:00Z";
    QTest::newRow("last millisecond") << "2026-03-31T23:59:59.999Z" << "2026-03-01T00:00:00Z" << "2026-04-01T00:00:00Z";
    QTest::newRow("December") << "2025-12-31T10:00:00Z" << "2025-12-01T00:00:00Z" << "2026-01-01T00:00:00Z";
    QTest::newRow("leap February") << "2024-02-29T10:00:00Z" << "2024-02-01T00:00:00Z" << "2024-03-01T00:00:00Z";
    QTest::newRow("before 1970") << "1969-07-20T20:17:00Z" << "1969-07-01T00:00:00Z" << "1969-08-01T00:00:00Z";
    QTest::newRow("the epoch's month") << "1970-01-01T00:00:00Z" << "1970-01-01T00:00:00Z" << "1970-02-01T00:00:00Z";
}

void TestRowBits::monthsAreCivilMonthsInUtc()
{
    QFETCH(QString, at);
    QFETCH(QString, start);
    QFETCH(QString, next);
    const qint64 ms = QDateTime::fromString(at, Qt::ISODateWithMs).toMSecsSinceEpoch();
    QCOMPARE(RowBits::monthStart(ms), QDateTime::fromString(start, Qt::ISODate).toMSecsSinceEpoch());
    QCOMPARE(RowBits::nextMonthStart(ms), QDateTime::fromString(next, Qt::ISODate).toMSecsSinceEpoch());
}

void TestRowBits::theRefreshStoresTheCommonWordsAndTheMonths()
{
    GeneratedCache cache;
    Database db = cache.writer();
    refreshRowBits(db, everyCache());
    // The words in at least a tenth of the rows, and no rarer one.
    for (const char *word : {"balance", "statement", "fee", "dear"}) {
        const QString key = RowBits::wordKey(word);
        QVERIFY2(covered(db, key), word);
        QCOMPARE(RowBits(db).storedCount(key), rawCount(db, fts(word)));
    }
    QVERIFY(!covered(db, RowBits::wordKey("pilotage")));
    QVERIFY(covered(db, RowBits::monthsCoverKey()));
    for (const char *type : {"invoice", "letter"}) {
        const QString key = RowBits::valueKey(QStringLiteral("type"), QLatin1String(type));
        QCOMPARE(RowBits(db).storedCount(key), rawCount(db, QStringLiteral("c.type = '%1'").arg(QLatin1String(type))));
    }
    qint64 inMonths = 0;
    for (qint64 month = utc("2025-01-01T00:00:00Z"); month < utc("2027-01-01T00:00:00Z"); month = RowBits::nextMonthStart(month)) {
        const qint64 stored = RowBits(db).storedCount(RowBits::monthKey(month));
        QCOMPARE(stored, rawCount(db, QStringLiteral("c.issued_at >= %1 AND c.issued_at < %2").arg(month).arg(RowBits::nextMonthStart(month))));
        inMonths += stored;
    }
    QCOMPARE(inMonths, qint64(kRows));
    // A second refresh finds nothing to do and changes nothing.
    const qint64 chunks = db.queryInt("SELECT count(*) FROM rowbits");
    refreshRowBits(db, everyCache());
    QCOMPARE(db.queryInt("SELECT count(*) FROM rowbits"), chunks);
}

void TestRowBits::searchesAnswerAsWithoutThem_data() { addMixRows(); }

void TestRowBits::searchesAnswerAsWithoutThem()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    GeneratedCache cache;
    cache.refresh();
    Database db = cache.reader();
    compareWithSql(db, query, where);
}

// White box: a stored count that is off shows in the total, so the searches above did read
// them (a cache without row bits would pass those tests too).
void TestRowBits::theCountsComeFromTheStoredRows()
{
    GeneratedCache cache;
    Database writer = cache.writer();
    refreshRowBits(writer, everyCache());
    Database db = cache.reader();
    const qint64 balance = SearchEngine(db).run(QStringLiteral("balance"), 10, 0).total;
    const qint64 inYear = SearchEngine(db).run(QStringLiteral("balance issued:2026"), 10, 0).total;
    QCOMPARE(balance, rawCount(db, fts("balance")));
    writer.exec("UPDATE rowbits SET n = n + 1000 WHERE key = 'word:balance' AND chunk = 0");
    QCOMPARE(SearchEngine(db).run(QStringLiteral("balance"), 10, 0).total, balance + 1000);
    // The year's total intersects the word's set with each month's stored bits: emptying
    // one month's bits takes that month's matches away.
    const QString june = RowBits::monthKey(utc("2026-06-01T00:00:00Z"));
    const qint64 inJune = rawCount(db, fts("balance") + QLatin1String(" AND ") + issued("2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z"));
    QVERIFY(inJune > 0);
    writer.prepare("UPDATE rowbits SET bits = zeroblob(length(bits)) WHERE key = ?1").bind(1, june).run();
    QCOMPARE(SearchEngine(db).run(QStringLiteral("balance issued:2026"), 10, 0).total, inYear - inJune);
    // Text beside a field value is kept to the value's stored rows.
    QVERIFY(SearchEngine(db).run(QStringLiteral("type:invoice statement"), 10, 0).total > 0);
    writer.exec("UPDATE rowbits SET bits = zeroblob(length(bits)) WHERE key = 'value:type:invoice'");
    QCOMPARE(SearchEngine(db).run(QStringLiteral("type:invoice statement"), 10, 0).total, qint64(0));
    // A key's rows, and a day's, are looked up in the word's stored chunks.
    QVERIFY(SearchEngine(db).run(QStringLiteral("customer:C7 balance"), 10, 0).total > 0);
    QVERIFY(SearchEngine(db).run(QStringLiteral("issued:2026-03-05 balance"), 10, 0).total > 0);
    writer.exec("UPDATE rowbits SET bits = zeroblob(length(bits)) WHERE key = 'word:balance'");
    QCOMPARE(SearchEngine(db).run(QStringLiteral("customer:C7 balance"), 10, 0).total, qint64(0));
    QCOMPARE(SearchEngine(db).run(QStringLiteral("issued:2026-03-05 balance"), 10, 0).total, qint64(0));
}

// The day's matches come from the stored word; the page still walks the day's dates in order
// and stops, rather than reading every match's row to sort them (a day at 10M: 50 ms -> ~5).
void TestRowBits::aDayAndAStoredWordArePagedInDateOrder()
{
    GeneratedCache cache;
    cache.refresh();
    Database db = cache.reader();
    // The day of 2026 with the most rows holding the word (a handful: far fewer than the word's).
    const QString day = db.queryText("SELECT date(issued_at / 1000, 'unixepoch') AS d FROM communications c WHERE "
                                     "c.rowid IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH 'balance') "
                                     "AND issued_at >= strftime('%s', '2026-01-01') * 1000 GROUP BY d ORDER BY count(*) DESC, d LIMIT 1");
    const QString query = QStringLiteral("issued:%1 balance").arg(day);
    const qint64 dayStart = QDateTime::fromString(day + QLatin1String("T00:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    const QString where = fts("balance") + QStringLiteral(" AND c.issued_at >= %1 AND c.issued_at < %2").arg(dayStart).arg(dayStart + 86400000);
    const qint64 total = rawCount(db, where);
    QVERIFY2(total > 2, qPrintable(query));
    SearchEngine engine(db);
    const QString page = engine.explainPage(query, 2, 0).join(QLatin1Char('\n'));
    QVERIFY2(page.contains(QLatin1String("comm_issued")) && !page.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")),
             qPrintable(page));
    const QStringList count = engine.explainCount(query);
    QVERIFY2(count.join(QLatin1Char('\n')).contains(QLatin1String("looked up in the stored rows")), qPrintable(count.join(QLatin1Char('\n'))));
    compareWithSql(db, query, where);
    for (int offset = 0; offset < total; ++offset) {
        const SearchResult one = engine.run(query, 1, offset);
        QCOMPARE(one.total, total);
        QCOMPARE(one.hits.size(), 1);
    }
}

void TestRowBits::rowsAddedPastTheCoverAreCountedToo_data() { addMixRows(); }

void TestRowBits::rowsAddedPastTheCoverAreCountedToo()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    GeneratedCache cache;
    cache.refresh();
    {
        Database writer = cache.writer();
        QRandomGenerator rnd(7);
        Transaction tx(writer);
        for (int i = 0; i < 200; ++i)
            GeneratedCache::insert(writer, rnd, QStringLiteral("NEW-%1").arg(i));
        tx.commit();
        QVERIFY(covered(writer, RowBits::wordKey("balance"))); // new rows past the cover keep it
        QVERIFY(covered(writer, RowBits::monthsCoverKey()));
    }
    Database db = cache.reader();
    compareWithSql(db, query, where);
    cache.refresh();
    QCOMPARE(RowBits(db).coveredUpTo(RowBits::wordKey("balance")), db.queryInt("SELECT max(rowid) FROM communications"));
    compareWithSql(db, query, where);
}

void TestRowBits::aChangeUnderTheCoverDropsIt_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("wordsDropped");
    QTest::newRow("text changed") << "UPDATE comm_text SET body = 'nothing' WHERE rowid = 10" << true;
    QTest::newRow("communication removed") << "DELETE FROM communications WHERE rowid = 20" << true;
    QTest::newRow("text removed") << "DELETE FROM comm_text WHERE rowid = 30" << true;
    QTest::newRow("issue date moved") << "UPDATE communications SET issued_at = issued_at + 40 * 86400000 WHERE rowid = 40" << false;
    QTest::newRow("type changed") << "UPDATE communications SET type = 'notice' WHERE rowid = 50" << false;
    QTest::newRow("last row removed, its rowid reused") << "reuse" << true;
}

void TestRowBits::aChangeUnderTheCoverDropsIt()
{
    QFETCH(QString, change);
    QFETCH(bool, wordsDropped);
    GeneratedCache cache;
    Database writer = cache.writer();
    refreshRowBits(writer, everyCache());
    {
        Transaction tx(writer);
        if (change == QLatin1String("reuse")) {
            const qint64 last = writer.queryInt("SELECT max(rowid) FROM communications");
            writer.exec(QStringLiteral("INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) SELECT 'delete', rowid, body, "
                                       "names, ids FROM comm_text WHERE rowid = %1").arg(last));
            writer.exec(QStringLiteral("DELETE FROM communications WHERE rowid = %1").arg(last));
            QRandomGenerator rnd(3);
            QCOMPARE(GeneratedCache::insert(writer, rnd, QStringLiteral("REUSED")), last);
        } else {
            if (change.contains(QLatin1String("comm_text")) || change.contains(QLatin1String("DELETE FROM communications"))) {
                // The full-text index follows the text, as the cache writer keeps it.
                const QString row = change.section(QLatin1String("rowid = "), 1);
                writer.exec(QStringLiteral("INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) SELECT 'delete', rowid, body, "
                                           "names, ids FROM comm_text WHERE rowid = %1").arg(row));
                writer.exec(change);
                writer.exec(QStringLiteral("INSERT INTO comm_fts(rowid, body, names, ids) SELECT rowid, body, names, ids "
                                           "FROM comm_text WHERE rowid = %1").arg(row));
            } else {
                writer.exec(change);
            }
        }
        tx.commit();
    }
    QCOMPARE(covered(writer, RowBits::wordKey("balance")), !wordsDropped);
    QCOMPARE(covered(writer, RowBits::monthsCoverKey()), change.contains(QLatin1String("type =")));
    QCOMPARE(covered(writer, RowBits::valuesCoverKey(QStringLiteral("type"))), change.contains(QLatin1String("issued_at =")));
    Database db = cache.reader();
    for (const MixRow &row : mix())
        compareWithSql(db, row.query, row.where);
    refreshRowBits(writer, everyCache());
    QVERIFY(covered(writer, RowBits::wordKey("balance")));
    QVERIFY(covered(writer, RowBits::monthsCoverKey()));
    QCOMPARE(RowBits(writer).storedCount(RowBits::wordKey("balance")), rawCount(writer, fts("balance")));
    for (const MixRow &row : mix())
        compareWithSql(db, row.query, row.where);
}

// A record written again with the same text (its delivery details changed) keeps them: a
// cover dropped at every sync would be rebuilt at every sync.
void TestRowBits::theSameTextWrittenAgainKeepsThem()
{
    GeneratedCache cache;
    cache.refresh();
    Database writer = cache.writer();
    writer.exec("UPDATE comm_text SET body = body, names = names, ids = ids WHERE rowid = 10");
    QVERIFY(covered(writer, RowBits::wordKey("balance")));
    QVERIFY(covered(writer, RowBits::monthsCoverKey()));
    writer.exec("UPDATE communications SET status = 'bounced' WHERE rowid = 10");
    QVERIFY(covered(writer, RowBits::valuesCoverKey(QStringLiteral("type"))));
    QVERIFY(covered(writer, RowBits::monthsCoverKey()));
}

// Bad input: a chunk that is not 8 KB is refused by the table, and one that got there anyway
// (a damaged file; here written past the CHECK) is reported as damage, never counted.
void TestRowBits::aChunkOfAnotherSizeIsRefusedOrReportedAsDamage()
{
    GeneratedCache cache;
    cache.refresh();
    Database writer = cache.writer();
    const qint64 balance = rawCount(writer, fts("balance"));
    QVERIFY_THROWS_EXCEPTION(SqliteError, writer.exec("UPDATE rowbits SET bits = x'00' WHERE key = 'word:balance'"));
    QCOMPARE(RowBits(writer).storedCount(RowBits::wordKey("balance")), balance);
    QCOMPARE(SearchEngine(writer).run(QStringLiteral("customer:C7 balance"), 10, 0).total,
             rawCount(writer, QLatin1String("c.customer_id = 'C7' AND ") + fts("balance")));
    writer.exec("PRAGMA ignore_check_constraints = ON");
    writer.exec("UPDATE rowbits SET bits = x'00' WHERE key = 'word:balance' AND chunk = 0");
    try {
        SearchEngine(writer).run(QStringLiteral("customer:C7 balance"), 10, 0); // looks its rows up in the chunk
        QFAIL("a damaged chunk was read as rows");
    } catch (const SqliteError &e) {
        QVERIFY(e.isCorrupt());
        QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("rowbits")), e.what());
    }
}

void TestRowBits::aSmallCacheKeepsNone()
{
    GeneratedCache cache;
    Database writer = cache.writer();
    refreshRowBits(writer); // at least 100,000 rows by default
    QCOMPARE(writer.queryInt("SELECT count(*) FROM rowbits_cover"), qint64(0));
    QCOMPARE(writer.queryInt("SELECT count(*) FROM rowbits"), qint64(0));
}

void TestRowBits::chunksAreReadInTheirOrderWhateverThePlan_data() { addMixRows(); }

// Rows in three 65,536-row chunks, read with SQLite told to return rows of a SELECT without
// ORDER BY backwards (PRAGMA reverse_unordered_selects): keeping a set to a value's stored rows
// empties the chunks the value has none in, which needs the chunks in ascending order (issue
// #38 item 9: it relied on the primary key's index giving that order).
void TestRowBits::chunksAreReadInTheirOrderWhateverThePlan()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    GeneratedCache cache;
    {
        Database writer = cache.writer();
        QRandomGenerator rnd(11);
        Transaction tx(writer);
        for (int i = 0; i < 300; ++i)
            GeneratedCache::insert(writer, rnd, QStringLiteral("FAR-%1").arg(i), (i % 2 ? 70000 : 140000) + i);
        tx.commit();
    }
    cache.refresh();
    Database db = cache.reader();
    QVERIFY(db.queryInt("SELECT count(DISTINCT chunk) FROM rowbits WHERE key = 'value:type:invoice'") == 3);
    db.exec("PRAGMA reverse_unordered_selects = ON");
    compareWithSql(db, query, where);
}

QTEST_GUILESS_MAIN(TestRowBits)
#include "tst_rowbits.moc"
