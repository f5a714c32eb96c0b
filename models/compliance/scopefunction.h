#pragma once

#include "cache/rowidset.h"
#include "cache/sqlite.h"

#include <QByteArray>

namespace proofdesk::compliance {

// An SQL function `name(rowid)` on one connection, true for the rowids of a cache::RowIdSet, for
// as long as this object lives. The name is unique per instance, so scopes can nest.
// Statements that call it must be finished before it is destroyed.
class ScopeFunction
{
public:
    // Throws cache::SqliteError if SQLite refuses the function.
    ScopeFunction(cache::Database &db, const cache::RowIdSet &rows);
    ~ScopeFunction();
    ScopeFunction(const ScopeFunction &) = delete;
    ScopeFunction &operator=(const ScopeFunction &) = delete;

    // "name(alias.rowid)"
    QString call(const QString &alias) const;

private:
    cache::Database &m_db;
    QByteArray m_name;
};

} // namespace proofdesk::compliance
