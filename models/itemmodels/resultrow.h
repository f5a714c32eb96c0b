#pragma once

#include "search/searchresult.h"

#include <QList>
#include <QMetaType>

namespace proofdesk::itemmodels {

// One row of the results table: the search hit and whether it is under an active hold.
struct ResultRow
{
    search::SearchHit hit;
    bool held = false;
};

using ResultRows = QList<ResultRow>;

} // namespace proofdesk::itemmodels

Q_DECLARE_METATYPE(proofdesk::itemmodels::ResultRows)
