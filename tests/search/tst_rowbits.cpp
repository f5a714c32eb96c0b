#include "generatedcache.h"
#include "search/planchoice.h"

#include <map>
#include <memory>

using namespace proofdesk::cache;
using namespace proofdesk::search;
using namespace generatedcache;

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
    void aDayAndAStoredWordArePagedInDateOrder();
    void aTextAloneInItsSetIsWalkedWhereOtherConditionsSort();
    void rowsAddedPastTheCoverAreCountedToo_data();
    void rowsAddedPastTheCoverAreCountedToo();
    void aChangeUnderTheCoverDropsIt_data();
    void aChangeUnderTheCoverDropsIt();
    void theSameTextWrittenAgainKeepsThem();
    void aSmallCacheKeepsNone();
    void chunksAreReadInTheirOrderWhateverThePlan();
    void aChunkOfFewRowsIsStoredAsTheirOffsets();

private:
    // The caches the read-only rows of a data-driven test share, each made when first asked:
    // with its rows stored; with 200 rows added past the cover; the same, refreshed again.
    enum class State { Stored, PastCover, RefreshedAgain };
    const GeneratedCache &cacheIn(State state);
    std::map<State, std::unique_ptr<GeneratedCache>> m_caches;
};

const GeneratedCache &TestRowBits::cacheIn(State state)
{
    auto &cache = m_caches[state];
    if (cache)
        return *cache;
    cache = std::make_unique<GeneratedCache>();
    cache->refresh();
    if (state == State::Stored)
        return *cache;
    {
        Database writer = cache->writer();
        QRandomGenerator rnd(7);
        Transaction tx(writer);
        for (int i = 0; i < 200; ++i)
            GeneratedCache::insert(writer, rnd, QStringLiteral("NEW-%1").arg(i));
        tx.commit();
        // New rows past the cover keep it.
        if (!covered(writer, RowBits::wordKey("balance")) || !covered(writer, RowBits::monthsCoverKey()))
            qFatal("rows added past the cover dropped it");
    }
    if (state == State::RefreshedAgain)
        cache->refresh();
    return *cache;
}

void TestRowBits::monthsAreCivilMonthsInUtc_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("next");
    QTest::newRow("mid-month") << "2026-03-17T12:34:56Z"
                               << "2026-03-01T00:00:00Z"
                               << "2026-04-01T00:00:00Z";
    QTest::newRow("first millisecond") << "2026-03-01T00:00:00Z"
                                       << "2026-03-01T00:00:00Z"
                                       << "2026-04-01T00:00:00Z";
    QTest::newRow("last millisecond") << "2026-03-31T23:59:59.999Z"
                                      << "2026-03-01T00:00:00Z"
                                      << "2026-04-01T00:00:00Z";
    QTest::newRow("December") << "2025-12-31T10:00:00Z"
                              << "2025-12-01T00:00:00Z"
                              << "2026-01-01T00:00:00Z";
    QTest::newRow("leap February") << "2024-02-29T10:00:00Z"
                                   << "2024-02-01T00:00:00Z"
                                   << "2024-03-01T00:00:00Z";
    QTest::newRow("before 1970") << "1969-07-20T20:17:00Z"
                                 << "1969-07-01T00:00:00Z"
                                 << "1969-08-01T00:00:00Z";
    QTest::newRow("the epoch's month") << "1970-01-01T00:00:00Z"
                                       << "1970-01-01T00:00:00Z"
                                       << "1970-02-01T00:00:00Z";
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
    for (qint64 month = utc("2025-01-01T00:00:00Z"); month < utc("2027-01-01T00:00:00Z");
         month = RowBits::nextMonthStart(month)) {
        const qint64 stored = RowBits(db).storedCount(RowBits::monthKey(month));
        QCOMPARE(stored, rawCount(db, QStringLiteral("c.issued_at >= %1 AND c.issued_at < %2")
                                          .arg(month)
                                          .arg(RowBits::nextMonthStart(month))));
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
    Database db = cacheIn(State::Stored).reader();
    compareWithSql(db, query, where);
}

