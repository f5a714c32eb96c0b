#include "foldersize.h"

#include <QDirIterator>
#include <QFile>
#include <sys/stat.h>

FolderSize FolderSize::of(const QString &path)
{
    FolderSize size;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        struct stat st;
        if (::lstat(QFile::encodeName(it.next()).constData(), &st) != 0)
            continue;
        size.files += 1;
        size.bytes += st.st_size;
        size.allocated += qint64(st.st_blocks) * 512;
    }
    return size;
}
