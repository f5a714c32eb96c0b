#pragma once

#include <QList>
#include <vector>

namespace proofdesk::cache {

// A set of communication rowids that answers "is r in it?" in a few nanoseconds, so that a
// statement walking an index of the whole cache can keep only a search's rows without a
// b-tree probe per entry. Rowids in the cache are dense (assigned by the writer), so a
// bitmap over 0..max(rowid) is compact: 125 KB for a million communications, less for a
// set of few rows (its chunks are made as rows fall in them). Rowids the
// bitmap cannot hold (negative, or beyond 2^26) are kept in a sorted list beside it.
//
// SQL reaches a set through the functions of rowsetfunctions.h.
class RowIdSet
{
public:
    RowIdSet() = default;
    // Any order; duplicates count once.
    explicit RowIdSet(const QList<qint64> &rowIds);
    // An empty set with room for 0..maxRowid in its bitmap (it grows when needed).
    static RowIdSet withCapacity(qint64 maxRowid);

    void insert(qint64 rowid);
    bool contains(qint64 rowid) const;
    qint64 size() const { return m_size; }
    // Ascending, without duplicates.
    QList<qint64> sorted() const;

    // Set union, intersection and difference, in place.
    void unite(const RowIdSet &other);
    void intersect(const RowIdSet &other);
    void subtract(const RowIdSet &other);

    // The bitmap's chunks, for a store that keeps sets chunk by chunk (RowBits): chunk c
    // holds rowids c * kChunkRows .. (c + 1) * kChunkRows - 1 in kChunkWords words, bit
    // r % 64 of word (r % kChunkRows) / 64. Rowids outside the bitmap have no chunk.
    static constexpr int kChunkShift = 16;
    static constexpr qint64 kChunkRows = qint64(1) << kChunkShift;
    static constexpr std::size_t kChunkWords = std::size_t(kChunkRows / 64);
    static constexpr qint64 kMaxBitmapRows = qint64(1) << 26;
    std::size_t chunkCount() const { return m_chunks.size(); }
    // Chunk c's words, or null when none of its rows is in the set (or c is past the end).
    const quint64 *chunk(std::size_t c) const;
    // Adds the rows of a chunk given as kChunkWords words.
    void uniteChunk(std::size_t c, const quint64 *words);
    // Keeps only the rows of chunk c that are in `words` (none when null).
    void intersectChunk(std::size_t c, const quint64 *words);
    // Removes the rows outside the bitmap's range.
    void dropOthers();
    // How many of the rows of chunk c given as kChunkWords words are in the set.
    qint64 countInChunk(std::size_t c, const quint64 *words) const;
    // Whether every row is in the bitmap's range (none in the sorted list beside it).
    bool allInBitmap() const { return m_others.isEmpty(); }

private:
    static bool inBitmapRange(qint64 rowid);
    void recount();

    // The bitmap in chunks of kChunkRows rowids, each made when a row falls in it: a set of a
    // key's few rows near rowid 10M holds a few 8 KB chunks, not 1.25 MB of zeros for the
    // kernel to fault in page by page (a third of a key search's time, issue #30).
    std::vector<std::vector<quint64>> m_chunks;
    QList<qint64> m_others; // sorted: the rowids outside the bitmap's range
    qint64 m_size = 0;
};

} // namespace proofdesk::cache
