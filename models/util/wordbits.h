#pragma once

#include <QtGlobal>
#include <cstddef>

// Counting the set bits of runs of 64-bit words: the stored rows' 8 KB chunks and RowIdSet's.
//
// Debian builds for the x86-64 baseline, which has no popcnt instruction, so qPopulationCount
// is a call into libgcc for each word (__popcountdi2): 17% of a search process at ten million
// rows that counts a common word within a year (F34 in docs/search-plans.md). These loops are
// built twice on x86-64, with popcnt and without, and the processor's own is picked when the
// program loads (GCC's and Clang's target_clones); a whole chunk a call keeps the pick's cost
// off each word.
namespace proofdesk::util::wordbits {

// The bits set in words[0, n).
qint64 count(const quint64 *words, std::size_t n);

// The bits set in both a[i] and b[i].
qint64 countBoth(const quint64 *a, const quint64 *b, std::size_t n);

// a[i] |= b[i]; returns how many bits that set in a.
qint64 unite(quint64 *a, const quint64 *b, std::size_t n);

// a[i] &= b[i], or a emptied when b is null; returns how many bits that cleared in a.
qint64 intersect(quint64 *a, const quint64 *b, std::size_t n);

} // namespace proofdesk::util::wordbits
