// A record's rendition or snapshot path must lead to a file inside the drop, also when a
// symbolic link (of the file or of a folder above it) is involved; the hot folder likewise
// never writes through a link out of the drop.
#include "importfixture.h"
#include "records/outbox.h"
#include "records/outboxsender.h"
#include "sync/drop/dropconnector.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace proofdesk;

namespace {

const QByteArray kSecret = "a file that is not part of the drop\n";

void link(const QString &target, const QString &linkPath)
{
    QVERIFY(QDir().mkpath(QFileInfo(linkPath).absolutePath()));
    QVERIFY2(QFile::link(target, linkPath), qPrintable(linkPath));
}

records::OutboxItem reissueRequest()
{
    records::OutboxItem item;
    item.id = QStringLiteral("OB-1");
    item.kind = QStringLiteral("reissue");
    item.objectId = QStringLiteral("REQ-1");
    item.payload = "{\"id\": \"REQ-1\"}";
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
    QTest::newRow("absolute path") << QStringLiteral("rendition") << QStringLiteral("OUT/secret.txt")
                                   << QStringList() << false;
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
    f.drop.appendRecord(file, f.drop.communication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-03T09:00:00Z"), overrides));

    const auto outcome = f.import();
    const auto &rejected = outcome.report.result.rejected;
    if (accepted) {
        QCOMPARE(rejected.size(), 0);
        QCOMPARE(f.show(QStringLiteral("EXS-2")).value(QStringLiteral("fixity")).toString(), QStringLiteral("verified"));
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
    // The reader resolves a rendition folder once a page (not every record's whole path): a
    // folder the drop's writer swaps for a link out of the drop after a page was read must
    // still be caught on the next page.
    ImportFixture f;
    QTemporaryDir outside;
    QFile secret(outside.filePath(QStringLiteral("b.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly) && secret.write(kSecret) == kSecret.size());
    secret.close();
    const QString file = QStringLiteral("communications/a.ndjson");
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
        const QString path = f.drop.writeRendition(QStringLiteral("renditions/p1/%1.txt").arg(name), kSecret);
        f.drop.appendRecord(file, f.drop.communication(QStringLiteral("EXS-") + name, QStringLiteral("2026-10-03T09:00:00Z"),
                                                       QJsonObject{{QStringLiteral("rendition"),
                                                                    QJsonObject{{QStringLiteral("path"), path},
                                                                                {QStringLiteral("media_type"), QStringLiteral("text/plain")},
                                                                                {QStringLiteral("sha256"), sha256Hex(kSecret)},
                                                                                {QStringLiteral("bytes"), kSecret.size()}}}}));
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
        link(target.startsWith(QLatin1String("DROP/")) ? drop.filePath(target.mid(5)) : QString(outside.path() + target.mid(3)),
             drop.filePath(linkPath));

    records::DropHotFolder hot(drop.path());
    bool threw = false;
    try {
        hot.send(reissueRequest());
    } catch (const std::runtime_error &e) {
        threw = true;
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("symbolic link")), e.what());
    }
    QCOMPARE(threw, !written);
    // Nothing changed outside the drop, nor in its record files.
    QCOMPARE(QDir(outside.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("victim.txt")});
    QVERIFY(victim.open(QIODevice::ReadOnly));
    QCOMPARE(victim.readAll(), kSecret);
    QCOMPARE(QFileInfo(drop.filePath(QStringLiteral("drop.json"))).size(), 0);
    if (written)
        QVERIFY(QFileInfo(hot.fileFor(reissueRequest())).isFile());
}

QTEST_GUILESS_MAIN(TestDropPaths)
#include "tst_droppaths.moc"
