#include "evictstore.h"

#include "cache/documentcache.h"
#include "datafolder/datafolder.h"

#include <QDirIterator>
#include <QFileInfo>
#include <cstdio>

using namespace proofdesk;

namespace evictbench {

QString ObjectFiles::text() const { return QStringLiteral("%1 files, %2 MB").arg(files).arg(bytes / 1e6, 0, 'f', 2); }

ObjectFiles objectFiles(const QString &dataDir)
{
    ObjectFiles o;
    QDirIterator it(dataDir + QStringLiteral("/objects"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++o.files;
        o.bytes += it.fileInfo().size();
    }
    return o;
}

void evictEverything(cache::Database &writer, datafolder::DataFolder &folder)
{
    cache::DocumentCache documents(writer, folder.contentStore());
    const ObjectFiles before = objectFiles(folder.path());
    const qint64 rowsBefore = cache::DocumentCache::usage(writer, folder.path()).objects;
    documents.reconcile();
    const qint64 rowsReconciled = cache::DocumentCache::usage(writer, folder.path()).objects;
    const cache::DocumentCache::Eviction e = documents.evict(0);
    const ObjectFiles after = objectFiles(folder.path());
    const qint64 rowsAfter = cache::DocumentCache::usage(writer, folder.path()).objects;
    printf("  objects/ before eviction: %s; doc_objects rows %lld (%lld after reconcile)\n", qPrintable(before.text()),
           rowsBefore, rowsReconciled);
    printf("  evict(0): %lld objects, %.2f MB evicted%s; objects/ after: %s; doc_objects rows %lld\n", e.objects,
           e.bytes / 1e6, e.keptOverLimit ? " (some kept: held or pinned)" : "", qPrintable(after.text()), rowsAfter);
}

} // namespace evictbench
