#include "cache/rowtextmatch.h"
#include "generatedcache.h"
#include "search/storedtext.h"

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
    void rowsAddedPastTheCoverAreCountedToo_data();
    void rowsAddedPastTheCoverAreCountedToo();
    void aChangeUnderTheCoverDropsIt_data();
    void aChangeUnderTheCoverDropsIt();
    void theSameTextWrittenAgainKeepsThem();
    void aSmallCacheKeepsNone();
    void theCommonStartsAreStoredAsFts5FindsThem();
    void aStartFarBehindIsReadAsBefore();
    void theCommonPhrasesAreStoredAsFts5FindsThem();
    void aCacheGrownByAQuarterIsSampledAgain();
    void chunksAreReadInTheirOrderWhateverThePlan();
};

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
    GeneratedCache cache;
    cache.refresh();
    Database db = cache.reader();
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
    QCOMPARE(RowBits(db).coveredUpTo(RowBits::wordKey("balance")),
             db.queryInt("SELECT max(rowid) FROM communications"));
    compareWithSql(db, query, where);
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
}

namespace {

// A cache of rows made by `insert(db, rnd, i)`, in the drop repository they belong to; rows are
// added in one transaction each time.
class InsertedCache
{
public:
    using Insert = qint64 (*)(Database &, QRandomGenerator &, int);
    InsertedCache(Insert insert, quint32 seed)
        : m_insert(insert)
        , m_rnd(seed)
    {
        m_path = CacheFile::prepare(m_folder.path()).databasePath;
        m_db = std::make_unique<Database>(CacheFile::openWriter(m_path));
        m_db->exec("INSERT INTO repositories(name, kind, url) VALUES('drop', 'drop', '/drop')");
    }
    Database &writer() { return *m_db; }
    Database reader() const { return CacheFile::openReader(m_path); }
    void add(int from, int to)
    {
        Transaction tx(*m_db);
        for (int i = from; i < to; ++i)
            m_insert(*m_db, m_rnd, i);
        tx.commit();
    }

private:
    Insert m_insert;
    QRandomGenerator m_rnd;
    TempDataFolder m_folder;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace

namespace {

// Rows whose other words share starts: "ba" (bask, bathe, bay; balance is a kept word), "ela"
// (Élan and élargir are not ASCII: the tokenizer folds them), "бан" (two bytes a character), "ß"
// (no fold; SS in capitals), each begun by about 0.2 other terms a row; "bas" by 0.07 (below the
// 0.15 kept). Every row is sampled.
qint64 insertStartsRow(Database &db, QRandomGenerator &rnd, int i)
{
    QStringList words{QStringLiteral("dear")};
    // Each other word in 7-10% of the rows, below the 10% that makes a word kept.
    const std::pair<const char *, int> vocabulary[] = {{"balance", 70},
                                                       {"bask", 7},
                                                       {"bathe", 7},
                                                       {"bay", 7},
                                                       {"\xc3\x89lan", 7},
                                                       {"\xc3\xa9largir", 7},
                                                       {"elastic", 7},
                                                       {"\xd0\x91\xd0\x90\xd0\x9d\xd0\x9a", 7},
                                                       {"\xd0\xb1\xd0\xb0\xd0\xbd\xd0\xb0\xd0\xbd", 7},
                                                       {"\xd0\xb1\xd0\xb0\xd0\xbd\xd1\x82", 7},
                                                       {"\xc3\x9fuper", 10},
                                                       {"\xc3\x9fol", 10}};
    for (const auto &[word, percent] : vocabulary) {
        if (int(rnd.bounded(100)) < percent)
            words << QString::fromUtf8(word);
    }
    if (i % 9 == 0)
        words = words.join(QLatin1Char(' ')).toUpper().split(QLatin1Char(' '));
    return GeneratedCache::insertWords(db, rnd, QStringLiteral("EXS-%1").arg(i), words);
}

RowBitsOptions startsOptions()
{
    RowBitsOptions options = everyCache();
    options.sampleRows = 5000;
    return options;
}

QString ftsPrefix(const QString &start)
{
    return QStringLiteral("c.rowid IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH '\"%1\" *')").arg(start);
}

// Every start kept holds FTS5's rows of `start*`, up to the last row.
void compareStartsWithFts5(Database &db, int atLeast)
{
    Statement st = db.prepare("SELECT substr(key, 8), upto FROM rowbits_cover WHERE key LIKE 'begins:%'");
    int kept = 0;
    while (st.step()) {
        const QString start = st.columnText(0);
        QCOMPARE(st.columnInt(1), db.queryInt("SELECT max(rowid) FROM communications"));
        QCOMPARE(RowBits(db).storedCount(RowBits::prefixKey(start.toStdString())), rawCount(db, ftsPrefix(start)));
        ++kept;
    }
    QVERIFY2(kept >= atLeast, qPrintable(QString::number(kept)));
}

} // namespace

// The starts of the words other than the kept ones (rowbitsprefixes.h): their rows are FTS5's
// prefix query's, through capitals, diacritics and characters of two bytes, when first built,
// after rows are added past them, and after a change under them; a search of them is answered
// from them, as plain SQL answers it.
void TestRowBits::theCommonStartsAreStoredAsFts5FindsThem()
{
    InsertedCache cache(insertStartsRow, 43);
    cache.add(0, 1000);
    Database &db = cache.writer();
    refreshRowBits(db, startsOptions());
    for (const char *start : {"ba", "ela", "\xd0\xb1\xd0\xb0\xd0\xbd", "\xc3\x9f", "e", "b"})
        QVERIFY2(covered(db, RowBits::prefixKey(start)), start);
    QVERIFY(!covered(db, RowBits::prefixKey("bas")));
    QVERIFY(!covered(db, RowBits::prefixKey("bal"))); // balance is a kept word, and nothing else begins it
    compareStartsWithFts5(db, 6);

    cache.add(1000, 1150);
    Database reader = cache.reader();
    // Rows past the cover are asked on their own text.
    for (const char *query : {"ba*", "ELA*", "\xd0\x91\xd0\xb0\xd0\xbd*", "\xc3\x9f*", "dear -ba*"})
        compareWithSql(reader, QString::fromUtf8(query),
                       QString::fromUtf8(query).startsWith(QLatin1String("dear"))
                           ? ftsPrefix(QStringLiteral("dear")) + QStringLiteral(" AND NOT ")
                                 + ftsPrefix(QStringLiteral("ba"))
                           : ftsPrefix(QString::fromUtf8(query).chopped(1).toLower()));
    QVERIFY(SearchEngine(reader)
                .explainCount(QStringLiteral("ba*"))
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("stored rows of every term it begins, and 150 rows past them")));
    refreshRowBits(db, startsOptions());
    compareStartsWithFts5(db, 6);

