#include "rowidset.h"

#include "util/wordbits.h"

#include <QtAlgorithms>
#include <algorithm>
#include <iterator>

namespace proofdesk::cache {

namespace {

// Rowids from 0 up to this many are bits (at most 8 MiB); anything else is listed.
constexpr qint64 kMaxBitmapBits = RowIdSet::kMaxBitmapRows;
// A chunk of the bitmap: 65,536 rowids, 1,024 words, 8 KB.
constexpr int kChunkShift = RowIdSet::kChunkShift;
constexpr std::size_t kChunkWords = RowIdSet::kChunkWords;

std::size_t chunkOf(qint64 rowid) { return std::size_t(rowid >> kChunkShift); }
std::size_t wordOf(qint64 rowid) { return std::size_t(rowid & ((qint64(1) << kChunkShift) - 1)) / 64; }
quint64 bitOf(qint64 rowid) { return quint64(1) << (rowid % 64); }

} // namespace

bool RowIdSet::inBitmapRange(qint64 rowid) { return rowid >= 0 && rowid < kMaxBitmapBits; }

RowIdSet::RowIdSet(const QList<qint64> &rowIds)
{
    for (const qint64 r : rowIds)
        insert(r);
}

RowIdSet RowIdSet::withCapacity(qint64 maxRowid)
{
    RowIdSet set;
    set.m_chunks.resize(chunkOf(qBound<qint64>(0, maxRowid, kMaxBitmapBits - 1)) + 1);
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
    const std::size_t c = chunkOf(rowid);
    if (c >= m_chunks.size())
        m_chunks.resize(c + 1);
    std::vector<quint64> &chunk = m_chunks[c];
    if (chunk.empty())
        chunk.assign(kChunkWords, 0);
    quint64 &word = chunk[wordOf(rowid)];
    m_size += (word & bitOf(rowid)) ? 0 : 1;
    word |= bitOf(rowid);
}

bool RowIdSet::contains(qint64 rowid) const
{
    if (inBitmapRange(rowid)) {
        const std::size_t c = chunkOf(rowid);
        return c < m_chunks.size() && !m_chunks[c].empty() && (m_chunks[c][wordOf(rowid)] & bitOf(rowid));
    }
    return std::binary_search(m_others.cbegin(), m_others.cend(), rowid);
}

QList<qint64> RowIdSet::sorted() const
{
    QList<qint64> out;
    out.reserve(m_size);
    auto others = m_others.cbegin();
    for (; others != m_others.cend() && *others < 0; ++others)
        out << *others;
    for (std::size_t c = 0; c < m_chunks.size(); ++c) {
        const std::vector<quint64> &chunk = m_chunks[c];
        for (std::size_t w = 0; w < chunk.size(); ++w) {
            for (quint64 word = chunk[w]; word != 0; word &= word - 1)
                out << (qint64(c) << kChunkShift) + qint64(w) * 64 + qCountTrailingZeroBits(word);
        }
    }
    for (; others != m_others.cend(); ++others)
        out << *others;
    return out;
}

void RowIdSet::unite(const RowIdSet &other)
{
    if (other.m_chunks.size() > m_chunks.size())
        m_chunks.resize(other.m_chunks.size());
    for (std::size_t c = 0; c < other.m_chunks.size(); ++c) {
        const std::vector<quint64> &theirs = other.m_chunks[c];
        std::vector<quint64> &mine = m_chunks[c];
        if (theirs.empty())
            continue;
        if (mine.empty()) {
            mine = theirs;
            m_size += util::wordbits::count(mine.data(), mine.size());
            continue;
        }
        // Counted as they are set: a recount would read every chunk of this set again.
        m_size += util::wordbits::unite(mine.data(), theirs.data(), kChunkWords);
    }
    QList<qint64> others;
    std::set_union(m_others.cbegin(), m_others.cend(), other.m_others.cbegin(), other.m_others.cend(),
                   std::back_inserter(others));
    m_size += others.size() - m_others.size();
    m_others = std::move(others);
}

void RowIdSet::intersect(const RowIdSet &other)
{
    m_chunks.resize(qMin(m_chunks.size(), other.m_chunks.size()));
    for (std::size_t c = 0; c < m_chunks.size(); ++c) {
        std::vector<quint64> &mine = m_chunks[c];
        const std::vector<quint64> &theirs = other.m_chunks[c];
        if (theirs.empty()) {
            std::vector<quint64>().swap(mine);
            continue;
        }
        for (std::size_t w = 0; w < mine.size(); ++w)
            mine[w] &= theirs[w];
    }
    QList<qint64> others;
    std::set_intersection(m_others.cbegin(), m_others.cend(), other.m_others.cbegin(), other.m_others.cend(),
                          std::back_inserter(others));
    m_others = std::move(others);
    recount();
}

void RowIdSet::subtract(const RowIdSet &other)
{
    for (std::size_t c = 0; c < qMin(m_chunks.size(), other.m_chunks.size()); ++c) {
        std::vector<quint64> &mine = m_chunks[c];
        const std::vector<quint64> &theirs = other.m_chunks[c];
        if (mine.empty() || theirs.empty())
            continue;
        for (std::size_t w = 0; w < kChunkWords; ++w)
            mine[w] &= ~theirs[w];
    }
    QList<qint64> others;
    std::set_difference(m_others.cbegin(), m_others.cend(), other.m_others.cbegin(), other.m_others.cend(),
                        std::back_inserter(others));
    m_others = std::move(others);
    recount();
}

const quint64 *RowIdSet::chunk(std::size_t c) const
{
    return c < m_chunks.size() && !m_chunks[c].empty() ? m_chunks[c].data() : nullptr;
}

void RowIdSet::uniteChunk(std::size_t c, const quint64 *words)
{
    if (c >= m_chunks.size())
        m_chunks.resize(c + 1);
    std::vector<quint64> &mine = m_chunks[c];
    if (mine.empty())
        mine.assign(kChunkWords, 0);
    m_size += util::wordbits::unite(mine.data(), words, kChunkWords);
}

void RowIdSet::intersectChunk(std::size_t c, const quint64 *words)
{
    if (c >= m_chunks.size() || m_chunks[c].empty())
        return;
    m_size -= util::wordbits::intersect(m_chunks[c].data(), words, kChunkWords);
}

void RowIdSet::dropOthers()
{
    m_size -= m_others.size();
    m_others.clear();
}

qint64 RowIdSet::countInChunk(std::size_t c, const quint64 *words) const
{
    const quint64 *mine = chunk(c);
    return mine ? util::wordbits::countBoth(mine, words, kChunkWords) : 0;
}

void RowIdSet::recount()
{
    m_size = m_others.size();
    for (const std::vector<quint64> &chunk : m_chunks)
        m_size += util::wordbits::count(chunk.data(), chunk.size());
}

} // namespace proofdesk::cache
