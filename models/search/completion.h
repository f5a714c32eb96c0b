#pragma once

#include "cache/sqlite.h"

#include <QString>
#include <QStringList>

namespace proofdesk::search {

// Values the cache holds for a search field, for completion in the search box: the
// distinct types, channels, template ids, units, block ids, hold ids (and "any"),
// repository names… that start with `prefix` (case-insensitive), in order, at most
// `limit` of them. Empty for `issued` and for unknown fields. Reads indexes by skipping
// from one distinct value to the next, so it costs about `limit` lookups, not a scan.
QStringList knownValues(cache::Database &db, const QString &field, const QString &prefix = QString(), int limit = 50);

} // namespace proofdesk::search
