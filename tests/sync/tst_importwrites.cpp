// Issue 66: an import wrote more per letter the larger the cache had grown: every commit rewrote
// the pages of indexes keyed at random (docs/import.md).
// These tests count every byte SQLite hands the file system (a VFS that wraps the default one:
// the cache, its write-ahead log, records.sqlite, journals and temporary files) and time
// nothing: a larger drop must cost no more bytes a letter than a smaller one, and no import may
// write more than three times what it leaves in the data folder.
#include "datafolder/datafolder.h"
#include "dropbuilder.h"
#include "sync/dropimport.h"
#include "tempdatafolder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <sqlite3.h>

using namespace proofdesk;

namespace {

// ---- A VFS that counts the bytes written through it, made the default one ----

std::atomic<qint64> g_written{0};
sqlite3_vfs *g_real = nullptr;

struct CountingFile
{
    sqlite3_file base;
    sqlite3_file *real; // follows this struct in the same allocation
};

sqlite3_file *realOf(sqlite3_file *f) { return reinterpret_cast<CountingFile *>(f)->real; }

int cClose(sqlite3_file *f) { return realOf(f)->pMethods->xClose(realOf(f)); }
int cRead(sqlite3_file *f, void *p, int n, sqlite3_int64 o) { return realOf(f)->pMethods->xRead(realOf(f), p, n, o); }
int cWrite(sqlite3_file *f, const void *p, int n, sqlite3_int64 o)
{
    g_written += n;
    return realOf(f)->pMethods->xWrite(realOf(f), p, n, o);
}
int cTruncate(sqlite3_file *f, sqlite3_int64 s) { return realOf(f)->pMethods->xTruncate(realOf(f), s); }
int cSync(sqlite3_file *f, int flags) { return realOf(f)->pMethods->xSync(realOf(f), flags); }
int cFileSize(sqlite3_file *f, sqlite3_int64 *s) { return realOf(f)->pMethods->xFileSize(realOf(f), s); }
int cLock(sqlite3_file *f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); }
int cUnlock(sqlite3_file *f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); }
int cCheckReservedLock(sqlite3_file *f, int *r) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), r); }
int cFileControl(sqlite3_file *f, int op, void *a) { return realOf(f)->pMethods->xFileControl(realOf(f), op, a); }
int cSectorSize(sqlite3_file *f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int cDeviceCharacteristics(sqlite3_file *f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int cShmMap(sqlite3_file *f, int i, int sz, int ext, void volatile **pp)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), i, sz, ext, pp);
}
int cShmLock(sqlite3_file *f, int o, int n, int flags) { return realOf(f)->pMethods->xShmLock(realOf(f), o, n, flags); }
void cShmBarrier(sqlite3_file *f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int cShmUnmap(sqlite3_file *f, int del) { return realOf(f)->pMethods->xShmUnmap(realOf(f), del); }
int cFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **pp)
{
    return realOf(f)->pMethods->xFetch(realOf(f), o, n, pp);
}
int cUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p) { return realOf(f)->pMethods->xUnfetch(realOf(f), o, p); }

// Version 3 (shared memory for the write-ahead log, memory-mapped reads), as the unix VFS's.
const sqlite3_io_methods kCountingMethods = {
    3,
    cClose,
    cRead,
    cWrite,
    cTruncate,
    cSync,
    cFileSize,
    cLock,
    cUnlock,
    cCheckReservedLock,
    cFileControl,
    cSectorSize,
    cDeviceCharacteristics,
    cShmMap,
    cShmLock,
    cShmBarrier,
    cShmUnmap,
    cFetch,
    cUnfetch,
};

int cOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<CountingFile *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    file->base.pMethods = file->real->pMethods ? &kCountingMethods : nullptr;
    return rc;
}

sqlite3_vfs g_counting;

void registerCountingVfs()
{
    g_real = sqlite3_vfs_find(nullptr);
    g_counting = *g_real;
    g_counting.zName = "counting";
    g_counting.pNext = nullptr;
    g_counting.szOsFile = int(sizeof(CountingFile)) + g_real->szOsFile;
    g_counting.xOpen = cOpen;
    QCOMPARE_EQ(sqlite3_vfs_register(&g_counting, 1), SQLITE_OK);
}

