#pragma once

#include "cache/sqlite.h"

#include <QString>
#include <functional>
#include <sqlite3.h>

// Another desk's move at the worst moment, made rather than waited for: `move` runs (on
// another connection to the same data folder) when `db` next starts a write transaction,
// after whatever the action read before it and before it holds the write lock. An action
// that decides on what it read before its transaction then decides on what is no longer so;
// one that reads inside its transaction sees the move. Once: later transactions run as they
// would. What `move` throws is kept (a C callback must not throw), for the test to check.
class BeforeNextWrite
{
public:
    BeforeNextWrite(proofdesk::cache::Database &db, std::function<void()> move)
        : m_db(db.handle())
        , m_move(std::move(move))
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &BeforeNextWrite::onStatement, this);
    }
    ~BeforeNextWrite() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    BeforeNextWrite(const BeforeNextWrite &) = delete;
    BeforeNextWrite &operator=(const BeforeNextWrite &) = delete;

    bool ran() const { return m_ran; }
    const QString &error() const { return m_error; }

private:
    // SQLITE_TRACE_STMT comes as a statement starts, before its first opcode takes a lock.
    static int onStatement(unsigned, void *context, void *, void *sql)
    {
        auto *self = static_cast<BeforeNextWrite *>(context);
        // BEGIN IMMEDIATE, or the BEGIN of a transaction that locks one file by its next
        // statement (cache/filetransaction.h).
        const char *text = static_cast<const char *>(sql);
        if (self->m_ran || (qstrcmp(text, "BEGIN IMMEDIATE") != 0 && qstrcmp(text, "BEGIN") != 0))
            return 0;
        self->m_ran = true;
        try {
            self->m_move();
        } catch (const std::exception &e) {
            self->m_error = QString::fromUtf8(e.what());
        }
        return 0;
    }

    sqlite3 *m_db;
    std::function<void()> m_move;
    bool m_ran = false;
    QString m_error;
};
