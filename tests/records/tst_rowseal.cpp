// Issue #62 item 3: a hand edit of the cache does not change an answer silently. Each letter's
// row is sealed where it is written (cache/rowseal.h); a program other than Proofdesk (here the
// SQLite C API with a folding collation of its own, as the sqlite3 shell or Python would be)
// cannot write a sealed row without the seal function, and one that drops the triggers first
// leaves a row that cache verify names and a production or an evidence package refuses.
#include "cache/cachefile.h"
#include "cache/rowseal.h"
#include "cache/rowtally.h"
#include "cache/tableseal.h"
#include "handedit.h"
#include "recordsfixture.h"

#include <QTest>

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
    void anotherProgramCannotDeleteALetter();
    void rowsDeletedOrPutInByHandAreNamed_data();
    void rowsDeletedOrPutInByHandAreNamed();
    void proofdesksOwnDeletionsKeepTheCount();
    void aCacheOfSchema20CountsTheRowsItHas();
    void everyEventColumnIsSealed();
    void anotherProgramCannotChangeAnEvent();
    void anEventChangedWithoutTheTriggersIsNamed_data();
    void anEventChangedWithoutTheTriggersIsNamed();
    void aCacheOfSchema21SealsTheEventsItHas();
    void anotherProgramCannotChangeAText();
    void aTextChangedWithoutTheTriggersIsNamed_data();
    void aTextChangedWithoutTheTriggersIsNamed();
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

namespace {

// Three letters, EXS-2 with two delivery events, imported.
void importThreeWithEvents(RecordsFixture &f)
{
    for (const char *id : {"EXS-1", "EXS-2", "EXS-3"})
        f.addCommunication(QLatin1String(id), QStringLiteral("2026-03-01T09:00:00Z"));
    f.drop.append(QStringLiteral("delivery/a.ndjson"),
                  R"({"communication_id": "EXS-2", "event": "sent", "at": "2026-03-01T10:00:00Z"})"
                  "\n"
                  R"({"communication_id": "EXS-2", "event": "bounced", "at": "2026-03-02T10:00:00Z"})"
                  "\n");
    f.import();
}

const QStringList kDropTallyTriggers = {
    QStringLiteral("DROP TRIGGER tally_comm_insert"),  QStringLiteral("DROP TRIGGER tally_comm_delete"),
    QStringLiteral("DROP TRIGGER tally_event_insert"), QStringLiteral("DROP TRIGGER tally_event_delete"),
    QStringLiteral("DROP TRIGGER event_seal_insert"),
};

// The cache as schema 21 left it: migrations 22 (the seals of events and texts) and 23 (the
// stored rows' counts) undone.
void rewindTo21(RecordsFixture &f)
{
    for (const char *trigger : {"event_seal_insert", "event_seal_update", "text_seal_insert", "text_seal_update"})
        f.writer.exec(QString(QLatin1String("DROP TRIGGER ") + QLatin1String(trigger)));
    f.writer.exec("ALTER TABLE delivery_events DROP COLUMN row_seal");
    f.writer.exec("ALTER TABLE comm_text DROP COLUMN row_seal");
    f.writer.exec("DROP TABLE rowbits_keys");
    f.writer.exec("UPDATE meta SET value = '21' WHERE key = 'schema_version'");
}

// The bounce of EXS-2, as its row says now.
qint64 bounces(RecordsFixture &f)
{
    return f.count("SELECT count(*) FROM delivery_events WHERE communication_id = 'EXS-2' AND event = 'bounced' "
                   "AND at = 1772445600000 AND detail IS NULL");
}

} // namespace

