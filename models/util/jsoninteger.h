#pragma once

#include <QtGlobal>
#include <cmath>
#include <optional>

namespace proofdesk::util {

// A repository's JSON number as a qint64, truncated toward zero as a cast would, where it
// can be one: finite and within ±2^53 (the integers a double holds exactly; every id, count
// and millisecond time a server sends). nullopt otherwise: qint64(d) of a d beyond qint64's
// range is undefined behaviour (found by tests/fuzz/fuzz_aspacepage: an id of 1e66).
inline std::optional<qint64> jsonInteger(double d)
{
    constexpr double kLimit = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || d > kLimit || d < -kLimit)
        return std::nullopt;
    return qint64(d);
}

} // namespace proofdesk::util
