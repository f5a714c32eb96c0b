#pragma once

#include "rowbits.h"
#include "rowtextmatch.h"

#include <string>
#include <vector>

namespace proofdesk::cache {

// The starts whose rows are kept whole (RowBits::prefixKey, issue #43): the rows holding a token
// that begins with one to three given characters, kept for the starts of which a sampled row
// holds at least options.prefixTermsPerRow terms other than the stored words, on average. A
// prefix query of common words otherwise reads every other term it begins from FTS5, one
// statement a term: 2,498 terms and 1.9 million postings for `ba*` at a million communications
// (120 ms), ten times the postings at ten million.
//
// Returns the starts kept, and with `sampleAgain` (or none kept) those a fresh sample finds
// besides, up to options.maxPrefixes; `words` are the single words kept. Their rows are built
// by refreshFromText (rowbitstextpass.h).
std::vector<std::string> prefixesToKeep(Database &db, RowTextMatch &match, const std::vector<std::string> &words,
                                        qint64 maxRowid, const RowBitsOptions &options, bool sampleAgain);

} // namespace proofdesk::cache
