// `proofdesk-cli import` on a hostile drop (issue #17): a PDF that hangs or breaks QtPdf is
// imported without its text and reported as file:line with a warning, never blocking the
// import; a file whose already-read bytes were edited is reported, never silently re-read.
#include "clirunner.h"
#include "dropbuilder.h"
#include "hostilepdf.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliHostileDrop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfPastTheBoundsIsAWarningWithFileAndLine_data();
    void pdfPastTheBoundsIsAWarningWithFileAndLine();
    void editedReadBytesAreReported_data();
    void editedReadBytesAreReported();
    void importAfterACrashReportsBadLinesMetBeforeIt_data();
    void importAfterACrashReportsBadLinesMetBeforeIt();
    void recordFileNotNamedInUtf8IsAWarningWithTheNameEscaped();
    void importAndSyncAtOnceReportEachBadLineOnce();
};

void TestCliHostileDrop::initTestCase()
{
    // Inherited by the CLI: two seconds of processor time a PDF, and the wall clock's bound far
    // off, so that on a loaded machine too a PDF that never ends is stopped by the processor
    // time it took (and the others are read, however long they wait for a processor).
    qputenv("PROOFDESK_PDFTEXT_SECONDS", "2");
    qputenv("PROOFDESK_PDFTEXT_WALL_SECONDS", "600");
}

void TestCliHostileDrop::pdfPastTheBoundsIsAWarningWithFileAndLine_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("page tree that contains itself, --json")
        << hostilepdf::selfReferencingPageTree() << true << QStringLiteral("more than 2 s of processor time");
    QTest::newRow("page tree that contains itself, text")
        << hostilepdf::selfReferencingPageTree() << false << QStringLiteral("more than 2 s of processor time");
    QTest::newRow("not a PDF, --json") << QByteArray("%PDF-1.7\n%%EOF\n") << true
                                       << QStringLiteral("QtPdf cannot read");
}

