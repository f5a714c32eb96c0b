#pragma once

#include "sqlite.h"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

// What refreshRowBits's choices share (rowbitsrefresh.cpp, rowbitsprefixes.cpp): a sample of
// the rows read evenly across the rowids, and the keys counted in enough of them.
namespace proofdesk::cache::rowbitssample {

// Calls `row` with up to `count` rows of comm_text (columns body, names, ids) read across rowids
// 1..maxRowid, one from each of `count` equal stretches at a place within it drawn from the
// stretch's number (the same rows each time, never a fixed stride that rows made in a cycle could
// line up with); returns how many it read.
int forEachRow(Database &db, qint64 maxRowid, int count, const std::function<void(const Statement &row)> &row);

// The `limit` keys counted in at least `share` of `sampled` rows, the most common first.
std::vector<std::string> mostCommon(const std::unordered_map<std::string, int> &rowsWith, int sampled, double share,
                                    int limit);

} // namespace proofdesk::cache::rowbitssample
