#pragma once

#include <QtGlobal>

namespace proofdesk::util {

// One step of splitmix64: advances `state` and returns its next value, the same on every
// platform. The demo's generator seeds from it (demorandom.h); the stored rows' sample draws
// each stretch's row from it (rowbitssample.cpp).
inline quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// splitmix64's increment: the stream seeded at 0 reaches its n-th value from n times this.
inline constexpr quint64 kSplitMix64Step = 0x9e3779b97f4a7c15ULL;

} // namespace proofdesk::util
