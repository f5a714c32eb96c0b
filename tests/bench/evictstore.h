#pragma once
// The content store of a data folder as proofdesk-bench-evicted reports it: the files in
// DATA/objects (what is on disk, whatever the table says), and evicting every object.

#include <QString>

namespace proofdesk::cache {
class Database;
} // namespace proofdesk::cache

namespace proofdesk::datafolder {
class DataFolder;
} // namespace proofdesk::datafolder

namespace evictbench {

struct ObjectFiles
{
    qint64 files = 0;
    qint64 bytes = 0;
    QString text() const; // "40 files, 2.41 MB"
};
ObjectFiles objectFiles(const QString &dataDir);

// Evicts every stored document the way the bounded cache does, as "Free space now" does it
// (services::DocumentSettings::freeSpaceNow: DocumentCache::reconcile, then evict) with a
// limit of 0, on the writer; prints the objects on disk and in table doc_objects before
// and after.
void evictEverything(proofdesk::cache::Database &writer, proofdesk::datafolder::DataFolder &folder);

} // namespace evictbench
