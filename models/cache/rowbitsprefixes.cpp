#include "rowbitsprefixes.h"

#include "rowbitssample.h"
#include "rowbitstokens.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace proofdesk::cache {

namespace {

std::vector<std::string> keptPrefixes(Database &db)
{
    std::vector<std::string> prefixes;
    Statement st = db.prepare("SELECT substr(key, 8) FROM rowbits_cover WHERE key >= 'begins:' AND key < 'begins;'");
    while (st.step())
        prefixes.push_back(st.columnUtf8(0).toStdString());
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
        rowbitstokens::forEachToken(match, row, 0, [&](int, std::string_view token) {
            if (!stored.count(token))
                others.emplace(token);
        });
        for (const std::string &term : others)
            rowbitstokens::forEachStart(term, [&](std::string_view start) { ++termsWith[std::string(start)]; });
    });
    return rowbitssample::mostCommon(termsWith, sampled, options.prefixTermsPerRow, options.maxPrefixes);
}

} // namespace

std::vector<std::string> prefixesToKeep(Database &db, RowTextMatch &match, const std::vector<std::string> &words,
                                        qint64 maxRowid, const RowBitsOptions &options, bool sampleAgain)
{
    std::vector<std::string> prefixes = keptPrefixes(db);
    if (!prefixes.empty() && !sampleAgain)
        return prefixes;
    for (std::string &start : sampledCommonStarts(db, match, words, maxRowid, options)) {
        if (std::find(prefixes.begin(), prefixes.end(), start) == prefixes.end()
            && int(prefixes.size()) < options.maxPrefixes)
            prefixes.push_back(std::move(start));
    }
    return prefixes;
}

} // namespace proofdesk::cache
