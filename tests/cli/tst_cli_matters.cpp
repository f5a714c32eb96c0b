// From a question to a production (issue #61), end to end through proofdesk-cli: a matter
// opened, searched and reviewed, produced into a folder whose manifest `sha256sum -c` reads and
// whose load file an independent reader parses, checked by `production verify` with nothing
// but the folder, every tampering named, every kill finished with no number skipped or used
// twice, a full disk stopping it with nothing written lost.
#include "clirunner.h"
#include "handedit.h"
#include "tempdatafolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <memory>

namespace {

const QString kQuery = QStringLiteral("type:statement");

// A demo archive imported by alice (every role), a matter opened and searched: made once a run
// (initTestCase) and copied for each test, which a demo import took ~0.7 s, several seconds
// under the sanitizers. A test that changes the drop's own files makes its own.
struct Folder
{
    enum class Drop { Shared, Own };
    TempDataFolder data, ownDrop;
    QString dropDir, matter;
    qint64 letters = 0;

    explicit Folder(Drop drop = Drop::Shared);
    CliRun as(const char *user, const QStringList &a) const { return cli(QLatin1String(user), data.path(), a); }
    // The first letter of the matter's review set.
    QString firstInReview() const
    {
        return as("alice", {QStringLiteral("matter"), QStringLiteral("review"), matter})
            .object()
            .value(QStringLiteral("items"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }
    CliRun produce(const QString &out) const
    {
        return as("alice", {QStringLiteral("matter"), QStringLiteral("produce"), matter, QStringLiteral("--out"), out,
                            QStringLiteral("--prefix"), QStringLiteral("ACME-")});
    }
};

// Made in initTestCase, removed in cleanupTestCase.
std::unique_ptr<Folder> g_made;

Folder::Folder(Drop drop)
{
    if (drop == Drop::Shared && g_made) {
        copyDataFolder(g_made->data.path(), data.path());
        dropDir = g_made->dropDir;
        matter = g_made->matter;
        letters = g_made->letters;
        return;
    }
    dropDir = ownDrop.path();
    const CliRun demo =
        runCli(data.path(), {QStringLiteral("demo"), QStringLiteral("--out"), dropDir, QStringLiteral("--count"),
                             QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("7")});
    if (demo.exitCode != 0 || as("alice", {QStringLiteral("import"), dropDir}).exitCode != 0)
        qFatal("the demo archive could not be imported");
    matter = as("alice", {QStringLiteral("matter"), QStringLiteral("open"), QStringLiteral("--title"),
                          QStringLiteral("Statements 2025 – ÉPARGNE"), QStringLiteral("--reason"),
                          QStringLiteral("Examiner request 17")})
                 .object()
                 .value(QStringLiteral("matter"))
                 .toString();
    letters = as("alice", {QStringLiteral("matter"), QStringLiteral("add-search"), matter, kQuery})
                  .object()
                  .value(QStringLiteral("total"))
                  .toInteger();
}

QStringList datRows(const QString &folder)
{
    QFile dat(folder + QStringLiteral("/loadfile.dat"));
    if (!dat.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(dat.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// The DAT as a reader who knows only Concordance's delimiters splits it.
QStringList fieldsOf(const QString &row)
{
    QString inner = row;
    inner.chop(1);
    return inner.mid(1).split((QString(QChar(0xFE)) + QChar(0x14) + QChar(0xFE)));
}

void rewriteManifestLine(const QString &folder, const QString &path)
{
    QFile file(folder + QLatin1Char('/') + path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sha = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    QFile manifest(folder + QStringLiteral("/manifest.sha256"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = manifest.readAll().split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith(QByteArray("  " + path.toUtf8())))
            line = sha + "  " + path.toUtf8();
    }
    manifest.close();
    QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(lines.join('\n'));
}

// `production verify` with a data folder that does not exist: it needs nothing but the folder.
CliRun verify(const QString &folder)
{
    const QString noData = folder + QStringLiteral(".no-data-folder");
    const CliRun run =
        runCli(noData, {QStringLiteral("--json"), QStringLiteral("production"), QStringLiteral("verify"), folder});
    if (QFileInfo::exists(noData))
        qFatal("production verify made a data folder");
    return run;
}

} // namespace

class TestCliMatters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { g_made = std::make_unique<Folder>(Folder::Drop::Own); }
    void cleanupTestCase() { g_made.reset(); }
    void aQuestionBecomesAVerifiedProduction();
    void theReviewIsKeptPerLetter();
    void aProductionTakesTheLettersTaggedSo();
    void anExaminersOwnScriptVerifiesIt();
    void aTamperedProductionIsNamed_data();
    void aTamperedProductionIsNamed();
    void aKilledProductionFinishesWithNoNumberSkippedOrUsedTwice_data();
    void aKilledProductionFinishesWithNoNumberSkippedOrUsedTwice();
    void aFullDiskStopsItAndTheSameCommandFinishesIt();
    void aFolderThatIsNotEmptyIsRefused();
    void aLetterWhoseBytesFailTheirFixityIsAnException();
    void aLetterWhoseRowWasEditedByHandIsNamedAndNotProduced();
    void anAgentProducesNothing();
};

void TestCliMatters::aQuestionBecomesAVerifiedProduction()
{
    Folder f;
    QVERIFY(f.letters > 0);
    TempDataFolder out;
    const QString folder = out.path() + QStringLiteral("/prod");
    const CliRun run = f.produce(folder);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject r = run.object();
    QCOMPARE(r.value(QStringLiteral("documents")).toInteger(), f.letters);
    QCOMPARE(r.value(QStringLiteral("first")).toString(), QStringLiteral("ACME-00000001"));
    QCOMPARE(r.value(QStringLiteral("last")).toString(),
             QStringLiteral("ACME-%1").arg(f.letters, 8, 10, QLatin1Char('0')));
    QFile manifest(folder + QStringLiteral("/manifest.sha256"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(manifest.readAll(), QCryptographicHash::Sha256).toHex()),
             r.value(QStringLiteral("root_sha256")).toString());
    // sha256sum itself reads the manifest.
    QProcess sum;
    sum.setWorkingDirectory(folder);
    sum.start(QStringLiteral("sha256sum"),
              {QStringLiteral("--strict"), QStringLiteral("-c"), QStringLiteral("manifest.sha256")});
    QVERIFY(sum.waitForFinished(60000));
    QVERIFY2(sum.exitCode() == 0, sum.readAllStandardError().constData());
    // One DAT row a document, in number order, every native where its row says.
    const QStringList rows = datRows(folder);
    QCOMPARE(rows.size(), f.letters + 1);
    const QStringList header = fieldsOf(rows.first());
    QCOMPARE(header.mid(0, 3),
             (QStringList{QStringLiteral("BEGDOC"), QStringLiteral("ENDDOC"), QStringLiteral("DOCID")}));
    const qsizetype nativeColumn = header.indexOf(QStringLiteral("NATIVE_PATH"));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList fields = fieldsOf(rows.at(i));
        QCOMPARE(fields.size(), header.size());
        QCOMPARE(fields.at(0), QStringLiteral("ACME-%1").arg(i, 8, 10, QLatin1Char('0')));
        QVERIFY(QFile::exists(folder + QLatin1Char('/') + fields.at(nativeColumn)));
    }
    const CliRun verified = verify(folder);
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QCOMPARE(verified.object().value(QStringLiteral("root_sha256")), r.value(QStringLiteral("root_sha256")));
    // The matter shows it, and the trail has it with its root hash.
    const QJsonObject shown = f.as("alice", {QStringLiteral("matter"), QStringLiteral("show"), f.matter}).object();
    QCOMPARE(shown.value(QStringLiteral("productions")).toArray().size(), 1);
    QCOMPARE(
        shown.value(QStringLiteral("productions")).toArray().first().toObject().value(QStringLiteral("root_sha256")),
        r.value(QStringLiteral("root_sha256")));
    QVERIFY(f.as("alice", {QStringLiteral("audit"), QStringLiteral("verify")})
                .object()
                .value(QStringLiteral("ok"))
                .toBool());
}

void TestCliMatters::theReviewIsKeptPerLetter()
{
    Folder f;
    const QJsonArray items = f.as("alice", {QStringLiteral("matter"), QStringLiteral("review"), f.matter})
                                 .object()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QCOMPARE(items.size(), f.letters);
    const QString first = items.first().toObject().value(QStringLiteral("id")).toString();
    const CliRun tagged =
        f.as("alice", {QStringLiteral("matter"), QStringLiteral("tag"), f.matter, first, QStringLiteral("Relevant"),
                       QStringLiteral("--note"), QStringLiteral("fee 12 €")});
    QVERIFY2(tagged.exitCode == 0, tagged.err.constData());
    QCOMPARE(tagged.object().value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("relevant"));
    const QJsonObject shown = f.as("alice", {QStringLiteral("matter"), QStringLiteral("show"), f.matter}).object();
    QCOMPARE(shown.value(QStringLiteral("review")).toObject().value(QStringLiteral("reviewed")).toInteger(), 1);
    const CliRun unknown =
        f.as("alice", {QStringLiteral("matter"), QStringLiteral("tag"), f.matter, first, QStringLiteral("privileged")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("relevant, not relevant, escalate"), unknown.err.constData());
}

void TestCliMatters::aProductionTakesTheLettersTaggedSo()
{
    Folder f;
    const QJsonArray items = f.as("alice", {QStringLiteral("matter"), QStringLiteral("review"), f.matter})
                                 .object()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            f.as("alice", {QStringLiteral("matter"), QStringLiteral("tag"), f.matter,
                           items.at(i).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("escalate")})
                .exitCode,
            0);
    TempDataFolder out;
    const CliRun run =
        f.as("alice", {QStringLiteral("matter"), QStringLiteral("produce"), f.matter, QStringLiteral("--out"),
                       out.path() + QStringLiteral("/p"), QStringLiteral("--tag"), QStringLiteral("escalate")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.object().value(QStringLiteral("documents")).toInteger(), 3);
    QCOMPARE(run.object().value(QStringLiteral("first")).toString(), QStringLiteral("%1-00000001").arg(f.matter));
    // A second production of the matter numbers on from the first.
    const CliRun second = f.produce(out.path() + QStringLiteral("/q"));
    QCOMPARE(second.object().value(QStringLiteral("first")).toString(), QStringLiteral("ACME-00000004"));
}

// docs/production-format.md's checks, in a script that knows nothing of Proofdesk's code.
void TestCliMatters::anExaminersOwnScriptVerifiesIt()
{
    Folder f;
    TempDataFolder out;
    const QString folder = out.path() + QStringLiteral("/prod");
    QCOMPARE(f.produce(folder).exitCode, 0);
    const QString script =
        qEnvironmentVariable("PROOFDESK_TEST_DATA") + QStringLiteral("/../tools/verify_production.py");
    QProcess python;
    python.start(QStringLiteral("python3"), {script, folder});
    QVERIFY(python.waitForFinished(60000));
    const QByteArray said = python.readAllStandardOutput();
    QVERIFY2(python.exitCode() == 0, QByteArray(said + python.readAllStandardError()).constData());
    QVERIFY2(said.contains(QByteArray(QByteArray::number(f.letters) + " documents")), said.constData());
    QFile text(folder + QLatin1Char('/') + fieldsOf(datRows(folder).at(1)).at(12));
    QVERIFY(text.open(QIODevice::Append));
    text.write("!");
    text.close();
    python.start(QStringLiteral("python3"), {script, folder});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 1);
}

void TestCliMatters::aTamperedProductionIsNamed_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("problem");
    QTest::newRow("a byte of a native changed") << "byte"
                                                << "NATIVES/"
                                                << "changed";
    QTest::newRow("a text file removed") << "remove"
                                         << "TEXT/"
                                         << "removed";
    QTest::newRow("a file added") << "add"
                                  << "NATIVES/0000/extra.pdf"
                                  << "added";
    QTest::newRow("a row's customer edited, its hash made to match") << "customer"
                                                                     << "loadfile.dat"
                                                                     << "edited";
    QTest::newRow("two rows swapped, the hash made to match") << "swap"
                                                              << "loadfile.dat"
                                                              << "order";
    QTest::newRow("a row removed, the hash made to match") << "gap"
                                                           << "loadfile.dat"
                                                           << "gap";
    QTest::newRow("an audit entry edited, its hash made to match") << "audit"
                                                                   << "METADATA/"
                                                                   << "changed";
    QTest::newRow("the manifest's line for the CSV removed") << "unlisted"
                                                             << "loadfile.csv"
                                                             << "added";
}

void TestCliMatters::aTamperedProductionIsNamed()
{
    QFETCH(QString, tampering);
    QFETCH(QString, path);
    QFETCH(QString, problem);
    Folder f;
    TempDataFolder out;
    const QString folder = out.path() + QStringLiteral("/prod");
    // An entry about the first letter: its evidence package was exported.
    const QString firstId = f.firstInReview();
    QCOMPARE(f.as("alice",
                  {QStringLiteral("evidence"), firstId, QStringLiteral("--out"), out.path() + QStringLiteral("/e.zip")})
                 .exitCode,
             0);
    QVERIFY(QFile::remove(out.path() + QStringLiteral("/e.zip")));
    QCOMPARE(f.produce(folder).exitCode, 0);
    const QStringList rows = datRows(folder);
    const QString firstNative = fieldsOf(rows.at(1)).at(10);
    qsizetype exported = 1; // the row of the letter whose evidence was exported
    while (exported < rows.size() - 1 && fieldsOf(rows.at(exported)).at(2) != firstId)
        ++exported;
    const QString firstMetadata = fieldsOf(rows.at(exported)).at(14);
    auto rewriteDat = [&](QStringList edited) {
        QFile dat(folder + QStringLiteral("/loadfile.dat"));
        QVERIFY(dat.open(QIODevice::WriteOnly | QIODevice::Truncate));
        dat.write((edited.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
        dat.close();
        rewriteManifestLine(folder, QStringLiteral("loadfile.dat"));
    };
    if (tampering == QLatin1String("byte")) {
        QFile native(folder + QLatin1Char('/') + firstNative);
        QVERIFY(native.open(QIODevice::ReadWrite));
        native.seek(native.size() / 2);
        const char c = native.read(1).at(0);
        native.seek(native.size() / 2);
        native.write(QByteArray(1, char(c ^ 1)));
    } else if (tampering == QLatin1String("remove")) {
        QVERIFY(QFile::remove(folder + QLatin1Char('/') + fieldsOf(rows.at(1)).at(12)));
    } else if (tampering == QLatin1String("add")) {
        QFile extra(folder + QLatin1Char('/') + path);
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("%PDF-1.4 planted");
    } else if (tampering == QLatin1String("customer")) {
        QStringList edited = rows;
        QStringList fields = fieldsOf(rows.at(2));
        fields[3] = QStringLiteral("CUS-9999999");
        edited[2] = QChar(0xFE) + fields.join((QString(QChar(0xFE)) + QChar(0x14) + QChar(0xFE))) + QChar(0xFE);
        rewriteDat(edited);
    } else if (tampering == QLatin1String("swap")) {
        QStringList edited = rows;
        edited.swapItemsAt(1, 2);
        rewriteDat(edited);
    } else if (tampering == QLatin1String("gap")) {
        QStringList edited = rows;
        edited.removeAt(2);
        rewriteDat(edited);
    } else if (tampering == QLatin1String("audit")) {
        QFile metadata(folder + QLatin1Char('/') + firstMetadata);
        QVERIFY(metadata.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(metadata.readAll()).object();
        metadata.close();
        QJsonArray entries = o.value(QStringLiteral("audit")).toArray();
        QVERIFY2(!entries.isEmpty(), "the letter has no audit entries to tamper with");
        QJsonObject e = entries.first().toObject();
        e.insert(QStringLiteral("user"), QStringLiteral("mallory"));
        entries[0] = e;
        o.insert(QStringLiteral("audit"), entries);
        QVERIFY(metadata.open(QIODevice::WriteOnly | QIODevice::Truncate));
        metadata.write(QJsonDocument(o).toJson());
        metadata.close();
        rewriteManifestLine(folder, firstMetadata);
        // The row's METADATA_SHA256 now differs too; make the row agree, as a careful forger would.
        QStringList edited = rows;
        QStringList fields = fieldsOf(rows.at(exported));
        QFile again(folder + QLatin1Char('/') + firstMetadata);
        QVERIFY(again.open(QIODevice::ReadOnly));
        fields[15] = QString::fromLatin1(QCryptographicHash::hash(again.readAll(), QCryptographicHash::Sha256).toHex());
        edited[exported] = QChar(0xFE) + fields.join((QString(QChar(0xFE)) + QChar(0x14) + QChar(0xFE))) + QChar(0xFE);
        rewriteDat(edited);
    } else if (tampering == QLatin1String("unlisted")) {
        QFile manifest(folder + QStringLiteral("/manifest.sha256"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = manifest.readAll().split('\n');
        manifest.close();
        lines.removeIf([](const QByteArray &l) { return l.endsWith("  loadfile.csv"); });
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(lines.join('\n'));
    }
    const CliRun verified = verify(folder);
    QCOMPARE(verified.exitCode, 1);
    QVERIFY(!verified.object().value(QStringLiteral("ok")).toBool());
    bool named = false;
    for (const QJsonValue &p : verified.object().value(QStringLiteral("problems")).toArray()) {
        const QJsonObject o = p.toObject();
        named = named
                || (o.value(QStringLiteral("path")).toString().startsWith(path)
                    && o.value(QStringLiteral("problem")).toString().contains(problem));
    }
    QVERIFY2(named, verified.out.constData());
}

void TestCliMatters::aKilledProductionFinishesWithNoNumberSkippedOrUsedTwice_data()
{
    QTest::addColumn<QByteArray>("crashAt");
    QTest::newRow("journalled, nothing reserved") << QByteArray("production-begun");
    QTest::newRow("reserved, not journalled") << QByteArray("production-started");
    QTest::newRow("the first letter's files written") << QByteArray("production-letter-written@1");
    QTest::newRow("the fourth letter's files written") << QByteArray("production-letter-written@4");
    QTest::newRow("the sixth letter journalled") << QByteArray("production-letter-journalled@6");
    QTest::newRow("the final files written") << QByteArray("production-files-final");
    QTest::newRow("recorded, the journal still there") << QByteArray("production-recorded");
}

void TestCliMatters::aKilledProductionFinishesWithNoNumberSkippedOrUsedTwice()
{
    QFETCH(QByteArray, crashAt);
    Folder f;
    TempDataFolder out;
    const QString folder = out.path() + QStringLiteral("/prod");
    qputenv("PROOFDESK_CRASH_AT", crashAt);
    const CliRun killed = f.produce(folder);
    qunsetenv("PROOFDESK_CRASH_AT");
    QCOMPARE(killed.exitCode, -1);
    const CliRun run = f.produce(folder);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.object().value(QStringLiteral("first")).toString(), QStringLiteral("ACME-00000001"));
    QCOMPARE(run.object().value(QStringLiteral("documents")).toInteger(), f.letters);
    const CliRun verified = verify(folder);
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    const QJsonArray productions = f.as("alice", {QStringLiteral("matter"), QStringLiteral("show"), f.matter})
                                       .object()
                                       .value(QStringLiteral("productions"))
                                       .toArray();
    QCOMPARE(productions.size(), 1);
    QCOMPARE(productions.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
    // The next production numbers on from this one's last.
    const CliRun next = f.produce(out.path() + QStringLiteral("/next"));
    QCOMPARE(next.object().value(QStringLiteral("first")).toString(),
             QStringLiteral("ACME-%1").arg(f.letters + 1, 8, 10, QLatin1Char('0')));
}

void TestCliMatters::aFullDiskStopsItAndTheSameCommandFinishesIt()
{
    Folder f;
    TempDataFolder out;
    const QString folder = out.path() + QStringLiteral("/prod");
    qputenv("LD_PRELOAD", FULL_DISK_PRELOAD);
    qputenv("PROOFDESK_FULL_DISK", QFile::encodeName(out.path()));
    qputenv("PROOFDESK_FULL_DISK_ROOM", "60000");
    const CliRun full = f.produce(folder);
    qunsetenv("LD_PRELOAD");
    qunsetenv("PROOFDESK_FULL_DISK");
    qunsetenv("PROOFDESK_FULL_DISK_ROOM");
    QCOMPARE(full.exitCode, 3);
    QVERIFY2(full.err.contains("No space left on device") && full.err.contains("Run the same command again"),
             full.err.constData());
    const CliRun run = f.produce(folder);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.object().value(QStringLiteral("resumed")).toBool(), true);
    QCOMPARE(verify(folder).exitCode, 0);
}

void TestCliMatters::aFolderThatIsNotEmptyIsRefused()
{
    Folder f;
    TempDataFolder out;
    QFile stray(out.path() + QStringLiteral("/notes.txt"));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    const CliRun run = f.produce(out.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is not empty"), run.err.constData());
    QVERIFY(QFile::exists(out.path() + QStringLiteral("/notes.txt")));
}

void TestCliMatters::aLetterWhoseBytesFailTheirFixityIsAnException()
{
    Folder f(Folder::Drop::Own); // the drop's own file may be the one changed
    const QJsonArray items = f.as("alice", {QStringLiteral("matter"), QStringLiteral("review"), f.matter})
                                 .object()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    const QString damaged = items.first().toObject().value(QStringLiteral("id")).toString();
    const CliRun show = f.as("alice", {QStringLiteral("show"), damaged});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    const QJsonObject shown = show.object();
    const QString sha = shown.value(QStringLiteral("rendition")).toObject().value(QStringLiteral("sha256")).toString();
    // The stored object, or the drop's own file, changed behind the desk's back.
    QDirIterator it(f.data.path() + QStringLiteral("/objects"), QDir::Files, QDirIterator::Subdirectories);
    QString object;
    while (it.hasNext()) {
        const QString p = it.next();
        if (p.endsWith(sha.mid(2)))
            object = p;
    }
    if (object.isEmpty())
        object = f.dropDir + QLatin1Char('/')
                 + shown.value(QStringLiteral("rendition")).toObject().value(QStringLiteral("path")).toString();
    QFile file(object);
    QFile::setPermissions(object, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(file.open(QIODevice::Append), qPrintable(object));
    file.write("tampered");
    file.close();
    TempDataFolder out;
    const QString folder = out.path() + QStringLiteral("/prod");
    const CliRun run = f.produce(folder);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.object().value(QStringLiteral("exceptions")).toInteger(), 1);
    QCOMPARE(run.object().value(QStringLiteral("documents")).toInteger(), f.letters - 1);
    QFile exceptions(folder + QStringLiteral("/exceptions.csv"));
    QVERIFY(exceptions.open(QIODevice::ReadOnly));
    const QByteArray text = exceptions.readAll();
    QVERIFY2(text.contains(damaged.toUtf8()) && text.contains("fixity failed"), text.constData());
    QCOMPARE(verify(folder).exitCode, 0);
}

// Issue #62: a letter's row changed with another program (the triggers that seal it dropped
// first) is named by cache verify, produced as an exception and given no evidence package.
void TestCliMatters::aLetterWhoseRowWasEditedByHandIsNamedAndNotProduced()
{
    Folder f;
    const QString edited = f.firstInReview();
    QCOMPARE(f.as("alice", {QStringLiteral("cache"), QStringLiteral("verify")}).exitCode, 0);
    const QString error = test::editByHand(
        f.data.path() + QStringLiteral("/cache.sqlite"),
        {QStringLiteral("DROP TRIGGER comm_seal_update"),
         QStringLiteral("UPDATE communications SET recipient_email = 'mallory@evil.example' WHERE id = '%1'")
             .arg(edited)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun check = f.as("alice", {QStringLiteral("cache"), QStringLiteral("verify")});
    QCOMPARE(check.exitCode, 1);
    QCOMPARE(check.object().value(QStringLiteral("damaged")).toArray(), QJsonArray{edited});
    QVERIFY2(check.err.contains(QByteArray(edited.toUtf8() + ": its row in the cache was changed outside Proofdesk")),
             check.err.constData());
    TempDataFolder out;
    const QString folder = out.path() + QStringLiteral("/prod");
    const CliRun run = f.produce(folder);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.object().value(QStringLiteral("exceptions")).toInteger(), 1);
    QFile exceptions(folder + QStringLiteral("/exceptions.csv"));
    QVERIFY(exceptions.open(QIODevice::ReadOnly));
    const QByteArray text = exceptions.readAll();
    QVERIFY2(text.contains(edited.toUtf8()) && text.contains("changed outside Proofdesk"), text.constData());
    const CliRun evidence = f.as("alice", {QStringLiteral("evidence"), edited, QStringLiteral("--out"),
                                           out.path() + QStringLiteral("/evidence.zip")});
    QVERIFY2(evidence.exitCode != 0 && evidence.err.contains("changed outside Proofdesk"), evidence.err.constData());
    QVERIFY(!QFile::exists(out.path() + QStringLiteral("/evidence.zip")));

    // cache verify made the triggers again and had the drop read again at the next sync, which
    // writes the row again as the drop holds it (its record hash unchanged).
    QVERIFY2(check.err.contains("The sealing triggers were made again."), check.err.constData());
    QVERIFY2(check.err.contains("The next sync reads their repository again"), check.err.constData());
    QVERIFY(f.as("alice", {QStringLiteral("show"), edited}).out.contains("mallory@evil.example"));
    // The daily check, due again, says so too (a command run before reading anything).
    QCOMPARE(test::editByHand(f.data.path() + QStringLiteral("/cache.sqlite"),
                              {QStringLiteral("UPDATE meta SET value = '1000' WHERE key = 'last_quick_check'")}),
             QString());
    const CliRun daily = f.as("alice", {QStringLiteral("stats")});
    QVERIFY2(daily.err.contains("The daily check found a letter whose row in the cache was changed outside Proofdesk"),
             daily.err.constData());
    const CliRun sync = f.as("alice", {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QCOMPARE(f.as("alice", {QStringLiteral("cache"), QStringLiteral("verify")}).exitCode, 0);
    const CliRun shown = f.as("alice", {QStringLiteral("show"), edited});
    QVERIFY2(shown.exitCode == 0 && !shown.out.contains("mallory"), shown.out.constData());
    QCOMPARE(f.as("alice", {QStringLiteral("evidence"), edited, QStringLiteral("--out"),
                            out.path() + QStringLiteral("/evidence.zip")})
                 .exitCode,
             0);
}

void TestCliMatters::anAgentProducesNothing()
{
    Folder f;
    QCOMPARE(f.as("alice", {QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("ana"),
                            QStringLiteral("agent"), QStringLiteral("--reason"), QStringLiteral("new agent")})
                 .exitCode,
             0);
    TempDataFolder out;
    const CliRun run = f.as("ana", {QStringLiteral("matter"), QStringLiteral("produce"), f.matter,
                                    QStringLiteral("--out"), out.path() + QStringLiteral("/p")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(out.path() + QStringLiteral("/p")));
    QCOMPARE(f.as("ana", {QStringLiteral("matter"), QStringLiteral("list")}).json().array().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliMatters)
#include "tst_cli_matters.moc"
