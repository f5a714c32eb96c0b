#include "dispositionrecovery.h"

#include "cache/cachefile.h"
#include "cache/datafolderlock.h"
#include "disposition.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcRecords) // recordsfile.cpp: "proofdesk.records"

namespace proofdesk::records {

PendingDispositions::PendingDispositions(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("disposition.pending")))
{
}

QStringList PendingDispositions::batchIds() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void PendingDispositions::write(const QStringList &batchIds)
{
    if (batchIds.isEmpty()) {
        QFile::remove(m_path);
        return;
    }
    // QSaveFile: written in full under a temporary name, flushed (fsync) and renamed.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(batchIds.join(QLatin1Char('\n')).toUtf8() + '\n') < 0
        || !file.commit())
        throw cache::SqliteError(0, QStringLiteral("%1 could not be written (%2); nothing was disposed of")
                                        .arg(m_path, file.errorString()));
}

void PendingDispositions::add(const QString &batchId)
{
    QStringList ids = batchIds();
    ids << batchId;
    write(ids);
}

void PendingDispositions::remove(const QString &batchId)
{
    QStringList ids = batchIds();
    ids.removeAll(batchId);
    write(ids);
}

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
        const bool certified = writer.prepare("SELECT 1 FROM rec.disposition_batches WHERE id = ?1 AND "
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
