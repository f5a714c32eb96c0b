#include "rowbitstextpass.h"

#include "rowbitstokens.h"

#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace proofdesk::cache {

namespace {

constexpr qint64 kWindowChunks = 4; // rows gathered before they are written: 262,144 at most

struct KeptRows
{
    QString key;
    qint64 from = 0; // its rows are stored up to here
    RowIdSet rows;   // those found past it in the current window
};

// The keys read from the text, found by the text they match: a phrase ("a b", "a b c") or a start.
class KeptKeys
{
public:
    KeptKeys(const RowBits &bits, const std::vector<std::string> &phrases, const std::vector<std::string> &starts)
    {
        for (const std::string &phrase : phrases) {
            const std::size_t space = phrase.find(' ');
            const bool triple = phrase.find(' ', space + 1) != std::string::npos;
            (triple ? m_tripleFirsts : m_pairFirsts).insert(phrase.substr(0, space));
            m_byPhrase.emplace(phrase, keep(bits, RowBits::wordKey(phrase)));
        }
        for (const std::string &start : starts)
            m_byStart.emplace(start, keep(bits, RowBits::prefixKey(start)));
    }

    qint64 lowestCover() const
    {
        qint64 lowest = std::numeric_limits<qint64>::max();
        for (const KeptRows &kept : m_kept)
            lowest = qMin(lowest, kept.from);
        return lowest;
    }

    // Marks `rowid` as holding `token`, following `previous` (the token before it in its column,
    // then the one before that; empty when none).
    void found(qint64 rowid, std::string_view token, const std::string (&previous)[2])
    {
        rowbitstokens::forEachStart(token, [&](std::string_view start) { mark(m_byStart, std::string(start), rowid); });
        if (!previous[0].empty() && m_pairFirsts.count(previous[0])) {
            m_phrase.assign(previous[0]).append(1, ' ').append(token);
            mark(m_byPhrase, m_phrase, rowid);
        }
        if (!previous[1].empty() && m_tripleFirsts.count(previous[1])) {
            m_phrase.assign(previous[1]).append(1, ' ').append(previous[0]).append(1, ' ').append(token);
            mark(m_byPhrase, m_phrase, rowid);
        }
    }

    // What the window found, added to what is stored; each chunk of the window is written once.
    void write(RowBits &bits)
    {
        for (KeptRows &kept : m_kept) {
            if (kept.rows.size() > 0)
                bits.add(kept.key, kept.rows);
            kept.rows = RowIdSet();
        }
    }

    void cover(RowBits &bits, qint64 maxRowid) const
    {
        for (const KeptRows &kept : m_kept)
            bits.setCover(kept.key, maxRowid);
    }

private:
    std::size_t keep(const RowBits &bits, QString key)
    {
        const qint64 from = bits.coveredUpTo(key).value_or(0);
        m_kept.push_back({std::move(key), from, RowIdSet()});
        return m_kept.size() - 1;
    }

    void mark(const std::unordered_map<std::string, std::size_t> &keys, const std::string &text, qint64 rowid)
    {
        const auto at = keys.find(text);
        if (at != keys.end() && rowid > m_kept[at->second].from)
            m_kept[at->second].rows.insert(rowid);
    }

    std::vector<KeptRows> m_kept;
    std::unordered_map<std::string, std::size_t> m_byPhrase, m_byStart;
    std::unordered_set<std::string> m_pairFirsts, m_tripleFirsts; // the first tokens of the phrases
    std::string m_phrase;                                         // reused: one allocation for the pass
};

} // namespace

void refreshFromText(Database &db, RowBits &bits, RowTextMatch &match, const std::vector<std::string> &phrases,
                     const std::vector<std::string> &starts, qint64 maxRowid)
{
    KeptKeys keys(bits, phrases, starts);
    const qint64 lowest = keys.lowestCover();
    if (lowest >= maxRowid)
        return;
    // Written a window of chunks at a time: what a window adds to a chunk already stored is merged
    // by RowBits::add, and the memory stays a window's.
    const qint64 windowRows = kWindowChunks * RowIdSet::kChunkRows;
    qint64 windowEnd = 0;
    std::string previous[2];
    int column = -1;
    Statement st = db.prepare("SELECT rowid, body, names, ids FROM comm_text WHERE rowid > ? AND rowid <= ?");
    st.bind(1, lowest).bind(2, maxRowid);
    while (st.step()) {
        const qint64 rowid = st.columnInt(0);
        if (rowid >= windowEnd) {
            keys.write(bits);
            windowEnd = (rowid / windowRows + 1) * windowRows;
        }
        column = -1;
        rowbitstokens::forEachToken(match, st, 1, [&](int inColumn, std::string_view token) {
            if (inColumn != column) { // a phrase is found within one column
                previous[0].clear();
                previous[1].clear();
                column = inColumn;
            }
            keys.found(rowid, token, previous);
            previous[1].swap(previous[0]);
            previous[0].assign(token);
        });
    }
    keys.write(bits);
    keys.cover(bits, maxRowid);
}

} // namespace proofdesk::cache
