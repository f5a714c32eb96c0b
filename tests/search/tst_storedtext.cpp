// Text answered from the stored rows (search/storedtext.h, issue #43 items 1 and 2): two and three
// common words, negations, a stored pair (a phrase of two), a phrase narrowed by its pieces, a
// prefix of stored words and of other terms. Each query against plain SQL's count and first page,
// on a cache with the stored rows, without them, and with rows past their cover; the path taken
// read from explainCount, and checked white box by editing the stored rows by hand.
#include "cache/asciiphrase.h"
#include "cache/rowbitsdigest.h"
#include "cache/rowtextmatch.h"
#include "generatedcache.h"
#include "search/queryparser.h"
#include "search/rowidhalves.h"
#include "search/searchplanner.h"
#include "search/storedtext.h"

#include <QRandomGenerator>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <sqlite3.h>

using namespace proofdesk::cache;
using namespace proofdesk::search;
using namespace generatedcache;

namespace {

// Rows as correspondence has them: a few words in most of them, in order, so that their pairs
// are common phrases ("balance statement" in ~30%); one row in a hundred may have "statement balance"
// (a pair too rare to store); "balloon", "bale" and "feeder" begin stored words' prefixes.
void insertRow(Database &db, QRandomGenerator &rnd, const QString &id)
{
    const std::pair<const char *, int> vocabulary[] = {{"balance", 70}, {"statement", 45}, {"fee", 30}, {"feeder", 3},
                                                       {"account", 20}, {"balloon", 5},    {"bale", 1}};
    QStringList words{QStringLiteral("dear")};
    for (const auto &[word, percent] : vocabulary) {
        if (int(rnd.bounded(100)) < percent)
            words << QString::fromLatin1(word);
    }
    if (rnd.bounded(100) == 0 && words.size() > 2 && words[1] == QLatin1String("balance")
        && words[2] == QLatin1String("statement"))
        words.swapItemsAt(1, 2);
    // Text the tokenizer folds: capitals (ASCII still), and a diacritic (no longer ASCII).
    if (rnd.bounded(25) == 0)
        words = words.join(QLatin1Char(' ')).toUpper().split(QLatin1Char(' '));
    else if (rnd.bounded(40) == 0)
        words.replaceInStrings(QStringLiteral("statement"), QStringLiteral("st\u00e4tement"));
    words << QStringLiteral("r%1").arg(rnd.bounded(97));
    GeneratedCache::insertWords(db, rnd, id, words);
}

class WordsCache
{
public:
    explicit WordsCache(const QString &state)
    {
        m_path = CacheFile::prepare(m_folder.path()).databasePath;
        Database db = CacheFile::openWriter(m_path);
        db.exec("INSERT INTO repositories(name, kind, url) VALUES('drop', 'drop', '/drop')");
        add(db, 3000, QStringLiteral("EXS-"));
        if (state != QLatin1String("without stored rows"))
            refreshRowBits(db, options(state));
        if (state == QLatin1String("rows past the cover"))
            add(db, 200, QStringLiteral("NEW-"));
    }
    Database writer() const { return CacheFile::openWriter(m_path); }
    Database reader() const { return CacheFile::openReader(m_path); }

private:
    // "bal" begins other words (balloon, bale) in 6% of the rows, "fee" (feeder) in 3%: the first
    // kept whole, the second not. No phrase of three is kept, so that one is narrowed by its
    // pairs (those kept whole: tst_rowbitstext), nor a pair of words rarer than pairShare unless
    // `state` says "every pair of words" (the default), so that one is narrowed by its words.
    static RowBitsOptions options(const QString &state)
    {
        RowBitsOptions options = everyCache();
        options.prefixTermsPerRow = 0.05;
        options.maxTriples = 0;
        options.pairsOfWords = state == QLatin1String("every pair of words");
        return options;
    }
    static void add(Database &db, int rows, const QString &prefix)
    {
        QRandomGenerator rnd(prefix.size() + rows);
        Transaction tx(db);
        for (int i = 0; i < rows; ++i)
            insertRow(db, rnd, prefix + QString::number(i));
        tx.commit();
    }
    TempDataFolder m_folder;
    QString m_path;
};

QString notFts(const char *match)
{
    return QStringLiteral(" AND c.rowid NOT IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH '%1')")
        .arg(QLatin1String(match));
}

QString explained(Database &db, const QString &query)
{
    return SearchEngine(db).explainCount(query).join(QLatin1Char('\n'));
}

using Words = std::array<quint64, RowIdSet::kChunkWords>;

// Chunk 0 of `key` emptied by a hand that knows the digests (white box).
void emptyChunk(Database &writer, const QString &key)
{
    Words words{};
    writer.prepare("UPDATE rowbits SET n = 0, digest = ?1, bits = zeroblob(8192) WHERE key = ?2 AND chunk = 0")
        .bind(1, rowbitsdigest::ofChunk(key, 0, words.data()))
        .bind(2, key)
        .run();
    resealKey(writer, key);
}

} // namespace

