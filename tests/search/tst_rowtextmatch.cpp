#include "cache/rowtextmatch.h"
#include "cache/sqlite.h"
#include "search/ftstext.h"
#include "searchfixture.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace proofdesk::cache;
using namespace proofdesk::search;

// fts_row_match must answer exactly as FTS5's MATCH on the same rows: the planner asks it
// instead of the full-text index for the few rows a key or a day selects.
class TestRowTextMatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersAsMatchOnTheFixture_data();
    void answersAsMatchOnTheFixture();
    void answersAsMatchOnHardText_data();
    void answersAsMatchOnHardText();
    void randomExpressionsAnswerAsMatch();
    void refusesWhatItCannotEvaluate_data();
    void refusesWhatItCannotEvaluate();

private:
    static QList<qint64> rows(Database &db, const char *sql, const QString &fts)
    {
        Statement st = db.prepare(sql);
        st.bind(1, fts);
        QList<qint64> out;
        while (st.step())
            out << st.columnInt(0);
        return out;
    }
    static void compare(Database &db, const QString &fts)
    {
        const QList<qint64> byIndex = rows(db, "SELECT rowid FROM comm_fts WHERE comm_fts MATCH ? ORDER BY rowid", fts);
        const QList<qint64> byRow =
            rows(db, "SELECT rowid FROM comm_text WHERE fts_row_match(?, body, names, ids) ORDER BY rowid", fts);
        QVERIFY2(
            byIndex == byRow,
            qPrintable(
                QStringLiteral("%1: MATCH %2 rows, fts_row_match %3").arg(fts).arg(byIndex.size()).arg(byRow.size())));
    }
    void insert(QString body, QString names, QString ids)
    {
        for (QString *column : {&body, &names, &ids})
            if (column->isNull())
                *column = QStringLiteral(""); // an empty column, not NULL
        Statement text = m_hard.prepare("INSERT INTO comm_text(body, names, ids) VALUES (?, ?, ?)");
        text.bind(1, body).bind(2, names).bind(3, ids).run();
        Statement index = m_hard.prepare("INSERT INTO comm_fts(rowid, body, names, ids) VALUES (?, ?, ?, ?)");
        index.bind(1, m_hard.lastInsertRowId()).bind(2, body).bind(3, names).bind(4, ids).run();
    }

    QTemporaryDir m_dir;
    Database m_hard;
    QStringList m_vocabulary;
};

// A cache-less table pair with comm_fts's own definition (read from a migrated cache), over
// text that tests the tokenizer: diacritics, case, digits, punctuation inside ids, scripts.
void TestRowTextMatch::initTestCase()
{
    SearchFixture fixture;
    Database cache = fixture.openReader();
    const QString ftsSql = cache.queryText("SELECT sql FROM sqlite_master WHERE name = 'comm_fts'");
    QVERIFY(ftsSql.contains(QLatin1String("remove_diacritics 2")));
    m_hard = Database(m_dir.filePath(QStringLiteral("hard.sqlite")));
    m_hard.exec("CREATE TABLE comm_text (rowid INTEGER PRIMARY KEY, body TEXT NOT NULL, names TEXT NOT NULL, ids TEXT "
                "NOT NULL)");
    m_hard.exec(ftsSql);
    m_vocabulary = {QStringLiteral("Café"),      QStringLiteral("cafe"),    QStringLiteral("CAFÉS"),
                    QStringLiteral("Straße"),    QStringLiteral("strasse"), QStringLiteral("naïve"),
                    QStringLiteral("İstanbul"),  QStringLiteral("o'brien"), QStringLiteral("EXS-2026-10-000123"),
                    QStringLiteral("2026"),      QStringLiteral("fee"),     QStringLiteral("fees"),
                    QStringLiteral("statement"), QStringLiteral("balance"), QStringLiteral("東京"),
                    QStringLiteral("Ünal"),      QStringLiteral("x"),       QStringLiteral("--"),
                    QStringLiteral("late-fee"),  QStringLiteral("ǅemal")};
    QRandomGenerator random(30);
    m_hard.exec("BEGIN");
    for (int i = 0; i < 400; ++i) {
        QStringList body, names, ids;
        for (int k = random.bounded(0, 14); k > 0; --k)
            body << m_vocabulary[random.bounded(m_vocabulary.size())];
        for (int k = random.bounded(0, 3); k > 0; --k)
            names << m_vocabulary[random.bounded(m_vocabulary.size())];
        for (int k = random.bounded(0, 3); k > 0; --k)
            ids << m_vocabulary[random.bounded(m_vocabulary.size())];
        insert(body.join(QLatin1String(random.bounded(2) ? " " : ", ")), names.join(QLatin1Char(' ')),
               ids.join(QLatin1Char(' ')));
    }
    m_hard.exec("COMMIT");
}

void TestRowTextMatch::answersAsMatchOnTheFixture_data()
{
    QTest::addColumn<QString>("fts");
    QTest::newRow("word") << QStringLiteral("\"statement\"");
    QTest::newRow("phrase") << QStringLiteral("\"monthly statement\"");
    QTest::newRow("prefix") << QStringLiteral("\"stat\" *");
    QTest::newRow("prefix phrase") << QStringLiteral("\"monthly st\" *");
    QTest::newRow("and") << QStringLiteral("(\"statement\" AND \"fee\")");
    QTest::newRow("or") << QStringLiteral("(\"statement\" OR \"policy\")");
    QTest::newRow("not") << QStringLiteral("(\"statement\" NOT \"monthly\")");
    QTest::newRow("and not or") << QStringLiteral("((\"statement\" AND \"fee\") NOT (\"late\" OR \"annual\"))");
    QTest::newRow("no match") << QStringLiteral("\"zzzz\"");
}

