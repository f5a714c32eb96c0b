#include "bulkload.h"
#include "rowbits.h"
#include "rowbitsprefixes.h"
#include "rowbitssample.h"
#include "rowbitstextpass.h"
#include "rowbitswords.h"
#include "rowtextmatch.h"
#include "util/steptimer.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace proofdesk::cache {

namespace {

std::vector<std::string> coveredWords(Database &db)
{
    std::vector<std::string> words;
    Statement st = db.prepare("SELECT substr(key, 6) FROM rowbits_cover WHERE key LIKE 'word:%'");
    while (st.step())
        words.push_back(st.columnUtf8(0).toStdString());
    return words;
}

bool isPhrase(const std::string &word) { return word.find(' ') != std::string::npos; }

// Counts one sampled row's tokens, its pairs and its phrases of three adjacent tokens within a
// column ("a b c": as FTS5 matches a phrase), each once; keeps its columns' tokens for
// triplesNarrowedToMany, which needs the words kept, known once every row is counted.
struct SampleCounts
{
    std::unordered_map<std::string, int> words, pairs, triples;
    std::unordered_set<std::string> inRow[3];
    std::vector<std::array<std::vector<std::string>, 3>> rows;

    void add(RowTextMatch &match, const Statement &row)
    {
        for (auto &seen : inRow)
            seen.clear();
        std::array<std::vector<std::string>, 3> &columns = rows.emplace_back();
        for (int column = 0; column < 3; ++column) {
            const std::vector<std::string> &inColumn = columns[std::size_t(column)] =
                match.tokens(row.columnUtf8(column).toStdString());
            for (std::size_t i = 0; i < inColumn.size(); ++i) {
                inRow[0].insert(inColumn[i]);
                if (i + 1 < inColumn.size())
                    inRow[1].insert(inColumn[i] + ' ' + inColumn[i + 1]);
                if (i + 2 < inColumn.size())
                    inRow[2].insert(inColumn[i] + ' ' + inColumn[i + 1] + ' ' + inColumn[i + 2]);
            }
        }
        std::unordered_map<std::string, int> *counts[3] = {&words, &pairs, &triples};
        for (int n = 0; n < 3; ++n) {
            for (const std::string &key : inRow[n])
                ++(*counts[n])[key];
        }
    }
};

// The phrases of three kept words "a b c" whose pairs "a b" and "b c" are found in the same
// sampled rows so often that narrowing the phrase by them (StoredText) would leave at least
// options.narrowedTripleRows rows to ask on their own text at this cache's size, however rare the
// phrase itself: kept whole, their rows cost 2 bytes each. At ten million rows such a phrase
// ("balance fee policy", 0.13% of the rows) took 0.1-0.9 s narrowed or read by FTS5.
std::vector<std::string> triplesNarrowedToMany(const SampleCounts &counts, const std::vector<std::string> &words,
                                               qint64 maxRowid, const RowBitsOptions &options)
{
    const std::unordered_set<std::string> kept(words.begin(), words.end());
    std::unordered_map<std::string, int> rowsWithBothPairs;
    std::unordered_set<std::string> inRow;
    for (const auto &columns : counts.rows) {
        // The row's pairs of kept words, the second words of each by its first.
        std::map<std::string_view, std::set<std::string_view>> after;
        for (const std::vector<std::string> &tokens : columns) {
            for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
                if (kept.count(tokens[i]) && kept.count(tokens[i + 1]))
                    after[tokens[i]].insert(tokens[i + 1]);
            }
        }
        inRow.clear();
        for (const auto &[first, seconds] : after) {
            for (const std::string_view second : seconds) {
                const auto thirds = after.find(second);
                if (thirds == after.end())
                    continue;
                for (const std::string_view third : thirds->second)
                    inRow.insert(std::string(first) + ' ' + std::string(second) + ' ' + std::string(third));
            }
        }
        for (const std::string &triple : inRow)
            ++rowsWithBothPairs[triple];
    }
    const int sampled = int(counts.rows.size());
    // Seen in two sampled rows at least: one is chance.
    const double share =
        qMax(double(options.narrowedTripleRows) / double(qMax<qint64>(1, maxRowid)), 2.0 / double(qMax(1, sampled)));
    return rowbitssample::mostCommon(rowsWithBothPairs, sampled, share, options.maxNarrowedTriples);
}

