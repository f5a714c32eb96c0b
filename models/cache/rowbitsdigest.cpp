#include "rowbitsdigest.h"

#include "rowidset.h"

namespace proofdesk::cache::rowbitsdigest {

namespace {

// A multiply-rotate step and MurmurHash3's 64-bit finalizer: every input bit reaches every
// output bit. Four lanes over a chunk's words, so that the multiplications overlap (~0.5 us a
// chunk, beside the ~2 us of reading its 8 KB).
quint64 step(quint64 h, quint64 v)
{
    h ^= v * 0x9E3779B97F4A7C15ULL;
    return ((h << 29) | (h >> 35)) * 0xBF58476D1CE4E5B9ULL;
}

quint64 finish(quint64 h)
{
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 33);
}

quint64 ofKey(const QString &key, quint64 kind)
{
    quint64 h = step(0x243F6A8885A308D3ULL, kind);
    for (const QChar c : key)
        h = step(h, c.unicode());
    return step(h, quint64(key.size()));
}

} // namespace

qint64 ofChunk(const QString &key, qint64 chunk, const quint64 *words)
{
    quint64 lanes[4] = {step(ofKey(key, 1), quint64(chunk)), 1, 2, 3};
    for (std::size_t w = 0; w < RowIdSet::kChunkWords; w += 4) {
        for (std::size_t lane = 0; lane < 4; ++lane)
            lanes[lane] = step(lanes[lane], words[w + lane]);
    }
    return qint64(finish(step(step(step(lanes[0], lanes[1]), lanes[2]), lanes[3])));
}

qint64 ofCover(const QString &key, qint64 upto, qint64 keys, qint64 rows)
{
    return qint64(finish(step(step(step(ofKey(key, 2), quint64(upto)), quint64(keys)), quint64(rows))));
}

qint64 ofTotals(const QString &key, qint64 chunks, qint64 rows)
{
    return qint64(finish(step(step(ofKey(key, 3), quint64(chunks)), quint64(rows))));
}

} // namespace proofdesk::cache::rowbitsdigest
