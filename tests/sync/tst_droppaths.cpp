// A record's rendition or snapshot path must lead to a file inside the drop, also when a
// symbolic link (of the file or of a folder above it) is involved, and also when a folder is
// swapped for such a link while the drop is read; record files and drop.json likewise; a
// file with a second name (a hard link) is not read. The hot folder never writes through a
// link out of the drop.
#include "importfixture.h"
#include "sync/documentsource.h"
#include "sync/drop/dropconnector.h"
#include "sync/drop/dropdir.h"
#include "sync/drop/drophotfolder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <unistd.h>

using namespace proofdesk;

namespace {

const QByteArray kSecret = "a file that is not part of the drop\n";

void link(const QString &target, const QString &linkPath)
{
    QVERIFY(QDir().mkpath(QFileInfo(linkPath).absolutePath()));
    QVERIFY2(QFile::link(target, linkPath), qPrintable(linkPath));
}

// A text communication whose rendition is at `path` and is recorded with kSecret's hash.
QJsonObject secretAt(DropBuilder &drop, const QString &id, const QString &path)
{
    return drop.communication(id, QStringLiteral("2026-10-03T09:00:00Z"),
                              QJsonObject{{QStringLiteral("rendition"),
                                           QJsonObject{{QStringLiteral("path"), path},
                                                       {QStringLiteral("media_type"), QStringLiteral("text/plain")},
                                                       {QStringLiteral("sha256"), sha256Hex(kSecret)},
                                                       {QStringLiteral("bytes"), kSecret.size()}}}});
}

bool writeSecret(const QString &path)
{
    QFile secret(path);
    return secret.open(QIODevice::WriteOnly) && secret.write(kSecret) == kSecret.size();
}

sync::OutboxItem reissueRequest()
{
    sync::OutboxItem item;
    item.idempotencyKey = QStringLiteral("OB-1");
    item.kind = QStringLiteral("reissue");
    item.targetId = QStringLiteral("REQ-1");
    item.payloadJson = "{\"id\": \"REQ-1\"}";
    return item;
}

} // namespace

class TestDropPaths : public QObject
{
    Q_OBJECT

private slots:
    void pathLeadingOutOfTheDropIsRejectedWithFileAndLine_data();
    void pathLeadingOutOfTheDropIsRejectedWithFileAndLine();
    void folderSwappedForALinkBetweenPagesIsCaught();
    void folderSwappedForALinkWithinAPageIsNeverFollowed_data();
    void folderSwappedForALinkWithinAPageIsNeverFollowed();
    void recordFileOrFolderLinkedOutOfTheDropIsRefusedWithItsPath_data();
    void recordFileOrFolderLinkedOutOfTheDropIsRefusedWithItsPath();
    void renditionWithASecondNameIsNotRead();
    void dropDirFollowsOnlyLinksThatStayInside_data();
    void dropDirFollowsOnlyLinksThatStayInside();
    void hotFolderNeverWritesThroughALinkOutOfTheDrop_data();
    void hotFolderNeverWritesThroughALinkOutOfTheDrop();
};

void TestDropPaths::pathLeadingOutOfTheDropIsRejectedWithFileAndLine_data()
{
    // `links`: link path in the drop -> target ("OUT/" = the folder outside the drop).
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("recordPath");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("symlinked file to outside")
        << QStringLiteral("rendition") << QStringLiteral("renditions/p1/link.txt")
        << QStringList{QStringLiteral("renditions/p1/link.txt"), QStringLiteral("OUT/secret.txt")} << false;
    QTest::newRow("symlinked parent folder to outside")
        << QStringLiteral("rendition") << QStringLiteral("renditions/p1/secret.txt")
        << QStringList{QStringLiteral("renditions/p1"), QStringLiteral("OUT")} << false;
    QTest::newRow("symlinked grandparent folder to outside")
        << QStringLiteral("rendition") << QStringLiteral("renditions/g/sub/secret.txt")
        << QStringList{QStringLiteral("renditions/g"), QStringLiteral("OUT")} << false;
    QTest::newRow("dangling link to outside")
        << QStringLiteral("rendition") << QStringLiteral("renditions/later.txt")
        << QStringList{QStringLiteral("renditions/later.txt"), QStringLiteral("OUT/not-yet.txt")} << false;
    QTest::newRow("snapshot through a symlinked folder")
        << QStringLiteral("snapshot") << QStringLiteral("snapshots/s1/secret.txt")
        << QStringList{QStringLiteral("snapshots/s1"), QStringLiteral("OUT")} << false;
    QTest::newRow("symlink inside the drop to a file inside")
        << QStringLiteral("rendition") << QStringLiteral("renditions/p1/alias.txt")
        << QStringList{QStringLiteral("renditions/p1/alias.txt"), QStringLiteral("DROP/renditions/real.txt")} << true;
    QTest::newRow("dot-dot") << QStringLiteral("rendition") << QStringLiteral("renditions/../../OUT/secret.txt")
                             << QStringList() << false;
    QTest::newRow("absolute path") << QStringLiteral("rendition") << QStringLiteral("OUT/secret.txt") << QStringList()
                                   << false;
}

