#pragma once

// What the narrow sort's tests share (tst_narrowsort, tst_windowmonths): planner costs that make
// a sorted page read the narrow (rowid, issued_at) index at any number of matches or never,
// whether a page's plan says something, and every page of a query against sorting every match.

#include "search/searchengine.h"

#include <QTest>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

namespace sortedpages {

using proofdesk::search::SearchEngine;
using proofdesk::search::SearchOrder;
using proofdesk::search::SearchPlanner;
using proofdesk::search::SearchResult;

// A text leads a date range it is smaller than (here only a few times smaller), and its sorted
// pages read the narrow index at any number of matches.
inline SearchPlanner::Costs narrowAtAnyNumber()
{
    SearchPlanner::Costs costs;
    costs.lookup = 1;
    costs.narrowSortRatio = 0;
    return costs;
}

inline SearchPlanner::Costs neverNarrow()
{
    SearchPlanner::Costs costs = narrowAtAnyNumber();
    costs.narrowSortRatio = std::numeric_limits<qint64>::max() / 1000000;
    return costs;
}

inline bool pagePlanSays(SearchEngine &engine, const QString &query, int limit, int offset, SearchOrder order,
                         QLatin1String what)
{
    return engine.explainPage(query, limit, offset, order).join(QLatin1Char('\n')).contains(what);
}

// Pages (limit, offset) of `query` in `order` from `engine`, each the same rows in the same order
// as `sorting` (Choice::Sort, every match sorted) finds there, the total the same: the first
// rows, a page inside, pages past the page's last date, the last rows and past the end.
// `eachPage(limit, offset)` checks a page's plan.
inline void comparePagesWithSorting(SearchEngine &engine, SearchEngine &sorting, const QString &query,
                                    SearchOrder order, const std::function<void(int, int)> &eachPage)
{
    const SearchResult all = sorting.run(query, 100000, 0, order);
    QVERIFY(all.total > 0);
    QCOMPARE(all.hits.size(), all.total);
    const int total = int(all.total);
    const std::vector<std::pair<int, int>> pages{{1, 0},      {2, 0},
                                                 {3, 1},      {10, 0},
                                                 {7, 13},     {30, 30},
                                                 {44, 44},    {100, 0},
                                                 {50, 150},   {10, qMax(0, total - 5)},
                                                 {10, total}, {10, total + 1000}};
    for (const auto &[limit, offset] : pages) {
        eachPage(limit, offset);
        const SearchResult page = engine.run(query, limit, offset, order);
        QVERIFY2(!page.error, qPrintable(query));
        QCOMPARE(page.total, all.total);
        QCOMPARE(page.hits.size(), qBound(0, total - offset, limit));
        for (int i = 0; i < page.hits.size(); ++i)
            QCOMPARE(page.hits.at(i).id, all.hits.at(offset + i).id);
    }
}

} // namespace sortedpages