// #62 item 3: "a row or its delivery events deleted" with sqlite3 changed every answer silently.
// The count of a repository's rows is kept by triggers that seal it, so the shell's DELETE fails.
void TestRowSeal::anotherProgramCannotDeleteALetter()
{
    RecordsFixture f;
    importThreeWithEvents(f);
    for (const QString &edit : {QStringLiteral("DELETE FROM communications WHERE id = 'EXS-2'"),
                                QStringLiteral("DELETE FROM delivery_events WHERE communication_id = 'EXS-2'")}) {
        const QString error = test::editByHand(f.folder->databasePath(), {edit});
        QVERIFY2(error.contains(QLatin1String("no such function: row_seal")), qPrintable(edit + u": " + error));
    }
    QCOMPARE(f.count("SELECT count(*) FROM communications"), 3);
    QCOMPARE(f.count("SELECT count(*) FROM delivery_events"), 2);
    QVERIFY(cache::RowSeal::verify(f.writer).clean());
}

void TestRowSeal::rowsDeletedOrPutInByHandAreNamed_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<qint64>("letters");
    QTest::addColumn<qint64>("events");
    QTest::addColumn<bool>("tallyHolds");
    QTest::newRow("a letter deleted") << QStringList{QStringLiteral("DELETE FROM communications WHERE id = 'EXS-2'")}
                                      << qint64(2) << qint64(2) << true;
    QTest::newRow("its delivery events deleted")
        << QStringList{QStringLiteral("DELETE FROM delivery_events WHERE communication_id = 'EXS-2'")} << qint64(3)
        << qint64(0) << true;
    QTest::newRow("an event put in") << QStringList{QStringLiteral(
        "INSERT INTO delivery_events(repo_id, communication_id, event, at) "
        "SELECT repo_id, 'EXS-1', 'delivered', 1 FROM communications WHERE id = 'EXS-1'")}
                                     << qint64(3) << qint64(3) << true;
    QTest::newRow("a letter deleted and its tally lowered")
        << QStringList{QStringLiteral("DELETE FROM communications WHERE id = 'EXS-2'"),
                       QStringLiteral("UPDATE row_tally SET letters = letters - 1")}
        << qint64(2) << qint64(2) << false;
}

// With the counting triggers dropped first, the shell deletes; cache verify and the daily check
// name the repository and how many it lost, and the next sync of the unchanged drop brings the
// rows back (it did not: the drop's cursor said it was read).
void TestRowSeal::rowsDeletedOrPutInByHandAreNamed()
{
    QFETCH(QStringList, edits);
    QFETCH(qint64, letters);
    QFETCH(qint64, events);
    QFETCH(bool, tallyHolds);
    RecordsFixture f;
    importThreeWithEvents(f);
    const QString error = test::editByHand(f.folder->databasePath(), kDropTallyTriggers + edits);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(f.count("SELECT count(*) FROM communications"), letters);
    QCOMPARE(f.count("SELECT count(*) FROM delivery_events"), events);

    const cache::RowSeal::Check check = cache::RowSeal::verify(f.writer);
    QVERIFY(!check.clean());
    QVERIFY(!check.tallyTriggers);
    QCOMPARE(check.miscounted.size(), 1);
    const cache::RowTally::Miscount m = check.miscounted.first();
    QCOMPARE(m.name, f.writer.queryText("SELECT name FROM repositories"));
    QCOMPARE(m.letters, letters);
    QCOMPARE(m.events, events);
    QCOMPARE(m.sealHolds, tallyHolds);
    if (tallyHolds) {
        QCOMPARE(m.lettersKept, 3);
        QCOMPARE(m.eventsKept, 2);
    }

    const cache::CacheOpenReport report = cache::CacheFile::prepare(f.data.path(), true);
    QVERIFY(report.damagedRows > 0);
    QVERIFY(cache::RowTally::triggersPresent(f.writer));
    QCOMPARE(f.count("SELECT count(*) FROM repositories WHERE cursor IS NULL"), 1);
    f.import();
    QVERIFY(cache::RowSeal::verify(f.writer).clean());
    QCOMPARE(f.count("SELECT count(*) FROM communications"), 3);
    // An event put in by hand carries no seal: the repair took it out, and the sync did not bring it.
    QCOMPARE(f.count("SELECT count(*) FROM delivery_events"), 2);
    QCOMPARE(bounces(f), 1);
}

