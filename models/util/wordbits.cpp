#include "wordbits.h"

// The popcnt clone is taken on x86-64 processors that have the instruction (all since 2008);
// other architectures and compilers build the one loop.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PROOFDESK_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define PROOFDESK_POPCNT_CLONES
#endif

namespace proofdesk::util::wordbits {

PROOFDESK_POPCNT_CLONES qint64 count(const quint64 *words, std::size_t n)
{
    qint64 bits = 0;
    for (std::size_t i = 0; i < n; ++i)
        bits += __builtin_popcountll(words[i]);
    return bits;
}

PROOFDESK_POPCNT_CLONES qint64 countBoth(const quint64 *a, const quint64 *b, std::size_t n)
{
    qint64 bits = 0;
    for (std::size_t i = 0; i < n; ++i)
        bits += __builtin_popcountll(a[i] & b[i]);
    return bits;
}

PROOFDESK_POPCNT_CLONES qint64 unite(quint64 *a, const quint64 *b, std::size_t n)
{
    qint64 added = 0;
    for (std::size_t i = 0; i < n; ++i) {
        added += __builtin_popcountll(b[i] & ~a[i]);
        a[i] |= b[i];
    }
    return added;
}

PROOFDESK_POPCNT_CLONES qint64 intersect(quint64 *a, const quint64 *b, std::size_t n)
{
    qint64 cleared = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const quint64 kept = b ? a[i] & b[i] : 0;
        cleared += __builtin_popcountll(a[i] & ~kept);
        a[i] = kept;
    }
    return cleared;
}

} // namespace proofdesk::util::wordbits