class TestStoredText : public QObject
{
    Q_OBJECT

private slots:
    void theRefreshStoresCommonPairs();
    void anAsciiPhraseIsFoundAsTheTokenizerWould_data();
    void anAsciiPhraseIsFoundAsTheTokenizerWould();
    void anAsciiPhraseAgreesWithFts5OnRandomTexts();
    void answersAsPlainSql_data();
    void answersAsPlainSql();
    void theAnswersComeFromTheStoredRows();
    void aPhrasesPageWalksItsCandidates_data();
    void aPhrasesPageWalksItsCandidates();
    void twoHalvesEqualOneRead_data();
    void twoHalvesEqualOneRead();
    void damagedRowsAreFoundAndAnsweredWithout_data();
    void damagedRowsAreFoundAndAnsweredWithout();

private:
    // One cache per state for the read-only rows (made when first asked).
    const WordsCache &cacheIn(const QString &state)
    {
        auto &cache = m_caches[state];
        if (!cache)
            cache = std::make_unique<WordsCache>(state);
        return *cache;
    }
    std::map<QString, std::unique_ptr<WordsCache>> m_caches;
};

void TestStoredText::theRefreshStoresCommonPairs()
{
    WordsCache cache(QStringLiteral("with stored rows"));
    Database db = cache.reader();
    const QString pair = RowBits::pairKey("balance", "statement");
    QVERIFY(covered(db, pair));
    QCOMPARE(RowBits(db).storedCount(pair), rawCount(db, fts("\"balance statement\"")));
    QVERIFY(rawCount(db, fts("\"statement balance\"")) > 0);
    QVERIFY(!covered(db, RowBits::pairKey("statement", "balance"))); // in one row of a hundred at most
    QVERIFY(!covered(db, RowBits::wordKey("balloon")));

    // By default every pair of the words kept is, however rare, and a pair never written has none.
    WordsCache everyPair(QStringLiteral("every pair of words"));
    Database all = everyPair.reader();
    for (const auto &[first, second] : {std::pair("statement", "balance"), std::pair("balance", "statement"),
                                        std::pair("fee", "dear"), std::pair("dear", "dear")}) {
        const QString key = RowBits::pairKey(first, second);
        QVERIFY2(covered(all, key), qPrintable(key));
        const QString phrase = QStringLiteral("\"%1 %2\"").arg(QLatin1String(first), QLatin1String(second));
        const qint64 raw = rawCount(all, fts(phrase.toUtf8().constData()));
        QCOMPARE(RowBits(all).storedCount(key), raw);
        QCOMPARE(SearchEngine(all).run(phrase, 10, 0).total, raw);
        QVERIFY(SearchEngine(all)
                    .explainCount(phrase)
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String("from its stored rows")));
    }
    QCOMPARE(RowBits(all).storedCount(RowBits::pairKey("dear", "dear")), qint64(0));
    QVERIFY(!covered(all, RowBits::pairKey("balloon", "fee"))); // balloon is not a word kept
}

