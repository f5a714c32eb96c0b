#include "pendingdispositions.h"

#include "cache/sqlite.h"
#include "util/outputfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace proofdesk::records {

PendingDispositions::PendingDispositions(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("disposition.pending")))
{}

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
        || !util::commitWhole(file))
        throw cache::SqliteError(
            0, QStringLiteral("%1 could not be written (%2); nothing was disposed of").arg(m_path, file.errorString()));
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

bool PendingDispositions::isEmpty() const
{
    return !QFile::exists(m_path); // write() removes the note with its last batch
}

} // namespace proofdesk::records
