// Issue #38 "one folding": the team server folds text for equality exactly as the desks do
// (Qt's QChar::toCaseFolded, Unicode simple case folding), for every code point, whatever the
// server's locale; proofdesk.fold is made from Qt's own table by migration 4 (teamfold.h).
#include "pgtestserver.h"
#include "team/pgconnection.h"
#include "teamtestdatabase.h"

#include <QTest>

using namespace proofdesk;

class TestTeamFold : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCodePointFoldsAsQtFoldsIt();
    void wordsFoldAsOnTheDesk_data();
    void wordsFoldAsOnTheDesk();

private:
    test::PgTestServer m_server;
    std::unique_ptr<test::TeamTestDatabase> m_team;
};

void TestTeamFold::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_team = std::make_unique<test::TeamTestDatabase>(m_server, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTeamFold::everyCodePointFoldsAsQtFoldsIt()
{
    // Qt's answer for every code point that folds; every other one folds to itself.
    QStringList from, to;
    for (char32_t c = 1; c <= 0x10FFFF; ++c) {
        if ((c < 0xD800 || c > 0xDFFF) && QChar::toCaseFolded(c) != c) {
            from << QString::number(c);
            to << QString::number(QChar::toCaseFolded(c));
        }
    }
    QVERIFY(from.size() > 1400); // Qt 6.4: 1,454
    auto owner = m_team->asOwner();
    const team::PgResult differ = owner->exec(
        QStringLiteral("WITH qt AS (SELECT unnest($1::int[]) AS c, unnest($2::int[]) AS f) "
                       "SELECT count(*), string_agg(to_hex(g), ' ' ORDER BY g) FILTER (WHERE g < 70000) "
                       "FROM generate_series(1, 1114111) g LEFT JOIN qt ON qt.c = g "
                       "WHERE g NOT BETWEEN 55296 AND 57343 AND proofdesk.fold(chr(g)) <> chr(coalesce(qt.f, g))"),
        {QStringLiteral("{%1}").arg(from.join(QLatin1Char(','))),
         QStringLiteral("{%1}").arg(to.join(QLatin1Char(',')))});
    QVERIFY2(differ.integer(0, 0) == 0, qPrintable(QStringLiteral("%1 code points fold otherwise on the server: %2")
                                                       .arg(differ.integer(0, 0))
                                                       .arg(differ.text(0, 1))));
}

void TestTeamFold::wordsFoldAsOnTheDesk_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("Épargne") << QStringLiteral("Épargne") << QStringLiteral("épargne");
    QTest::newRow("ÉPARGNE") << QStringLiteral("ÉPARGNE") << QStringLiteral("épargne");
    QTest::newRow("épargne") << QStringLiteral("épargne") << QStringLiteral("épargne");
    // Simple folding maps one code point to one: ß stays ß, so STRASSE and straße stay apart
    // (full folding would make them one; the desks fold simply, so the server does too).
    QTest::newRow("STRASSE") << QStringLiteral("STRASSE") << QStringLiteral("strasse");
    QTest::newRow("straße") << QStringLiteral("straße") << QStringLiteral("straße");
    QTest::newRow("STRAẞE") << QStringLiteral("STRAẞE") << QStringLiteral("straße");
    // No Turkish rule: İ (U+0130) and ı (U+0131) fold to themselves, I to i.
    QTest::newRow("İSTANBUL") << QStringLiteral("İSTANBUL") << QStringLiteral("İstanbul");
    QTest::newRow("ıI") << QStringLiteral("ıI") << QStringLiteral("ıi");
    QTest::newRow("Greek final sigma") << QStringLiteral("ΟΔΟΣ οδος") << QStringLiteral("οδοσ οδοσ");
    QTest::newRow("fullwidth") << QStringLiteral("ＡＢＣ") << QStringLiteral("ａｂｃ");
    QTest::newRow("Deseret, past the BMP")
        << QString::fromUtf8("\xF0\x90\x90\x80") << QString::fromUtf8("\xF0\x90\x90\xA8");
    QTest::newRow("ASCII id") << QStringLiteral("EXS-2026-10-000123") << QStringLiteral("exs-2026-10-000123");
}

void TestTeamFold::wordsFoldAsOnTheDesk()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(text.toCaseFolded(), folded); // the desk
    QCOMPARE(m_team->asOwner()->exec(QStringLiteral("SELECT proofdesk.fold($1)"), {text}).text(0, 0),
             folded); // the server
}

QTEST_GUILESS_MAIN(TestTeamFold)
#include "tst_teamfold.moc"
