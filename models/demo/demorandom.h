#pragma once

#include <QtGlobal>
#include <iterator>

namespace proofdesk::demo {

// Named, independent random streams. Each record draws from a stream derived from
// (seed, stream, index) rather than from one shared sequence, so a change in how one
// kind of record is generated does not shift every record after it.
enum class Stream : quint64 {
    Catalogue = 1,
    Customer,
    Slot,
    Content,
    Delivery,
    Anomaly,
};

// xoshiro256** seeded through splitmix64: tiny, fast, and the same on every platform and
// standard library (std:: distributions are not, which would break "same seed, same bytes").
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);
    static DemoRandom derived(quint64 seed, Stream stream, quint64 index);

    quint64 next();
    // Uniform integer in [0, bound); bound must be > 0. Rejection sampling, no modulo bias.
    int below(int bound);
    // Uniform integer in [low, high], both included.
    int range(int low, int high);
    qint64 range64(qint64 low, qint64 high);
    // True with probability perMille / 1000.
    bool chance(int perMille);
    // Index chosen with the given integer weights (all >= 0, sum > 0).
    int weighted(const int *weights, int count);

    template <typename List> const auto &pick(const List &list) { return list[below(int(std::size(list)))]; }

private:
    quint64 m_state[4];
};

} // namespace proofdesk::demo