void TestCliHostileDrop::pdfPastTheBoundsIsAWarningWithFileAndLine()
{
    QFETCH(QByteArray, pdf);
    QFETCH(bool, json);
    QFETCH(QString, reason);
    QTemporaryDir work;
    const QString dropDir = work.filePath(QStringLiteral("drop")), data = work.filePath(QStringLiteral("data"));
    DropBuilder drop(dropDir);
    const QString file = QStringLiteral("communications/2026-10.ndjson");
    drop.appendRecord(file, drop.pdfCommunication(QStringLiteral("EXS-1"), hostilepdf::withText("firstword")));
    drop.appendRecord(file, drop.pdfCommunication(QStringLiteral("EXS-2"), pdf));
    drop.appendRecord(file, drop.pdfCommunication(QStringLiteral("EXS-3"), hostilepdf::withText("lastword")));

    QStringList args{QStringLiteral("import"), dropDir};
    if (json)
        args << QStringLiteral("--json");
    const CliRun import = runCli(data, args);
    QCOMPARE(import.exitCode, 1); // ran, found a problem
    if (json) {
        const QJsonObject o = import.object();
        QCOMPARE(o.value(QStringLiteral("accepted")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 0);
        const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        const QJsonObject w = warnings.first().toObject();
        QCOMPARE(w.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(w.value(QStringLiteral("line")).toInt(), 2);
        QVERIFY2(w.value(QStringLiteral("reason")).toString().contains(reason), import.out.constData());
    } else {
        const QByteArray expected = (file + QStringLiteral(":2: warning: text not extracted")).toUtf8();
        QVERIFY2(import.err.contains(expected) && import.err.contains(reason.toUtf8()), import.err.constData());
        QVERIFY2(import.out.contains("3 records accepted"), import.out.constData());
    }
    const CliRun show = runCli(data, {QStringLiteral("show"), QStringLiteral("EXS-2"), QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(
        show.object().value(QStringLiteral("text_extraction")).toString().startsWith(QLatin1String("not extracted: ")),
        show.out.constData());
    const CliRun search =
        runCli(data, {QStringLiteral("search"), QStringLiteral("lastword"), QStringLiteral("--json")});
    QCOMPARE(search.object().value(QStringLiteral("total")).toInt(), 1); // the PDF after it was read
}

void TestCliHostileDrop::editedReadBytesAreReported_data()
{
    QTest::addColumn<bool>("sameSize");
    QTest::newRow("a byte of a read line changed, same size") << true;
    QTest::newRow("a byte of a read line changed, a line appended") << false;
}

void TestCliHostileDrop::editedReadBytesAreReported()
{
    QFETCH(bool, sameSize);
    QTemporaryDir work;
    const QString dropDir = work.filePath(QStringLiteral("drop")), data = work.filePath(QStringLiteral("data"));
    DropBuilder drop(dropDir);
    const QString file = QStringLiteral("communications/a.ndjson");
    for (int i = 1; i <= 40; ++i)
        drop.appendRecord(file, drop.communication(QStringLiteral("EXS-%1").arg(i, 3, 10, QLatin1Char('0'))));
    QCOMPARE(runCli(data, {QStringLiteral("import"), dropDir}).exitCode, 0);

    QFile a(QDir(dropDir).filePath(file));
    QVERIFY(a.open(QIODevice::ReadWrite));
    const qsizetype at = a.readAll().indexOf("EXS-020");
    QVERIFY(at > 4096);                           // past the first 4 KiB, and far from the last
    QVERIFY(a.seek(at + 6) && a.write("9") == 1); // EXS-020 -> EXS-029: another record's id
    a.close();
    if (!sameSize)
        drop.appendRecord(file, drop.communication(QStringLiteral("EXS-041")));

    const CliRun again = runCli(data, {QStringLiteral("import"), dropDir, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 1);
    const QJsonArray errors = again.object().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QStringLiteral("file")).toString(), file);
    QVERIFY2(errors.first().toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("changed")),
             again.out.constData());
    const CliRun search =
        runCli(data, {QStringLiteral("search"), QStringLiteral("id:EXS-041"), QStringLiteral("--json")});
    QCOMPARE(search.object().value(QStringLiteral("total")).toInt(), 0); // not read on
}

void TestCliHostileDrop::importAfterACrashReportsBadLinesMetBeforeIt_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("--json") << true;
}

// Issue #17: `import` killed after its first page (5,000 lines, with two bad ones) and run
// again reported no bad line: the resumed import started after them. Now it reports them.
void TestCliHostileDrop::importAfterACrashReportsBadLinesMetBeforeIt()
{
    QFETCH(bool, json);
    QTemporaryDir work;
    const QString dropDir = work.filePath(QStringLiteral("drop")), data = work.filePath(QStringLiteral("data"));
    DropBuilder drop(dropDir);
    const QString file = QStringLiteral("communications/a.ndjson");
    QByteArray lines = "not json\n{\"id\": 7}\n";
    QJsonObject record = drop.communication(QStringLiteral("EXS-00000")); // one rendition for all
    for (int i = 0; i < 5200; ++i) {
        record.insert(QStringLiteral("id"), QStringLiteral("EXS-%1").arg(i, 5, 10, QLatin1Char('0')));
        lines += DropBuilder::line(record);
    }
    drop.append(file, lines);

    qputenv("PROOFDESK_CRASH_AT", "sync-page-applied");
    const CliRun crashed = runCli(data, {QStringLiteral("import"), dropDir});
    qunsetenv("PROOFDESK_CRASH_AT");
    QCOMPARE(crashed.exitCode, -1); // killed after the first page was committed

    QStringList args{QStringLiteral("import"), dropDir};
    if (json)
        args << QStringLiteral("--json");
    const CliRun resumed = runCli(data, args);
    QCOMPARE(resumed.exitCode, 1); // ran, found problems
    if (json) {
        const QJsonObject o = resumed.object();
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 2);
        const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 1);
        QCOMPARE(errors.at(1).toObject().value(QStringLiteral("line")).toInt(), 2);
    } else {
        QVERIFY2(resumed.err.contains((file + QStringLiteral(":1: not valid JSON")).toUtf8())
                     && resumed.err.contains((file + QStringLiteral(":2: field \"id\" must be a string")).toUtf8()),
                 resumed.err.constData());
        QVERIFY2(resumed.out.contains("2 rejected"), resumed.out.constData());
    }
    const CliRun stats = runCli(data, {QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.object().value(QStringLiteral("communications")).toInt(), 5200);
    QCOMPARE(stats.object().value(QStringLiteral("rejected_lines")).toInt(), 2);
}

