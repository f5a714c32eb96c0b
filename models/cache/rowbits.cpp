#include "rowbits.h"

#include <sqlite3.h>

#include <array>
#include <cstring>

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
static_assert(kChunkBytes == 8192, "migration 11's CHECK on rowbits.bits");

// In chunk order, which keepStored needs (the primary key's index gives it for nothing; without
// ORDER BY any plan could return another, issue #38 item 9).
constexpr char kChunksOfKey[] = "SELECT chunk, bits FROM rowbits WHERE key = ? ORDER BY chunk";
constexpr char kChunkOfKey[] = "SELECT bits FROM rowbits WHERE key = ? AND chunk = ?";

// The table's CHECK keeps every chunk whole: one of another size is a damaged file, and is
// reported as such (the cache is then moved aside and built again) rather than counted wrong.
void readChunk(const Statement &st, int column, ChunkWords &words)
{
    const void *blob = sqlite3_column_blob(st.handle(), column);
    const int bytes = sqlite3_column_bytes(st.handle(), column);
    if (bytes != kChunkBytes)
        throw SqliteError(SQLITE_CORRUPT, QStringLiteral("a stored row chunk is %1 bytes, not %2 (table rowbits)")
                                              .arg(bytes)
                                              .arg(kChunkBytes));
    std::memcpy(words.data(), blob, kChunkBytes);
}

} // namespace

RowBits::RowBits(Database &db)
    : m_db(db)
{}

QString RowBits::wordKey(std::string_view token)
{
    return QLatin1String("word:") + QString::fromUtf8(token.data(), qsizetype(token.size()));
}

QString RowBits::monthKey(qint64 monthStart) { return QLatin1String(kMonthPrefix) + QString::number(monthStart); }

QString RowBits::monthsCoverKey() { return QLatin1String(kMonthPrefix); }

QString RowBits::valuesCoverKey(const QString &column) { return QLatin1String("value:") + column + QLatin1Char(':'); }

QString RowBits::valueKey(const QString &column, const QString &value)
{
    QString folded = value; // NOCASE folds ASCII letters only
    for (QChar &ch : folded) {
        if (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'))
            ch = QChar(ch.unicode() + ('a' - 'A'));
    }
    return valuesCoverKey(column) + folded;
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

std::optional<qint64> RowBits::coveredUpTo(const QString &key) const
{
    Statement st = m_db.prepareCached("SELECT upto FROM rowbits_cover WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.columnInt(0);
}

qint64 RowBits::storedCount(const QString &key) const
{
    Statement st = m_db.prepareCached("SELECT coalesce(sum(n), 0) FROM rowbits WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.columnInt(0) : 0;
}

void RowBits::addStoredTo(const QString &key, RowIdSet &set) const
{
    Statement st = m_db.prepareCached(kChunksOfKey);
    st.bind(1, key);
    ChunkWords words;
    while (st.step()) {
        readChunk(st, 1, words);
        set.uniteChunk(std::size_t(st.columnInt(0)), words.data());
    }
}

qint64 RowBits::countStoredIn(const QString &key, const RowIdSet &set) const
{
    Statement st = m_db.prepareCached(kChunksOfKey);
    st.bind(1, key);
    ChunkWords words;
    qint64 n = 0;
    while (st.step()) {
        const auto c = std::size_t(st.columnInt(0));
        // Only the chunks the set has are read: a blob past the first column stays on its
        // overflow pages until asked for.
        if (set.chunk(c)) {
            readChunk(st, 1, words);
            n += set.countInChunk(c, words.data());
        }
    }
    return n;
}

void RowBits::keepStored(const QString &key, RowIdSet &set) const
{
    Statement st = m_db.prepareCached(kChunksOfKey);
    st.bind(1, key);
    ChunkWords words;
    std::size_t next = 0; // chunks before the stored one read are not stored: emptied
    while (st.step()) {
        const auto c = std::size_t(st.columnInt(0));
        for (; next < c; ++next)
            set.intersectChunk(next, nullptr);
        if (set.chunk(c)) {
            readChunk(st, 1, words);
            set.intersectChunk(c, words.data());
        }
        next = c + 1;
    }
    for (; next < set.chunkCount(); ++next)
        set.intersectChunk(next, nullptr);
    set.dropOthers();
}

void RowBits::add(const QString &key, const RowIdSet &rows)
{
    Statement read = m_db.prepareCached(kChunkOfKey);
    Statement write = m_db.prepareCached("INSERT OR REPLACE INTO rowbits(key, chunk, n, bits) VALUES(?, ?, ?, ?)");
    ChunkWords words;
    for (std::size_t c = 0; c < rows.chunkCount(); ++c) {
        const quint64 *added = rows.chunk(c);
        if (!added)
            continue;
        read.bind(1, key).bind(2, qint64(c));
        if (read.step())
            readChunk(read, 0, words);
        else
            words.fill(0);
        read.reset();
        qint64 n = 0;
        for (std::size_t w = 0; w < words.size(); ++w) {
            words[w] |= added[w];
            n += qPopulationCount(words[w]);
        }
        write.bind(1, key).bind(2, qint64(c)).bind(3, n);
        sqlite3_bind_blob(write.handle(), 4, words.data(), kChunkBytes, SQLITE_STATIC);
        write.run();
    }
}

void RowBits::setCover(const QString &key, qint64 upto)
{
    m_db.prepareCached("INSERT OR REPLACE INTO rowbits_cover(key, upto) VALUES(?, ?)").bind(1, key).bind(2, upto).run();
}

StoredRowsReader::StoredRowsReader(const Database &db, QString key)
    : m_db(db)
    , m_key(std::move(key))
{}

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
            readChunk(st, 0, m_words);
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
}

} // namespace proofdesk::cache
