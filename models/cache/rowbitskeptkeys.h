#pragma once

// The keys the text pass reads from each row's tokens (rowbitstextpass.cpp), and what one window
// of rows found of them: internal to the stored rows' refresh.
#include "asciiphrase.h"
#include "rowbits.h"
#include "rowbitstokens.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace proofdesk::cache::textpass {

// Rows gathered before they are written: one chunk (65,536 rows, so that a row's offset in the
// window fits 16 bits). With every pair of the common words kept there are thousands of keys.
constexpr qint64 kWindowChunks = 1;
static_assert(kWindowChunks * RowIdSet::kChunkRows <= 65536, "KeptRows::rows are 16-bit offsets");

struct KeptRows
{
    QString key;
    qint64 from = 0; // its rows are stored up to here
    // Those found past it in the current window, as their offsets from its first row, ascending.
    // Appended, not set in a bitmap: thousands of keys' bitmaps (8 KB each) outgrow the
    // processor's caches, the ends of their lists do not.
    std::vector<quint16> rows;
    qint64 lastRow = 0; // the last row marked: a row's many tokens of one start mark it once
};

// What one window of rows found: for each kept key that it found, its rows' offsets from `start`.
struct FoundWindow
{
    qint64 start = 0;
    std::vector<std::pair<int, std::vector<quint16>>> rows;
};

// The keys read from the text: the phrases ("a b", "a b c") and the starts kept. A token's ASCII
// starts are found in tables indexed by their bytes, others by their text; a token is looked up
// once among the phrases' few tokens, and a phrase is found from the numbers of its tokens: a
// pair in a table, a phrase of three in a map. (A table of every token seen is slower: the ids'
// tokens are each seen once, and it outgrows the processor's caches.)
class KeptKeys
{
public:
    KeptKeys(const RowBits &bits, const std::vector<std::string> &phrases, const std::vector<std::string> &starts)
    {
        std::vector<std::vector<int>> phraseTokens;
        for (const std::string &phrase : phrases) {
            std::vector<int> numbers;
            for (std::size_t at = 0; at <= phrase.size();) {
                const std::size_t space = std::min(phrase.find(' ', at), phrase.size());
                const auto [it, added] =
                    m_phraseTokens.emplace(std::string_view(phrase).substr(at, space - at), int(m_phraseTokens.size()));
                numbers.push_back(it->second);
                at = space + 1;
            }
            phraseTokens.push_back(std::move(numbers));
        }
        const std::size_t tokens = m_phraseTokens.size();
        m_pairs.assign(tokens * tokens, -1);
        for (std::size_t i = 0; i < phrases.size(); ++i) {
            const std::vector<int> &n = phraseTokens[i];
            const int kept = keep(bits, RowBits::wordKey(phrases[i]));
            if (n.size() == 2)
                m_pairs[std::size_t(n[0]) * tokens + std::size_t(n[1])] = kept;
            else if (n.size() == 3)
                m_triples.emplace(tripleOf(n[0], n[1], n[2]), kept);
        }
        m_asciiStarts2.assign(1 << 16, -1);
        for (const std::string &start : starts) {
            const int kept = keep(bits, RowBits::prefixKey(start));
            if (!asciiphrase::isAscii(start))
                m_byStart.emplace(start, kept);
            else if (start.size() == 1)
                m_asciiStarts1[std::size_t(static_cast<unsigned char>(start[0]))] = kept;
            else if (start.size() == 2)
                m_asciiStarts2[asciiKey(start, 2)] = kept;
            else
                m_asciiStarts3.emplace(asciiKey(start, 3), kept);
        }
    }

    qint64 lowestCover() const
    {
        qint64 lowest = std::numeric_limits<qint64>::max();
        for (const KeptRows &kept : m_kept)
            lowest = qMin(lowest, kept.from);
        return lowest;
    }

    // Marks `rowid` as holding `token`, which follows the phrase tokens numbered `previous` (the
    // token before it in its column, then the one before that; -1 when none). Returns the
    // token's own number.
    int found(qint64 rowid, std::string_view token, const int (&previous)[2])
    {
        markStarts(token, rowid);
        const auto number = m_phraseTokens.find(token);
        const int n = number == m_phraseTokens.end() ? -1 : number->second;
        if (n >= 0 && previous[0] >= 0) {
            const std::size_t tokens = m_phraseTokens.size();
            if (const int pair = m_pairs[std::size_t(previous[0]) * tokens + std::size_t(n)]; pair >= 0)
                mark(pair, rowid);
            if (previous[1] >= 0 && !m_triples.empty()) {
                const auto triple = m_triples.find(tripleOf(previous[1], previous[0], n));
                if (triple != m_triples.end())
                    mark(triple->second, rowid);
            }
        }
        return n;
    }