void TestStoredText::anAsciiPhraseIsFoundAsTheTokenizerWould_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("holds");
    QTest::newRow("next to each other") << "dear balance statement fee"
                                        << "balance statement" << true;
    QTest::newRow("in capitals") << "DEAR Balance STATEMENT"
                                 << "balance statement" << true;
    QTest::newRow("punctuation between") << "balance, statement."
                                         << "balance statement" << true;
    QTest::newRow("the other order") << "statement balance"
                                     << "balance statement" << false;
    QTest::newRow("a word between") << "balance of statement"
                                    << "balance statement" << false;
    QTest::newRow("a longer token") << "balances statement"
                                    << "balance statement" << false;
    QTest::newRow("a repeated start") << "a a a b"
                                      << "a a b" << true;
    QTest::newRow("digits are letters") << "EXS-2026-10 fee"
                                        << "10 fee" << true;
    QTest::newRow("an underscore separates") << "balance_statement"
                                             << "balance statement" << true;
    QTest::newRow("at the very end") << "x balance"
                                     << "balance statement" << false;
    // The scan jumps to bytes that may begin the phrase (either case) and reads tokens only there.
    QTest::newRow("its first letter inside a token") << "abalance statement"
                                                     << "balance statement" << false;
    QTest::newRow("a capital inside a token") << "9Balance statement"
                                              << "balance statement" << false;
    QTest::newRow("after a false start") << "bbalance Balance statement"
                                         << "balance statement" << true;
    QTest::newRow("lower and capital starts mixed") << "Sx sx s statement"
                                                    << "s statement" << true;
    QTest::newRow("at the very start") << "balance statement"
                                       << "balance statement" << true;
    QTest::newRow("a digit first") << "x10 fee 10-fee"
                                   << "10 fee" << true;
}

// The same on texts made at random from a few tokens that begin alike, in both cases, joined by
// separators or by nothing (one longer token): FTS5 is the oracle for every text and phrase.
void TestStoredText::anAsciiPhraseAgreesWithFts5OnRandomTexts()
{
    const QStringList pieces = {QStringLiteral("s"),  QStringLiteral("S"),  QStringLiteral("st"), QStringLiteral("St"),
                                QStringLiteral("ts"), QStringLiteral("10"), QStringLiteral("1"),  QStringLiteral("b")};
    const QStringList separators = {QStringLiteral(" "), QStringLiteral(", "), QStringLiteral("-"), QStringLiteral("_"),
                                    QString()};
    const QStringList phraseTokens = {QStringLiteral("s"),  QStringLiteral("st"), QStringLiteral("ts"),
                                      QStringLiteral("10"), QStringLiteral("b"),  QStringLiteral("sst")};
    QRandomGenerator random(43);
    Database db = cacheIn(QStringLiteral("with stored rows")).writer();
    db.exec("CREATE VIRTUAL TABLE temp.one USING fts5(t, tokenize='unicode61 remove_diacritics 2')");
    int agreed = 0;
    for (int i = 0; i < 400; ++i) {
        QString text;
        for (int n = int(random.bounded(1, 9)); n > 0; --n)
            text +=
                pieces.at(int(random.bounded(pieces.size()))) + separators.at(int(random.bounded(separators.size())));
        QStringList phrase;
        for (int n = int(random.bounded(1, 4)); n > 0; --n)
            phrase << phraseTokens.at(int(random.bounded(phraseTokens.size())));
        std::vector<std::string> tokens;
        for (const QString &token : phrase)
            tokens.push_back(token.toStdString());
        db.exec("DELETE FROM temp.one");
        db.prepare("INSERT INTO temp.one(t) VALUES(?1)").bind(1, text).run();
        Statement match = db.prepare("SELECT count(*) FROM temp.one WHERE one MATCH ?1");
        match.bind(1, QLatin1Char('"') + phrase.join(QLatin1Char(' ')) + QLatin1Char('"'));
        const bool fts5 = match.step() && match.columnInt(0) == 1;
        QVERIFY2(
            proofdesk::cache::asciiphrase::holds(text.toStdString(), tokens) == fts5,
            qPrintable(
                QStringLiteral("\"%1\" in \"%2\": FTS5 says %3").arg(phrase.join(QLatin1Char(' ')), text).arg(fts5)));
        agreed += fts5 ? 1 : 0;
    }
    db.exec("DROP TABLE temp.one");
    QVERIFY2(agreed > 40, "too few texts hold their phrase for the comparison to tell");
}

