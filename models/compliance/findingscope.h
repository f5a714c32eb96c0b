#pragma once

#include "cache/rowidset.h"
#include "cache/sqlite.h"
#include "scopefunction.h"

#include <QString>
#include <memory>

namespace proofdesk::compliance {

// The communications a run of the checks (or a dashboard) looks at: the whole cache, or the
// rows of a search (search-syntax.md). A search's rows are held two ways:
// - as a set behind an SQL function, so that a statement walking an index of the whole
//   cache keeps only the search's rows for a few nanoseconds an entry (condition());
// - for a search of at most `driveLimit` rows, also as a temporary table in rowid order,
//   so that a statement can start from those rows instead (drives(), from()): a small
//   search then costs milliseconds however large the cache is.
// Reading a communication by rowid costs about as much as walking a few hundred index
// entries, so where the line lies depends on how much of the cache's indexes the caller
// would walk otherwise: FindingsEngine::kDriveLimit, DashboardQueries::scopeDriveLimit(). Both
// plans give the same answers (the tests run both). Both live as long as this object, on
// this connection.
class FindingScope
{
public:
    // Throws cache::SqliteError; a malformed query leaves error() set and matches nothing.
    FindingScope(cache::Database &db, const QString &query, qint64 driveLimit);
    // The communications of these rowids (never the whole cache, even when empty).
    FindingScope(cache::Database &db, const QList<qint64> &rowIds, qint64 driveLimit);
    ~FindingScope();
    FindingScope(const FindingScope &) = delete;
    FindingScope &operator=(const FindingScope &) = delete;

    bool isWholeCache() const { return m_whole; }
    const QString &error() const { return m_error; }
    qint64 count() const { return m_count; }
    // True when statements should be driven from the scope's rows (from()).
    bool drives() const { return !m_table.isEmpty(); }

    // A condition on the communication aliased `alias`: "1" for the whole cache, "0" for a
    // malformed query, else the set's function. Cheap enough for any number of rows, and
    // it never steers the planner away from the statement's own indexes.
    QString condition(const QString &alias) const;
    // A FROM clause of communications as `alias`: driven by the scope's rowids when
    // drives(), else all of communications. Always use it with condition().
    QString from(const QString &alias) const;
    // The scope's rowid table ("temp.…", one column `rowid`) when drives(), else empty.
    const QString &rowTable() const { return m_table; }

private:
    void holdRows(QList<qint64> rowIds, qint64 driveLimit);
    void fillTable();
    void dropTable() noexcept;

    cache::Database &m_db;
    bool m_whole = true;
    qint64 m_count = 0;
    QString m_error;
    cache::RowIdSet m_rows;
    std::unique_ptr<ScopeFunction> m_function;
    QString m_table; // temp.<name> when drives()
};

} // namespace proofdesk::compliance
