#include "rowbits.h"

#include "domain/textfold.h"
#include "rowbitsdigest.h"
#include "rowbitskeys.h"
#include "util/wordbits.h"

#include <QtEndian>
#include <array>
#include <cstring>
#include <sqlite3.h>

namespace proofdesk::cache {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr char kMonthPrefix[] = "issued:";

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms, proleptic
// Gregorian): month arithmetic without a time zone database or QDateTime per row.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 &y, unsigned &m)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = qint64(yoe) + era * 400 + (m <= 2);
}

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// A chunk as stored: RowIdSet::kChunkWords words in the machine's byte order (the cache is a
// local file; every machine Proofdesk runs on is little-endian).
using ChunkWords = std::array<quint64, RowIdSet::kChunkWords>;
constexpr int kChunkBytes = int(sizeof(ChunkWords));
static_assert(kChunkBytes == 8192, "migration 17's CHECK on rowbits.bits");
// A chunk of fewer rows than this is stored as its rows' offsets in the chunk instead, 16 bits
// each, little-endian, ascending (migration 17): 2 bytes a row instead of 8 KB a chunk. A pair of
// words in 1% of the rows sets ~650 bits of a chunk, so its 8 KB shrink to 1.3 KB (issue #43).
constexpr qint64 kSparseRows = kChunkBytes / 2;
static_assert(RowIdSet::kChunkRows <= 65536, "a row's offset in its chunk fits 16 bits");

// In chunk order, which keepStored needs (the primary key's index gives it for nothing; without
// ORDER BY any plan could return another, issue #38 item 9). The digest comes before the bits
// in each row (migration 12), so that a chunk's number and digest are read without its bits.
constexpr char kChunksOfKey[] = "SELECT chunk, n, digest, bits FROM rowbits WHERE key = ? ORDER BY chunk";
constexpr char kChunkOfKey[] = "SELECT chunk, n, digest, bits FROM rowbits WHERE key = ? AND chunk = ?";

} // namespace

StoredRowsDamaged::StoredRowsDamaged(const QString &what)
    : std::runtime_error(what.toStdString())
{}

namespace {

// A chunk stored as its rows' offsets, in the words it stands for. Ascending, each once: a chunk
// has one way to be written, as its digest has one value.
void readOffsets(const uchar *offsets, qint64 rows, ChunkWords &words)
{
    words.fill(0);
    qint64 before = -1;
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 offset = qFromLittleEndian<quint16>(offsets + 2 * i);
        if (offset <= before)
            throw StoredRowsDamaged(QStringLiteral("the rows of a stored chunk are not in ascending order (offset "
                                                   "%1 after %2)")
                                        .arg(offset)
                                        .arg(before));
        words[std::size_t(offset / 64)] |= quint64(1) << (offset % 64);
        before = offset;
    }
}

// The blob a chunk of `n` rows is stored as: its words, or its rows' offsets (readOffsets).
QByteArray chunkBlob(const ChunkWords &words, qint64 n)
{
    if (n >= kSparseRows)
        return QByteArray(reinterpret_cast<const char *>(words.data()), kChunkBytes);
    QByteArray offsets(2 * n, Qt::Uninitialized);
    auto *out = reinterpret_cast<uchar *>(offsets.data());
    for (std::size_t w = 0; w < words.size(); ++w) {
        for (quint64 bits = words[w]; bits; bits &= bits - 1) {
            qToLittleEndian<quint16>(quint16(w * 64 + std::size_t(qCountTrailingZeroBits(bits))), out);
            out += 2;
        }
    }
    return offsets;
}