// Proofdesk's own deletions (a repository's deletion carried, a repository removed) keep each
// tally whole: nothing is named afterwards.
void TestRowSeal::proofdesksOwnDeletionsKeepTheCount()
{
    RecordsFixture f;
    importThreeWithEvents(f);
    f.writer.exec("DELETE FROM communications WHERE id = 'EXS-3'");
    f.writer.exec("DELETE FROM delivery_events WHERE at < 1772445600000");
    f.writer.exec("UPDATE communications SET channel = 'print' WHERE id = 'EXS-1'");
    const cache::RowSeal::Check check = cache::RowSeal::verify(f.writer);
    QVERIFY2(check.clean(), qPrintable(QString::number(check.miscounted.size())));
    QCOMPARE(f.count("SELECT letters FROM row_tally"), 2);
    QCOMPARE(f.count("SELECT events FROM row_tally"), 1);
}

// Migration 21 on a cache that has letters and events: each repository's count is taken from the
// rows it has, and the next import counts on from there.
void TestRowSeal::aCacheOfSchema20CountsTheRowsItHas()
{
    RecordsFixture f;
    importThreeWithEvents(f);
    for (const QString &trigger : cache::RowTally::triggersSql().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        f.writer.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger.section(QLatin1Char(' '), 2, 2)));
    f.writer.exec("DROP TABLE row_tally");
    rewindTo21(f);
    f.writer.exec("UPDATE meta SET value = '20' WHERE key = 'schema_version'");
    QCOMPARE(cache::CacheFile::prepare(f.data.path()).schemaVersion, 23);
    QVERIFY(cache::RowSeal::verify(f.writer).clean());
    QCOMPARE(f.count("SELECT letters FROM row_tally"), 3);
    QCOMPARE(f.count("SELECT events FROM row_tally"), 2);
    f.addCommunication(QStringLiteral("EXS-4"), QStringLiteral("2026-03-01T09:00:00Z"));
    f.import();
    QCOMPARE(f.count("SELECT letters FROM row_tally"), 4);
    QVERIFY(cache::RowSeal::verify(f.writer).clean());
}

void TestRowSeal::everyEventColumnIsSealed()
{
    RecordsFixture f;
    QStringList columns;
    for (cache::Statement st = f.writer.prepare("SELECT name FROM pragma_table_info('delivery_events') ORDER BY cid");
         st.step();)
        if (st.columnText(0) != QLatin1String("row_seal") && st.columnText(0) != QLatin1String("seq"))
            columns << st.columnText(0);
    QStringList sealed = cache::TableSeal::events().columns();
    std::sort(columns.begin(), columns.end());
    std::sort(sealed.begin(), sealed.end());
    QCOMPARE(sealed, columns);
}

// #62 item 3, an event changed in place: a bounce made a delivery with sqlite3 changed the
// letter's history with no trace (only a deleted or added event was counted).
void TestRowSeal::anotherProgramCannotChangeAnEvent()
{
    RecordsFixture f;
    importThreeWithEvents(f);
    const QString error =
        test::editByHand(f.folder->databasePath(),
                         {QStringLiteral("UPDATE delivery_events SET event = 'delivered' WHERE event = 'bounced'")});
    QVERIFY2(error.contains(QLatin1String("no such function: row_seal")), qPrintable(error));
    QCOMPARE(bounces(f), 1);
    QVERIFY(cache::RowSeal::verify(f.writer).clean());
}

