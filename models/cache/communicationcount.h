#pragma once

#include <QtGlobal>

namespace proofdesk::cache {

class Database;

// How many communications the cache holds, as every part asks it (the window's total of a
// blank search and its status line, `stats`, a finding over everything, a scope's share):
// the month aggregate's sum, a few hundred rows kept by triggers in each write's own
// transaction (migration 10), or count(*) while a bulk load has the aggregate deferred
// (BulkLoad). count(*) reads an index entry a communication: 513 pages at 100,000, and the
// window's first search at 10M waited 9.6 s for it with the pages on disk
// (docs/search-plans.md F29, F30).
qint64 countCommunications(const Database &db);

// The statement countCommunications runs now, for explain logs.
const char *countCommunicationsSql(const Database &db);

} // namespace proofdesk::cache