// ---- A drop shaped as the independent one of issue 66 ----

// Letters of ~600 bytes from a Zipf vocabulary, each id a random uuid (the id's unique index
// is written at random places), issue times in no order, no delivery events; appended to the
// drop's one file of letters, so that a later call adds lines an import of it has not read.
void writeDrop(const QString &root, int letters, quint32 seed)
{
    DropBuilder drop(root, QStringLiteral("writes-%1").arg(QFileInfo(root).fileName()));
    const QByteArray rendition = QByteArray("a shared rendition\n").leftJustified(200, ' ');
    const QString renditionPath = drop.writeRendition(QStringLiteral("renditions/shared.txt"), rendition);
    QRandomGenerator rng(seed);
    QStringList words;
    const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "ba", "de", "fi"};
    for (int i = 0; i < 5000; ++i)
        words << QLatin1String(syllables[i % 12]) + QLatin1String(syllables[(i / 12) % 12])
                     + QLatin1String(syllables[(i / 144) % 12]) + QString::number(i / 1728);
    // Rank r drawn with probability about 1 / r^2: a few words in most letters, most words rare.
    const auto zipfWord = [&] { return words.at(qBound(0, int(1.0 / (rng.generateDouble() + 0.0002)) - 1, 4999)); };
    QByteArray lines;
    for (int i = 0; i < letters; ++i) {
        QString text;
        while (text.size() < 600)
            text += zipfWord() + QLatin1Char(' ');
        const quint64 hi = rng.generate64(), lo = rng.generate64();
        const QString id =
            QStringLiteral("EXS-%1-%2").arg(hi, 16, 16, QLatin1Char('0')).arg(lo, 16, 16, QLatin1Char('0'));
        const qint64 issued = 1672531200000LL + qint64(rng.bounded(94608000)) * 1000;
        const QJsonObject record = drop.communication(
            id, QDateTime::fromMSecsSinceEpoch(issued, Qt::UTC).toString(Qt::ISODate),
            {{QStringLiteral("text"), text},
             {QStringLiteral("customer_id"), QStringLiteral("C%1").arg(rng.bounded(50000))},
             {QStringLiteral("account_id"), QStringLiteral("A%1").arg(rng.bounded(150000))},
             {QStringLiteral("batch"), QStringLiteral("B-%1").arg(rng.bounded(400))},
             {QStringLiteral("rendition"), QJsonObject{{QStringLiteral("path"), renditionPath},
                                                       {QStringLiteral("media_type"), QStringLiteral("text/plain")},
                                                       {QStringLiteral("sha256"), sha256Hex(rendition)},
                                                       {QStringLiteral("bytes"), rendition.size()}}}});
        lines += DropBuilder::line(record);
    }
    drop.append(QStringLiteral("communications/letters.ndjson"), lines);
}

struct Imported
{
    qint64 letters = 0;
    qint64 written = 0; // bytes, through the counting VFS, until the writer closed
    qint64 folder = 0;  // the cache and records.sqlite left in the data folder
    double perLetter() const { return double(written) / double(qMax<qint64>(1, letters)); }
};

qint64 filesSize(const QString &dir)
{
    qint64 bytes = 0;
    for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden))
        bytes += f.size();
    return bytes;
}

// `proofdesk-cli import`'s code on a data folder (new, or holding an earlier import of the same
// drop), counted from the import's start (the empty cache's schema is not the import's) to its
// writer closed (the last checkpoint). `letters` are the letters this import added.
Imported importCounted(const QString &dropRoot, const QString &dataDir)
{
    Imported r;
    {
        datafolder::DataFolder folder(dataDir);
        cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
        writer.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 lettersBefore = writer.queryInt("SELECT count(*) FROM communications");
        const qint64 before = g_written;
        const auto outcome = sync::importDrop(writer, folder.contentStore(), dropRoot);
        if (!outcome.report.ok())
            qWarning() << outcome.report.error;
        r.letters = writer.queryInt("SELECT count(*) FROM communications") - lettersBefore;
        writer.close();
        r.written = g_written - before;
    }
    r.folder = filesSize(dataDir);
    return r;
}