void TestDropPaths::pathLeadingOutOfTheDropIsRejectedWithFileAndLine()
{
    QFETCH(QString, field);
    QFETCH(QString, recordPath);
    QFETCH(QStringList, links);
    QFETCH(bool, accepted);
    ImportFixture f;
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    QVERIFY(QDir().mkpath(outside.filePath(QStringLiteral("sub"))));
    for (const QString &name : {QStringLiteral("secret.txt"), QStringLiteral("sub/secret.txt")}) {
        QFile secret(outside.filePath(name));
        QVERIFY(secret.open(QIODevice::WriteOnly) && secret.write(kSecret) == kSecret.size());
    }
    const auto expand = [&](const QString &p) -> QString {
        if (p.startsWith(QLatin1String("OUT")))
            return outside.path() + p.mid(3);
        if (p.startsWith(QLatin1String("DROP/")))
            return f.dropDir.filePath(p.mid(5));
        return p;
    };
    f.drop.writeRendition(QStringLiteral("renditions/real.txt"), kSecret);
    for (qsizetype i = 0; i + 1 < links.size(); i += 2)
        link(expand(links.at(i + 1)), f.dropDir.filePath(links.at(i)));

    const QString file = QStringLiteral("communications/a.ndjson");
    f.drop.appendRecord(file, f.drop.communication(QStringLiteral("EXS-1")));
    QJsonObject overrides;
    const QString path = expand(recordPath);
    if (field == QLatin1String("rendition"))
        overrides.insert(QStringLiteral("rendition"),
                         QJsonObject{{QStringLiteral("path"), path},
                                     {QStringLiteral("media_type"), QStringLiteral("text/plain")},
                                     {QStringLiteral("sha256"), sha256Hex(kSecret)}, // the real hash
                                     {QStringLiteral("bytes"), kSecret.size()}});
    else
        overrides.insert(QStringLiteral("snapshot"),
                         QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("sha256"), sha256Hex(kSecret)}});
    f.drop.appendRecord(
        file, f.drop.communication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-03T09:00:00Z"), overrides));

    const auto outcome = f.import();
    const auto &rejected = outcome.report.result.rejected;
    if (accepted) {
        QCOMPARE(rejected.size(), 0);
        QCOMPARE(f.show(QStringLiteral("EXS-2")).value(QStringLiteral("fixity")).toString(),
                 QStringLiteral("verified"));
        return;
    }
    QCOMPARE(outcome.report.result.accepted, 1); // the good line is kept
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().file, file);
    QCOMPARE(rejected.first().line, 2);
    QVERIFY2(rejected.first().reason.contains(field + QStringLiteral(".path")), qPrintable(rejected.first().reason));
    QVERIFY(f.show(QStringLiteral("EXS-2")).isEmpty());
    QVERIFY(!f.folder->contentStore().contains(sha256Hex(kSecret)));
}

