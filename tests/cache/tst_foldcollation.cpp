// One folding (issue #38): what "case-insensitive" means for field values, the scope, the
// stored value rows and holds, decided by domain/textfold.h and used by SQLite through the
// collation `fold`. Simple Unicode case folding, as Qt folds: the table below is the rule
// docs/rules.md states.
#include "cache/sqlite.h"
#include "domain/textfold.h"
#include "rulecases.h"

#include <QRandomGenerator>
#include <QTest>

using namespace proofdesk;

class TestFoldCollation : public QObject
{
    Q_OBJECT

private slots:
    void equalOnceFolded_data();
    void equalOnceFolded();
    void theOrderIsTheOrderOfTheFoldedText();
    void theFoldingTableFoldsAsQtDoes();
    void sqliteFoldsAlike();
};

// tests/rules/fold.csv: the team server's pgTAP tests read the same cases.
void TestFoldCollation::equalOnceFolded_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");
    for (const rulecases::Case &c : rulecases::read(QStringLiteral("fold.csv")))
        QTest::newRow(qPrintable(c.value(QStringLiteral("case"))))
            << c.value(QStringLiteral("a")) << c.value(QStringLiteral("b"))
            << (c.value(QStringLiteral("equal")) == QLatin1String("true"));
}

void TestFoldCollation::equalOnceFolded()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    QCOMPARE(domain::sameFolded(a, b), equal);
    QCOMPARE(domain::foldCase(a) == domain::foldCase(b), equal);
    const QByteArray ua = a.toUtf8(), ub = b.toUtf8();
    QCOMPARE(domain::compareFoldedUtf8(ua.constData(), int(ua.size()), ub.constData(), int(ub.size())) == 0, equal);
    cache::Database db(QStringLiteral(":memory:"), cache::Database::Mode::ReadWrite);
    cache::Statement st = db.prepare("SELECT ?1 = ?2 COLLATE fold, fold(?1) = fold(?2)");
    st.bind(1, a).bind(2, b);
    QVERIFY(st.step());
    QCOMPARE(st.columnInt(0) == 1, equal);
    QCOMPARE(st.columnInt(1) == 1, equal);
}

// The collation's order (ASCII compared byte by byte, the rest decoded) is the order of the
// folded UTF-16: a total order an index can hold, whatever mixes of scripts it meets.
void TestFoldCollation::theOrderIsTheOrderOfTheFoldedText()
{
    const QStringList pieces = {
        QStringLiteral("a"), QStringLiteral("A"),    QStringLiteral("z"), QStringLiteral("["),
        QStringLiteral("é"), QStringLiteral("É"),    QStringLiteral("e"), QString(QChar(0x17F)),
        QStringLiteral("s"), QString(QChar(0x212A)), QStringLiteral("k"), QStringLiteral("ß"),
        QStringLiteral("Σ"), QStringLiteral("ς"),    QStringLiteral("1"), QString::fromUtf8("\xF0\x90\x90\x80"),
        QStringLiteral("İ"), QStringLiteral("i")};
    QRandomGenerator random(38);
    const auto word = [&] {
        QString w;
        for (int n = int(random.bounded(5)); n >= 0; --n)
            w += pieces.at(int(random.bounded(pieces.size())));
        return w;
    };
    const auto sign = [](int v) { return v < 0 ? -1 : v > 0 ? 1 : 0; };
    for (int i = 0; i < 20000; ++i) {
        const QString a = word(), b = word();
        const QByteArray ua = a.toUtf8(), ub = b.toUtf8();
        const int got = sign(domain::compareFoldedUtf8(ua.constData(), int(ua.size()), ub.constData(), int(ub.size())));
        const QString fa = domain::foldCase(a), fb = domain::foldCase(b);
        const int want = sign(QStringView(fa).compare(QStringView(fb), Qt::CaseSensitive));
        QVERIFY2(got == want, qPrintable(QStringLiteral("%1 vs %2: %3, folded %4").arg(a, b).arg(got).arg(want)));
        const int back =
            sign(domain::compareFoldedUtf8(ub.constData(), int(ub.size()), ua.constData(), int(ua.size())));
        QCOMPARE(back, -got);
    }
}

// The table a server folds by (translate()) folds each code point as Qt does, and only those.
void TestFoldCollation::theFoldingTableFoldsAsQtDoes()
{
    const domain::FoldingTable table = domain::foldingTable();
    const QList<uint> from = table.from.toUcs4(), to = table.to.toUcs4();
    QCOMPARE(from.size(), to.size());
    QVERIFY(from.size() > 1400); // Unicode 14's simple foldings: 1,454 in Qt 6.4
    for (qsizetype i = 0; i < from.size(); ++i) {
        QCOMPARE(QChar::toCaseFolded(char32_t(from.at(i))), char32_t(to.at(i)));
        QVERIFY(from.at(i) != to.at(i));
    }
    QVERIFY(from.contains(uint(0x00C9)));  // É
    QVERIFY(!from.contains(uint(0x0130))); // İ: no simple folding
}

// A column declared COLLATE fold: equality, its index, GROUP BY and ORDER BY all fold.
void TestFoldCollation::sqliteFoldsAlike()
{
    cache::Database db(QStringLiteral(":memory:"), cache::Database::Mode::ReadWrite);
    db.exec("CREATE TABLE t(unit TEXT COLLATE fold)");
    db.exec("CREATE INDEX t_unit ON t(unit)");
    cache::Statement add = db.prepare("INSERT INTO t(unit) VALUES(?1)");
    for (const char *unit : {"Épargne", "ÉPARGNE", "épargne", "Epargne", "Crédit", "CRÉDIT"})
        add.bind(1, QString::fromUtf8(unit)).run();
    QCOMPARE(db.queryInt("SELECT count(*) FROM t WHERE unit = 'épargne'"), 3);
    cache::Statement plan = db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM t WHERE unit = 'épargne'");
    QVERIFY(plan.step());
    QVERIFY2(plan.columnText(3).contains(QStringLiteral("t_unit")), qPrintable(plan.columnText(3)));
    QCOMPARE(db.queryText("SELECT group_concat(n, ' ') FROM (SELECT count(*) AS n FROM t GROUP BY unit ORDER BY n)"),
             QStringLiteral("1 2 3"));
    QCOMPARE(db.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestFoldCollation)
#include "tst_foldcollation.moc"
