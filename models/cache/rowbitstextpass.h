#pragma once

#include "rowbits.h"
#include "rowtextmatch.h"

#include <string>
#include <vector>

namespace proofdesk::cache {

// Brings the stored rows of kept phrases and starts up to `maxRowid` (issue #43) by reading the
// rows past the lowest of their covers once and tokenizing each row once for all of them:
// - `phrases` are two or three tokens joined by single spaces ("statement balance fee"), stored
//   under their word key (RowBits::pairKey, RowBits::tripleKey): the rows holding them at
//   consecutive positions of one column, as FTS5 matches "a b c";
// - `starts` are one to three characters (RowBits::prefixKey): the rows holding a token that
//   begins with them, as FTS5 matches "start" *.
// One FTS5 phrase query a pair reads every position of both words: 1.6-7.5 s at ten million rows
// each, where this pass reads each row once for all of them.
void refreshFromText(Database &db, RowBits &bits, RowTextMatch &match, const std::vector<std::string> &phrases,
                     const std::vector<std::string> &starts, qint64 maxRowid);

} // namespace proofdesk::cache
