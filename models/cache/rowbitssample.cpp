#include "rowbitssample.h"

#include "util/splitmix64.h"

#include <algorithm>

namespace proofdesk::cache::rowbitssample {

int forEachRow(Database &db, qint64 maxRowid, int count, const std::function<void(const Statement &row)> &row)
{
    int sampled = 0;
    Statement st = db.prepare("SELECT body, names, ids FROM comm_text WHERE rowid >= ? ORDER BY rowid LIMIT 1");
    const qint64 step = qMax<qint64>(1, maxRowid / qMax(1, count));
    for (qint64 stretch = 0; stretch * step < maxRowid && sampled < count; ++stretch) {
        // The stretch-th value of splitmix64's stream from 0: at 10M one row in 2,000 at a fixed
        // stride found a phrase's pairs together in 3 rows of 5,000 where 15 were expected.
        quint64 state = quint64(stretch) * util::kSplitMix64Step;
        const quint64 z = util::splitMix64(state);
        const qint64 at = 1 + stretch * step + qint64(z % quint64(step));
        st.bind(1, at);
        if (st.step()) {
            row(st);
            ++sampled;
        }
        st.reset();
    }
    return sampled;
}

std::vector<std::string> mostCommon(const std::unordered_map<std::string, int> &rowsWith, int sampled, double share,
                                    int limit)
{
    std::vector<std::pair<int, std::string>> common;
    for (const auto &[key, n] : rowsWith) {
        if (n >= share * sampled)
            common.emplace_back(n, key);
    }
    // Ties by key, so that the same sample keeps the same keys whatever the map's order.
    std::sort(common.begin(), common.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < common.size() && int(i) < limit; ++i)
        keys.push_back(common[i].second);
    return keys;
}

} // namespace proofdesk::cache::rowbitssample