// The ASCII path agrees with FTS5's own tokenizer on the same text (the tokenizer's tokens of the
// phrase are what the narrowed phrases pass).
void TestStoredText::anAsciiPhraseIsFoundAsTheTokenizerWould()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    QFETCH(bool, holds);
    const std::string bytes = text.toStdString();
    QVERIFY(proofdesk::cache::asciiphrase::isAscii(bytes));
    std::vector<std::string> tokens;
    for (const QString &token : phrase.split(QLatin1Char(' ')))
        tokens.push_back(token.toStdString());
    QCOMPARE(proofdesk::cache::asciiphrase::holds(bytes, tokens), holds);
    QVERIFY(!proofdesk::cache::asciiphrase::isAscii("st\xc3\xa4tement"));
    // FTS5 on the same text agrees.
    Database db = cacheIn(QStringLiteral("with stored rows")).writer();
    db.exec("CREATE VIRTUAL TABLE temp.one USING fts5(t, tokenize='unicode61 remove_diacritics 2')");
    db.prepare("INSERT INTO temp.one(t) VALUES(?1)").bind(1, text).run();
    bool found = false;
    {
        Statement match = db.prepare("SELECT count(*) FROM temp.one WHERE one MATCH ?1");
        match.bind(1, QLatin1Char('"') + phrase + QLatin1Char('"'));
        found = match.step() && match.columnInt(0) == 1;
    }
    db.exec("DROP TABLE temp.one");
    QCOMPARE(found, holds);
}

