#include "dispositionrecovery.h"

#include "cache/cachefile.h"
#include "cache/datafolderlock.h"
#include "disposition.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcRecords, "proofdesk.records")

namespace proofdesk::records {

DispositionRecovery finishInterruptedDispositions(const QString &dataDir)
{
    DispositionRecovery recovery;
    PendingDispositions pending(dataDir);
    if (pending.batchIds().isEmpty())
        return recovery;
    cache::DataFolderLock lock(dataDir, QStringLiteral("disposition"));
    if (lock.lock() != cache::DataFolderLock::Result::Locked)
        throw cache::SqliteError(0, lock.errorString());
    const QStringList batches = pending.batchIds(); // again: a live disposer may have finished
    if (batches.isEmpty())
        return recovery;
    cache::Database writer = cache::CacheFile::openWriter(cache::CacheFile::databasePath(dataDir));
    for (const QString &batch : batches) {
        const bool decided =
            writer.prepare("SELECT 1 FROM rec.disposition_batches WHERE id = ?1").bind(1, batch).step();
        if (!decided)
            continue; // the crash came before the decision committed: it never happened
        recovery.batches << batch;
        const bool certified = writer
                                   .prepare("SELECT 1 FROM rec.disposition_batches WHERE id = ?1 AND "
                                            "certificate_path IS NOT NULL")
                                   .bind(1, batch)
                                   .step();
        if (!certified) {
            QString path;
            const QString error = writeBatchCertificate(writer, dataDir, batch, &path);
            if (error.isEmpty())
                ++recovery.certificatesWritten;
            else
                recovery.errors << error;
        }
    }
    const PurgeResult purged = purgeDisposed(writer, dataDir);
    recovery.purgedRows = purged.rows;
    recovery.purgedObjects = purged.objects;
    for (const QString &batch : std::as_const(recovery.batches))
        recovery.purgedObjects += purgeLeftBytes(writer, dataDir, batch);
    for (const QString &batch : batches)
        pending.remove(batch);
    if (!recovery.batches.isEmpty())
        qCWarning(lcRecords).noquote()
            << QStringLiteral("Finished the disposition of %1 that an earlier session left unfinished: %2 "
                              "communication(s) and %3 document file(s) purged.")
                   .arg(recovery.batches.join(QStringLiteral(", ")))
                   .arg(recovery.purgedRows)
                   .arg(recovery.purgedObjects);
    return recovery;
}

} // namespace proofdesk::records
