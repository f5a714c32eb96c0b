#pragma once

#include "sqlite.h"

#include <QString>
#include <QStringList>
#include <optional>

// A cache started again because the one before it was damaged (CacheFile::prepare moves that
// one aside): noted in the new cache, so that every read can say why it holds little or
// nothing until the repositories it was started with are synced into it (issue #44 item 5:
// searches answered "0 of 0 communications" with no word until a sync).
namespace proofdesk::cache::RebuiltCache {

// In the new cache, by the writer that made it.
void remember(Database &writer, const QString &movedAsidePath);

struct Unfilled
{
    qint64 rebuiltAt = 0; // ms since the epoch, UTC
    QString movedAsidePath;
    QStringList repositories; // carried into it and not synced since (none carried: empty)
    qint64 communications = 0;
};
// What a read should tell, while the cache was started again and a repository it was started
// with has not been synced since (or none was carried); nothing otherwise. A few rows read.
std::optional<Unfilled> unfilled(const Database &db);

} // namespace proofdesk::cache::RebuiltCache