void TestRowSeal::anEventChangedWithoutTheTriggersIsNamed_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("namedAs");
    QTest::newRow("a bounce made a delivery") << QStringLiteral("event = 'delivered'") << QStringLiteral("EXS-2");
    QTest::newRow("its time moved") << QStringLiteral("at = at - 86400000") << QStringLiteral("EXS-2");
    QTest::newRow("its detail written") << QStringLiteral("detail = 'signed for'") << QStringLiteral("EXS-2");
    QTest::newRow("moved to another letter") << QStringLiteral("communication_id = 'EXS-1'") << QStringLiteral("EXS-1");
    QTest::newRow("the seal of another event copied")
        << QStringLiteral("row_seal = (SELECT row_seal FROM delivery_events WHERE event = 'sent')")
        << QStringLiteral("EXS-2");
}

// With the sealing triggers dropped first the shell changes the event; cache verify and the
// daily check name it, the repair takes it out, and the next sync of the unchanged drop brings
// it back as the repository sent it.
void TestRowSeal::anEventChangedWithoutTheTriggersIsNamed()
{
    QFETCH(QString, set);
    QFETCH(QString, namedAs);
    RecordsFixture f;
    importThreeWithEvents(f);
    const QString error = test::editByHand(
        f.folder->databasePath(), {QStringLiteral("DROP TRIGGER event_seal_update"),
                                   QStringLiteral("UPDATE delivery_events SET %1 WHERE event = 'bounced'").arg(set)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(bounces(f), set.startsWith(QLatin1String("row_seal")) ? 1 : 0); // a seal copied changes no value

    const cache::RowSeal::Check check = cache::RowSeal::verify(f.writer);
    QVERIFY(!check.clean());
    QCOMPARE(check.damagedRows, 0);
    QVERIFY(check.miscounted.isEmpty());
    QVERIFY(!check.events.triggers);
    QCOMPARE(check.events.rows, 2);
    QCOMPARE(check.events.damagedRows, 1);
    QCOMPARE(check.events.damaged.first().communicationId, namedAs);
    QCOMPARE(check.rowsNotAsWritten(), 1);
    // Where a letter is relied on (shown, produced, given as evidence), before any check has run.
    QVERIFY(!cache::RowSeal::holds(f.writer, namedAs));
    QVERIFY(cache::RowSeal::holds(f.writer, QStringLiteral("EXS-3")));

    const cache::CacheOpenReport report = cache::CacheFile::prepare(f.data.path(), true);
    QCOMPARE(report.damagedRows, 1);
    QVERIFY(cache::TableSeal::events().triggersPresent(f.writer));
    QCOMPARE(f.count("SELECT count(*) FROM delivery_events"), 1);
    QCOMPARE(f.count("SELECT count(*) FROM repositories WHERE cursor IS NULL"), 1);
    QVERIFY(cache::RowSeal::verify(f.writer).clean()); // the tally counted the repair's deletion
    f.import();
    QVERIFY(cache::RowSeal::verify(f.writer).clean());
    QCOMPARE(f.count("SELECT count(*) FROM delivery_events"), 2);
    QCOMPARE(bounces(f), 1);
}

// Migration 22 on a cache that has delivery events: each is sealed as it is, and the next
// import seals what it writes.
void TestRowSeal::aCacheOfSchema21SealsTheEventsItHas()
{
    RecordsFixture f;
    importThreeWithEvents(f);
    rewindTo21(f);
    QCOMPARE(cache::CacheFile::prepare(f.data.path()).schemaVersion, 23);
    const cache::RowSeal::Check check = cache::RowSeal::verify(f.writer);
    QVERIFY(check.clean());
    QCOMPARE(check.events.rows, 2);
    f.drop.append(QStringLiteral("delivery/b.ndjson"),
                  R"({"communication_id": "EXS-1", "event": "sent", "at": "2026-03-01T10:00:00Z"})"
                  "\n");
    f.import();
    QCOMPARE(cache::RowSeal::verify(f.writer).events.rows, 3);
    QVERIFY(cache::RowSeal::verify(f.writer).clean());
    QCOMPARE(f.count("SELECT count(*) FROM delivery_events WHERE row_seal IS NULL"), 0);
}

// #62 item 3, a letter's text: rewritten with sqlite3, what the desk shows and what a phrase
// search reads changed with no trace.
void TestRowSeal::anotherProgramCannotChangeAText()
{
    RecordsFixture f;
    importThreeWithEvents(f);
    const QString error = test::editByHand(
        f.folder->databasePath(), {QStringLiteral("UPDATE comm_text SET body = 'nothing was owed' WHERE rowid = "
                                                  "(SELECT rowid FROM communications WHERE id = 'EXS-2')")});
    QVERIFY2(error.contains(QLatin1String("no such function: row_seal")), qPrintable(error));
    QVERIFY(cache::RowSeal::verify(f.writer).clean());
}

void TestRowSeal::aTextChangedWithoutTheTriggersIsNamed_data()
{
    QTest::addColumn<QString>("set");
    QTest::newRow("its body rewritten") << QStringLiteral("body = 'nothing was owed'");
    QTest::newRow("its names rewritten") << QStringLiteral("names = 'Mallory'");
    QTest::newRow("the seal of another text copied")
        << QStringLiteral("row_seal = (SELECT t.row_seal FROM comm_text t JOIN communications c ON c.rowid = t.rowid "
                          "WHERE c.id = 'EXS-1')");
}

// With the sealing triggers dropped the shell rewrites EXS-2's text: cache verify names the letter;
// the repair builds the full-text index again from the texts as they are and breaks the letter's
// seal, so that the next sync writes it again and the search answers from the text as sent.
void TestRowSeal::aTextChangedWithoutTheTriggersIsNamed()
{
    QFETCH(QString, set);
    RecordsFixture f;
    importThreeWithEvents(f);
    const QString asSent = f.writer.queryText(
        "SELECT body FROM comm_text t JOIN communications c ON c.rowid = t.rowid WHERE c.id = 'EXS-2'");
    const QString error = test::editByHand(
        f.folder->databasePath(),
        {QStringLiteral("DROP TRIGGER text_seal_update"),
         QStringLiteral("UPDATE comm_text SET %1 WHERE rowid = (SELECT rowid FROM communications WHERE id = 'EXS-2')")
             .arg(set)});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const cache::RowSeal::Check check = cache::RowSeal::verify(f.writer);
    QVERIFY(!check.clean());
    QVERIFY(!check.texts.triggers);
    QCOMPARE(check.texts.rows, 3);
    QCOMPARE(check.texts.damagedRows, 1);
    QCOMPARE(check.texts.damaged.first().communicationId, QStringLiteral("EXS-2"));
    QCOMPARE(check.damagedRows, 0);
    QVERIFY(!cache::RowSeal::holds(f.writer, QStringLiteral("EXS-2")));
    QVERIFY(cache::RowSeal::holds(f.writer, QStringLiteral("EXS-1")));

    const cache::CacheOpenReport report = cache::CacheFile::prepare(f.data.path(), true);
    QCOMPARE(report.damagedRows, 1);
    QVERIFY(cache::TableSeal::texts().triggersPresent(f.writer));
    // Until the sync, the letter itself is not as written: refused where relied on.
    QVERIFY(!cache::RowSeal::holds(f.writer, QStringLiteral("EXS-2")));
    f.import();
    QVERIFY(cache::RowSeal::verify(f.writer).clean());
    QCOMPARE(f.writer.queryText(
                 "SELECT body FROM comm_text t JOIN communications c ON c.rowid = t.rowid WHERE c.id = 'EXS-2'"),
             asSent);
    // The index holds the text as sent, and nothing of the hand's (FTS5 compares it with the texts).
    QCOMPARE(f.count("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH 'mallory OR owed'"), 0);
    f.writer.exec("INSERT INTO comm_fts(comm_fts, rank) VALUES('integrity-check', 1)");
}

QTEST_GUILESS_MAIN(TestRowSeal)
#include "tst_rowseal.moc"