void TestDropPaths::folderSwappedForALinkBetweenPagesIsCaught()
{
    // A folder the drop's writer swaps for a link out of the drop after a page was read is
    // caught on the next page (every file is opened through the held drop folder, one
    // component at a time without following links; nothing resolved is kept between pages).
    ImportFixture f;
    QTemporaryDir outside;
    QVERIFY(writeSecret(outside.filePath(QStringLiteral("b.txt"))));
    const QString file = QStringLiteral("communications/a.ndjson");
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
        const QString path = f.drop.writeRendition(QStringLiteral("renditions/p1/%1.txt").arg(name), kSecret);
        f.drop.appendRecord(file, secretAt(f.drop, QStringLiteral("EXS-") + name, path));
    }
    sync::DropConnector connector(f.dropDir.path(), nullptr, sync::DropConnector::Options{1});
    const sync::ChangePage first = connector.fetchChanges(QByteArray());
    QCOMPARE(first.communications.size(), 1);
    QCOMPARE(first.rejected.size(), 0);
    QVERIFY(first.more);

    QVERIFY(QDir(f.dropDir.path()).rename(QStringLiteral("renditions/p1"), QStringLiteral("renditions/p1-was")));
    link(outside.path(), f.dropDir.filePath(QStringLiteral("renditions/p1")));
    const sync::ChangePage second = connector.fetchChanges(first.nextCursor);
    QCOMPARE(second.communications.size(), 0);
    QCOMPARE(second.rejected.size(), 1);
    QCOMPARE(second.rejected.first().line, 2);
    QVERIFY2(second.rejected.first().reason.contains(QStringLiteral("rendition.path")),
             qPrintable(second.rejected.first().reason));
}

void TestDropPaths::folderSwappedForALinkWithinAPageIsNeverFollowed_data()
{
    QTest::addColumn<QByteArray>("copy"); // PROOFDESK_DROP_COPY
    QTest::newRow("read in place") << QByteArray("0");
    QTest::newRow("copied into the store") << QByteArray("1");
}

void TestDropPaths::folderSwappedForALinkWithinAPageIsNeverFollowed()
{
    // The attack of issue #26: renditions/p1 swapped for a link out of the drop while a page
    // is read, after the folder was looked at for one record and before the next record's
    // file in it is opened. The PDF text helper (a stand-in that does the swap when it is
    // asked for the first record's text) makes that moment exact.
    QFETCH(QByteArray, copy);
    ImportFixture f;
    QTemporaryDir outside;
    QVERIFY(writeSecret(outside.filePath(QStringLiteral("b.txt"))));
    const QString file = QStringLiteral("communications/a.ndjson");
    QJsonObject first = f.drop.pdfCommunication(QStringLiteral("EXS-a"), "%PDF-1.7 first");
    QJsonObject rendition = first.value(QStringLiteral("rendition")).toObject();
    rendition.insert(QStringLiteral("path"),
                     f.drop.writeRendition(QStringLiteral("renditions/p1/a.pdf"), "%PDF-1.7 first"));
    first.insert(QStringLiteral("rendition"), rendition);
    f.drop.appendRecord(file, first);
    // In the drop, renditions/p1/b.txt holds other bytes; the record names the outside
    // file's hash, which only a read through the swapped-in link would find.
    const QString path = f.drop.writeRendition(QStringLiteral("renditions/p1/b.txt"), "the drop's own bytes\n");
    f.drop.appendRecord(file, secretAt(f.drop, QStringLiteral("EXS-b"), path));
    QTemporaryDir helperDir;
    const QString helper = helperDir.filePath(QStringLiteral("swapping-pdftext"));
    QFile script(helper);
    QVERIFY(script.open(QIODevice::WriteOnly));
    const QString p1 = f.dropDir.filePath(QStringLiteral("renditions/p1"));
    script.write(QStringLiteral("#!/bin/sh\nmv '%1' '%1-was' && ln -s '%2' '%1'\n"
                                "while read -r n; do head -c \"$n\" >/dev/null; printf 'T 5\\nwords'; done\n")
                     .arg(p1, outside.path())
                     .toUtf8());
    script.close();
    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QByteArray realHelper = qgetenv("PROOFDESK_PDFTEXT"); // ctest names the built one
    qputenv("PROOFDESK_PDFTEXT", QFile::encodeName(helper));
    qputenv("PROOFDESK_DROP_COPY", copy);
    const auto outcome = f.import();
    qputenv("PROOFDESK_PDFTEXT", realHelper);
    qunsetenv("PROOFDESK_DROP_COPY");

    QVERIFY2(QFileInfo(p1).isSymLink(), "the stand-in helper did not swap the folder");
    QCOMPARE(f.show(QStringLiteral("EXS-a")).value(QStringLiteral("fixity")).toString(), QStringLiteral("verified"));
    // Never verified with bytes from outside the drop, never copied into the store.
    QVERIFY2(f.show(QStringLiteral("EXS-b")).value(QStringLiteral("fixity")).toString() != QLatin1String("verified"),
             QJsonDocument(f.show(QStringLiteral("EXS-b"))).toJson().constData());
    QVERIFY(!f.folder->contentStore().contains(sha256Hex(kSecret)));
    const auto &rejected = outcome.report.result.rejected;
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().line, 2);
    QVERIFY2(rejected.first().reason.contains(QStringLiteral("renditions/p1"))
                 && rejected.first().reason.contains(QStringLiteral("symbolic link")),
             qPrintable(rejected.first().reason));
}

