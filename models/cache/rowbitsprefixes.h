#pragma once

#include "rowbits.h"

#include <string>
#include <vector>

namespace proofdesk::cache {

// The prefixes' stored rows (RowBits::prefixKey, issue #43): the rows holding a token that begins
// with one to three given characters, kept for the starts of which a sampled row holds at least
// options.prefixTermsPerRow terms other than the stored words, on average. A prefix query of common words otherwise
// reads every other term it begins from FTS5, one statement a term: 2,498 terms and 1.9 million
// postings for `ba*` at a million communications (120 ms), ten times the postings at ten million.
//
// Brought up to `maxRowid` (after the words, `words` being the words kept) by reading the rows past
// the lowest prefix cover and tokenizing them once for every prefix: ASCII text by its runs of
// letters and digits, other text with FTS5's own tokenizer, as FTS5 matches `start*` on its terms'
// first bytes. Returns how many prefixes are kept.
std::size_t refreshPrefixes(Database &db, RowBits &bits, const std::vector<std::string> &words, qint64 maxRowid,
                            const RowBitsOptions &options);

} // namespace proofdesk::cache