void TestStoredText::answersAsPlainSql_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("path"); // in explainCount with the stored rows
    const QString day = issued("2026-03-05T00:00:00Z", "2026-03-06T00:00:00Z");
    const QString march = issued("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z");
    const QString year = issued("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");
    const QString pair = fts("\"balance statement\"");
    const struct
    {
        const char *label, *query;
        QString where;
        const char *path;
    } rows[] = {
        {"two stored words", "balance statement", fts("balance AND statement"), "\"balance\" from its stored rows"},
        {"three stored words", "balance statement fee", fts("balance AND statement AND fee"), "\"fee\" from its"},
        {"word, not a word", "balance -fee", fts("balance") + notFts("fee"), "\"fee\" from its stored rows"},
        {"two words, not one", "balance statement -account", fts("balance AND statement") + notFts("account"),
         "\"account\" from its stored rows"},
        {"a stored pair", "\"balance statement\"", pair, "\"balance statement\" from its stored rows"},
        {"a pair narrowed", "\"statement balance\"", fts("\"statement balance\""), "narrowed to"},
        {"three-word phrase", "\"balance statement fee\"", fts("\"balance statement fee\""), "narrowed to"},
        // A word of several tokens is their phrase (search-syntax.md), answered as the quoted one.
        {"hyphenated pair", "balance-statement", pair, "\"balance-statement\" from its stored rows"},
        {"underscored three words", "balance_statement_fee", fts("\"balance statement fee\""), "narrowed to"},
        {"prefix kept whole", "bal*", fts("bal*"), "stored rows of every term it begins"},
        {"short prefix kept whole", "ba*", fts("ba*"), "stored rows of every term it begins"},
        {"prefix in capitals", "BAL*", fts("bal*"), "stored rows of every term it begins"},
        {"prefix that is a stored word", "fee*", fts("fee*"), "FTS5's vocabulary"},
        {"OR of stored words", "fee OR account", fts("fee OR account"), "\"account\" from its stored rows"},
        {"stored and other word", "balance balloon", fts("balance AND balloon"), "\"balloon\" from the full-text"},
        {"negated pair", "fee -\"balance statement\"", fts("fee") + notFts("\"balance statement\""),
         "\"balance statement\" from its stored rows"},
        {"key and pair", "customer:C7 \"balance statement\"", QLatin1String("c.customer_id = 'C7' AND ") + pair,
         "looked up in the stored rows"},
        {"day and pair", "issued:2026-03-05 \"balance statement\"", pair + QLatin1String(" AND ") + day, ""},
        {"field and two words", "type:invoice balance statement",
         QLatin1String("c.type = 'invoice' AND ") + fts("balance AND statement"), "\"statement\" from its stored"},
        {"field and pair", "type:invoice \"balance statement\"", QLatin1String("c.type = 'invoice' AND ") + pair,
         "\"balance statement\" from its stored rows"},
        {"month and prefix", "issued:2025-03 bal*", fts("bal*") + QLatin1String(" AND ") + march,
         "stored rows of every term it begins"},
        {"month and prefix not kept", "issued:2025-03 fee*", fts("fee*") + QLatin1String(" AND ") + march,
         "FTS5's vocabulary"},
        {"year, word, not pair", "account issued:2026 -\"balance statement\"",
         fts("account") + notFts("\"balance statement\"") + QLatin1String(" AND ") + year, ""},
        // Negations with no positive text beside them (issue #66 item 1): each negated text's
        // rows from the stored rows, tested in them, never FTS5's whole match list.
        {"day, not a word", "issued:2026-03-05 -fee", day + notFts("fee"), "\"fee\" from its stored rows"},
        {"field, not a word", "type:invoice -balance", QLatin1String("c.type = 'invoice'") + notFts("balance"),
         "\"balance\" from its stored rows"},
        {"field, not two words", "type:invoice -fee -account",
         QLatin1String("c.type = 'invoice'") + notFts("(fee OR account)"), "\"account\" from its stored rows"},
        {"month, not a pair", "issued:2025-03 -\"balance statement\"", march + notFts("\"balance statement\""),
         "\"balance statement\" from its stored rows"},
        {"a lone negation", "-fee", QLatin1String("NOT ") + fts("fee"), "\"fee\" from its stored rows"},
        {"an OR holding a negation", "fee OR -account",
         QStringLiteral("(%1 OR NOT %2)").arg(fts("fee"), fts("account")), "every row from the months' stored rows"},
        {"nested, an OR holding a negation", "balance (fee OR -account)",
         fts("balance") + QStringLiteral(" AND (%1 OR NOT %2)").arg(fts("fee"), fts("account")),
         "every row from the months' stored rows"},
        {"two ORs holding negations", "(balance OR -fee) (statement OR -account)",
         QStringLiteral("(%1 OR NOT %2) AND (%3 OR NOT %4)")
             .arg(fts("balance"), fts("fee"), fts("statement"), fts("account")),
         "every row from the months' stored rows"},
        {"an OR holding a negation, negated", "-(fee OR -account)",
         QStringLiteral("NOT (%1 OR NOT %2)").arg(fts("fee"), fts("account")),
         "every row from the months' stored rows"},
        {"an OR holding a negated phrase, beside a field", "type:letter (feeder OR -\"balance statement\")",
         QStringLiteral("c.type = 'letter' AND (%1 OR NOT %2)").arg(fts("feeder"), fts("\"balance statement\"")),
         "every row from the months' stored rows"},
        {"negations only", "-fee -account", QStringLiteral("NOT %1 AND NOT %2").arg(fts("fee"), fts("account")),
         "\"account\" from its stored rows"},
        {"an OR of a negation and a rare word", "r5 OR -balance",
         QStringLiteral("(%1 OR NOT %2)").arg(fts("r5"), fts("balance")), "every row from the months' stored rows"},
        {"a negated OR beside a field", "type:letter -(fee OR statement)",
         QLatin1String("c.type = 'letter'") + notFts("(fee OR statement)"), "\"statement\" from its stored rows"},
    };
    for (const char *state : {"with stored rows", "without stored rows", "rows past the cover"}) {
        for (const auto &row : rows) {
            QTest::addRow("%s, %s", row.label, state) << QString::fromLatin1(state) << QString::fromLatin1(row.query)
                                                      << row.where << QString::fromLatin1(row.path);
        }
    }
}