void TestDropPaths::recordFileOrFolderLinkedOutOfTheDropIsRefusedWithItsPath_data()
{
    QTest::addColumn<QString>("linkPath"); // in the drop, to the same name in OUT
    QTest::addColumn<QString>("reported"); // the path the refusal names
    QTest::newRow("record file") << QStringLiteral("communications/x.ndjson")
                                 << QStringLiteral("communications/x.ndjson");
    QTest::newRow("record folder") << QStringLiteral("communications") << QStringLiteral("communications");
    QTest::newRow("drop.json") << QStringLiteral("drop.json") << QStringLiteral("drop.json");
}

void TestDropPaths::recordFileOrFolderLinkedOutOfTheDropIsRefusedWithItsPath()
{
    QFETCH(QString, linkPath);
    QFETCH(QString, reported);
    ImportFixture f;
    QTemporaryDir outside;
    // Outside: a drop.json of another name and a record file, as a drop's would be.
    DropBuilder other(outside.path(), QStringLiteral("the-outside-name"));
    other.appendRecord(QStringLiteral("communications/x.ndjson"), other.communication(QStringLiteral("EXS-OUT")));
    f.drop.appendRecord(QStringLiteral("delivery/d.ndjson"),
                        QJsonObject{{QStringLiteral("communication_id"), QStringLiteral("EXS-OUT")},
                                    {QStringLiteral("event"), QStringLiteral("sent")},
                                    {QStringLiteral("at"), QStringLiteral("2026-10-03T09:12:44Z")}});
    QFile::remove(f.dropDir.filePath(linkPath));
    link(outside.filePath(linkPath), f.dropDir.filePath(linkPath));

    if (linkPath == QLatin1String("drop.json")) {
        try {
            f.import();
            QFAIL("a drop.json linked out of the drop was read");
        } catch (const sync::ConnectorError &e) {
            QVERIFY2(e.message().contains(reported) && e.message().contains(QStringLiteral("symbolic link")),
                     qPrintable(e.message()));
        }
        QCOMPARE(f.count("SELECT count(*) FROM repositories WHERE name = 'the-outside-name'"), qint64(0));
        return;
    }
    const auto outcome = f.import();
    QVERIFY(f.show(QStringLiteral("EXS-OUT")).isEmpty());
    const auto &rejected = outcome.report.result.rejected;
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().file, reported);
    QVERIFY2(rejected.first().reason.contains(QStringLiteral("symbolic link")), qPrintable(rejected.first().reason));
    QCOMPARE(f.count("SELECT count(*) FROM delivery_events"), qint64(1)); // the rest is read
}