// The day's matches come from the stored word; the page still walks the day's dates in order
// and stops, rather than reading every match's row to sort them (a day at 10M: 50 ms -> ~5).
void TestRowBits::aDayAndAStoredWordArePagedInDateOrder()
{
    GeneratedCache cache;
    cache.refresh();
    Database db = cache.reader();
    // The day of 2026 with the most rows holding the word (a handful: far fewer than the word's).
    const QString day = db.queryText(
        "SELECT date(issued_at / 1000, 'unixepoch') AS d FROM communications c WHERE "
        "c.rowid IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH 'balance') "
        "AND issued_at >= strftime('%s', '2026-01-01') * 1000 GROUP BY d ORDER BY count(*) DESC, d LIMIT 1");
    const QString query = QStringLiteral("issued:%1 balance").arg(day);
    const qint64 dayStart = QDateTime::fromString(day + QLatin1String("T00:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    const QString where =
        fts("balance")
        + QStringLiteral(" AND c.issued_at >= %1 AND c.issued_at < %2").arg(dayStart).arg(dayStart + 86400000);
    const qint64 total = rawCount(db, where);
    QVERIFY2(total > 2, qPrintable(query));
    SearchEngine engine(db);
    const QString page = engine.explainPage(query, 2, 0).join(QLatin1Char('\n'));
    QVERIFY2(page.contains(QLatin1String("comm_issued")) && !page.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")),
             qPrintable(page));
    const QStringList count = engine.explainCount(query);
    QVERIFY2(count.join(QLatin1Char('\n')).contains(QLatin1String("looked up in the stored rows")),
             qPrintable(count.join(QLatin1Char('\n'))));
    compareWithSql(db, query, where);
    for (int offset = 0; offset < total; ++offset) {
        const SearchResult one = engine.run(query, 1, offset);
        QCOMPARE(one.total, total);
        QCOMPARE(one.hits.size(), 1);
    }
}

// A text alone whose matches are collected in a set walks the issue-date index, testing each
// entry there, up to kSetWalkRatio entries a match; beside another condition it sorts past
// kWalkRatio. The walk reads no row where sorting reads every match's (F29 in
// docs/search-plans.md). The page is the same either way.
void TestRowBits::aTextAloneInItsSetIsWalkedWhereOtherConditionsSort()
{
    GeneratedCache cache;
    Database db = cache.reader();
    constexpr int kPage = 20;
    const qint64 matches = rawCount(db, fts("pilotage"));
    const qint64 visits = kPage * kRows / matches; // the rows a walk passes for the page
    QVERIFY2(visits > planchoice::kWalkRatio * matches && visits <= planchoice::kSetWalkRatio * matches,
             qPrintable(QString::number(matches)));
    SearchEngine engine(db);
    const QString alone = engine.explainPage(QStringLiteral("pilotage"), kPage, 0).join(QLatin1Char('\n'));
    QVERIFY2(alone.contains(QLatin1String("comm_issued")) && !alone.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")),
             qPrintable(alone));
    const QString beside = engine.explainPage(QStringLiteral("pilotage type:letter"), kPage, 0).join(QLatin1Char('\n'));
    QVERIFY2(beside.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")), qPrintable(beside));
    SearchEngine sorting(db);
    sorting.setPlanChoice(SearchPlanner::Choice::Sort);
    for (const QString &query : {QStringLiteral("pilotage"), QStringLiteral("pilotage type:letter")}) {
        const SearchResult walked = engine.run(query, kPage, 0), sorted = sorting.run(query, kPage, 0);
        QCOMPARE(walked.total, sorted.total);
        QCOMPARE(walked.hits.size(), sorted.hits.size());
        for (int i = 0; i < walked.hits.size(); ++i)
            QCOMPARE(walked.hits.at(i).id, sorted.hits.at(i).id);
    }
}

void TestRowBits::rowsAddedPastTheCoverAreCountedToo_data() { addMixRows(); }

void TestRowBits::rowsAddedPastTheCoverAreCountedToo()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    Database past = cacheIn(State::PastCover).reader();
    compareWithSql(past, query, where);
    Database refreshed = cacheIn(State::RefreshedAgain).reader();
    QCOMPARE(RowBits(refreshed).coveredUpTo(RowBits::wordKey("balance")),
             refreshed.queryInt("SELECT max(rowid) FROM communications"));
    compareWithSql(refreshed, query, where);
}

void TestRowBits::aChangeUnderTheCoverDropsIt_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("wordsDropped");
    QTest::newRow("text changed") << "UPDATE comm_text SET body = 'nothing' WHERE rowid = 10" << true;
    QTest::newRow("communication removed") << "DELETE FROM communications WHERE rowid = 20" << true;
    QTest::newRow("text removed") << "DELETE FROM comm_text WHERE rowid = 30" << true;
    QTest::newRow("issue date moved")
        << "UPDATE communications SET issued_at = issued_at + 40 * 86400000 WHERE rowid = 40" << false;
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
            writer.exec(
                QStringLiteral("INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) SELECT 'delete', rowid, body, "
                               "names, ids FROM comm_text WHERE rowid = %1")
                    .arg(last));
            writer.exec(QStringLiteral("DELETE FROM communications WHERE rowid = %1").arg(last));
            QRandomGenerator rnd(3);
            QCOMPARE(GeneratedCache::insert(writer, rnd, QStringLiteral("REUSED")), last);
        } else {
            if (change.contains(QLatin1String("comm_text"))
                || change.contains(QLatin1String("DELETE FROM communications"))) {
                // The full-text index follows the text, as the cache writer keeps it.
                const QString row = change.section(QLatin1String("rowid = "), 1);
                writer.exec(QStringLiteral(
                                "INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) SELECT 'delete', rowid, body, "
                                "names, ids FROM comm_text WHERE rowid = %1")
                                .arg(row));
                writer.exec(change);
                writer.exec(
                    QStringLiteral("INSERT INTO comm_fts(rowid, body, names, ids) SELECT rowid, body, names, ids "
                                   "FROM comm_text WHERE rowid = %1")
                        .arg(row));
            } else {
                writer.exec(change);
            }
        }
        tx.commit();
    }
    QCOMPARE(covered(writer, RowBits::wordKey("balance")), !wordsDropped);
    QCOMPARE(covered(writer, RowBits::monthsCoverKey()), change.contains(QLatin1String("type =")));
    QCOMPARE(covered(writer, RowBits::valuesCoverKey(QStringLiteral("type"))),
             change.contains(QLatin1String("issued_at =")));
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

