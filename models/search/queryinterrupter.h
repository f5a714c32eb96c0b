#pragma once

#include "cache/sqlite.h"

#include <functional>

namespace proofdesk::search {

// While it lives, SQLite asks `shouldStop` every few thousand virtual-machine steps of any
// statement on `db`; once it answers true the statement fails with SQLITE_INTERRUPT
// (cache::SqliteError::isInterrupt()). This stops a long search for real when a newer one
// supersedes it, without the races of calling sqlite3_interrupt() from another thread.
// `shouldStop` runs on the thread that uses the connection and must be cheap (e.g. an atomic
// load, a clock read).
//
// Interrupters on one connection nest: one made while another lives asks its own condition
// and then the other's (a search's time limit inside the service's "superseded"), and gives
// the connection back to it when it ends. They end in the reverse order they were made.
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
    bool stops() const;

    cache::Database &m_db;
    std::function<bool()> m_shouldStop;
    QueryInterrupter *m_outer = nullptr; // the one this connection had before, asked too
};

} // namespace proofdesk::search
