#include "drophotfolder.h"

#include "droppath.h"
#include "sync/repositoryconnector.h"
#include "util/outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace proofdesk::sync {

DropHotFolder::DropHotFolder(QString dropRoot)
    : m_root(std::move(dropRoot))
{}

QString DropHotFolder::fileFor(const OutboxItem &item) const
{
    const QString folder = item.kind == QLatin1String("hold") ? QStringLiteral("holds") : item.kind;
    // Ids are ours (letters, digits, '-'), but never let one name a path outside the folder.
    QString name = item.targetId;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    if (name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1Char('_'));
    return QDir(m_root).filePath(QStringLiteral("outbox/%1/%2.json").arg(folder, name));
}

void DropHotFolder::write(const OutboxItem &item) const
{
    const QString path = fileFor(item);
    const QString dir = path.left(path.lastIndexOf(QLatin1Char('/')));
    // Checked before mkpath creates anything: a linked outbox/ or outbox/<kind>/ would put the
    // request (and new folders) wherever the link points, and QSaveFile writes through a link
    // at the file name itself (which could also overwrite the drop's own record files).
    const QString resolvedRoot = DropPath::resolved(QFileInfo(m_root).absoluteFilePath());
    const QString resolvedOutbox = DropPath::resolved(QDir(m_root).absoluteFilePath(QStringLiteral("outbox")));
    const QString resolved = DropPath::resolved(QFileInfo(path).absoluteFilePath());
    if (!DropPath::isInside(resolved, resolvedRoot) || !DropPath::isInside(resolved, resolvedOutbox))
        throw ConnectorError(QStringLiteral("cannot write %1 (outbox item %2): a symbolic link leads it to %3, "
                                            "outside the drop's outbox folder; remove the link")
                                 .arg(path, item.idempotencyKey, resolved));
    if (!QDir().mkpath(dir))
        throw ConnectorError(QStringLiteral("cannot create the hot folder %1 for %2").arg(dir, item.idempotencyKey));
    QSaveFile file(path); // temporary name + rename on commit
    if (!file.open(QIODevice::WriteOnly) || file.write(item.payloadJson) != item.payloadJson.size()
        || !util::commitWhole(file))
        throw ConnectorError(
            QStringLiteral("cannot write %1 (outbox item %2): %3").arg(path, item.idempotencyKey, file.errorString()));
}

} // namespace proofdesk::sync
