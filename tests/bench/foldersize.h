#pragma once

#include <QString>

// What a folder takes on disk, for the benchmark's "data folder next to the drop" figure:
// the bytes of its files and the blocks the file system gave them (small files take a block
// each, so a million renditions of 3 KB take more than 3 GB).
struct FolderSize
{
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 allocated = 0;

    static FolderSize of(const QString &path);
};
