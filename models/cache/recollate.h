#pragma once

#include "sqlite.h"

namespace proofdesk::cache {

// Declares every column and index of the file's main schema that compared with SQLite's
// NOCASE (ASCII letters only) to compare with the project's folding instead (COLLATE fold,
// rulefunctions.h), and rebuilds the indexes those comparisons order. Runs inside the
// caller's transaction (a migration's), so that a crash leaves the old schema and indexes
// or the new ones, never the new schema over old indexes.
//
// SQLite cannot change a column's collation with ALTER TABLE; rebuilding the tables would
// copy every row (minutes at ten million). The schema's text is edited instead, as SQLite's
// documentation allows for changes that leave the tables' rows as they are ("Making Other
// Kinds Of Table Schema Changes"), and only the indexes are rebuilt. A cache whose ids
// collide once folded (two communications told apart only by the case of a non-ASCII
// letter) keeps the first and loses the others, which the next sync brings back as the
// repository has them; a records file with such a collision is not changed (throws).
void recollateNoCaseToFold(Database &db, bool rebuildableCache);

} // namespace proofdesk::cache