// Issue #17: such a file was skipped without a word.
void TestCliHostileDrop::recordFileNotNamedInUtf8IsAWarningWithTheNameEscaped()
{
    QTemporaryDir work;
    const QString dropDir = work.filePath(QStringLiteral("drop")), data = work.filePath(QStringLiteral("data"));
    DropBuilder drop(dropDir);
    drop.appendRecord(QStringLiteral("communications/a.ndjson"), drop.communication(QStringLiteral("EXS-1")));
    const QByteArray rawName =
        QFile::encodeName(QDir(dropDir).filePath(QStringLiteral("communications/"))) + "r\xe9sum\xe9.ndjson";
    const RawNamedFile raw(rawName, DropBuilder::line(drop.communication(QStringLiteral("EXS-2"))));
    QVERIFY(raw.written());
    const CliRun import = runCli(data, {QStringLiteral("import"), dropDir});
    QCOMPARE(import.exitCode, 1); // ran, found a problem
    QVERIFY2(import.err.contains("communications/r\\xe9sum\\xe9.ndjson:0: warning: the file name is not valid UTF-8"),
             import.err.constData());
    QVERIFY2(import.out.contains("1 records accepted"), import.out.constData());
}

// Issue #17: `import` and `sync` of one drop started together read the same pages side by
// side, and each bad line was reported (and counted) twice. Now the second waits its turn.
void TestCliHostileDrop::importAndSyncAtOnceReportEachBadLineOnce()
{
    QTemporaryDir work;
    const QString dropDir = work.filePath(QStringLiteral("drop")), data = work.filePath(QStringLiteral("data"));
    DropBuilder drop(dropDir);
    const QString file = QStringLiteral("communications/a.ndjson");
    QJsonObject record = drop.communication(QStringLiteral("EXS-00000")); // one rendition for all
    drop.appendRecord(file, record);
    QCOMPARE(runCli(data, {QStringLiteral("import"), dropDir}).exitCode, 0); // the repository exists
    QByteArray lines;
    for (int i = 1; i <= 20000; ++i) {
        record.insert(QStringLiteral("id"), QStringLiteral("EXS-%1").arg(i, 5, 10, QLatin1Char('0')));
        lines += DropBuilder::line(record);
        if (i % 1000 == 0)
            lines += "not json\n";
    }
    drop.append(file, lines);

    QProcess import, sync;
    import.start(QStringLiteral(PROOFDESK_CLI),
                 {QStringLiteral("--data"), data, QStringLiteral("--json"), QStringLiteral("import"), dropDir});
    sync.start(QStringLiteral(PROOFDESK_CLI),
               {QStringLiteral("--data"), data, QStringLiteral("--json"), QStringLiteral("sync")});
    QVERIFY(import.waitForFinished(180000) && sync.waitForFinished(180000));
    const QJsonObject imported = QJsonDocument::fromJson(import.readAllStandardOutput()).object();
    const QJsonArray synced = QJsonDocument::fromJson(sync.readAllStandardOutput()).array();
    QCOMPARE(synced.size(), 1);
    const int reported = imported.value(QStringLiteral("rejected")).toInt()
                         + synced.first().toObject().value(QStringLiteral("rejected")).toInt();
    QCOMPARE(reported, 20);
    const CliRun stats = runCli(data, {QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.object().value(QStringLiteral("communications")).toInt(), 20001);
    QCOMPARE(stats.object().value(QStringLiteral("rejected_lines")).toInt(), 20);
}

QTEST_GUILESS_MAIN(TestCliHostileDrop)
#include "tst_cli_hostiledrop.moc"
