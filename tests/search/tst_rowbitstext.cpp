// The stored rows read from the rows' own text (cache/rowbitstextpass.h): the common starts
// and the common phrases of two and three words, against FTS5's own answers, and the sample
// that chooses them taken again as the cache grows.
#include "cache/rowtextmatch.h"
#include "generatedcache.h"
#include "search/storedtext.h"

#include <QLoggingCategory>
#include <memory>

using namespace proofdesk::cache;
using namespace proofdesk::search;
using namespace generatedcache;

class TestRowBitsText : public QObject
{
    Q_OBJECT

private slots:
    void theCommonStartsAreStoredAsFts5FindsThem();
    void aStartFarBehindIsReadAsBefore();
    void theCommonPhrasesAreStoredAsFts5FindsThem();
    void theTextReadInTwoHalvesStoresWhatFts5Finds();
    void aCacheGrownByAQuarterIsSampledAgain();
    void aPhraseOfThreeWhosePairsMeetOftenIsKept();
};

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
void TestRowBitsText::theCommonStartsAreStoredAsFts5FindsThem()
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
void TestRowBitsText::aStartFarBehindIsReadAsBefore()
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

qint64 insertTextRow(Database &db, int i, const QString &text, const QString &names);

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
    return insertTextRow(db, i, text, rnd.bounded(3) == 0 ? QStringLiteral("Fee Payer") : QStringLiteral("Ann Lee"));
}

// Rows where "alpha beta" and "beta gamma" are each in 40% (so both in about 16%), written apart,
// and the phrase "alpha beta gamma" in 2%.
qint64 insertPairsRow(Database &db, QRandomGenerator &rnd, int i)
{
    QStringList body{QStringLiteral("dear")};
    for (const auto &[percent, text] : {std::pair(40, "alpha beta"), std::pair(40, "beta gamma")}) {
        if (int(rnd.bounded(100)) < percent)
            body << QLatin1String(text) << QStringLiteral("x%1").arg(rnd.bounded(50));
    }
    if (rnd.bounded(50) == 0)
        body << QStringLiteral("alpha beta gamma");
    return insertTextRow(db, i, body.join(QLatin1Char(' ')), QStringLiteral("Ann Lee"));
}

qint64 insertTextRow(Database &db, int i, const QString &text, const QString &names)
{
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
void TestRowBitsText::theCommonPhrasesAreStoredAsFts5FindsThem()
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

namespace {

// The cache's debug lines on whatever QT_LOGGING_RULES says (ctest turns them off): the test
// waits for the one that says the text was read in two halves.
QLoggingCategory::CategoryFilter g_rulesFilter = nullptr;

void cacheDebugOn(QLoggingCategory *category)
{
    if (g_rulesFilter)
        g_rulesFilter(category);
    if (qstrcmp(category->categoryName(), "proofdesk.cache") == 0)
        category->setEnabled(QtDebugMsg, true);
}

} // namespace

// Past two windows of rows (65,536 each) the text is read in two halves at once, the upper on a
// connection and thread of its own whose windows the writer's thread writes (F27): rows on both
// sides of the middle (rowids 1-300 and 140,000-140,300), the phrases and starts as FTS5 finds
// them, when first built and when rows are added past them.
void TestRowBitsText::theTextReadInTwoHalvesStoresWhatFts5Finds()
{
    InsertedCache cache(insertPhrasesRow, 47);
    cache.add(0, 300);
    Database &db = cache.writer();
    db.exec("INSERT INTO communications(rowid, id, repo_id, type, issued_at, channel, template_id, template_version, "
            "rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, customer_id, "
            "record_hash) SELECT 139999, 'EXS-far', repo_id, type, issued_at, channel, template_id, "
            "template_version, rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, "
            "customer_id, record_hash FROM communications WHERE rowid = 1");
    GeneratedCache::insertText(db, 139999, QStringLiteral("pay the fee"), QStringLiteral("Ann Lee"),
                               QStringLiteral("EXS-far"));
    cache.add(300, 600);
    QCOMPARE(db.queryInt("SELECT max(rowid) FROM communications"), 140299);
    g_rulesFilter = QLoggingCategory::installFilter(cacheDebugOn);
    QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("read in two halves from rowid 65536")));
    refreshRowBits(db, startsOptions());
    QLoggingCategory::installFilter(g_rulesFilter);
    QVERIFY(comparePhrasesWithFts5(db) >= 5);
    compareStartsWithFts5(db, 0);
    if (QTest::currentTestFailed())
        return;
    cache.add(600, 700);
    refreshRowBits(db, startsOptions());
    QVERIFY(comparePhrasesWithFts5(db) >= 5);
    compareStartsWithFts5(db, 0);
}

// The words, phrases and starts are chosen from a sample once, and again when the cache has
// grown by a quarter since, or when it was refreshed before the phrases of three were kept (no
// sample recorded): what the new sample finds is added to what is kept.
void TestRowBitsText::aCacheGrownByAQuarterIsSampledAgain()
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

// A phrase of three kept words whose pairs are found together in many rows is kept whole,
// however rare it is itself, when narrowing it by them would leave narrowedTripleRows rows or
// more at the cache's size (rowbitsrefresh.cpp); below that size it is narrowed, as before.
void TestRowBitsText::aPhraseOfThreeWhosePairsMeetOftenIsKept()
{
    const QString triple = RowBits::wordKey("alpha beta gamma");
    const QString phrase = QStringLiteral("\"alpha beta gamma\"");
    RowBitsOptions options = everyCache();
    options.maxTriples = 0; // not kept for its own rows (2% of them): only for its pairs'
    for (const qint64 narrowed : {qint64(100), options.narrowedTripleRows}) {
        InsertedCache cache(insertPairsRow, 46);
        cache.add(0, 1000);
        Database &db = cache.writer();
        options.narrowedTripleRows = narrowed;
        refreshRowBits(db, options);
        const QString explained = SearchEngine(db).explainCount(phrase).join(QLatin1Char('\n'));
        const qint64 raw = fts5Rows(db, QStringLiteral("alpha beta gamma")).size();
        QVERIFY(raw > 0);
        QCOMPARE(SearchEngine(db).run(phrase, 10, 0).total, raw);
        // The pairs meet in ~16% of the 1,000 rows: past 100 rows, short of 2,500.
        if (narrowed == 100) {
            QVERIFY2(covered(db, triple), qPrintable(explained));
            QCOMPARE(storedRows(db, triple), fts5Rows(db, QStringLiteral("alpha beta gamma")));
            QVERIFY2(explained.contains(QLatin1String("from its stored rows")), qPrintable(explained));
            // Pairs never found together make no phrase of three kept.
            QVERIFY(!covered(db, RowBits::wordKey("gamma beta alpha")));
            QVERIFY(!covered(db, RowBits::wordKey("beta alpha beta")));
        } else {
            QVERIFY(!covered(db, triple));
            QVERIFY2(explained.contains(QLatin1String("narrowed to")), qPrintable(explained));
        }
    }
}

QTEST_GUILESS_MAIN(TestRowBitsText)
#include "tst_rowbitstext.moc"