    // A changed text under the cover drops it; the next refresh builds it again.
    db.exec("INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) SELECT 'delete', rowid, body, names, ids "
            "FROM comm_text WHERE rowid = 10");
    db.exec("UPDATE comm_text SET body = 'bathe \xc3\xa9lan' WHERE rowid = 10");
    db.exec(
        "INSERT INTO comm_fts(rowid, body, names, ids) SELECT rowid, body, names, ids FROM comm_text WHERE rowid = 10");
    QVERIFY(!covered(db, RowBits::prefixKey("ba")));
    refreshRowBits(db, startsOptions());
    compareStartsWithFts5(db, 6);
}

// More rows past a kept start's cover than a query asks on their own text (kNarrowRows): the
// prefix is read as before it was kept, from FTS5's vocabulary, until the next refresh.
void TestRowBits::aStartFarBehindIsReadAsBefore()
{
    InsertedCache cache(insertStartsRow, 46);
    cache.add(0, 1000);
    refreshRowBits(cache.writer(), startsOptions());
    QVERIFY(covered(cache.writer(), RowBits::prefixKey("ba")));
    cache.add(1000, 1000 + int(StoredText::kNarrowRows) + 1);
    Database reader = cache.reader();
    compareWithSql(reader, QStringLiteral("ba*"), ftsPrefix(QStringLiteral("ba")));
    const QString explained = SearchEngine(reader).explainCount(QStringLiteral("ba*")).join(QLatin1Char('\n'));
    QVERIFY2(explained.contains(QLatin1String("FTS5's vocabulary for the other terms it begins")),
             qPrintable(explained));
    refreshRowBits(cache.writer(), startsOptions());
    compareStartsWithFts5(cache.writer(), 6);
    QVERIFY(SearchEngine(reader)
                .explainCount(QStringLiteral("ba*"))
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("from the stored rows of every term it begins")));
}

