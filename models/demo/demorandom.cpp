#include "demorandom.h"

#include "util/splitmix64.h"

namespace proofdesk::demo {

using util::splitMix64;

static inline quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

DemoRandom::DemoRandom(quint64 seed)
{
    // splitmix64 spreads even a seed of 0 or 1 into a well-mixed, never all-zero state.
    quint64 s = seed;
    for (quint64 &word : m_state)
        word = splitMix64(s);
}

DemoRandom DemoRandom::derived(quint64 seed, Stream stream, quint64 index)
{
    quint64 mix = seed;
    quint64 a = splitMix64(mix) ^ (quint64(stream) * 0xd1b54a32d192ed03ULL);
    quint64 b = splitMix64(a) ^ (index * 0x8cb92ba72f3d8dd7ULL);
    return DemoRandom(splitMix64(b));
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

int DemoRandom::below(int bound)
{
    if (bound <= 1)
        return 0;
    return int(range64(0, bound - 1));
}

int DemoRandom::range(int low, int high) { return int(range64(low, high)); }

qint64 DemoRandom::range64(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    // Reject the top partial bucket so every value is equally likely.
    const quint64 limit = span ? (~quint64(0) - (~quint64(0) % span)) : ~quint64(0);
    quint64 value = next();
    while (span && value >= limit)
        value = next();
    return low + qint64(span ? value % span : value);
}

bool DemoRandom::chance(int perMille) { return below(1000) < perMille; }

int DemoRandom::weighted(const int *weights, int count)
{
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    int roll = below(total);
    for (int i = 0; i < count; ++i) {
        if (roll < weights[i])
            return i;
        roll -= weights[i];
    }
    return count - 1;
}

} // namespace proofdesk::demo
