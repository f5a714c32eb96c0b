#pragma once

#include "sqlite.h"

#include <QString>

namespace proofdesk::cache {

// The size the content store may grow to (setting `documents.limit`, DESIGN.md "The
// cache"), kept in the cache's meta table. Unset, it is a share of the disk that holds the
// data folder, so that a laptop's archive never fills its disk with copies of documents that
// can be read again from their repositories.
struct DocumentLimit
{
    qint64 bytes = 0;
    bool isDefault = true; // nobody set it: defaultFor(dataDir)

    static constexpr const char *kKey = "documents.limit";
    // 10 % of the size of the file system holding dataDir, at most 20 GB and at least 1 GB
    // (a folder whose disk cannot be measured gets 1 GB).
    static qint64 defaultFor(const QString &dataDir);
    // The limit in force; any connection (a reader too).
    static DocumentLimit read(Database &db, const QString &dataDir);
    // Sets it (bytes >= 0); in the caller's transaction if it has one.
    static void write(Database &writer, qint64 bytes);
};

// The limit in force and what the content store holds (table doc_objects, as last
// reconciled): `stats` and the desktop's settings. Kept apart from DocumentCache so that
// proofdesk-cli's lean start reads it without linking the store's hashing.
struct DocumentUsage
{
    DocumentLimit limit;
    qint64 bytes = 0;
    qint64 objects = 0;

    // Any connection (a reader too).
    static DocumentUsage read(Database &db, const QString &dataDir);
};

} // namespace proofdesk::cache