Imported importCounted(const QString &dropRoot)
{
    TempDataFolder data;
    return importCounted(dropRoot, data.path());
}

// A cache of `held` letters imported, then a quarter as many more appended to its drop and
// imported into it: the second import, counted.
Imported importIntoCache(int held, quint32 seed)
{
    QTemporaryDir drop;
    TempDataFolder data;
    writeDrop(drop.path(), held, seed);
    importCounted(drop.path(), data.path());
    writeDrop(drop.path(), held / 4, seed + 1);
    return importCounted(drop.path(), data.path());
}

QString figuresOf(const Imported &small, const Imported &large, int smallHeld, int largeHeld)
{
    return QStringLiteral("%1 letters into a cache of %2: %3 KB written a letter; %4 into %5: %6 KB")
        .arg(small.letters)
        .arg(smallHeld)
        .arg(small.perLetter() / 1024, 0, 'f', 2)
        .arg(large.letters)
        .arg(largeHeld)
        .arg(large.perLetter() / 1024, 0, 'f', 2);
}

} // namespace

class TestImportWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bytesPerLetterDoNotGrowWithTheCache();
    void aDropIntoALargerCacheCostsNoMoreALetter();

private:
    QTemporaryDir m_small, m_large;
};

void TestImportWrites::initTestCase()
{
    registerCountingVfs();
    writeDrop(m_small.path(), 12000, 66);
    writeDrop(m_large.path(), 48000, 67);
}

// The old import wrote a page of 5,000 letters a transaction with every index kept (both drops
// are under its bulk load's 100,000): each commit rewrote most pages of ~25 indexes keyed at
// random, more pages the larger they had grown, so the larger drop cost nearly twice as many
// bytes a letter (docs/import.md, I1). Allowed: 15% more a letter at four times the size (the
// id's unique index still grows a little faster than its share), and three times the data folder.
void TestImportWrites::bytesPerLetterDoNotGrowWithTheCache()
{
    const Imported small = importCounted(m_small.path());
    const Imported large = importCounted(m_large.path());
    QCOMPARE(small.letters, 12000);
    QCOMPARE(large.letters, 48000);
    const QString figures = QStringLiteral("12,000 letters: %1 KB written a letter (folder %2 KB a letter); "
                                           "48,000: %3 KB (folder %4 KB)")
                                .arg(small.perLetter() / 1024, 0, 'f', 2)
                                .arg(small.folder / 1024.0 / small.letters, 0, 'f', 2)
                                .arg(large.perLetter() / 1024, 0, 'f', 2)
                                .arg(large.folder / 1024.0 / large.letters, 0, 'f', 2);
    qInfo().noquote() << figures;
    QVERIFY2(large.perLetter() <= 1.15 * small.perLetter(), qPrintable(figures));
    QVERIFY2(large.written <= 3 * large.folder, qPrintable(figures));
    QVERIFY2(small.written <= 3 * small.folder, qPrintable(figures));
}

// A drop smaller than the cache keeps every index row by row. A commit a page of 5,000 letters
// rewrote most leaves of every index keyed at random (customer, account, the issue time beside
// type, channel, status…): the larger the cache, the more leaves, the more bytes a letter
// (docs/import.md, I11: 12,000 into 48,000 cost 32.7 KB a letter, 5.0 into an empty folder).
// The same share of a four times larger cache must cost no more a letter than of the smaller.
void TestImportWrites::aDropIntoALargerCacheCostsNoMoreALetter()
{
#if defined(__SANITIZE_ADDRESS__)
    // Four imports of 75,000 letters in all, row by row, minutes under the sanitizers: the same
    // code the test above runs there; the bytes counted are the default build's to check.
    QSKIP("counted in the default build");
#endif
    const Imported small = importIntoCache(12000, 70);
    const Imported large = importIntoCache(48000, 72);
    QCOMPARE(small.letters, 3000);
    QCOMPARE(large.letters, 12000);
    const QString figures = figuresOf(small, large, 12000, 48000);
    qInfo().noquote() << figures;
    QVERIFY2(large.perLetter() <= 1.15 * small.perLetter(), qPrintable(figures));
}

QTEST_GUILESS_MAIN(TestImportWrites)
#include "tst_importwrites.moc"