// The tokens found in at least options.wordShare of rows read evenly across the rowids, then the
// phrases of two and of three found in at least options.pairShare and options.tripleShare of them,
// with options.pairsOfWords every pair of those tokens, and the phrases of three that narrowing
// would leave many rows of (triplesNarrowedToMany). A large cache samples one row in
// kRowsPerSampledRow (40,000 at ten million), so that pairs found together in 0.025% of its rows
// (narrowedTripleRows) are seen about ten times.
std::vector<std::string> sampledCommonTokens(Database &db, RowTextMatch &match, qint64 maxRowid,
                                             const RowBitsOptions &options)
{
    constexpr qint64 kRowsPerSampledRow = 250;
    SampleCounts counts;
    const int sampled =
        rowbitssample::forEachRow(db, maxRowid, int(qMax<qint64>(options.sampleRows, maxRowid / kRowsPerSampledRow)),
                                  [&](const Statement &row) { counts.add(match, row); });
    const std::vector<std::string> words =
        rowbitssample::mostCommon(counts.words, sampled, options.wordShare, options.maxWords);
    std::vector<std::string> keys = words;
    std::unordered_set<std::string> phrases;
    const auto addPhrase = [&](std::string phrase) {
        if (phrases.insert(phrase).second)
            keys.push_back(std::move(phrase));
    };
    for (std::string &pair : rowbitssample::mostCommon(counts.pairs, sampled, options.pairShare, options.maxPairs))
        addPhrase(std::move(pair));
    if (options.pairsOfWords) {
        for (const std::string &first : words) {
            for (const std::string &second : words)
                addPhrase(first + ' ' + second);
        }
    }
    for (std::string &triple :
         rowbitssample::mostCommon(counts.triples, sampled, options.tripleShare, options.maxTriples))
        addPhrase(std::move(triple));
    if (options.pairsOfWords) {
        for (std::string &triple : triplesNarrowedToMany(counts, words, maxRowid, options))
            addPhrase(std::move(triple));
    }
    return keys;
}

// The words and phrases to keep: those already kept, and with `sampleAgain` (or none kept) those
// a fresh sample finds besides.
std::vector<std::string> wordsToKeep(Database &db, RowTextMatch &match, qint64 maxRowid, const RowBitsOptions &options,
                                     bool sampleAgain)
{
    std::vector<std::string> words = coveredWords(db);
    if (!words.empty() && !sampleAgain)
        return words;
    std::unordered_set<std::string> kept(words.begin(), words.end());
    for (std::string &token : sampledCommonTokens(db, match, maxRowid, options)) {
        if (kept.insert(token).second)
            words.push_back(std::move(token));
    }
    return words;
}

void refreshMonths(Database &db, RowBits &bits, qint64 maxRowid)
{
    const QString cover = RowBits::monthsCoverKey();
    const qint64 from = bits.coveredUpTo(cover).value_or(0);
    if (from >= maxRowid)
        return;
    std::map<qint64, RowIdSet> months;
    Statement st = db.prepare("SELECT rowid, issued_at FROM communications INDEXED BY comm_issued_by_rowid "
                              "WHERE rowid > ? AND rowid <= ? AND issued_at IS NOT NULL");
    st.bind(1, from).bind(2, maxRowid);
    qint64 start = 0, end = 0; // the month of the last row, [start, end)
    RowIdSet *month = nullptr;
    while (st.step()) {
        const qint64 issued = st.columnInt(1);
        if (!month || issued < start || issued >= end) {
            start = RowBits::monthStart(issued);
            end = RowBits::nextMonthStart(issued);
            month = &months[start];
        }
        month->insert(st.columnInt(0));
    }
    for (const auto &[monthStart, rows] : months)
        bits.add(RowBits::monthKey(monthStart), rows);
    bits.setCover(cover, maxRowid);
}

