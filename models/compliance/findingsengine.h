#pragma once

#include "cache/sqlite.h"
#include "finding.h"

#include <functional>
#include <memory>

namespace proofdesk::compliance {
class FindingScope;
}

namespace proofdesk::compliance {

// Runs the checks over the whole cache or a search, on one reader (or writer) connection
// with records.sqlite attached as `rec`, in one read transaction so that the checks see one
// state of the cache. Synchronous: the desktop runs it on a worker thread.
class FindingsEngine
{
public:
    // Searches of at most this many communications are checked from their rows (about 30 us
    // each for all six checks at a million, bench_compliance), larger ones by the checks'
    // own index ranges over the cache with the search filtering (about as long as the whole
    // cache, ~2.5 s): the two meet near 100,000.
    static constexpr qint64 kDriveLimit = 50000;

    explicit FindingsEngine(cache::Database &db);

    // A malformed query or a database failure is reported in FindingsReport::error.
    FindingsReport run(const QString &query, const FindingOptions &options = {});
    // The same over the communications of these rowids (a production's letters: one run for
    // all of them, not one a letter).
    FindingsReport runOnRows(const QList<qint64> &rowIds, const FindingOptions &options = {});

private:
    FindingsReport runScoped(const QString &query, const FindingOptions &options,
                             const std::function<std::unique_ptr<FindingScope>()> &makeScope);
    void attachReviews(QList<Finding> &findings) const;
    void attachExceptionCases(QList<Finding> &findings) const;
    cache::Database &m_db;
};

} // namespace proofdesk::compliance