namespace {

// Rows whose text holds common phrases of two and three words, written as FTS5 has to fold them:
// "pay the fee" (in capitals in some rows), "fee fee fee" (a token repeated), "élan vital fee"
// (not ASCII: the tokenizer folds it), "банк счёт" (two bytes a character), and "pay the" at the
// end of the body with "fee" opening the names: not a phrase, which is found within one column.
qint64 insertPhrasesRow(Database &db, QRandomGenerator &rnd, int i)
{
    QStringList body{QStringLiteral("dear")};
    const auto maybe = [&](int percent, const char *text) {
        if (int(rnd.bounded(100)) < percent)
            body << QString::fromUtf8(text);
    };
    maybe(30, "pay the fee");
    maybe(10, "fee, fee; fee");
    maybe(8, "\xc3\x89lan vital fee");
    maybe(8, "\xd0\x91\xd0\xb0\xd0\xbd\xd0\xba \xd1\x81\xd1\x87\xd1\x91\xd1\x82");
    maybe(20, "the pay");
    maybe(25, "pay the");
    QString text = body.join(QLatin1Char(' '));
    if (i % 7 == 0)
        text = text.toUpper();
    const QString names = rnd.bounded(3) == 0 ? QStringLiteral("Fee Payer") : QStringLiteral("Ann Lee");
    const QString id = QStringLiteral("EXS-%1").arg(i);
    Statement comm = db.prepareCached(
        "INSERT INTO communications(id, repo_id, type, issued_at, channel, template_id, template_version, "
        "rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, customer_id, record_hash) "
        "VALUES(?1, 1, 'letter', ?2, 'email', 'T', '1', 'x.pdf', 'application/pdf', '00', 1, 'N', 'C1', 'h')");
    comm.bind(1, id).bind(2, utc("2025-01-01T00:00:00Z") + qint64(i) * 3600000).run();
    const qint64 rowid = db.queryInt("SELECT last_insert_rowid()");
    GeneratedCache::insertText(db, rowid, text, names, id);
    return rowid;
}

QList<qint64> storedRows(Database &db, const QString &key)
{
    RowIdSet rows = RowIdSet::withCapacity(db.queryInt("SELECT max(rowid) FROM communications"));
    RowBits(db).addStoredTo(key, rows);
    return rows.sorted();
}

QList<qint64> fts5Rows(Database &db, const QString &phrase)
{
    QList<qint64> rows;
    Statement st = db.prepare("SELECT rowid FROM comm_fts WHERE comm_fts MATCH ? ORDER BY rowid");
    st.bind(1, QLatin1Char('"') + phrase + QLatin1Char('"'));
    while (st.step())
        rows << st.columnInt(0);
    return rows;
}

// Every phrase kept holds FTS5's rows of it, up to the last row; returns how many are kept.
int comparePhrasesWithFts5(Database &db)
{
    Statement st = db.prepare("SELECT substr(key, 6), upto FROM rowbits_cover WHERE key LIKE 'word:% %'");
    int kept = 0;
    while (st.step()) {
        const QString phrase = st.columnText(0);
        [&] {
            QCOMPARE(st.columnInt(1), db.queryInt("SELECT max(rowid) FROM communications"));
            QCOMPARE(storedRows(db, QStringLiteral("word:") + phrase), fts5Rows(db, phrase));
        }();
        if (QTest::currentTestFailed())
            qWarning() << "the phrase" << phrase;
        ++kept;
    }
    return kept;
}

} // namespace