    // What the window found, taken out; the next window starts at `next`.
    FoundWindow take(qint64 next)
    {
        FoundWindow found{m_windowStart, {}};
        for (std::size_t i = 0; i < m_kept.size(); ++i) {
            if (!m_kept[i].rows.empty())
                found.rows.emplace_back(int(i), std::move(m_kept[i].rows));
            m_kept[i].rows.clear();
        }
        m_windowStart = next;
        return found;
    }

    // What a window found (by this object or another made alike), added to what is stored; each
    // chunk of the window is written once.
    void write(RowBits &bits, const FoundWindow &found) const
    {
        for (const auto &[kept, offsets] : found.rows) {
            RowIdSet rows;
            for (const quint16 offset : offsets)
                rows.insert(found.start + offset);
            bits.add(m_kept[std::size_t(kept)].key, rows);
        }
    }

    void cover(RowBits &bits, qint64 maxRowid) const
    {
        for (const KeptRows &kept : m_kept)
            bits.setCover(kept.key, maxRowid);
    }

private:
    static quint64 tripleOf(int a, int b, int c)
    {
        return quint64(quint32(a)) << 42 | quint64(quint32(b)) << 21 | quint64(quint32(c));
    }

    // The first `n` bytes of ASCII `text`, as a number.
    static quint32 asciiKey(std::string_view text, std::size_t n)
    {
        quint32 key = 0;
        for (std::size_t i = 0; i < n; ++i)
            key |= quint32(static_cast<unsigned char>(text[i])) << (8 * i);
        return key;
    }

    int keep(const RowBits &bits, QString key)
    {
        const qint64 from = bits.coveredUpTo(key).value_or(0);
        m_kept.push_back({std::move(key), from, {}, 0});
        return int(m_kept.size()) - 1;
    }

    void markStarts(std::string_view token, qint64 rowid)
    {
        const std::size_t ascii = std::min<std::size_t>(token.size(), rowbitstokens::kLongestStart);
        if (std::all_of(token.begin(), token.begin() + long(ascii),
                        [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            if (const int kept = m_asciiStarts1[std::size_t(static_cast<unsigned char>(token[0]))]; kept >= 0)
                mark(kept, rowid);
            if (ascii >= 2) {
                if (const int kept = m_asciiStarts2[asciiKey(token, 2)]; kept >= 0)
                    mark(kept, rowid);
            }
            if (ascii == 3 && !m_asciiStarts3.empty()) {
                if (const auto kept = m_asciiStarts3.find(asciiKey(token, 3)); kept != m_asciiStarts3.end())
                    mark(kept->second, rowid);
            }
            return;
        }
        rowbitstokens::forEachStart(token, [&](std::string_view start) {
            if (const auto kept = m_byStart.find(std::string(start)); kept != m_byStart.end())
                mark(kept->second, rowid);
        });
    }

    static std::array<int, 256> noStarts()
    {
        std::array<int, 256> none;
        none.fill(-1);
        return none;
    }

    void mark(int kept, qint64 rowid)
    {
        KeptRows &rows = m_kept[std::size_t(kept)];
        if (rowid > rows.from && rowid != rows.lastRow) {
            rows.rows.push_back(quint16(rowid - m_windowStart));
            rows.lastRow = rowid;
        }
    }

    std::vector<KeptRows> m_kept;
    qint64 m_windowStart = 0; // the first row of the window: its rows are marked as offsets from it
    std::array<int, 256> m_asciiStarts1 = noStarts(); // by byte: the start's kept index, or -1
    std::vector<int> m_asciiStarts2;                  // by two bytes
    std::unordered_map<quint32, int> m_asciiStarts3;
    std::unordered_map<std::string, int> m_byStart;           // the starts not ASCII
    std::unordered_map<std::string_view, int> m_phraseTokens; // views of the phrases, which outlive this
    std::vector<int> m_pairs;                                 // [first * tokens + second]: the pair's kept index
    std::unordered_map<quint64, int> m_triples;               // tripleOf(numbers): the phrase's kept index
};

} // namespace proofdesk::cache::textpass
