#pragma once

#include "cache/sqlite.h"

#include <QString>

namespace proofdesk::sync {

// Whether records.sqlite is attached to the cache's connection (as `rec`): without it (a bare
// cache in a tool) there are no holds, reissues or audit trail to ask.
bool recordsAttached(cache::Database &db);

// A check of one cached communication `c` (its rowid bound as ?1) against `condition`, the
// records rules' SQL (cache/holdsql.h), where records.sqlite is attached; without it, at
// least the repository's own holds on the object. A row comes back when the check holds.
cache::Statement prepareRowCheck(cache::Database &db, const QString &condition);

} // namespace proofdesk::sync
