#include "statementcache.h"

#include <cstring>

namespace proofdesk::cache {

StatementCache::~StatementCache()
{
    for (sqlite3_stmt *statement : m_idle)
        sqlite3_finalize(statement);
}

sqlite3_stmt *StatementCache::take(const char *sql)
{
    for (auto it = m_idle.rbegin(); it != m_idle.rend(); ++it) {
        if (std::strcmp(sqlite3_sql(*it), sql) == 0) {
            sqlite3_stmt *statement = *it;
            m_idle.erase(std::next(it).base());
            return statement;
        }
    }
    return nullptr;
}

void StatementCache::giveBack(sqlite3_stmt *statement)
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement); // a bound pointer (a row set) must not outlive its run
    m_idle.push_back(statement);
    if (m_idle.size() > kMaxIdle) {
        sqlite3_finalize(m_idle.front());
        m_idle.pop_front();
    }
}

} // namespace proofdesk::cache