void TestStoredText::answersAsPlainSql()
{
    QFETCH(QString, state);
    QFETCH(QString, query);
    QFETCH(QString, where);
    QFETCH(QString, path);
    Database db = cacheIn(state).reader();
    compareWithSql(db, query, where);
    const QString how = explained(db, query);
    if (state == QLatin1String("without stored rows")) {
        QVERIFY2(!how.contains(QLatin1String("stored rows of")) && !how.contains(QLatin1String("from its stored rows")),
                 qPrintable(how));
    } else if (state == QLatin1String("rows past the cover") && path.startsWith(QLatin1String("looked up"))) {
        // A key's rows past the cover are asked the usual way (matchStoredWords), exactly.
    } else {
        QVERIFY2(how.contains(path), qPrintable(how)); // the path was taken, not silently left
    }
}

// White box: rows taken from the stored rows by hand are missing from the answers, so the
// answers above came from them.
void TestStoredText::theAnswersComeFromTheStoredRows()
{
    WordsCache cache(QStringLiteral("with stored rows"));
    Database writer = cache.writer();
    Database db = cache.reader();
    const auto total = [&db](const char *query) { return SearchEngine(db).run(QLatin1String(query), 10, 0).total; };
    // All 3,000 rows fall in chunk 0: an emptied chunk is a key with no row.
    QVERIFY(total("\"balance statement\"") > 0);
    emptyChunk(writer, RowBits::pairKey("balance", "statement"));
    QCOMPARE(total("\"balance statement\""), qint64(0));
    QCOMPARE(total("fee -\"balance statement\""), rawCount(db, fts("fee")));
    QVERIFY(total("bal*") > 0);
    emptyChunk(writer, RowBits::prefixKey("bal"));
    QCOMPARE(total("bal*"), qint64(0)); // every term it begins, from its stored rows
    const qint64 other = rawCount(db, fts("feeder"));
    QVERIFY(total("fee*") > other);
    emptyChunk(writer, RowBits::wordKey("fee"));
    QCOMPARE(total("fee*"), other); // a start not kept: the other terms, from FTS5's vocabulary
    emptyChunk(writer, RowBits::wordKey("balance"));
    QCOMPARE(total("balance statement"), qint64(0));
    QCOMPARE(total("statement -balance"), rawCount(db, fts("statement")));
    QCOMPARE(total("\"statement balance\""), qint64(0)); // narrowed by balance's (empty) rows
    // A negation on its own, beside a field, and in an OR: tested in the (empty) stored rows.
    const qint64 all = rawCount(db, QStringLiteral("1"));
    QCOMPARE(total("type:invoice -balance"), rawCount(db, QStringLiteral("c.type = 'invoice'")));
    QCOMPARE(total("fee OR -balance"), all);
    QCOMPARE(SearchEngine(db).run(QStringLiteral("-balance"), 3000, 0).hits.size(), int(all));
    // Every row is the months' stored rows: a month emptied by hand is missing from a complement.
    emptyChunk(writer, RowBits::monthKey(RowBits::monthStart(utc("2025-03-01T00:00:00Z"))));
    QCOMPARE(total("fee OR -balance"), all - rawCount(db, issued("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z")));
}

