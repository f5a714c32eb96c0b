#pragma once

#include "rowidset.h"
#include "sqlite.h"

#include <QString>
#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace proofdesk::cache {

// Stored rows that fail their check when read (rowbits.cpp, readChunk and readCover: a chunk
// whose count is not its bits', whose digest is not that of its key, number and bits, with a
// row past its key's cover; a cover whose digest is not its own, or past the last row). They
// are not to be trusted at all: the reader answers without them (SearchEngine), and they are
// dropped (RowBits::dropAll) and built again by the next refresh. A rebuildable part of the
// cache, so not a damaged file (never cache::SqliteError, which would move the cache aside).
class StoredRowsDamaged : public std::runtime_error
{
public:
    explicit StoredRowsDamaged(const QString &what);
};

// Precomputed row sets kept in the cache (tables rowbits and rowbits_cover, migration 11):
// the rows that hold a common word and the rows issued in each month, as bitmaps in
// RowIdSet's chunks with each chunk's count beside it. Counting a word found in most of ten
// million communications then sums a hundred and fifty numbers instead of reading millions
// of postings, and a word within a year intersects twelve bitmaps instead of walking
// millions of date index entries.
//
// A key's rows are exact for rowids up to its cover (`upto`); rows added since are read the
// usual way (rowid > upto) and added by the next refreshRowBits. The migration's triggers
// drop any cover that a change at or below it could make wrong, so a reader that finds a
// cover in its read transaction can trust the rows under it. What a hand changed is found when
// read: every read checks what it reads, and throws StoredRowsDamaged (issue #44 item 4).
class RowBits
{
public:
    explicit RowBits(Database &db);

    // The key of the rows whose text holds `token` (a token of comm_fts's tokenizer).
    static QString wordKey(std::string_view token);
    // The key of the rows whose text holds `first` followed by `second` (the phrase "first
    // second"): a word key whose text is a phrase, so that it is kept, refreshed and dropped as
    // the words are (refreshRowBits keeps the common pairs, issue #43).
    static QString pairKey(std::string_view first, std::string_view second);
    // The key of the rows whose text holds the phrase "first second third": a word key as well.
    static QString tripleKey(std::string_view first, std::string_view second, std::string_view third);
    // The key of the rows holding `tokens` at consecutive positions: a word's, a pair's or a
    // phrase of three's; empty for more than three (never stored).
    static QString phraseKey(const std::vector<std::string> &tokens);
    // The key of the rows whose text holds a token beginning with `start` (FTS5's `start*`): a
    // key of its own, kept for a few common starts of one to three characters (rowbitsprefixes.h).
    static QString prefixKey(std::string_view start);
    // The key of the rows issued in the month starting at `monthStart` (ms, UTC).
    static QString monthKey(qint64 monthStart);
    // The cover of every month key together: months without rows have no rows stored.
    static QString monthsCoverKey();
    // The key of the rows whose `column` (type, channel or business_unit: storedColumns())
    // equals `value` as SQLite's NOCASE compares (ASCII letters folded), and its family's cover.
    static QString valueKey(const QString &column, const QString &value);
    static QString valuesCoverKey(const QString &column);
    // A cover without rows: the last rowid when the words, phrases and starts were last chosen
    // from a sample (refreshRowBits samples again when the cache has grown by a quarter since).
    static QString sampledKey();
    struct StoredColumn
    {
        QLatin1String column;
        QLatin1String index; // its (column, issued_at, id) index
    };
    static const QList<StoredColumn> &storedColumns();

    // The first millisecond (UTC) of the month that holds `ms`, and of the month after it.
    static qint64 monthStart(qint64 ms);
    static qint64 nextMonthStart(qint64 ms);

    // The key whose cover says up to where `key`'s rows are stored: its own, or its family's.
    static QString coverKeyOf(const QString &key);

    // The rowid up to which `key`'s rows are stored, or nothing when they are not.
    std::optional<qint64> coveredUpTo(const QString &key) const;
    // How many rows are stored under `key`.
    qint64 storedCount(const QString &key) const;
    // Adds the rows stored under `key` to `set`.
    void addStoredTo(const QString &key, RowIdSet &set) const;
    // Adds the rows stored under every key of the family whose cover is `coverKey` (one ending
    // in ':', as monthsCoverKey()) to `set`.
    void addFamilyTo(const QString &coverKey, RowIdSet &set) const;
    // How many of the rows stored under `key` are in `set`.
    qint64 countStoredIn(const QString &key, const RowIdSet &set) const;
    // Removes from `set` every row not stored under `key` (rows past its cover included).
    void keepStored(const QString &key, RowIdSet &set) const;

