#pragma once

#include "cache/sqlite.h"
#include "querynode.h"

#include <QString>
#include <QVariant>
#include <optional>

namespace proofdesk::search {

// Exact counts from the month aggregate (cache migration 10, agg_comm_month) for queries over
// type:, channel:, status: and unit: alone, with issue dates in whole months or none: "type:x
// -channel:y" or "unit:x status:y issued:2025" sum a few hundred aggregate rows where a count
// over the communications reads an index entry per match (issue #30: 150 ms at 3M). So does
// no condition at all, every communication (a blank query, the complement of a negation).
//
// The aggregate's columns carry the communications' names and collations (its issued_at is the
// month's first day), so SqlCompiler's condition for the query means the same over it: a row of
// the aggregate stands for n communications that all match or all fail the query exactly when
// every date bound is a month boundary. It is not asked while a bulk load has dropped its
// triggers (BulkLoad), nor with dates when a month could not be computed (past the year 9999).
class FacetCount
{
public:
    // Whether the aggregate answers `root` exactly (its shape alone; count() also checks the
    // aggregate is current).
    static bool answers(const QueryNode &root);

    // The SQL that counts `root` from the aggregate, with its values; for explain logs and
    // tests. Only for a query answers() accepts.
    static QString countSql(const QueryNode &root, QList<QVariant> *parameters);

    // The number of matches, or nullopt when the aggregate cannot say it (then count another way).
    static std::optional<qint64> count(cache::Database &db, const QueryNode &root);
};

} // namespace proofdesk::search
