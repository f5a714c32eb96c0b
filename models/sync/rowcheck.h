#pragma once

#include "cache/sqlite.h"

#include <QString>

namespace proofdesk::sync {

// Whether records.sqlite is attached to the cache's connection (as `rec`): without it (a bare
// cache in a tool) there are no holds, reissues or audit trail to ask.
bool recordsAttached(cache::Database &db);

// `condition` (the records rules' SQL, cache/holdsql.h, on `c`: "this row is kept") where
// records.sqlite is attached; without it, "1": what our holds keep cannot be known, so every
// row is kept and nothing leaves the cache.
QString keptCondition(cache::Database &db, const QString &condition);
// A check of one cached communication `c` (its rowid bound as ?1) against keptCondition(). A
// row comes back when the check holds.
cache::Statement prepareRowCheck(cache::Database &db, const QString &condition);

} // namespace proofdesk::sync