void TestDropPaths::renditionWithASecondNameIsNotRead()
{
    // A hard link cannot be told from the file it names: one to a file outside the drop
    // would pass as the drop's own. README "Reading a drop": a rendition (or any drop file)
    // with more than one name is not read; the record is imported without its document.
    ImportFixture f;
    QTemporaryDir outside(QDir(f.dropDir.path()).filePath(QStringLiteral("../outside-XXXXXX"))); // same file system
    const QString secret = outside.filePath(QStringLiteral("secret.txt"));
    QVERIFY(writeSecret(secret));
    QVERIFY(QDir().mkpath(f.dropDir.filePath(QStringLiteral("renditions"))));
    QVERIFY(::link(QFile::encodeName(secret).constData(),
                   QFile::encodeName(f.dropDir.filePath(QStringLiteral("renditions/linked.txt"))).constData())
            == 0);
    const QString file = QStringLiteral("communications/a.ndjson");
    f.drop.appendRecord(file, secretAt(f.drop, QStringLiteral("EXS-1"), QStringLiteral("renditions/linked.txt")));
    qputenv("PROOFDESK_DROP_COPY", "1");
    const auto outcome = f.import();
    qunsetenv("PROOFDESK_DROP_COPY");
    QCOMPARE(f.show(QStringLiteral("EXS-1")).value(QStringLiteral("fixity")).toString(), QStringLiteral("missing"));
    QVERIFY(!f.folder->contentStore().contains(sha256Hex(kSecret)));
    const auto &warnings = outcome.report.result.warnings;
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().file, file);
    QCOMPARE(warnings.first().line, 1);
    QVERIFY2(warnings.first().reason.contains(QStringLiteral("renditions/linked.txt has 2 hard links")),
             qPrintable(warnings.first().reason));
    // Viewed later, it is not read either.
    QCOMPARE(sync::DocumentSource(f.writer, f.folder->contentStore()).read(QStringLiteral("EXS-1")).fixity,
             domain::Fixity::Missing);
}

void TestDropPaths::dropDirFollowsOnlyLinksThatStayInside_data()
{
    // `links`: link path in the drop -> target as written ("DROP/" = the drop's absolute path,
    // "OUT" = the folder outside); the drop holds renditions/real.txt.
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QString>("open");
    QTest::addColumn<int>("problem"); // DropOpen::Problem
    const int none = int(sync::DropOpen::Problem::None), outside = int(sync::DropOpen::Problem::LeadsOutside);
    QTest::newRow("plain file") << QStringList() << QStringLiteral("renditions/real.txt") << none;
    QTest::newRow("relative link inside") << QStringList{QStringLiteral("renditions/a.txt"), QStringLiteral("real.txt")}
                                          << QStringLiteral("renditions/a.txt") << none;
    QTest::newRow("absolute link inside") << QStringList{QStringLiteral("r2"), QStringLiteral("DROP/renditions")}
                                          << QStringLiteral("r2/real.txt") << none;
    QTest::newRow("folder link, then \"..\" (the target's parent)")
        << QStringList{QStringLiteral("x/y"), QStringLiteral("../renditions")}
        << QStringLiteral("x/y/../renditions/real.txt") << none;
    QTest::newRow("relative link out through \"..\"")
        << QStringList{QStringLiteral("renditions/up.txt"), QStringLiteral("../../OUT/secret.txt")}
        << QStringLiteral("renditions/up.txt") << outside;
    QTest::newRow("absolute link out") << QStringList{QStringLiteral("renditions/abs.txt"),
                                                      QStringLiteral("OUT/secret.txt")}
                                       << QStringLiteral("renditions/abs.txt") << outside;
    QTest::newRow("links that go round") << QStringList{QStringLiteral("renditions/l1"), QStringLiteral("l2"),
                                                        QStringLiteral("renditions/l2"), QStringLiteral("l1")}
                                         << QStringLiteral("renditions/l1") << int(sync::DropOpen::Problem::Unreadable);
    QTest::newRow("a folder") << QStringList() << QStringLiteral("renditions")
                              << int(sync::DropOpen::Problem::NotRegular);
    QTest::newRow("not there") << QStringList() << QStringLiteral("renditions/none.txt")
                               << int(sync::DropOpen::Problem::Missing);
}

