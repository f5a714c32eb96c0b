// Issue #26 item 5: only regular files of a drop are opened, without ever waiting on one, and
// every read is bounded: a FIFO or a device in place of drop.json, a record file or a
// rendition (also one made so after import, when it is viewed) is reported by its path without
// being waited on; drop.json past 1 MiB and a record line past 16 MiB are reported with path
// and line.
#include "importfixture.h"
#include "sync/documentsource.h"
#include "sync/drop/dropconnector.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

using namespace proofdesk;

namespace {

// A reader that waits on a FIFO would wait for ever. After a minute (far longer than reading
// a drop of two records takes on a loaded machine), this opens the FIFO's writing end, and
// closes it at once, whenever a reader has it open: code that waits on it then ends, and the
// test fails on unblocked() instead of hanging. Code that never waits has ended before then.
class FifoUnblocker
{
public:
    explicit FifoUnblocker(const QString &fifo)
        : m_thread([this, path = QFile::encodeName(fifo)] {
            const auto start = std::chrono::steady_clock::now();
            while (!m_stop) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                if (std::chrono::steady_clock::now() - start < std::chrono::minutes(1))
                    continue;
                const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0) {
                    m_unblocked = true;
                    ::close(fd);
                }
            }
        })
    {}
    ~FifoUnblocker()
    {
        m_stop = true;
        m_thread.join();
    }
    // Whether a reader waited on the FIFO until this let it go.
    bool unblocked() const { return m_unblocked; }

private:
    std::atomic_bool m_stop{false};
    std::atomic_bool m_unblocked{false};
    std::thread m_thread;
};

void makeFifo(const QString &path)
{
    QFile::remove(path);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY2(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0, qPrintable(path));
}

QJsonObject communicationAt(DropBuilder &drop, const QString &id, const QString &path, const QByteArray &bytes)
{
    return drop.communication(id, QStringLiteral("2026-10-03T09:00:00Z"),
                              QJsonObject{{QStringLiteral("rendition"),
                                           QJsonObject{{QStringLiteral("path"), path},
                                                       {QStringLiteral("media_type"), QStringLiteral("text/plain")},
                                                       {QStringLiteral("sha256"), sha256Hex(bytes)},
                                                       {QStringLiteral("bytes"), bytes.size()}}}});
}

} // namespace

class TestDropSpecialFiles : public QObject
{
    Q_OBJECT

private slots:
    void fifoInPlaceOfADropFileIsReportedWithoutWaiting_data();
    void fifoInPlaceOfADropFileIsReportedWithoutWaiting();
    void renditionMadeSpecialAfterImportIsMissingWhenViewed_data();
    void renditionMadeSpecialAfterImportIsMissingWhenViewed();
    void readsPastTheirBoundAreReportedWithPathAndLine_data();
    void readsPastTheirBoundAreReportedWithPathAndLine();
    void restOfALineTooLongIsPassedOverByTheNextImport();
};

void TestDropSpecialFiles::fifoInPlaceOfADropFileIsReportedWithoutWaiting_data()
{
    QTest::addColumn<QString>("fifo");
    QTest::newRow("drop.json") << QStringLiteral("drop.json");
    QTest::newRow("record file") << QStringLiteral("communications/b.ndjson");
    QTest::newRow("rendition") << QStringLiteral("renditions/fifo.txt");
}

void TestDropSpecialFiles::fifoInPlaceOfADropFileIsReportedWithoutWaiting()
{
    QFETCH(QString, fifo);
    ImportFixture f;
    const QString file = QStringLiteral("communications/a.ndjson");
    f.drop.appendRecord(file, f.drop.communication(QStringLiteral("EXS-1")));
    f.drop.appendRecord(file,
                        communicationAt(f.drop, QStringLiteral("EXS-2"), QStringLiteral("renditions/fifo.txt"), "x"));
    makeFifo(f.dropDir.filePath(fifo));
    const FifoUnblocker unblocker(f.dropDir.filePath(fifo));

    if (fifo == QLatin1String("drop.json")) {
        try {
            f.import();
            QFAIL("a FIFO was read as drop.json");
        } catch (const sync::ConnectorError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("drop.json is a FIFO")), qPrintable(e.message()));
        }
        QVERIFY(!unblocker.unblocked());
        return;
    }
    const auto outcome = f.import();
    QVERIFY(!unblocker.unblocked());
    QCOMPARE(f.show(QStringLiteral("EXS-1")).value(QStringLiteral("fixity")).toString(), QStringLiteral("verified"));
    const QList<sync::RejectedRecord> reported = outcome.report.result.rejected + outcome.report.result.warnings;
    QCOMPARE(reported.size(), 1);
    QVERIFY2(reported.first().reason.contains(fifo + QStringLiteral(" is a FIFO")),
             qPrintable(reported.first().reason));
    if (fifo.startsWith(QLatin1String("renditions/"))) {
        QCOMPARE(reported.first().file, file);
        QCOMPARE(reported.first().line, 2);
        QCOMPARE(f.show(QStringLiteral("EXS-2")).value(QStringLiteral("fixity")).toString(), QStringLiteral("missing"));
    } else {
        QCOMPARE(reported.first().file, fifo);
    }
}

void TestDropSpecialFiles::renditionMadeSpecialAfterImportIsMissingWhenViewed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a FIFO") << QStringLiteral("fifo");
    QTest::newRow("a link to /dev/zero") << QStringLiteral("link");
    QTest::newRow("the node of /dev/zero (needs root)") << QStringLiteral("device");
}

