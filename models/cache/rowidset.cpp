#include "rowidset.h"

#include <QtAlgorithms>
#include <algorithm>
#include <iterator>

namespace proofdesk::cache {

namespace {

// Rowids from 0 up to this many are bits (at most 8 MiB); anything else is listed.
constexpr qint64 kMaxBitmapBits = qint64(1) << 26;

std::size_t wordOf(qint64 rowid) { return std::size_t(rowid / 64); }
quint64 bitOf(qint64 rowid) { return quint64(1) << (rowid % 64); }

} // namespace

bool RowIdSet::inBitmapRange(qint64 rowid) { return rowid >= 0 && rowid < kMaxBitmapBits; }

RowIdSet::RowIdSet(const QList<qint64> &rowIds)
{
    qint64 max = -1;
    for (const qint64 r : rowIds) {
        if (inBitmapRange(r))
            max = qMax(max, r);
    }
    m_bits.assign(wordOf(max) + 1, 0);
    for (const qint64 r : rowIds) {
        if (inBitmapRange(r))
            m_bits[wordOf(r)] |= bitOf(r);
        else
            m_others << r;
    }
    std::sort(m_others.begin(), m_others.end());
    m_others.erase(std::unique(m_others.begin(), m_others.end()), m_others.end());
    recount();
}

RowIdSet RowIdSet::withCapacity(qint64 maxRowid)
{
    RowIdSet set;
    set.m_bits.assign(wordOf(qBound<qint64>(0, maxRowid, kMaxBitmapBits - 1)) + 1, 0);
    return set;
}

void RowIdSet::insert(qint64 rowid)
{
    if (!inBitmapRange(rowid)) {
        const auto at = std::lower_bound(m_others.begin(), m_others.end(), rowid);
        if (at == m_others.end() || *at != rowid) {
            m_others.insert(at, rowid);
            ++m_size;
        }
        return;
    }
    if (wordOf(rowid) >= m_bits.size())
        m_bits.resize(wordOf(rowid) + 1, 0);
    quint64 &word = m_bits[wordOf(rowid)];
    m_size += (word & bitOf(rowid)) ? 0 : 1;
    word |= bitOf(rowid);
}

bool RowIdSet::contains(qint64 rowid) const
{
    if (inBitmapRange(rowid))
        return wordOf(rowid) < m_bits.size() && (m_bits[wordOf(rowid)] & bitOf(rowid));
    return std::binary_search(m_others.cbegin(), m_others.cend(), rowid);
}

QList<qint64> RowIdSet::sorted() const
{
    QList<qint64> out;
    out.reserve(m_size);
    auto others = m_others.cbegin();
    for (; others != m_others.cend() && *others < 0; ++others)
        out << *others;
    for (std::size_t w = 0; w < m_bits.size(); ++w) {
        for (quint64 word = m_bits[w]; word != 0; word &= word - 1)
            out << qint64(w) * 64 + qCountTrailingZeroBits(word);
    }
    for (; others != m_others.cend(); ++others)
        out << *others;
    return out;
}

void RowIdSet::unite(const RowIdSet &other)
{
    if (other.m_bits.size() > m_bits.size())
        m_bits.resize(other.m_bits.size(), 0);
    for (std::size_t w = 0; w < other.m_bits.size(); ++w)
        m_bits[w] |= other.m_bits[w];
    QList<qint64> others;
    std::set_union(m_others.cbegin(), m_others.cend(), other.m_others.cbegin(),
                   other.m_others.cend(), std::back_inserter(others));
    m_others = std::move(others);
    recount();
}

void RowIdSet::intersect(const RowIdSet &other)
{
    m_bits.resize(qMin(m_bits.size(), other.m_bits.size()));
    for (std::size_t w = 0; w < m_bits.size(); ++w)
        m_bits[w] &= other.m_bits[w];
    QList<qint64> others;
    std::set_intersection(m_others.cbegin(), m_others.cend(), other.m_others.cbegin(),
                          other.m_others.cend(), std::back_inserter(others));
    m_others = std::move(others);
    recount();
}

void RowIdSet::recount()
{
    m_size = m_others.size();
    for (const quint64 word : m_bits)
        m_size += qPopulationCount(word);
}

} // namespace proofdesk::cache