void TestRowBits::aSmallCacheKeepsNone()
{
    GeneratedCache cache;
    Database writer = cache.writer();
    refreshRowBits(writer); // at least 100,000 rows by default
    QCOMPARE(writer.queryInt("SELECT count(*) FROM rowbits_cover"), qint64(0));
    QCOMPARE(writer.queryInt("SELECT count(*) FROM rowbits"), qint64(0));
}

// Rows in three 65,536-row chunks, read with SQLite told to return rows of a SELECT without
// ORDER BY backwards (PRAGMA reverse_unordered_selects): keeping a set to a value's stored rows
// empties the chunks the value has none in, which needs the chunks in ascending order (issue
// #38 item 9: it relied on the primary key's index giving that order).
void TestRowBits::chunksAreReadInTheirOrderWhateverThePlan()
{
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
    for (const MixRow &row : mix())
        compareWithSql(db, row.query, row.where);
    // The phrases read from the text in windows of one chunk each (rowbitstextpass.cpp, a row
    // gathered as its offset from its window's first row): every pair's rows, in all three
    // chunks, are FTS5's.
    Statement pairs = db.prepare("SELECT substr(key, 6) FROM rowbits_cover WHERE key LIKE 'word:% %'");
    int inThreeChunks = 0;
    while (pairs.step()) {
        const QString phrase = pairs.columnText(0);
        const QString key = QStringLiteral("word:") + phrase;
        const QByteArray match = "\"" + phrase.toUtf8() + "\"";
        QCOMPARE(RowBits(db).storedCount(key), rawCount(db, fts(match.constData())));
        Statement chunks = db.prepare("SELECT count(DISTINCT chunk) FROM rowbits WHERE key = ?1");
        chunks.bind(1, key);
        inThreeChunks += chunks.step() && chunks.columnInt(0) == 3;
    }
    QVERIFY(inThreeChunks > 0);
}