void TestDropPaths::dropDirFollowsOnlyLinksThatStayInside()
{
    QFETCH(QStringList, links);
    QFETCH(QString, open);
    QFETCH(int, problem);
    QTemporaryDir drop, outside;
    QVERIFY(writeSecret(outside.filePath(QStringLiteral("secret.txt"))));
    QVERIFY(QDir().mkpath(drop.filePath(QStringLiteral("renditions")))
            && QDir().mkpath(drop.filePath(QStringLiteral("x"))));
    QVERIFY(writeSecret(drop.filePath(QStringLiteral("renditions/real.txt"))));
    for (qsizetype i = 0; i + 1 < links.size(); i += 2) {
        QString target = links.at(i + 1);
        target.replace(QStringLiteral("DROP/"), drop.path() + QLatin1Char('/'))
            .replace(QStringLiteral("OUT"), outside.path());
        link(target, drop.filePath(links.at(i)));
    }
    const sync::DropDir dir(drop.path());
    const sync::DropOpen opened = dir.open(open);
    QCOMPARE(int(opened.problem), problem);
    QCOMPARE(opened.file.isOpen(), problem == int(sync::DropOpen::Problem::None));
    if (opened.ok()) {
        bool tooLarge = false, failed = false;
        QCOMPARE(opened.file.readBounded(1024, &tooLarge, &failed), kSecret);
    } else {
        QVERIFY2(opened.why.contains(open), qPrintable(opened.why));
    }
}

void TestDropPaths::hotFolderNeverWritesThroughALinkOutOfTheDrop_data()
{
    QTest::addColumn<QString>("linkPath"); // in the drop; empty: no link
    QTest::addColumn<QString>("target");   // "OUT" = the folder outside, "DROP/…" inside
    QTest::addColumn<bool>("written");
    QTest::newRow("no link") << QString() << QString() << true;
    QTest::newRow("outbox folder linked outside") << QStringLiteral("outbox") << QStringLiteral("OUT") << false;
    QTest::newRow("kind folder linked outside") << QStringLiteral("outbox/reissue") << QStringLiteral("OUT") << false;
    QTest::newRow("request file linked outside")
        << QStringLiteral("outbox/reissue/REQ-1.json") << QStringLiteral("OUT/victim.txt") << false;
    QTest::newRow("request file linked to a record file")
        << QStringLiteral("outbox/reissue/REQ-1.json") << QStringLiteral("DROP/drop.json") << false;
    QTest::newRow("outbox folder linked inside the outbox")
        << QStringLiteral("outbox/reissue") << QStringLiteral("DROP/outbox/elsewhere") << true;
}

void TestDropPaths::hotFolderNeverWritesThroughALinkOutOfTheDrop()
{
    QFETCH(QString, linkPath);
    QFETCH(QString, target);
    QFETCH(bool, written);
    QTemporaryDir drop, outside;
    QFile victim(outside.filePath(QStringLiteral("victim.txt")));
    QVERIFY(victim.open(QIODevice::WriteOnly) && victim.write(kSecret) == kSecret.size());
    victim.close();
    QVERIFY(QFile(drop.filePath(QStringLiteral("drop.json"))).open(QIODevice::WriteOnly));
    if (linkPath != QLatin1String("outbox"))
        QVERIFY(QDir().mkpath(drop.filePath(QStringLiteral("outbox/elsewhere"))));
    if (!linkPath.isEmpty())
        link(target.startsWith(QLatin1String("DROP/")) ? drop.filePath(target.mid(5))
                                                       : QString(outside.path() + target.mid(3)),
             drop.filePath(linkPath));

    sync::DropHotFolder hot(drop.path());
    bool threw = false;
    try {
        hot.write(reissueRequest());
    } catch (const std::runtime_error &e) {
        threw = true;
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("symbolic link")), e.what());
    }
    QCOMPARE(threw, !written);
    // Nothing changed outside the drop, nor in its record files.
    QCOMPARE(QDir(outside.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QStringLiteral("victim.txt")});
    QVERIFY(victim.open(QIODevice::ReadOnly));
    QCOMPARE(victim.readAll(), kSecret);
    QCOMPARE(QFileInfo(drop.filePath(QStringLiteral("drop.json"))).size(), 0);
    if (written)
        QVERIFY(QFileInfo(hot.fileFor(reissueRequest())).isFile());
}

QTEST_GUILESS_MAIN(TestDropPaths)
#include "tst_droppaths.moc"