// Each value's rows of a column: the first time from the column's own index (narrow entries,
// in value order), afterwards the rows added since from the table.
void refreshValues(Database &db, RowBits &bits, const RowBits::StoredColumn &stored, qint64 maxRowid)
{
    const QLatin1String column = stored.column;
    const QString cover = RowBits::valuesCoverKey(column);
    const qint64 from = bits.coveredUpTo(cover).value_or(0);
    if (from >= maxRowid)
        return;
    const QString source =
        from == 0 ? QLatin1String("communications INDEXED BY ") + stored.index : QStringLiteral("communications");
    Statement st =
        db.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ? AND rowid <= ? AND %1 IS NOT NULL")
                       .arg(column, source));
    st.bind(1, from).bind(2, maxRowid);
    std::map<QString, RowIdSet> values;
    QString last;
    RowIdSet *rows = nullptr;
    while (st.step()) {
        const QString value = st.columnText(1);
        if (!rows || value != last) {
            rows = &values[RowBits::valueKey(column, value)];
            last = value;
        }
        rows->insert(st.columnInt(0));
    }
    for (const auto &[key, set] : values)
        bits.add(key, set);
    bits.setCover(cover, maxRowid);
}

// Every key brought up to `maxRowid`, in the caller's transaction. The words, phrases and starts
// are chosen again from a fresh sample when the cache has grown by a quarter since they were
// last chosen, or when it never was (a cache from before phrases of three were kept, issue #43).
std::size_t refreshAll(Database &db, RowBits &bits, qint64 maxRowid, const RowBitsOptions &options)
{
    bits.dropUncovered();
    const auto match = RowTextMatch::forConnection(db.handle());
    std::size_t kept = 0;
    if (match) {
        const std::optional<qint64> sampledAt = bits.coveredUpTo(RowBits::sampledKey());
        const bool sampleAgain = !sampledAt || maxRowid * 4 >= *sampledAt * 5;
        std::vector<std::string> words, phrases;
        {
            const util::StepTimer step("rowbits.sample");
            for (std::string &word : wordsToKeep(db, *match, maxRowid, options, sampleAgain))
                (isPhrase(word) ? phrases : words).push_back(std::move(word));
        }
        // The words' rows are read on a second thread while this one reads the text.
        WordRowsAside wordRows(db, bits, words, maxRowid);
        std::vector<std::string> starts;
        {
            const util::StepTimer step("rowbits.starts");
            starts = prefixesToKeep(db, *match, words, maxRowid, options, sampleAgain);
        }
        {
            const util::StepTimer step("rowbits.text");
            refreshFromText(db, bits, *match, phrases, starts, maxRowid);
        }
        {
            const util::StepTimer step("rowbits.words");
            wordRows.write(bits);
        }
        if (sampleAgain)
            bits.setCover(RowBits::sampledKey(), maxRowid);
        kept = words.size() + phrases.size() + starts.size();
    }
    const util::StepTimer step("rowbits.months_values");
    refreshMonths(db, bits, maxRowid);
    for (const RowBits::StoredColumn &column : RowBits::storedColumns())
        refreshValues(db, bits, column, maxRowid);
    return kept;
}

} // namespace

void refreshRowBits(Database &db, const RowBitsOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    if (BulkLoad::pendingIndexes(db) > 0) // its indexes, the full-text one included, are still to come
        return;
    const qint64 maxRowid = db.queryInt("SELECT coalesce(max(rowid), 0) FROM communications");
    if (maxRowid < options.minRows || maxRowid >= RowIdSet::kMaxBitmapRows)
        return;
    RowBits bits(db);
    std::size_t kept = 0;
    try {
        kept = refreshAll(db, bits, maxRowid, options);
    } catch (const StoredRowsDamaged &e) {
        // What is stored was changed by something other than this code: none of it is kept
        // (adding to it would give damaged rows a fresh digest), all of it built again.
        qCWarning(lcCache) << "the stored rows for counting were damaged (" << e.what() << "): built again";
        bits.dropAll();
        kept = refreshAll(db, bits, maxRowid, options);
    }
    tx.commit();
    qCDebug(lcCache) << "row bits of" << kept
                     << "words, phrases and starts, the months and the values refreshed up to rowid" << maxRowid << "in"
                     << timer.elapsed() << "ms";
}

} // namespace proofdesk::cache
