#pragma once

#include "cache/sqlite.h"
#include "querynode.h"
#include "searchorder.h"
#include "sqlcompiler.h"

#include <functional>

namespace proofdesk::search {

// A page in the order of a low-cardinality column (type, channel, delivery status) when the
// query also names an issue-date range: one index seek per value of the column instead of
// one walk of the order's whole index.
//
// Walking (channel, issued_at DESC, id) for `issued:2025-03` meets every newer row of the
// first channel before the first match: the dates are correlated with the walk's position,
// which the planner's "matches spread evenly" cannot see. Seeking each value's date range
// visits only rows of the range, in the same order: the values in the order's direction
// (as the column compares, NOCASE), each value's rows newest first, ties by id in byte order.
class ValueWalk
{
public:
    // Whether `order` and `root` are a case for it: a type, channel or status order, and an
    // issue-date range that every match must satisfy.
    static bool applies(const QueryNode &root, const SearchOrder &order);

    explicit ValueWalk(cache::Database &db)
        : m_db(db)
    {}

    // The rows `offset` .. `offset + limit` of `compiled` (compiled with seekDates, so that
    // the dates may use the order's index) in `order`; `columns` over `communications c`,
    // each row handed to `row`.
    void page(const char *columns, const CompiledQuery &compiled, const SearchOrder &order, int limit, int offset,
              const std::function<void(const cache::Statement &)> &row);

    // The statement run for each value: `compiled`'s parameters, then the value and the limit.
    static QString valueSql(const char *columns, const CompiledQuery &compiled, const SearchOrder &order);

private:
    cache::Database &m_db;
};

} // namespace proofdesk::search
