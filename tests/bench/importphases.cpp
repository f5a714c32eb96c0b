// proofdesk-bench's import phases: the demo corpus or a drop made elsewhere, imported by ours
// and by raw SQLite into the same schema, with time, letters a second and bytes written.
#include "importphases.h"

#include "benchcorpus.h"
#include "benchload.h"
#include "cache/documentcache.h"
#include "datafolder/datafolder.h"
#include "foldersize.h"
#include "rawimport.h"
#include "sync/drop/dropstorage.h"
#include "sync/dropimport.h"
#include "util/bytesize.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <functional>
#include <optional>

using namespace proofdesk;

namespace {

QString sizeText(const FolderSize &size)
{
    return QStringLiteral("%1 in %2 files (%3 on disk)")
        .arg(util::formatByteSize(size.bytes))
        .arg(size.files)
        .arg(util::formatByteSize(size.allocated));
}

// The real-size import's other figures: the content store's limit kept at the end of the
// import, and the data folder next to the drop.
void reportDocuments(cache::Database &writer, datafolder::DataFolder &folder, const QString &dropDir,
                     const sync::SyncReport &report)
{
    const QString dataDir = folder.path();
    QElapsedTimer t;
    t.start();
    cache::DocumentCache::Eviction evicted = report.documents;
    evicted.add(cache::DocumentCache(writer, folder.contentStore()).enforceLimit(dataDir));
    const double upkeep = t.elapsed() / 1000.0;
    const auto usage = cache::DocumentCache::usage(writer, dataDir);
    printf("\nDOCUMENTS of the real-size drop (renditions %s)\n",
           sync::DropStorage::copiesRenditions(dropDir) ? "copied into the content store" : "read in place");
    printf("  drop             : %s\n", qPrintable(sizeText(FolderSize::of(dropDir))));
    printf("    renditions     : %s\n", qPrintable(sizeText(FolderSize::of(dropDir + QStringLiteral("/renditions")))));
    printf("  data folder      : %s\n", qPrintable(sizeText(FolderSize::of(dataDir))));
    printf("    objects/       : %s\n", qPrintable(sizeText(FolderSize::of(folder.contentStore().root()))));
    printf("  documents.limit  : %s%s; the store holds %s in %lld objects\n",
           qPrintable(util::formatByteSize(usage.limit.bytes)), usage.limit.isDefault ? " (default)" : "",
           qPrintable(util::formatByteSize(usage.bytes)), usage.objects);
    printf("  not copied       : %lld documents (the store at its limit: read from the drop when viewed)\n",
           evicted.notCopied);
    printf("  evicted          : %lld objects, %s (during the import and in %.1f s after it)\n", evicted.objects,
           qPrintable(util::formatByteSize(evicted.bytes)), upkeep);
}

// What this process has had written to storage so far (/proc/self/io write_bytes: pages it
// dirtied in the page cache, counted once until they are written back), or -1 without /proc.
qint64 processWriteBytes()
{
    QFile f(QStringLiteral("/proc/self/io"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toLongLong();
    }
    return -1;
}

struct ImportFigures
{
    double seconds = 0;
    qint64 letters = 0;
    qint64 written = 0;     // bytes, /proc/self/io
    qint64 folderBytes = 0; // the data folder at the end (cache, its log, records)
};

// Our import of `dropDir` into the data folder `dataDir`, with the time and the bytes written
// per tenth of the drop read (the cost per letter as the cache grows), then the finishing phase
// (deferred indexes, full-text index, stored rows).
ImportFigures ourImport(const QString &dataDir, const QString &dropDir, std::optional<qint64> limit,
                        sync::SyncReport *report = nullptr)
{
    datafolder::DataFolder folder(dataDir);
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    if (!qEnvironmentVariableIsEmpty("PROOFDESK_RAW_UNSEALED")) // both sides unsealed (rawimport.cpp)
        writer.exec("DROP TRIGGER comm_seal_insert; DROP TRIGGER comm_seal_update");
    if (limit)
        cache::DocumentLimit::write(writer, *limit);
    ImportFigures f;
    QElapsedTimer t;
    t.start();
    const qint64 written0 = processWriteBytes();
    struct Mark
    {
        double at = 0;
        qint64 records = 0, written = 0;
    } last{0, 0, written0};
    int tenth = 0;
    printf("  %-10s %9s %12s %14s %12s\n", "drop read", "at (s)", "records/s", "KB written/rec", "GB written");
    const auto progress = [&](const sync::SyncProgress &p) {
        if (p.bytesTotal <= 0 || p.indexesTotal > 0 || p.bytesRead * 10 < (tenth + 1) * p.bytesTotal)
            return;
        tenth = int(p.bytesRead * 10 / p.bytesTotal);
        const Mark now{t.elapsed() / 1000.0, p.records, processWriteBytes()};
        const qint64 n = std::max<qint64>(1, now.records - last.records);
        printf("  %9d%% %9.1f %12.0f %14.1f %12.2f\n", tenth * 10, now.at, n / std::max(1e-9, now.at - last.at),
               (now.written - last.written) / 1024.0 / n, (now.written - written0) / 1e9);
        fflush(stdout);
        last = now;
    };
    const auto outcome = sync::importDrop(writer, folder.contentStore(), dropDir, progress);
    f.seconds = t.elapsed() / 1000.0;
    f.written = processWriteBytes() - written0;
    printf("  finishing (indexes, text, stored rows): %.1f s, %.2f GB written\n", f.seconds - last.at,
           (f.written - (last.written - written0)) / 1e9);
    if (!outcome.report.ok())
        qFatal("import failed: %s", qPrintable(outcome.report.error));
    f.letters = writer.queryInt("SELECT count(*) FROM communications");
    writer.close();
    f.folderBytes = FolderSize::of(dataDir).bytes;
    if (report)
        *report = outcome.report;
    return f;
}

// Raw SQLite's run, with the bytes it wrote and its folder.
ImportFigures rawImportFigures(const QString &dataDir, const std::function<double(const QString &)> &run)
{
    datafolder::DataFolder rawFolder(dataDir);
    ImportFigures f;
    const qint64 written0 = processWriteBytes();
    f.seconds = run(rawFolder.databasePath());
    f.written = processWriteBytes() - written0;
    f.folderBytes = FolderSize::of(dataDir).bytes;
    return f;
}

void printImport(const char *who, const ImportFigures &f, qint64 letters, const char *note = "")
{
    printf("  %-17s: %8.1f s  %9.0f communications/s  written %6.2f GB = %5.1f KB a letter = %5.2fx its folder "
           "(%.2f GB)%s\n",
           who, f.seconds, letters / f.seconds, f.written / 1e9, f.written / 1024.0 / std::max<qint64>(1, letters),
           double(f.written) / std::max<qint64>(1, f.folderBytes), f.folderBytes / 1e9, note);
}

} // namespace

void importPhase(const QString &work, qint64 count, bool naive, bool noRaw, bool extractPdfText, bool realSize,
                 std::optional<qint64> limit, BenchCorpus::Vocabulary vocabulary)
{
    const QString dropDir = work + QStringLiteral("/drop");
    if (!QDir(dropDir).exists()) {
        QElapsedTimer t;
        t.start();
        BenchCorpus corpus(7, vocabulary);
        corpus.setPdfTextInDrop(!extractPdfText);
        corpus.setRealSizeRenditions(realSize);
        corpus.writeDrop(dropDir, count);
        printf("wrote a %lld-communication drop in %.1f s\n", count, t.elapsed() / 1000.0);
    }
    QDir(work + QStringLiteral("/data")).removeRecursively();
    QDir(work + QStringLiteral("/raw")).removeRecursively();

    printf("\nIMPORT of %lld communications (+%lld delivery events)%s, full-text indexed%s (machine load %s)\n", count,
           count, realSize ? " with a rendition each" : "", extractPdfText ? ", PDF text extracted (1 in 50)" : "",
           qPrintable(loadAverage()));
    sync::SyncReport report;
    const ImportFigures ours = ourImport(work + QStringLiteral("/data"), dropDir, limit, &report);
    printImport("proofdesk import", ours, count);
    if (realSize) {
        datafolder::DataFolder folder(work + QStringLiteral("/data"));
        cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
        reportDocuments(writer, folder, dropDir, report);
        return; // raw SQLite reads no renditions: the ratio is the small-rendition run's
    }
    if (noRaw)
        return;
    // Ours bulk loads a drop this size into an empty cache (cache/bulkload.h); raw does the same.
    const ImportFigures raw = rawImportFigures(work + QStringLiteral("/raw"), [&](const QString &db) {
        return rawImportSeconds(db, count, 7, 5000, true, vocabulary);
    });
    printImport("raw SQLite", raw, count, "  (same bulk load)");
    if (naive) {
        QDir(work + QStringLiteral("/raw")).removeRecursively();
        const ImportFigures kept = rawImportFigures(work + QStringLiteral("/raw"), [&](const QString &db) {
            return rawImportSeconds(db, count, 7, 5000, false, vocabulary);
        });
        printImport("raw, indexes kept", kept, count);
    }
    printf("  ratio            : %8.2fx raw   (budget: >= 10000/s and <= 1.25x; written <= 3x the folder)\n",
           ours.seconds / raw.seconds);
}

// `--drop DIR`: a drop made elsewhere (tests/bench/independent_drop.py), imported by ours and
// by raw SQLite (its lines parsed untimed, inserted with the same bulk load), in `work`.
void importDropPhase(const QString &work, const QString &dropDir, bool noRaw, bool naive)
{
    QDir(work + QStringLiteral("/data")).removeRecursively();
    QDir(work + QStringLiteral("/raw")).removeRecursively();
    printf("\nIMPORT of the drop %s, full-text indexed (machine load %s)\n", qPrintable(dropDir),
           qPrintable(loadAverage()));
    const ImportFigures ours = ourImport(work + QStringLiteral("/data"), dropDir, std::nullopt);
    printImport("proofdesk import", ours, ours.letters);
    if (noRaw)
        return;
    qint64 letters = 0;
    const ImportFigures raw = rawImportFigures(work + QStringLiteral("/raw"), [&](const QString &db) {
        return rawImportDropSeconds(db, dropDir, 5000, true, &letters);
    });
    printImport("raw SQLite", raw, letters, "  (same bulk load)");
    if (letters != ours.letters)
        printf("  NOTE: raw holds %lld communications, ours %lld\n", letters, ours.letters);
    if (naive) {
        QDir(work + QStringLiteral("/raw")).removeRecursively();
        const ImportFigures kept = rawImportFigures(work + QStringLiteral("/raw"), [&](const QString &db) {
            return rawImportDropSeconds(db, dropDir, 5000, false);
        });
        printImport("raw, indexes kept", kept, letters);
    }
    printf("  ratio            : %8.2fx raw   (budget: >= 10000/s and <= 1.25x; written <= 3x the folder)\n",
           ours.seconds / raw.seconds);
}