void TestStoredText::aPhrasesPageWalksItsCandidates_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("query");
    for (const char *state : {"with stored rows", "rows past the cover"}) {
        QTest::addRow("three words, %s", state)
            << QString::fromLatin1(state) << QStringLiteral("\"balance statement fee\"");
        QTest::addRow("three words in capitals, %s", state)
            << QString::fromLatin1(state) << QStringLiteral("\"Balance STATEMENT fee\"");
        QTest::addRow("three words hyphenated, %s", state)
            << QString::fromLatin1(state) << QStringLiteral("balance-statement-fee");
    }
}

// A phrase found in many rows, narrowed by its pieces' stored rows: the page walks the issue
// dates testing its candidates and asks those it meets on their own text (F17); rows in capitals
// and with a diacritic (not ASCII) among them, and rows that hold both pieces apart, candidates
// that do not match. The page and the total are plain SQL's, in every order.
void TestStoredText::aPhrasesPageWalksItsCandidates()
{
    QFETCH(QString, state);
    QFETCH(QString, query);
    const QString where = fts("\"balance statement fee\"");
    WordsCache cache(state);
    {
        Database writer = cache.writer();
        QRandomGenerator rnd(7);
        Transaction tx(writer);
        for (int i = 0; i < 40; ++i) {
            GeneratedCache::insertWords(writer, rnd, QStringLiteral("APART-%1").arg(i),
                                        {QStringLiteral("dear"), QStringLiteral("balance"), QStringLiteral("statement"),
                                         QStringLiteral("account"), QStringLiteral("statement"),
                                         QStringLiteral("fee")});
        }
        tx.commit();
    }
    Database db = cache.reader();
    // As on a large cache: asking rows on their own text while walking never pays for itself
    // beside collecting, nor does a walk's step cost anything.
    SearchPlanner::Costs costs;
    costs.collectPhraseMatch = 0;
    costs.walkStep = 0;
    SearchPlanner planner(db);
    planner.setCosts(costs);
    db.exec("BEGIN");
    const SearchPlanner::Counted counted =
        planner.forPage(QueryParser::parse(query).root, 50, SearchOrder::newestFirst());
    db.exec("ROLLBACK");
    QVERIFY(counted.prepared.textCandidates);
    QVERIFY(!counted.exact);
    QCOMPARE(counted.prepared.textRows->size(), rawCount(db, where) + 40); // candidates, not matches
    SearchEngine engine(db);
    engine.setPlannerCosts(costs);
    const struct
    {
        SearchOrder order;
        const char *sql;
    } orders[] = {{SearchOrder::newestFirst(), "issued_at DESC, id COLLATE BINARY"},
                  {SearchOrder{SearchOrder::Key::Issued, true}, "issued_at ASC, id COLLATE BINARY"},
                  {SearchOrder{SearchOrder::Key::Type, true}, "type ASC, issued_at DESC, id COLLATE BINARY"}};
    for (const auto &[order, sql] : orders) {
        const SearchResult result = engine.run(query, 50, 10, order);
        QVERIFY(!result.error.has_value());
        QCOMPARE(result.total, rawCount(db, where));
        Statement page = db.prepare(QStringLiteral("SELECT id FROM communications c WHERE %1 ORDER BY %2 LIMIT 50 "
                                                   "OFFSET 10")
                                        .arg(where, QLatin1String(sql)));
        QStringList expected, got;
        while (page.step())
            expected << page.columnText(0);
        for (const auto &hit : result.hits)
            got << hit.id;
        QCOMPARE(got, expected);
    }
}

void TestStoredText::twoHalvesEqualOneRead_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    QTest::newRow("three words narrowed")
        << QStringLiteral("\"balance statement fee\"") << fts("\"balance statement fee\"");
    QTest::newRow("a pair not stored, narrowed")
        << QStringLiteral("\"statement balance\"") << fts("\"statement balance\"");
    QTest::newRow("a prefix's other terms on both sides of 'balm'") << QStringLiteral("bal*") << fts("bal*");
    QTest::newRow("a prefix's other terms below 'bm' only") << QStringLiteral("b*") << fts("b*");
    QTest::newRow("a prefix that is a stored word") << QStringLiteral("fee*") << fts("fee*");
}

