#pragma once

#include <QString>

// The digests each stored chunk and cover of rows carries (rowbits.h, migration 12): a chunk's
// of its key, its number and its bits; a cover's of its key and its rowid. A row edited by
// hand, or moved to another key or number, no longer carries its own digest, and is found when
// read. They detect damage, not a forger (the cache is rebuildable: what matters is that a
// damaged row is never counted). Fixed here, not Qt's qHash: a digest must not change with the
// Qt version or the process.
namespace proofdesk::cache::rowbitsdigest {

// `words`: RowIdSet::kChunkWords words.
qint64 ofChunk(const QString &key, qint64 chunk, const quint64 *words);
// A cover's: of its key, its rowid, and the keys it covers together with their rows
// (rowbitskeys.h), so that a key deleted whole with its chunks shows.
qint64 ofCover(const QString &key, qint64 upto, qint64 keys, qint64 rows);
// A key's chunks and rows together (rowbitskeys.h), so that a chunk deleted shows.
qint64 ofTotals(const QString &key, qint64 chunks, qint64 rows);

} // namespace proofdesk::cache::rowbitsdigest
