#pragma once

#include <cstddef>
#include <deque>
#include <sqlite3.h>

namespace proofdesk::cache {

// A connection's compiled statements kept for reuse (Database::prepareCached): compiling one
// costs ~15-30 us, about half of a search by a key, which runs the same few statements each
// time (only the bound values differ). The most recently used kMaxIdle are kept, each reset
// with its bindings cleared; finalized when evicted or with the cache (before the connection
// closes). One thread at a time, as its connection.
class StatementCache
{
public:
    static constexpr std::size_t kMaxIdle = 48;

    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // An idle statement compiled from exactly `sql`, now the caller's; null when none.
    sqlite3_stmt *take(const char *sql);
    // A statement back from its use: reset, its bindings cleared, kept or finalized.
    void giveBack(sqlite3_stmt *statement);

private:
    std::deque<sqlite3_stmt *> m_idle; // oldest first
};

} // namespace proofdesk::cache
