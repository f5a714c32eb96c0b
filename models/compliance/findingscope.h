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
    // A condition on the communication aliased `alias`: "1" for the whole cache. It only
    // filters (unary +): the checks reach their rows through their own indexes, and the
    // planner must not drive them from the scope's rowids instead (a search of 400,000
    // rows probed once per template version is minutes, not seconds).
    QString condition(const QString &alias) const;
    // A FROM clause of the scope's communications as `alias`, driven by the scope: for
    // queries that read every communication in it (counts, aggregates).
    QString from(const QString &alias) const;

private:
    cache::Database &m_db;
    bool m_whole = true;
    bool m_created = false;
    qint64 m_count = 0;
    QString m_error;
};

} // namespace proofdesk::compliance
