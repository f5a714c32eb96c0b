#pragma once

#include <sqlite3.h>

namespace proofdesk::cache {

// SQL date arithmetic that agrees with QDateTime, registered on every connection:
//   add_years_utc(ms, years)  ms since the epoch plus whole years, UTC, as
//                             QDateTime::addYears does it (29 February onto 28 February
//                             in a common year; SQLite's '+N years' would give 1 March)
// NULL in, NULL out. The retention rules (search/findingconditions.h) use it.
void registerDateFunctions(sqlite3 *db);

} // namespace proofdesk::cache