// A phrase's many candidates are asked in two halves of the rowids, the lower on the helper with
// its own tokenizer (rows with a diacritic need it); a prefix's other terms are listed and read
// in two halves of their names. The fixture is small: a maxRowid past its rows makes it split
// anyway (the helper's rowid half then holds every row).
void TestStoredText::twoHalvesEqualOneRead()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    WordsCache cache(QStringLiteral("with stored rows"));
    {
        Database writer = cache.writer();
        QRandomGenerator rnd(11);
        Transaction tx(writer);
        const char *others[] = {"balk", "balmy", "balsa", "Balzac", "bal\u00e9ares"};
        for (int i = 0; i < 25; ++i) {
            GeneratedCache::insertWords(writer, rnd, QStringLiteral("OTHER-%1").arg(i),
                                        {QStringLiteral("dear"), QString::fromUtf8(others[i % 5])});
        }
        tx.commit();
    }
    Database db = cache.reader();
    Database helper = cache.reader();
    const auto tokenizer = RowTextMatch::forConnection(db.handle());
    const QueryNode node = QueryParser::parse(query).root;
    constexpr qint64 kSplitPastTheRows = 2 * RowidHalves::kParallelRows;
    db.exec("BEGIN");
    const auto once = StoredText(db, tokenizer).collect(node, kSplitPastTheRows);
    StoredText halved(db, tokenizer, &helper);
    halved.setHalvedCandidates(1);
    const auto inHalves = halved.collect(node, kSplitPastTheRows);
    db.exec("ROLLBACK");
    QVERIFY(once && inHalves);
    QVERIFY(once->size() > 0);
    QCOMPARE(inHalves->sorted(), once->sorted());
    QCOMPARE(inHalves->size(), rawCount(db, where));
    QVERIFY(sqlite3_get_autocommit(helper.handle())); // the helper's snapshot is over
}

void TestStoredText::damagedRowsAreFoundAndAnsweredWithout_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    QTest::newRow("a pair's count raised")
        << "PRAGMA ignore_check_constraints = ON; UPDATE rowbits SET n = n + 10 WHERE key = 'word:balance statement'"
        << "\"balance statement\"" << fts("\"balance statement\"");
    QTest::newRow("a pair's rows swapped with a word's")
        << "UPDATE rowbits SET key = 'x' WHERE key = 'word:balance statement'; "
           "UPDATE rowbits SET key = 'word:balance statement' WHERE key = 'word:fee'; "
           "UPDATE rowbits SET key = 'word:fee' WHERE key = 'x'"
        << "fee -\"balance statement\"" << fts("fee") + notFts("\"balance statement\"");
    QTest::newRow("a word's cover raised past the last row, for a prefix")
        << "UPDATE rowbits_cover SET upto = upto + 5000 WHERE key = 'word:balance'"
        << "bal*" << fts("bal*");
    QTest::newRow("a word's count lowered, for two words")
        << "PRAGMA ignore_check_constraints = ON; UPDATE rowbits SET n = n - 1 WHERE key = 'word:statement'"
        << "balance statement" << fts("balance AND statement");
}

void TestStoredText::damagedRowsAreFoundAndAnsweredWithout()
{
    QFETCH(QString, edit);
    QFETCH(QString, query);
    QFETCH(QString, where);
    WordsCache cache(QStringLiteral("with stored rows"));
    Database writer = cache.writer();
    writer.exec(edit);
    Database db = cache.reader();
    const SearchResult found = SearchEngine(db).run(query, 50, 0);
    QVERIFY2(!found.damagedStoredRows.isEmpty(), "the edit was not found");
    QCOMPARE(found.total, rawCount(db, where));
    compareWithSql(db, query, where);
}

QTEST_GUILESS_MAIN(TestStoredText)
#include "tst_storedtext.moc"