// One stored chunk read whole and checked (issue #44 item 4: a count raised by hand, two keys'
// chunks swapped, a cover lowered, a bit set past the last row were all counted as stored):
// its bits are 8 KB, or its rows' offsets ascending, 2 bytes for each of its count (fewer than
// kSparseRows); its count is the number of its bits, its digest is that of its key, its number
// and its bits, and no row of it is past its key's cover. Any other chunk is damage.
void readChunk(const Statement &st, const QString &key, std::optional<qint64> cover, ChunkWords &words)
{
    const void *blob = sqlite3_column_blob(st.handle(), 3);
    const int bytes = sqlite3_column_bytes(st.handle(), 3);
    if (bytes == kChunkBytes)
        std::memcpy(words.data(), blob, kChunkBytes);
    else if (bytes == 2 * st.columnInt(1) && st.columnInt(1) < kSparseRows)
        readOffsets(static_cast<const uchar *>(blob), bytes / 2, words);
    else
        throw StoredRowsDamaged(QStringLiteral("a stored chunk of rows is %1 bytes: neither %2 nor 2 bytes a row of "
                                               "fewer than %3 (%4 rows)")
                                    .arg(bytes)
                                    .arg(kChunkBytes)
                                    .arg(kSparseRows)
                                    .arg(st.columnInt(1)));
    const qint64 chunk = st.columnInt(0);
    const qint64 n = util::wordbits::count(words.data(), words.size());
    if (n != st.columnInt(1))
        throw StoredRowsDamaged(
            QStringLiteral("a stored count is %1 where its chunk holds %2 rows").arg(st.columnInt(1)).arg(n));
    if (rowbitsdigest::ofChunk(key, chunk, words.data()) != st.columnInt(2))
        throw StoredRowsDamaged(QStringLiteral("a stored chunk of rows is not the one its key and number were given"));
    const qint64 last = cover.value_or(-1); // without a cover nothing may be stored
    const qint64 first = chunk << RowIdSet::kChunkShift;
    for (qint64 w = qMax<qint64>(0, (last + 1 - first) / 64); w < qint64(words.size()); ++w) {
        const qint64 from = first + w * 64;  // the rowid of the word's bit 0
        const qint64 kept = last - from + 1; // bits of the word within the cover
        const quint64 past = kept <= 0 ? ~quint64(0) : kept >= 64 ? 0 : ~quint64(0) << kept;
        if (words[std::size_t(w)] & past)
            throw StoredRowsDamaged(
                QStringLiteral("a stored row is past the rows its key covers (rowid %1)").arg(last));
    }
}

// The rowid up to which `key`'s rows are stored, as written: for the writer, which changes the
// keys under a cover before it seals the cover again (setCover).
std::optional<qint64> readCoverUnsealed(const Database &db, const QString &key)
{
    Statement st = db.prepareCached("SELECT upto FROM rowbits_cover WHERE key = ?");
    st.bind(1, key);
    return st.step() ? std::optional<qint64>(st.columnInt(0)) : std::nullopt;
}

// The rowid up to which `key`'s rows are stored, checked: its digest is its own and that of the
// keys it covers as they are recorded (rowbitskeys.h), and it does not pass the last
// communication (rows deleted from the end drop the covers above them).
std::optional<qint64> readCover(const Database &db, const QString &key)
{
    Statement st = db.prepareCached("SELECT upto, digest FROM rowbits_cover WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    const qint64 upto = st.columnInt(0);
    const rowbitskeys::Totals covered = rowbitskeys::underCover(db, key);
    if (rowbitsdigest::ofCover(key, upto, covered.chunks, covered.rows) != st.columnInt(1))
        throw StoredRowsDamaged(QStringLiteral("a stored cover is not the one its key was given, or a key it "
                                               "covers is gone"));
    if (upto > db.queryInt("SELECT coalesce(max(rowid), 0) FROM communications"))
        throw StoredRowsDamaged(QStringLiteral("a stored cover passes the last communication"));
    return upto;
}

} // namespace

RowBits::RowBits(Database &db)
    : m_db(db)
{}

QString RowBits::wordKey(std::string_view token)
{
    return QLatin1String("word:") + QString::fromUtf8(token.data(), qsizetype(token.size()));
}

QString RowBits::pairKey(std::string_view first, std::string_view second)
{
    return wordKey(first) + QLatin1Char(' ') + QString::fromUtf8(second.data(), qsizetype(second.size()));
}

QString RowBits::tripleKey(std::string_view first, std::string_view second, std::string_view third)
{
    return pairKey(first, second) + QLatin1Char(' ') + QString::fromUtf8(third.data(), qsizetype(third.size()));
}

QString RowBits::phraseKey(const std::vector<std::string> &tokens)
{
    switch (tokens.size()) {
    case 1:
        return wordKey(tokens[0]);
    case 2:
        return pairKey(tokens[0], tokens[1]);
    case 3:
        return tripleKey(tokens[0], tokens[1], tokens[2]);
    default:
        return {};
    }
}

QString RowBits::sampledKey() { return QStringLiteral("sampled:words"); }

QString RowBits::prefixKey(std::string_view start)
{
    return QLatin1String("begins:") + QString::fromUtf8(start.data(), qsizetype(start.size()));
}

QString RowBits::monthKey(qint64 monthStart) { return QLatin1String(kMonthPrefix) + QString::number(monthStart); }

