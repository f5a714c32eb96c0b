// Issue #26 item 5, on the CLI as an operator runs it: a record line of hundreds of
// megabytes without its newline, and the evidence package of a rendition of hundreds of
// megabytes, each within a memory bound far below the file's size (RLIMIT_DATA: the heap and
// every private mapping). Before, the line was held whole (and copied) and the rendition read
// whole into memory, so both ended in std::bad_alloc.
#include "clirunner.h"
#include "dropbuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

namespace {

constexpr qint64 kMemoryBound = qint64(256) << 20;
constexpr qint64 kLarge = qint64(600) << 20; // sparse: costs no disk

CliRun runCliWithin(const QString &dataDir, const QStringList &args, qint64 dataBytes)
{
    QProcess p;
    p.setProgram(QStringLiteral(PROOFDESK_CLI));
    p.setArguments(QStringList{QStringLiteral("--data"), dataDir} + args);
    p.setChildProcessModifier([dataBytes] {
        const rlimit limit{rlim_t(dataBytes), rlim_t(dataBytes)};
        setrlimit(RLIMIT_DATA, &limit);
    });
    p.start();
    if (!p.waitForFinished(180000))
        qFatal("proofdesk-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

// A file of `size` zero bytes without writing them, and their SHA-256.
QString sparseFile(const QString &path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
        return QString();
    file.close();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

class TestCliBoundedReads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lineWithoutItsNewlineIsReportedWithinAMemoryBound();
    void evidenceOfALargeRenditionIsStreamedWithinAMemoryBound();
};

void TestCliBoundedReads::initTestCase()
{
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer maps terabytes of shadow memory as private writable pages, which
    // RLIMIT_DATA counts: an instrumented proofdesk-cli cannot even start within the bound.
    QSKIP("a memory bound cannot be measured on a process built with AddressSanitizer");
#endif
    qputenv("PROOFDESK_DROP_COPY", "0"); // read in place: the sparse file is never copied
}

void TestCliBoundedReads::lineWithoutItsNewlineIsReportedWithinAMemoryBound()
{
    QTemporaryDir work;
    const QString dropDir = work.filePath(QStringLiteral("drop")), data = work.filePath(QStringLiteral("data"));
    DropBuilder drop(dropDir);
    const QString file = QStringLiteral("communications/a.ndjson");
    drop.appendRecord(file, drop.communication(QStringLiteral("EXS-1")));
    QFile records(QDir(dropDir).filePath(file));
    QVERIFY(records.open(QIODevice::ReadWrite) && records.resize(records.size() + kLarge)); // zeros, no newline
    records.close();
    const CliRun import = runCliWithin(data, {QStringLiteral("import"), dropDir}, kMemoryBound);
    QCOMPARE(import.exitCode, 1); // ran, found a problem
    QVERIFY2(import.err.contains((file + QStringLiteral(":2: ")).toUtf8()) && import.err.contains("longer than 16 MiB"),
             import.err.constData());
    QVERIFY2(import.out.contains("1 records accepted"), import.out.constData());
}

void TestCliBoundedReads::evidenceOfALargeRenditionIsStreamedWithinAMemoryBound()
{
    QTemporaryDir work;
    const QString dropDir = work.filePath(QStringLiteral("drop")), data = work.filePath(QStringLiteral("data"));
    DropBuilder drop(dropDir);
    const QString sha = sparseFile(QDir(dropDir).filePath(QStringLiteral("renditions/big.bin")), kLarge);
    QVERIFY(!sha.isEmpty());
    drop.appendRecord(
        QStringLiteral("communications/a.ndjson"),
        drop.communication(
            QStringLiteral("EXS-BIG"), QStringLiteral("2026-10-03T09:00:00Z"),
            QJsonObject{{QStringLiteral("rendition"),
                         QJsonObject{{QStringLiteral("path"), QStringLiteral("renditions/big.bin")},
                                     {QStringLiteral("media_type"), QStringLiteral("application/octet-stream")},
                                     {QStringLiteral("sha256"), sha},
                                     {QStringLiteral("bytes"), double(kLarge)}}}}));
    QCOMPARE(runCliWithin(data, {QStringLiteral("import"), dropDir}, kMemoryBound).exitCode, 0);
    const QString zipPath = work.filePath(QStringLiteral("evidence.zip"));
    const CliRun evidence = runCliWithin(data,
                                         {QStringLiteral("evidence"), QStringLiteral("EXS-BIG"),
                                          QStringLiteral("--out"), zipPath, QStringLiteral("--json")},
                                         kMemoryBound);
    QVERIFY2(evidence.exitCode == 0, evidence.err.constData());
    // The package lists the document with its size and hash (unzip reads the entry's size
    // from the central directory without inflating it).
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), zipPath});
    QVERIFY(unzip.waitForFinished(60000));
    const QByteArray listing = unzip.readAllStandardOutput();
    QVERIFY2(listing.contains(QByteArray(QByteArray::number(kLarge) + "  ")) && listing.contains("big.bin"),
             listing.constData());
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zipPath, QStringLiteral("SHA256SUMS")});
    QVERIFY(unzip.waitForFinished(60000));
    QVERIFY2(unzip.readAllStandardOutput().contains((sha + QStringLiteral("  big.bin")).toUtf8()), "SHA256SUMS");
}

QTEST_GUILESS_MAIN(TestCliBoundedReads)
#include "tst_cli_boundedreads.moc"
