#include "rowidset.h"

#include <QtAlgorithms>
#include <algorithm>

namespace proofdesk::compliance {

namespace {

// Above this many bits (8 MiB) the set is kept as a sorted list instead.
constexpr qint64 kMaxBitmapBits = qint64(1) << 26;

} // namespace

RowIdSet::RowIdSet(QList<qint64> rowIds)
{
    qint64 max = -1;
    bool negative = false;
    for (const qint64 r : std::as_const(rowIds)) {
        max = qMax(max, r);
        negative = negative || r < 0;
    }
    if (!negative && max < kMaxBitmapBits) {
        m_bits.assign(std::size_t(max / 64 + 1), 0);
        for (const qint64 r : std::as_const(rowIds)) {
            quint64 &word = m_bits[std::size_t(r / 64)];
            const quint64 bit = quint64(1) << (r % 64);
            m_size += (word & bit) ? 0 : 1;
            word |= bit;
        }
        return;
    }
    std::sort(rowIds.begin(), rowIds.end());
    rowIds.erase(std::unique(rowIds.begin(), rowIds.end()), rowIds.end());
    m_sorted = std::move(rowIds);
    m_size = m_sorted.size();
}

bool RowIdSet::contains(qint64 rowid) const
{
    if (!m_bits.empty() || m_sorted.isEmpty()) {
        if (rowid < 0 || quint64(rowid / 64) >= m_bits.size())
            return false;
        return (m_bits[std::size_t(rowid / 64)] >> (rowid % 64)) & 1;
    }
    return std::binary_search(m_sorted.cbegin(), m_sorted.cend(), rowid);
}

QList<qint64> RowIdSet::sorted() const
{
    if (m_bits.empty())
        return m_sorted;
    QList<qint64> out;
    out.reserve(m_size);
    for (std::size_t w = 0; w < m_bits.size(); ++w) {
        for (quint64 word = m_bits[w]; word != 0; word &= word - 1)
            out << qint64(w) * 64 + qCountTrailingZeroBits(word);
    }
    return out;
}

} // namespace proofdesk::compliance
