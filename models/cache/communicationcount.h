#pragma once

#include <QtGlobal>

namespace proofdesk::cache {

class Database;

// How many communications the cache holds, as every part asks it (the window's total of a
// blank search and its status line, `stats`, a finding over everything, a scope's share):
// the month aggregate's sum (kept by triggers in each write's own transaction, migration 10),
// or count(*) while a bulk load has the aggregate deferred (BulkLoad). At 1M the aggregate is
// 234 pages, where count(*) reads an index entry a communication, 5,281 pages: 309 ms with
// the pages on disk against 15 (docs/search-plans.md F30); the window's first search at 10M
// had waited 9.6 s for it (F29).
qint64 countCommunications(const Database &db);

// The statement countCommunications runs now, for explain logs.
const char *countCommunicationsSql(const Database &db);

} // namespace proofdesk::cache
