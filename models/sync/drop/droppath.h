#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

// Where a path inside a drop really leads. A drop is written by another system (and may be
// tampered with): a symbolic link, of a file or of any folder above it, can point out of the
// drop even when the path itself has no ".." in it. Header-only, for the hot-folder writer
// (models/records). The drop reader never resolves a name and then opens it (a folder may be
// swapped between the two): it opens through DropDir, without following links.
namespace proofdesk::sync::DropPath {

// `absolutePath` with every symbolic link followed, also when the file (or a folder above
// it) does not exist yet: the existing part is resolved by the file system and the rest
// appended; a dangling link is followed to its target, since whatever is created there later
// would be read or written through it.
inline QString resolved(const QString &absolutePath, int linksLeft = 40)
{
    const QFileInfo info(absolutePath);
    if (info.exists())
        return info.canonicalFilePath();
    if (info.isSymLink() && linksLeft > 0)
        return resolved(info.symLinkTarget(), linksLeft - 1);
    const QString parent = info.absolutePath();
    if (parent == absolutePath || linksLeft <= 0)
        return QDir::cleanPath(absolutePath);
    QString path = resolved(parent, linksLeft);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    return path + info.fileName();
}

// True when `resolvedPath` lies strictly inside `resolvedRoot` (both from resolved()).
inline bool isInside(const QString &resolvedPath, const QString &resolvedRoot)
{
    const QString prefix = resolvedRoot.endsWith(QLatin1Char('/')) ? resolvedRoot : resolvedRoot + QLatin1Char('/');
    return resolvedPath.startsWith(prefix);
}

} // namespace proofdesk::sync::DropPath