void TestDropSpecialFiles::renditionMadeSpecialAfterImportIsMissingWhenViewed()
{
    // Verified at import, read in place; then the file is replaced. The viewer and an evidence
    // package read it through DocumentSource: a FIFO is never waited on, /dev/zero never read
    // until memory runs out.
    QFETCH(QString, kind);
    ImportFixture f;
    f.drop.appendRecord(QStringLiteral("communications/a.ndjson"), f.drop.communication(QStringLiteral("EXS-1")));
    qputenv("PROOFDESK_DROP_COPY", "0");
    f.import();
    qunsetenv("PROOFDESK_DROP_COPY");
    QCOMPARE(f.show(QStringLiteral("EXS-1")).value(QStringLiteral("fixity")).toString(), QStringLiteral("verified"));
    const QString rendition = f.dropDir.filePath(QStringLiteral("renditions/EXS-1.txt"));
    QVERIFY(QFile::remove(rendition));
    if (kind == QLatin1String("fifo"))
        makeFifo(rendition);
    else if (kind == QLatin1String("link"))
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), rendition));
    else if (::mknod(QFile::encodeName(rendition).constData(), S_IFCHR | 0600, makedev(1, 5)) != 0)
        QSKIP("making a device node needs root");
    const FifoUnblocker unblocker(rendition);
    const sync::DocumentRead read =
        sync::DocumentSource(f.writer, f.folder->contentStore()).read(QStringLiteral("EXS-1"));
    QVERIFY(!unblocker.unblocked());
    QCOMPARE(read.fixity, domain::Fixity::Missing);
    QVERIFY(read.bytes.isEmpty());
}

void TestDropSpecialFiles::readsPastTheirBoundAreReportedWithPathAndLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line"); // of the rejection; 0: the import fails
    QTest::addColumn<QString>("reason");
    const QTemporaryDir scratchDir;
    DropBuilder scratch(scratchDir.path()); // for a record's shape only
    QJsonObject huge = scratch.communication(QStringLiteral("EXS-HUGE"));
    huge.insert(QStringLiteral("text"), QString::fromLatin1(QByteArray((16 << 20) + 1, 'w')));
    const QByteArray hugeLine = DropBuilder::line(huge); // valid JSON: only its size is wrong
    QTest::newRow("drop.json past 1 MiB")
        << QStringLiteral("drop.json")
        << QByteArray(R"({"format": "proofdesk-drop", "version": 1, "source": "big", "created": ")")
               + QByteArray(1 << 20, 'x') + "\"}"
        << 0 << QStringLiteral("drop.json: larger than 1024 KiB");
    QTest::newRow("a valid line past 16 MiB, then a good one")
        << QStringLiteral("communications/a.ndjson") << hugeLine << 2 << QStringLiteral("longer than 16 MiB");
    QTest::newRow("a last line past 16 MiB without its newline")
        << QStringLiteral("communications/a.ndjson") << hugeLine.chopped(1) << 2
        << QStringLiteral("longer than 16 MiB");
}

void TestDropSpecialFiles::readsPastTheirBoundAreReportedWithPathAndLine()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, reason);
    ImportFixture f;
    f.drop.appendRecord(QStringLiteral("communications/a.ndjson"), f.drop.communication(QStringLiteral("EXS-1")));
    if (file == QLatin1String("drop.json")) {
        QFile json(f.dropDir.filePath(file));
        QVERIFY(json.open(QIODevice::WriteOnly) && json.write(bytes) == bytes.size());
        json.close();
        try {
            f.import();
            QFAIL("drop.json past its bound was read");
        } catch (const sync::ConnectorError &e) {
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
        return;
    }
    f.drop.append(file, bytes);
    const bool newlineAfter = bytes.endsWith('\n');
    if (newlineAfter)
        f.drop.appendRecord(file, f.drop.communication(QStringLiteral("EXS-3")));
    const auto outcome = f.import();
    const auto &rejected = outcome.report.result.rejected;
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().file, file);
    QCOMPARE(rejected.first().line, line);
    QVERIFY2(rejected.first().reason.contains(reason), qPrintable(rejected.first().reason));
    QVERIFY(f.show(QStringLiteral("EXS-HUGE")).isEmpty());
    QCOMPARE(f.count("SELECT count(*) FROM communications"),
             qint64(newlineAfter ? 2 : 1)); // the lines around it are read
}

void TestDropSpecialFiles::restOfALineTooLongIsPassedOverByTheNextImport()
{
    // The generator is still writing a line past the bound: it is reported at once, and the
    // rest of it, once its newline came, is passed over; the next line is read as line 3.
    ImportFixture f;
    const QString file = QStringLiteral("communications/a.ndjson");
    f.drop.appendRecord(file, f.drop.communication(QStringLiteral("EXS-1")));
    f.drop.append(file, QByteArray((17 << 20), 'z'));
    QCOMPARE(f.import().report.result.rejected.size(), 1);
    f.drop.append(file, QByteArray(5 << 20, 'z') + "\n");
    f.drop.appendRecord(file, f.drop.communication(QStringLiteral("EXS-3")));
    const auto outcome = f.import();
    QCOMPARE(outcome.report.result.rejected.size(), 0);
    QCOMPARE(f.show(QStringLiteral("EXS-3")).value(QStringLiteral("fixity")).toString(), QStringLiteral("verified"));
    QCOMPARE(f.count("SELECT count(*) FROM communications"), qint64(2));
}

QTEST_GUILESS_MAIN(TestDropSpecialFiles)
#include "tst_dropspecialfiles.moc"
