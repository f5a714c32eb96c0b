#pragma once

#include "cache/sqlite.h"
#include "search/searchengine.h"

#include <QTest>

// Every page of `query` under `costs` against sorting every match, at each offset.
inline void comparePagesWithSorting(proofdesk::cache::Database &db, const QString &query,
                                    const proofdesk::search::SearchPlanner::Costs &costs)
{
    proofdesk::search::SearchEngine engine(db);
    engine.setPlannerCosts(costs);
    proofdesk::search::SearchEngine sorting(db);
    sorting.setPlanChoice(proofdesk::search::SearchPlanner::Choice::Sort);
    const proofdesk::search::SearchResult all = sorting.run(query, 100, 0);
    QVERIFY(all.total > 1);
    for (int offset = 0; offset < all.total; ++offset) {
        const proofdesk::search::SearchResult one = engine.run(query, 1, offset);
        QCOMPARE(one.total, all.total);
        QCOMPARE(one.hits.size(), 1);
        QCOMPARE(one.hits.first().id, all.hits.at(offset).id);
    }
}
