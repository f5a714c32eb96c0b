#include "rowbitsprefixes.h"

#include "asciiphrase.h"
#include "columnview.h"
#include "rowbitssample.h"
#include "rowtextmatch.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace proofdesk::cache {

namespace {

constexpr int kLongestStart = 3;    // characters (code points)
constexpr qint64 kWindowChunks = 4; // rows gathered before they are written: 262,144 at most

// Calls `start` with `token`'s first one, two and three characters (whole UTF-8 sequences).
template <typename F> void forEachStart(std::string_view token, F &&start)
{
    int characters = 0;
    for (std::size_t i = 1; i <= token.size() && characters < kLongestStart; ++i) {
        if (i == token.size() || (static_cast<unsigned char>(token[i]) & 0xC0) != 0x80) {
            ++characters;
            start(token.substr(0, i));
        }
    }
}

// Calls `token` with each token of a row's columns `first`..`first + 2` (body, names, ids), folded
// as comm_fts's tokenizer folds it: an ASCII column without the tokenizer (its tokens are its runs
// of letters and digits, in lower case), any other with it.
template <typename F> void forEachToken(RowTextMatch &match, const Statement &row, int first, F &&token)
{
    std::string folded;
    for (int column = first; column < first + 3; ++column) {
        const std::string_view text = columnView(row, column);
        if (!asciiphrase::isAscii(text)) {
            for (const std::string &t : match.tokens(text))
                token(std::string_view(t));
            continue;
        }
        for (auto at = asciiphrase::nextToken(text, 0); at.first < text.size();
             at = asciiphrase::nextToken(text, at.second)) {
            folded.assign(text.substr(at.first, at.second - at.first));
            for (char &c : folded)
                c = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
            token(std::string_view(folded));
        }
    }
}

std::vector<std::string> keptPrefixes(Database &db, qint64 &chosenAt)
{
    std::vector<std::string> prefixes;
    Statement st =
        db.prepare("SELECT substr(key, 8), upto FROM rowbits_cover WHERE key >= 'begins:' AND key < 'begins;'");
    chosenAt = 0;
    while (st.step()) {
        prefixes.push_back(st.columnUtf8(0).toStdString());
        chosenAt = qMax(chosenAt, st.columnInt(1));
    }
    return prefixes;
}

// The starts whose terms other than `words` a sampled row holds options.prefixTermsPerRow of on
// average, or more: what a prefix query of them reads from FTS5 is about that many postings a row.
std::vector<std::string> sampledCommonStarts(Database &db, RowTextMatch &match, const std::vector<std::string> &words,
                                             qint64 maxRowid, const RowBitsOptions &options)
{
    const std::unordered_set<std::string_view> stored(words.begin(), words.end());
    std::unordered_map<std::string, int> termsWith;
    std::unordered_set<std::string> others;
    const int sampled = rowbitssample::forEachRow(db, maxRowid, options.sampleRows, [&](const Statement &row) {
        others.clear();
        forEachToken(match, row, 0, [&](std::string_view token) {
            if (!stored.count(token))
                others.emplace(token);
        });
        for (const std::string &term : others)
            forEachStart(term, [&](std::string_view start) { ++termsWith[std::string(start)]; });
    });
    return rowbitssample::mostCommon(termsWith, sampled, options.prefixTermsPerRow, options.maxPrefixes);
}

// As the words (wordsToKeep in rowbitsrefresh.cpp): those kept, and a fresh sample's when there
// are none yet or the cache has grown by a quarter since they were chosen.
std::vector<std::string> prefixesToKeep(Database &db, RowTextMatch &match, const std::vector<std::string> &words,
                                        qint64 maxRowid, const RowBitsOptions &options)
{
    qint64 chosenAt = 0;
    std::vector<std::string> prefixes = keptPrefixes(db, chosenAt);
    if (!prefixes.empty() && maxRowid * 4 < chosenAt * 5)
        return prefixes;
    for (std::string &start : sampledCommonStarts(db, match, words, maxRowid, options)) {
        if (std::find(prefixes.begin(), prefixes.end(), start) == prefixes.end()
            && int(prefixes.size()) < options.maxPrefixes)
            prefixes.push_back(std::move(start));
    }
    return prefixes;
}

struct KeptPrefix
{
    QString key;
    qint64 from = 0; // its rows are stored up to here
    RowIdSet rows;
};

} // namespace

std::size_t refreshPrefixes(Database &db, RowBits &bits, const std::vector<std::string> &words, qint64 maxRowid,
                            const RowBitsOptions &options)
{
    const auto match = RowTextMatch::forConnection(db.handle());
    if (!match)
        return 0;
    std::vector<KeptPrefix> kept;
    std::unordered_map<std::string, std::size_t> byStart;
    qint64 lowest = maxRowid;
    for (const std::string &start : prefixesToKeep(db, *match, words, maxRowid, options)) {
        KeptPrefix prefix{RowBits::prefixKey(start), 0, {}};
        prefix.from = bits.coveredUpTo(prefix.key).value_or(0);
        lowest = qMin(lowest, prefix.from);
        byStart.emplace(start, kept.size());
        kept.push_back(std::move(prefix));
    }
    if (lowest >= maxRowid)
        return kept.size();
    // Written a window of chunks at a time, each chunk once: what a window adds to a chunk
    // already stored is merged by RowBits::add, and the memory stays a window's.
    const auto write = [&] {
        for (KeptPrefix &prefix : kept) {
            if (prefix.rows.size() > 0)
                bits.add(prefix.key, prefix.rows);
            prefix.rows = RowIdSet();
        }
    };
    const qint64 windowRows = kWindowChunks * RowIdSet::kChunkRows;
    qint64 windowEnd = 0;
    Statement st = db.prepare("SELECT rowid, body, names, ids FROM comm_text WHERE rowid > ? AND rowid <= ?");
    st.bind(1, lowest).bind(2, maxRowid);
    while (st.step()) {
        const qint64 rowid = st.columnInt(0);
        if (rowid >= windowEnd) {
            write();
            windowEnd = (rowid / windowRows + 1) * windowRows;
        }
        forEachToken(*match, st, 1, [&](std::string_view token) {
            forEachStart(token, [&](std::string_view start) {
                const auto found = byStart.find(std::string(start));
                if (found != byStart.end() && rowid > kept[found->second].from)
                    kept[found->second].rows.insert(rowid);
            });
        });
    }
    write();
    for (const KeptPrefix &prefix : kept)
        bits.setCover(prefix.key, maxRowid);
    return kept.size();
}

} // namespace proofdesk::cache
