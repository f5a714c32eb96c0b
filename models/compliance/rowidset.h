#pragma once

#include <QList>
#include <vector>

namespace proofdesk::compliance {

// A set of communication rowids that answers "is r in it?" in a few nanoseconds, so that a
// statement walking an index of the whole cache can keep only a search's rows without a
// b-tree probe per entry. Rowids in the cache are dense (assigned by the writer), so a
// bitmap over 0..max(rowid) is compact: 125 KB for a million communications. A sparse set
// (a huge rowid) falls back to a sorted list and binary search.
class RowIdSet
{
public:
    RowIdSet() = default;
    // Any order; duplicates count once.
    explicit RowIdSet(QList<qint64> rowIds);

    bool contains(qint64 rowid) const;
    qint64 size() const { return m_size; }
    // Ascending, without duplicates.
    QList<qint64> sorted() const;

private:
    std::vector<quint64> m_bits;
    QList<qint64> m_sorted; // only when the bitmap would be too large
    qint64 m_size = 0;
};

} // namespace proofdesk::compliance
