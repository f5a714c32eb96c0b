#pragma once

#include "cache/sqlite.h"

#include <sqlite3.h>

namespace proofdesk::search {

// One read transaction (a WAL snapshot, fixed by its first read) for as long as this lives,
// unless the connection is already in one, which it then leaves alone.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(cache::Database &db)
        : m_db(db)
        , m_own(sqlite3_get_autocommit(db.handle()) != 0)
    {
        if (m_own)
            m_db.exec("BEGIN");
    }
    ~ReadSnapshot()
    {
        if (!m_own)
            return;
        try {
            m_db.exec("ROLLBACK"); // nothing was written: ending the snapshot is all it does
        } catch (const cache::SqliteError &) {
            // An interrupt may already have ended the transaction.
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    cache::Database &m_db;
    bool m_own;
};

} // namespace proofdesk::search
