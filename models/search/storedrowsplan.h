#pragma once

#include "plannerreads.h"
#include "preparedquery.h"

#include <memory>
#include <optional>
#include <vector>

namespace proofdesk::search {

// What the planner reads from the stored rows (cache/rowbits.h), apart from the text
// (StoredText): the few rows a key or a narrow range selects looked up in its words' stored
// chunks; text counted within the stored months and values; a stored column's range. Each is
// asked only while the stored rows may be read (SearchPlanner::setStoredRows), and each read is
// checked (StoredRowsDamaged).
class StoredRowsPlan
{
public:
    explicit StoredRowsPlan(PlannerReads &reads);

    // A key or a narrow range whose text is only stored words (or pairs), each maybe negated: the
    // rows the rest selects (at most `probeRows`) looked up in them; the matches, counted and
    // collected into `prepared`. False, and nothing changed, for any other query.
    bool matchWords(PreparedQuery &prepared, qint64 probeRows);
    // Text (collected in prepared.textRows) within issue dates and stored values, counted in
    // their stored rows; nothing when a condition has none, or the range no whole month.
    std::optional<qint64> countIn(const PreparedQuery &prepared);
    // A stored column's field alone: its rows from its value's stored rows; null otherwise.
    std::shared_ptr<cache::RowIdSet> range(const QueryNode &node, qint64 maxRowid);
    // A text alone's rows, for a page of `window` rows newest first (oldest first when
    // `ascending`): those issued in the months that hold the page, read from the stored months
    // newest first until they do, with every row past the months' cover (its month not
    // stored). The rows past the page are then never looked up (F36). Null when the months are
    // not stored, or when reading them would cost more lookups than it spares
    // (`lookupsPerMonthChunk`, PlanCosts).
    std::shared_ptr<cache::RowIdSet> windowMonths(const cache::RowIdSet &rows, qint64 window, bool ascending,
                                                  qint64 lookupsPerMonthChunk);

private:
    std::optional<std::vector<qint64>> selectedRows(const QueryNode &node, qint64 cap);
    qint64 rowsPastCover(const PreparedQuery &prepared, qint64 upto);

    PlannerReads &m_reads;
};

} // namespace proofdesk::search