// The phrases of two and three common words (rowbitstextpass.h): their rows are FTS5's phrase
// query's, through capitals, punctuation, repeated tokens, diacritics, characters of two bytes
// and the end of a column, when first built, after rows are added past them and after a change
// under them; a search of them is answered from them, as plain SQL answers it.
void TestRowBits::theCommonPhrasesAreStoredAsFts5FindsThem()
{
    InsertedCache cache(insertPhrasesRow, 44);
    cache.add(0, 1000);
    Database &db = cache.writer();
    refreshRowBits(db, startsOptions());
    // The keys as the tokenizer folds the phrases (é to e, capitals to small letters).
    const auto tokenizer = RowTextMatch::forConnection(db.handle());
    QVERIFY(tokenizer);
    QStringList expected;
    for (const char *phrase :
         {"pay the fee", "pay the", "the fee", "fee fee fee", "fee fee", "the pay", "fee payer",
          "\xc3\x89lan vital fee", "\xd0\x91\xd0\xb0\xd0\xbd\xd0\xba \xd1\x81\xd1\x87\xd1\x91\xd1\x82"})
        expected << RowBits::phraseKey(tokenizer->tokens(phrase)).mid(5);
    QVERIFY(expected.contains(QStringLiteral("elan vital fee")));
    for (const QString &phrase : expected)
        QVERIFY2(covered(db, QStringLiteral("word:") + phrase), qPrintable(phrase));
    // "pay the" ends many bodies where "fee" opens the names: not one row more for "the fee".
    QVERIFY(fts5Rows(db, QStringLiteral("the fee")).size() < 400);
    QVERIFY(comparePhrasesWithFts5(db) >= expected.size());
    if (QTest::currentTestFailed())
        return;

    cache.add(1000, 1150);
    Database reader = cache.reader();
    // A stored phrase of three, with rows past its cover, as plain SQL.
    const auto fts5 = [](const char *match) {
        return QStringLiteral("c.rowid IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH '%1')")
            .arg(QString::fromUtf8(match));
    };
    compareWithSql(reader, QStringLiteral("\"PAY THE FEE\""), fts5("\"pay the fee\""));
    compareWithSql(reader, QString::fromUtf8("\"\xc3\xa9lan vital fee\""), fts5("\"elan vital fee\""));
    compareWithSql(reader, QStringLiteral("\"fee fee fee\" -\"pay the\""),
                   fts5("\"fee fee fee\"") + QStringLiteral(" AND NOT ") + fts5("\"pay the\""));
    compareWithSql(reader, QStringLiteral("\"the pay the fee\""), fts5("\"the pay the fee\""));
    QVERIFY(SearchEngine(reader)
                .explainCount(QStringLiteral("\"pay the fee\""))
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("from its stored rows")));
    refreshRowBits(db, startsOptions());
    QVERIFY(comparePhrasesWithFts5(db) >= expected.size());

    // A changed text under the cover drops it; the next refresh builds it again.
    db.exec("INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) SELECT 'delete', rowid, body, names, ids "
            "FROM comm_text WHERE rowid = 10");
    db.exec("UPDATE comm_text SET body = 'the pay the fee fee fee' WHERE rowid = 10");
    db.exec(
        "INSERT INTO comm_fts(rowid, body, names, ids) SELECT rowid, body, names, ids FROM comm_text WHERE rowid = 10");
    QVERIFY(!covered(db, QStringLiteral("word:pay the fee")));
    refreshRowBits(db, startsOptions());
    QVERIFY(comparePhrasesWithFts5(db) >= expected.size());
}

// The words, phrases and starts are chosen from a sample once, and again when the cache has
// grown by a quarter since, or when it was refreshed before the phrases of three were kept (no
// sample recorded): what the new sample finds is added to what is kept.
void TestRowBits::aCacheGrownByAQuarterIsSampledAgain()
{
    GeneratedCache cache;
    Database db = cache.writer();
    RowBitsOptions noTriples = everyCache();
    noTriples.maxTriples = 0;
    refreshRowBits(db, noTriples);
    QCOMPARE(db.queryInt("SELECT count(*) FROM rowbits_cover WHERE key LIKE 'word:% % %'"), qint64(0));
    QCOMPARE(RowBits(db).coveredUpTo(RowBits::sampledKey()), std::optional<qint64>(kRows));

    // Grown by a tenth: the kept ones are brought up, none chosen.
    QRandomGenerator rnd(45);
    const auto add = [&](int rows) {
        Transaction tx(db);
        for (int i = 0; i < rows; ++i)
            GeneratedCache::insert(db, rnd,
                                   QStringLiteral("MORE-%1").arg(db.queryInt("SELECT max(rowid) FROM communications")));
        tx.commit();
    };
    add(kRows / 10);
    refreshRowBits(db, everyCache());
    QCOMPARE(db.queryInt("SELECT count(*) FROM rowbits_cover WHERE key LIKE 'word:% % %'"), qint64(0));
    QCOMPARE(RowBits(db).coveredUpTo(RowBits::sampledKey()), std::optional<qint64>(kRows));

    // By a quarter: sampled again, the phrases of three found.
    add(kRows / 5);
    refreshRowBits(db, everyCache());
    const qint64 last = db.queryInt("SELECT max(rowid) FROM communications");
    QCOMPARE(RowBits(db).coveredUpTo(RowBits::sampledKey()), std::optional<qint64>(last));
    QVERIFY(db.queryInt("SELECT count(*) FROM rowbits_cover WHERE key LIKE 'word:% % %'") > 0);
    QCOMPARE(comparePhrasesWithFts5(db),
             int(db.queryInt("SELECT count(*) FROM rowbits_cover WHERE key LIKE 'word:% %'")));

    // A cache refreshed before (no sample recorded) is sampled again at its next refresh.
    refreshRowBits(db, noTriples);
    db.exec("DELETE FROM rowbits_cover WHERE key LIKE 'word:% % %' OR key = 'sampled:words'");
    refreshRowBits(db, everyCache());
    QVERIFY(db.queryInt("SELECT count(*) FROM rowbits_cover WHERE key LIKE 'word:% % %'") > 0);
}

QTEST_GUILESS_MAIN(TestRowBits)
#include "tst_rowbits.moc"
