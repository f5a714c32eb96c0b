#pragma once

#include "cache/sqlite.h"

#include <QString>

namespace proofdesk::compliance {

// The communications a run of the checks looks at: the whole cache, or the rowids of a
// search (search-syntax.md) copied into a temporary table so that every check can join
// them as a set. The table lives as long as this object, on this connection.
class FindingScope
{
public:
    // Throws cache::SqliteError; a malformed query leaves error() set and matches nothing.
    FindingScope(cache::Database &db, const QString &query);
    ~FindingScope();
    FindingScope(const FindingScope &) = delete;
    FindingScope &operator=(const FindingScope &) = delete;

    bool isWholeCache() const { return m_whole; }
    const QString &error() const { return m_error; }
    qint64 count() const { return m_count; }
    // A condition on the communication aliased `alias`: "1" for the whole cache.
    QString condition(const QString &alias) const;

private:
    cache::Database &m_db;
    bool m_whole = true;
    bool m_created = false;
    qint64 m_count = 0;
    QString m_error;
};

} // namespace proofdesk::compliance
