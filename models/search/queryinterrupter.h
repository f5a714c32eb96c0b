#pragma once

#include "cache/sqlite.h"

#include <functional>

namespace proofdesk::search {

// While it lives, SQLite asks `shouldStop` every few thousand virtual-machine steps of any
// statement on `db`; once it answers true the statement fails with SQLITE_INTERRUPT
// (cache::SqliteError::isInterrupt()). This stops a long search for real when a newer one
// supersedes it, without the races of calling sqlite3_interrupt() from another thread.
// `shouldStop` runs on the connection's thread and must be cheap (e.g. an atomic load).
class QueryInterrupter
{
public:
    QueryInterrupter(cache::Database &db, std::function<bool()> shouldStop);
    ~QueryInterrupter();
    QueryInterrupter(const QueryInterrupter &) = delete;
    QueryInterrupter &operator=(const QueryInterrupter &) = delete;

    // Virtual-machine instructions between two checks.
    static constexpr int kCheckInterval = 1000;

private:
    static int onProgress(void *self);

    cache::Database &m_db;
    std::function<bool()> m_shouldStop;
};

} // namespace proofdesk::search