    // Writer side, in the caller's transaction. Adds `rows` to those stored under `key`.
    void add(const QString &key, const RowIdSet &rows);
    void setCover(const QString &key, qint64 upto);
    // Removes the rows of keys whose cover (their own, or their family's) a trigger dropped.
    void dropUncovered();
    // Removes every stored row and cover (found damaged): the next refresh builds them again.
    void dropAll();

private:
    Database &m_db;
};

// Whether single rows are stored under a key, for a few rows (a key's): each chunk they
// fall in is read once when the rows are asked in ascending order, not the whole bitmap.
class StoredRowsReader
{
public:
    StoredRowsReader(const Database &db, QString key);
    bool has(qint64 rowid);

private:
    const Database &m_db;
    QString m_key;
    std::optional<qint64> m_cover;
    qint64 m_chunk = -1;
    bool m_empty = true;
    std::array<quint64, RowIdSet::kChunkWords> m_words{};
};

// Builds the row bits of a cache: the words found in at least `wordShare` of a sample of its
// rows, the pairs of adjacent words (phrases) in at least `pairShare` of it and every pair of the
// words kept (`pairsOfWords`), the phrases of three in `tripleShare`, the common starts of other words
// (`prefixTermsPerRow`), the months and the values. Rows already covered are not read again. Does nothing on a cache of
// fewer than `minRows` rows (counting there is fast anyway), while a bulk load's full-text index is still pending, or
// when rowids go past RowIdSet's bitmap. Runs in its own transaction on the writer connection.
struct RowBitsOptions
{
    qint64 minRows = 100000;
    int sampleRows = 2000;
    double wordShare = 0.10;
    int maxWords = 64;
    // A phrase's rows cost 2 bytes a row, or 8 KB per 65,536 rows when it is in more than one row of
    // sixteen (as a word's: ~128 KB a million rows). They are read from the rows' own text in one pass with the starts'
    // (rowbitstextpass.h). A pair not kept is narrowed by its words to the rows holding both, often most of them; a
    // phrase of three by its pairs to about three times its rows. Both are asked on their own
    // text, which at ten million rows is past what a query can read in time for a pair of common
    // words in 1% of the rows, or a phrase of three in 0.3%: those are kept whole. A vocabulary
    // shaped as correspondence's (Zipf) has about 240 such pairs and 140 such phrases of three,
    // a third of them from the ids ("EXS-2025-03": exs 2025 03, each month's).
    double pairShare = 0.01;
    int maxPairs = 256;
    // Every pair of the words kept, in either order, however rare the pair: a phrase of two common
    // words is narrowed by its words to most rows whatever its own, and read whole by FTS5 at ten
    // million rows it takes 300-600 ms. Stored as their rows' offsets (2 bytes a row, rowbits.cpp),
    // a Zipf vocabulary's ~2,400 such pairs take ~16 MB a million rows.
    bool pairsOfWords = true;
    double tripleShare = 0.003;
    int maxTriples = 192;
    // With every pair of the words kept, the phrases of three of them whose pairs are found together in so
    // many rows that narrowing one by them would ask this many on their own text: kept whole whatever
    // their own rows (rowbitsrefresh.cpp, triplesNarrowedToMany). A row asked costs ~7 us with the
    // cache's pages in memory, 30-150 us where they are not (a cache of 23 GB at ten million rows on a
    // machine of 24 GB); 10,000 left 14 to 75 of the 216 phrases of three of the six commonest words
    // over 150 ms (F29).
    qint64 narrowedTripleRows = 2500;
    int maxNarrowedTriples = 8192;
    // A prefix's rows cost as much room as a word's; kept for the starts of one to three
    // characters of which a sampled row holds this many terms other than the kept words, on
    // average (rowbitsprefixes.h): 0.12 is 120,000 postings a million rows, ~9 ms to read. (At
    // 0.15 "bal", 0.156 in 20,000 random rows of the 1M Zipf bench, fell under it in one sample of
    // 2,000 and `bal*` went from 2 to 14 ms.)
    double prefixTermsPerRow = 0.12;
    int maxPrefixes = 160;
};
void refreshRowBits(Database &db, const RowBitsOptions &options = {});

} // namespace proofdesk::cache