void TestRowTextMatch::answersAsMatchOnTheFixture()
{
    QFETCH(QString, fts);
    SearchFixture fixture;
    Database db = fixture.openReader();
    compare(db, fts);
}

void TestRowTextMatch::answersAsMatchOnHardText_data()
{
    QTest::addColumn<QString>("fts");
    QTest::newRow("diacritics and case") << ftsString(u"cafe");
    QTest::newRow("diacritics in the query") << ftsString(u"CAFÉ");
    QTest::newRow("sharp s is its own letter") << ftsString(u"strasse");
    QTest::newRow("dotted capital I") << ftsString(u"istanbul");
    QTest::newRow("apostrophe splits") << ftsString(u"o'brien");
    QTest::newRow("id as a phrase of its tokens") << ftsString(u"EXS-2026-10-000123");
    QTest::newRow("id's middle tokens") << ftsString(u"2026-10");
    QTest::newRow("prefix over diacritics") << ftsString(u"caf", true);
    QTest::newRow("prefix of a phrase") << ftsString(u"late f", true);
    QTest::newRow("script without spaces") << ftsString(u"東京");
    QTest::newRow("titlecase digraph") << ftsString(u"ǆemal");
    QTest::newRow("one letter") << ftsString(u"x");
    QTest::newRow("phrase across a comma") << ftsString(u"fee, fees");
    QTest::newRow("quote inside") << ftsString(u"\"fee\"");
    QTest::newRow("not of an or")
        << QStringLiteral("(%1 NOT (%2 OR %3))").arg(ftsString(u"fee"), ftsString(u"cafe"), ftsString(u"x"));
}

void TestRowTextMatch::answersAsMatchOnHardText()
{
    QFETCH(QString, fts);
    compare(m_hard, fts);
}

// Expressions of the compiler's shapes over the hard text's words, with phrases that cross
// the boundary between columns (FTS5 never matches those).
void TestRowTextMatch::randomExpressionsAnswerAsMatch()
{
    QRandomGenerator random(31);
    const auto phrase = [&] {
        QStringList words;
        while (!hasSearchableText(words.join(QLatin1Char(' ')))) // as the query parser requires
            for (int k = random.bounded(1, 3); k > 0; --k)
                words << m_vocabulary[random.bounded(m_vocabulary.size())];
        return ftsString(words.join(QLatin1Char(' ')), random.bounded(4) == 0);
    };
    const char *operators[] = {" AND ", " OR "};
    for (int i = 0; i < 300; ++i) {
        QStringList positive{phrase()};
        const char *op = operators[random.bounded(2)];
        for (int k = random.bounded(0, 3); k > 0; --k)
            positive << phrase();
        QString fts = positive.size() == 1 ? positive.front()
                                           : QLatin1Char('(') + positive.join(QLatin1String(op)) + QLatin1Char(')');
        if (random.bounded(3) == 0)
            fts = QStringLiteral("(%1 NOT %2)").arg(fts, phrase());
        compare(m_hard, fts);
    }
}

void TestRowTextMatch::refusesWhatItCannotEvaluate_data()
{
    QTest::addColumn<QString>("fts");
    QTest::newRow("a phrase without a token") << QStringLiteral("(\"fee\" AND \"--\")");
    QTest::newRow("a column filter") << QStringLiteral("body : \"fee\"");
    QTest::newRow("NEAR") << QStringLiteral("NEAR(\"fee\" \"cafe\")");
    QTest::newRow("unclosed") << QStringLiteral("(\"fee\" AND \"cafe\"");
    QTest::newRow("bare word") << QStringLiteral("fee");
    // FTS5's implicit AND binds tighter than NOT ("a" NOT "b" "c" is a NOT (b AND c)) and is
    // refused after a parenthesis: SqlCompiler never writes it (the fuzzer's first find).
    QTest::newRow("implicit and") << QStringLiteral("\"fee\" NOT \"cafe\" \"x\"");
    QTest::newRow("nested past 32") << QString(40, QLatin1Char('(')) + QStringLiteral("\"fee\"")
                                           + QString(40, QLatin1Char(')'));
    QStringList many(300, QStringLiteral("\"fee\""));
    QTest::newRow("past 256 phrases") << many.join(QLatin1String(" AND "));
    QTest::newRow("implicit and after a group") << QStringLiteral("(\"fee\") \"x\"");
}

void TestRowTextMatch::refusesWhatItCannotEvaluate()
{
    QFETCH(QString, fts);
    const auto match = RowTextMatch::forConnection(m_hard.handle());
    QVERIFY(match);
    QVERIFY(!match->parse(fts.toStdString()));
    QVERIFY_THROWS_EXCEPTION(SqliteError,
                             rows(m_hard, "SELECT rowid FROM comm_text WHERE fts_row_match(?, body, names, ids)", fts));
}

QTEST_GUILESS_MAIN(TestRowTextMatch)
#include "tst_rowtextmatch.moc"
