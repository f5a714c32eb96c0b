// Issue #62 item 3: a hand edit of the cache does not change an answer silently. Each letter's
// row is sealed where it is written (cache/rowseal.h); a program other than Proofdesk (here the
// SQLite C API with a folding collation of its own, as the sqlite3 shell or Python would be)
// cannot write a sealed row without the seal function, and one that drops the triggers first
// leaves a row that cache verify names and a production or an evidence package refuses.
#include "cache/cachefile.h"
#include "cache/rowseal.h"
#include "handedit.h"
#include "recordsfixture.h"

#include <QtTest>

using namespace proofdesk;

class TestRowSeal : public QObject
{
    Q_OBJECT

private slots:
    void everyColumnIsSealed();
    void anotherProgramCannotWriteASealedRow();
    void aRowEditedWithoutTheTriggersIsNamed_data();
    void aRowEditedWithoutTheTriggersIsNamed();
    void proofdesksOwnWritesKeepTheSeal();
};

namespace {

// What the hand edits change of a letter's row (not its rendition's hash: each letter's is its own).
QString row(RecordsFixture &f, const char *id)
{
    cache::Statement st =
        f.writer.prepare("SELECT channel, fixity, issued_at, recipient_name, recipient_email, status, status_at "
                         "FROM communications WHERE id = ?1");
    st.bind(1, QString::fromLatin1(id));
    QString out = QString::fromLatin1(id);
    if (st.step())
        for (int c = 0; c < st.columnCount(); ++c)
            out += QLatin1Char('|') + st.columnText(c);
    return out;
}

} // namespace

void TestRowSeal::everyColumnIsSealed()
{
    RecordsFixture f;
    QStringList columns;
    for (cache::Statement st = f.writer.prepare("SELECT name FROM pragma_table_info('communications') ORDER BY cid");
         st.step();)
        if (st.columnText(0) != QLatin1String("row_seal") && st.columnText(0) != QLatin1String("rowid"))
            columns << st.columnText(0);
    QStringList sealed = cache::RowSeal::columns();
    std::sort(columns.begin(), columns.end());
    std::sort(sealed.begin(), sealed.end());
    QCOMPARE(sealed, columns);
}

void TestRowSeal::anotherProgramCannotWriteASealedRow()
{
    RecordsFixture f;
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-03-01T09:00:00Z"));
    f.import();
    const QString error = test::editByHand(
        f.folder->databasePath(), {QStringLiteral("UPDATE communications SET channel = 'web' WHERE id = 'EXS-1'")});
    QVERIFY2(error.contains(QLatin1String("no such function: row_seal")), qPrintable(error));
    QCOMPARE(cache::RowSeal::verify(f.writer).damagedRows, 0);
    QCOMPARE(f.writer.queryText("SELECT channel FROM communications WHERE id = 'EXS-1'"), QStringLiteral("email"));
}

void TestRowSeal::aRowEditedWithoutTheTriggersIsNamed_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("the channel") << QStringLiteral("channel = 'web'");
    QTest::newRow("fixity failed to verified") << QStringLiteral("fixity = 'verified', content_sha256 = NULL");
    QTest::newRow("the issue date") << QStringLiteral("issued_at = issued_at + 86400000");
    QTest::newRow("the recipient") << QStringLiteral("recipient_name = 'Mallory', recipient_email = 'm@evil.example'");
    QTest::newRow("the delivery status") << QStringLiteral("status = 'delivered', status_at = 1");
    QTest::newRow("the seal of another row copied")
        << QStringLiteral("row_seal = (SELECT row_seal FROM communications WHERE id = 'EXS-3')");
    QTest::newRow("the seal and the channel written")
        << QStringLiteral("channel = 'web', row_seal = '00000000000000000000000000000000'");
}

void TestRowSeal::aRowEditedWithoutTheTriggersIsNamed()
{
    QFETCH(QString, edit);
    RecordsFixture f;
    for (const char *id : {"EXS-1", "EXS-2", "EXS-3"})
        f.addCommunication(QLatin1String(id), QStringLiteral("2026-03-01T09:00:00Z"));
    f.import();
    f.writer.exec("UPDATE communications SET fixity = 'failed' WHERE id = 'EXS-2'"); // Proofdesk's own write
    const QString error = test::editByHand(
        f.folder->databasePath(),
        {QStringLiteral("DROP TRIGGER comm_seal_insert"), QStringLiteral("DROP TRIGGER comm_seal_update"),
         QStringLiteral("UPDATE communications SET %1 WHERE id = 'EXS-2'").arg(edit)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const cache::RowSeal::Check check = cache::RowSeal::verify(f.writer);
    QCOMPARE(check.rows, 3);
    QVERIFY(!check.triggers);
    QCOMPARE(check.damagedRows, 1);
    QCOMPARE(check.damaged.first().id, QStringLiteral("EXS-2"));
    QVERIFY(!cache::RowSeal::holds(f.writer, QStringLiteral("EXS-2")));
    QVERIFY(cache::RowSeal::holds(f.writer, QStringLiteral("EXS-1")));
    QVERIFY(cache::RowSeal::holds(f.writer, QStringLiteral("EXS-3")));

    // The daily check names it too, makes the triggers again and has the drop read again at the
    // next sync, which writes the row again as the drop holds it.
    const QString before = row(f, "EXS-1");
    const cache::CacheOpenReport report = cache::CacheFile::prepare(f.data.path(), true);
    QCOMPARE(report.damagedRows, 1);
    QVERIFY(cache::RowSeal::triggersPresent(f.writer));
    QCOMPARE(f.writer.queryInt("SELECT count(*) FROM repositories WHERE cursor IS NULL"), 1);
    f.import();
    const cache::RowSeal::Check after = cache::RowSeal::verify(f.writer);
    QCOMPARE(after.damagedRows, 0);
    QCOMPARE(row(f, "EXS-2"), QString(before).replace(QLatin1String("EXS-1"), QLatin1String("EXS-2")));
}

// The import, an update of the status, a fetch's verdict: every write of Proofdesk's own is
// sealed again by the triggers, whichever statement wrote it.
void TestRowSeal::proofdesksOwnWritesKeepTheSeal()
{
    RecordsFixture f;
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-03-01T09:00:00Z"));
    f.import();
    f.writer.exec("UPDATE communications SET status = 'bounced', status_at = 5 WHERE id = 'EXS-1'");
    f.writer.exec("UPDATE communications SET fixity = 'failed', content_sha256 = 'ab' WHERE id = 'EXS-1'");
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-03-02T09:00:00Z")); // a later line
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-03-02T09:00:00Z"));
    f.import();
    const cache::RowSeal::Check check = cache::RowSeal::verify(f.writer);
    QCOMPARE(check.rows, 2);
    QCOMPARE(check.damagedRows, 0);
    QVERIFY(check.triggers);
}

QTEST_GUILESS_MAIN(TestRowSeal)
#include "tst_rowseal.moc"
