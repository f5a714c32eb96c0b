#include "bulkload.h"
#include "rowbits.h"
#include "rowbitsprefixes.h"
#include "rowbitssample.h"
#include "rowtextmatch.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace proofdesk::cache {

namespace {

// The largest rowid a word key covers, 0 when none is covered.
qint64 wordsCoveredUpTo(Database &db)
{
    return db.queryInt("SELECT coalesce(max(upto), 0) FROM rowbits_cover WHERE key LIKE 'word:%'");
}

std::vector<std::string> coveredWords(Database &db)
{
    std::vector<std::string> words;
    Statement st = db.prepare("SELECT substr(key, 6) FROM rowbits_cover WHERE key LIKE 'word:%'");
    while (st.step())
        words.push_back(st.columnUtf8(0).toStdString());
    return words;
}

// One sampled row's tokens and its pairs of adjacent tokens within a column ("a b": the tokens
// of a phrase, as FTS5 matches it), each once.
void sampleRow(RowTextMatch &match, const Statement &row, std::unordered_map<std::string, int> &rowsWith,
               std::unordered_map<std::string, int> &pairRowsWith)
{
    std::unordered_set<std::string> tokens, pairs;
    for (int column = 0; column < 3; ++column) {
        const std::vector<std::string> inColumn = match.tokens(row.columnUtf8(column).toStdString());
        for (std::size_t i = 0; i + 1 < inColumn.size(); ++i)
            pairs.insert(inColumn[i] + ' ' + inColumn[i + 1]);
        tokens.insert(inColumn.begin(), inColumn.end());
    }
    for (const std::string &token : tokens)
        ++rowsWith[token];
    for (const std::string &pair : pairs)
        ++pairRowsWith[pair];
}

// The tokens found in at least options.wordShare of rows read evenly across the rowids, then the
// pairs of adjacent tokens found in at least options.pairShare of them (kept as "a b", a phrase).
std::vector<std::string> sampledCommonTokens(Database &db, qint64 maxRowid, const RowBitsOptions &options)
{
    const auto match = RowTextMatch::forConnection(db.handle());
    if (!match)
        return {};
    std::unordered_map<std::string, int> rowsWith, pairRowsWith;
    const int sampled = rowbitssample::forEachRow(db, maxRowid, options.sampleRows, [&](const Statement &row) {
        sampleRow(*match, row, rowsWith, pairRowsWith);
    });
    std::vector<std::string> keys = rowbitssample::mostCommon(rowsWith, sampled, options.wordShare, options.maxWords);
    for (std::string &pair : rowbitssample::mostCommon(pairRowsWith, sampled, options.pairShare, options.maxPairs))
        keys.push_back(std::move(pair));
    return keys;
}

// The words (and pairs) to keep: those already kept, and a fresh sample's when there are none
// yet, no pair yet (a cache from before pairs were kept, issue #43), or the cache has grown by a
// quarter since they were chosen.
std::vector<std::string> wordsToKeep(Database &db, qint64 maxRowid, const RowBitsOptions &options)
{
    std::vector<std::string> words = coveredWords(db);
    const qint64 chosenAt = wordsCoveredUpTo(db);
    const bool pairs = std::any_of(words.begin(), words.end(),
                                   [](const std::string &word) { return word.find(' ') != std::string::npos; });
    if (!words.empty() && (pairs || options.maxPairs == 0) && maxRowid * 4 < chosenAt * 5)
        return words;
    for (std::string &token : sampledCommonTokens(db, maxRowid, options)) {
        if (std::find(words.begin(), words.end(), token) == words.end())
            words.push_back(std::move(token));
    }
    return words;
}

void refreshWord(Database &db, RowBits &bits, const std::string &token, qint64 maxRowid)
{
    const QString key = RowBits::wordKey(token);
    const qint64 from = bits.coveredUpTo(key).value_or(0);
    if (from >= maxRowid)
        return;
    RowIdSet rows = RowIdSet::withCapacity(maxRowid);
    QByteArray phrase = QByteArray::fromStdString(token);
    phrase.replace('"', "\"\"");
    Statement st = db.prepareCached("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? "
                                    "AND rowid > ? AND rowid <= ? AND rowset_add(?, rowid)");
    st.bind(1, QByteArray('"' + phrase + '"')).bind(2, from).bind(3, maxRowid).bindRowSet(4, &rows);
    st.run();
    bits.add(key, rows);
    bits.setCover(key, maxRowid);
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

// Every key brought up to `maxRowid`, in the caller's transaction.
std::size_t refreshAll(Database &db, RowBits &bits, qint64 maxRowid, const RowBitsOptions &options)
{
    bits.dropUncovered();
    const std::vector<std::string> words = wordsToKeep(db, maxRowid, options);
    for (const std::string &token : words)
        refreshWord(db, bits, token, maxRowid);
    refreshPrefixes(db, bits, words, maxRowid, options);
    refreshMonths(db, bits, maxRowid);
    for (const RowBits::StoredColumn &column : RowBits::storedColumns())
        refreshValues(db, bits, column, maxRowid);
    return words.size();
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
    std::size_t words = 0;
    try {
        words = refreshAll(db, bits, maxRowid, options);
    } catch (const StoredRowsDamaged &e) {
        // What is stored was changed by something other than this code: none of it is kept
        // (adding to it would give damaged rows a fresh digest), all of it built again.
        qCWarning(lcCache) << "the stored rows for counting were damaged (" << e.what() << "): built again";
        bits.dropAll();
        words = refreshAll(db, bits, maxRowid, options);
    }
    tx.commit();
    qCDebug(lcCache) << "row bits of" << words << "words, the months and the values refreshed up to rowid" << maxRowid
                     << "in" << timer.elapsed() << "ms";
}

} // namespace proofdesk::cache