QString RowBits::monthsCoverKey() { return QLatin1String(kMonthPrefix); }

QString RowBits::valuesCoverKey(const QString &column) { return QLatin1String("value:") + column + QLatin1Char(':'); }

QString RowBits::valueKey(const QString &column, const QString &value)
{
    return valuesCoverKey(column) + domain::foldCase(value); // as the columns compare (COLLATE fold)
}

const QList<RowBits::StoredColumn> &RowBits::storedColumns()
{
    // Columns of few values that rarely change once written (a delivery status changes with
    // every event, and would have its rows rebuilt after every sync).
    static const QList<StoredColumn> columns{{QLatin1String("type"), QLatin1String("comm_type")},
                                             {QLatin1String("channel"), QLatin1String("comm_channel")},
                                             {QLatin1String("business_unit"), QLatin1String("comm_unit")}};
    return columns;
}

qint64 RowBits::monthStart(qint64 ms)
{
    qint64 y = 0;
    unsigned m = 0;
    civilFromDays(floorDiv(ms, kDayMs), y, m);
    return daysFromCivil(y, m, 1) * kDayMs;
}

qint64 RowBits::nextMonthStart(qint64 ms)
{
    qint64 y = 0;
    unsigned m = 0;
    civilFromDays(floorDiv(ms, kDayMs), y, m);
    return m == 12 ? daysFromCivil(y + 1, 1, 1) * kDayMs : daysFromCivil(y, m + 1, 1) * kDayMs;
}

QString RowBits::coverKeyOf(const QString &key)
{
    if (key.startsWith(QLatin1String(kMonthPrefix)))
        return monthsCoverKey();
    if (key.startsWith(QLatin1String("value:")))
        return key.left(key.indexOf(QLatin1Char(':'), 6) + 1);
    return key;
}

std::optional<qint64> RowBits::coveredUpTo(const QString &key) const { return readCover(m_db, key); }

qint64 RowBits::storedCount(const QString &key) const
{
    const auto cover = readCover(m_db, coverKeyOf(key));
    Statement st = m_db.prepareCached(kChunksOfKey);
    st.bind(1, key);
    ChunkWords words;
    rowbitskeys::Totals read;
    while (st.step()) {
        readChunk(st, key, cover, words); // the count is summed once it is found to be its bits'
        read.addChunk(st.columnInt(1));
    }
    rowbitskeys::expect(m_db, key, read);
    return read.rows;
}

void RowBits::addStoredTo(const QString &key, RowIdSet &set) const
{
    const auto cover = readCover(m_db, coverKeyOf(key));
    Statement st = m_db.prepareCached(kChunksOfKey);
    st.bind(1, key);
    ChunkWords words;
    rowbitskeys::Totals read;
    while (st.step()) {
        readChunk(st, key, cover, words);
        set.uniteChunk(std::size_t(st.columnInt(0)), words.data());
        read.addChunk(st.columnInt(1));
    }
    rowbitskeys::expect(m_db, key, read);
}

void RowBits::addFamilyTo(const QString &coverKey, RowIdSet &set) const
{
    // The keys rowbits_keys lists: the family's cover seals how many there are and their rows
    // (readCover), so that a key taken away is found, not left out.
    Statement st = m_db.prepareCached("SELECT key FROM rowbits_keys WHERE key >= ?1 AND key < ?2 ORDER BY key");
    st.bind(1, coverKey).bind(2, coverKey.chopped(1) + QLatin1Char(';'));
    QStringList keys;
    while (st.step())
        keys << st.columnText(0);
    for (const QString &key : keys)
        addStoredTo(key, set);
}

qint64 RowBits::countStoredIn(const QString &key, const RowIdSet &set) const
{
    const auto cover = readCover(m_db, coverKeyOf(key));
    Statement st = m_db.prepareCached(kChunksOfKey);
    st.bind(1, key);
    ChunkWords words;
    qint64 n = 0;
    rowbitskeys::Totals read; // every chunk's count, read or not
    while (st.step()) {
        const auto c = std::size_t(st.columnInt(0));
        // Only the chunks the set has are read: a blob past the first columns stays on its
        // overflow pages until asked for.
        if (set.chunk(c)) {
            readChunk(st, key, cover, words);
            n += set.countInChunk(c, words.data());
        }
        read.addChunk(st.columnInt(1));
    }
    rowbitskeys::expect(m_db, key, read);
    return n;
}