// A chunk of fewer than 4,096 rows is stored as its rows' 16-bit offsets (2 bytes a row), one of
// more as its 8 KB of bits (issue #43: most of the phrases' chunks were zeros), and either reads
// back as the rows it was given; a chunk grows from one form into the other.
void TestRowBits::aChunkOfFewRowsIsStoredAsTheirOffsets()
{
    GeneratedCache cache;
    cache.refresh();
    Database writer = cache.writer();
    const auto form = [&writer](const char *key) {
        Statement st = writer.prepare("SELECT n, length(bits) FROM rowbits WHERE key = ?1 AND chunk = 0");
        st.bind(1, QString::fromLatin1(key));
        return st.step() ? std::pair(st.columnInt(0), st.columnInt(1)) : std::pair(qint64(-1), qint64(-1));
    };
    // 3,000 rows: every chunk is offsets, "dear" (every row) and "balance" (70%) too.
    QCOMPARE(form("word:dear"), std::pair(qint64(kRows), qint64(2 * kRows)));
    QCOMPARE(writer.queryInt("SELECT count(*) FROM rowbits WHERE length(bits) <> 2 * n"), qint64(0));
    {
        QRandomGenerator rnd(17);
        Transaction tx(writer);
        for (int i = 0; i < 1200; ++i)
            GeneratedCache::insert(writer, rnd, QStringLiteral("MORE-%1").arg(i));
        tx.commit();
    }
    cache.refresh();
    QCOMPARE(form("word:dear"), std::pair(qint64(kRows + 1200), qint64(8192))); // grown past 4,095
    QCOMPARE(form("word:statement").second, 2 * form("word:statement").first);
    Database db = cache.reader();
    for (const char *word : {"dear", "balance", "statement"})
        QCOMPARE(RowBits(db).storedCount(RowBits::wordKey(word)), rawCount(db, fts(word)));
    for (const MixRow &row : mix())
        compareWithSql(db, row.query, row.where);

    // At the edge: 4,095 rows are 8,190 bytes of offsets, one more is 8 KB of bits.
    const QString key = RowBits::wordKey("edge");
    RowIdSet rows;
    for (qint64 rowid = 1; rowid <= 4095; ++rowid)
        rows.insert(rowid);
    Transaction tx(writer);
    RowBits bits(writer);
    bits.setCover(key, kRows + 1200);
    bits.add(key, rows);
    QCOMPARE(form("word:edge"), std::pair(qint64(4095), qint64(8190)));
    bits.add(key, RowIdSet(QList<qint64>{4200}));
    QCOMPARE(form("word:edge"), std::pair(qint64(4096), qint64(8192)));
    bits.setCover(key, kRows + 1200); // sealed again with its key's rows, as a refresh does (rowbitskeys.h)
    RowIdSet some(QList<qint64>{1, 2000, 4095, 4096, 4200});
    bits.keepStored(key, some);
    QCOMPARE(some.sorted(), (QList<qint64>{1, 2000, 4095, 4200})); // 4096 was never given
    StoredRowsReader reader(writer, key);
    QVERIFY(reader.has(4095) && !reader.has(4096) && reader.has(4200));
}

QTEST_GUILESS_MAIN(TestRowBits)
#include "tst_rowbits.moc"