void RowBits::keepStored(const QString &key, RowIdSet &set) const
{
    const auto cover = readCover(m_db, coverKeyOf(key));
    Statement st = m_db.prepareCached(kChunksOfKey);
    st.bind(1, key);
    ChunkWords words;
    std::size_t next = 0; // chunks before the stored one read are not stored: emptied
    rowbitskeys::Totals read;
    while (st.step()) {
        const auto c = std::size_t(st.columnInt(0));
        for (; next < c; ++next)
            set.intersectChunk(next, nullptr);
        if (set.chunk(c)) {
            readChunk(st, key, cover, words);
            set.intersectChunk(c, words.data());
        }
        next = c + 1;
        read.addChunk(st.columnInt(1));
    }
    rowbitskeys::expect(m_db, key, read);
    for (; next < set.chunkCount(); ++next)
        set.intersectChunk(next, nullptr);
    set.dropOthers();
}

void RowBits::add(const QString &key, const RowIdSet &rows)
{
    // What is stored so far is checked, never carried on; the cover is sealed again by setCover.
    const auto cover = readCoverUnsealed(m_db, coverKeyOf(key));
    Statement read = m_db.prepareCached(kChunkOfKey);
    Statement write =
        m_db.prepareCached("INSERT OR REPLACE INTO rowbits(key, chunk, n, digest, bits) VALUES(?, ?, ?, ?, ?)");
    ChunkWords words;
    for (std::size_t c = 0; c < rows.chunkCount(); ++c) {
        const quint64 *added = rows.chunk(c);
        if (!added)
            continue;
        read.bind(1, key).bind(2, qint64(c));
        if (read.step())
            readChunk(read, key, cover, words);
        else
            words.fill(0);
        read.reset();
        util::wordbits::unite(words.data(), added, words.size());
        const qint64 n = util::wordbits::count(words.data(), words.size());
        // The digest is of the words, whichever form they are stored in.
        write.bind(1, key).bind(2, qint64(c)).bind(3, n).bind(4, rowbitsdigest::ofChunk(key, qint64(c), words.data()));
        const QByteArray blob = chunkBlob(words, n);
        // Never a null pointer: a chunk of no rows is an empty blob, not NULL (sqlite3_bind_blob).
        sqlite3_bind_blob(write.handle(), 5, blob.constData(), int(blob.size()), SQLITE_STATIC);
        write.run();
    }
    rowbitskeys::record(m_db, key);
}

void RowBits::setCover(const QString &key, qint64 upto)
{
    const rowbitskeys::Totals covered = rowbitskeys::underCover(m_db, key);
    m_db.prepareCached("INSERT OR REPLACE INTO rowbits_cover(key, upto, digest) VALUES(?, ?, ?)")
        .bind(1, key)
        .bind(2, upto)
        .bind(3, rowbitsdigest::ofCover(key, upto, covered.chunks, covered.rows))
        .run();
}

StoredRowsReader::StoredRowsReader(const Database &db, QString key)
    : m_db(db)
    , m_key(std::move(key))
    , m_cover(readCover(db, RowBits::coverKeyOf(m_key)))
{
    rowbitskeys::expectStored(db, m_key);
}

bool StoredRowsReader::has(qint64 rowid)
{
    if (rowid < 0 || rowid >= RowIdSet::kMaxBitmapRows)
        return false;
    const qint64 chunk = rowid >> RowIdSet::kChunkShift;
    if (chunk != m_chunk) {
        Statement st = m_db.prepareCached(kChunkOfKey);
        st.bind(1, m_key).bind(2, chunk);
        m_empty = !st.step();
        if (!m_empty)
            readChunk(st, m_key, m_cover, m_words);
        m_chunk = chunk;
    }
    const qint64 inChunk = rowid & (RowIdSet::kChunkRows - 1);
    return !m_empty && (m_words[std::size_t(inChunk / 64)] >> (inChunk % 64) & 1);
}

void RowBits::dropUncovered()
{
    m_db.exec("DELETE FROM rowbits WHERE key NOT IN (SELECT key FROM rowbits_cover) "
              "AND NOT EXISTS (SELECT 1 FROM rowbits_cover f WHERE substr(f.key, -1) = ':' "
              "AND substr(rowbits.key, 1, length(f.key)) = f.key)");
    rowbitskeys::dropUnstored(m_db);
}

void RowBits::dropAll()
{
    m_db.exec("DELETE FROM rowbits_cover"); // first: rows without a cover are never read
    m_db.exec("DELETE FROM rowbits");
    m_db.exec("DELETE FROM rowbits_keys");
}

} // namespace proofdesk::cache
