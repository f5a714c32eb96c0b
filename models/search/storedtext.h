#pragma once

#include "cache/rowidset.h"
#include "cache/rowtextmatch.h"
#include "cache/sqlite.h"
#include "querynode.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace proofdesk::search {

// The rows of a text-only query answered from the stored rows (cache/rowbits.h) instead of
// FTS5's postings (issue #43): each term is a bitmap, and And, Or and a negation are bitmap
// operations chunk by chunk: two words found in most rows read their stored chunks where FTS5
// merges their postings (F14 in docs/search-plans.md).
//
// A term is answered when:
// - a word (one token) is stored: its stored rows, plus FTS5's for rows past its cover;
// - a phrase of two or three tokens is stored (refreshRowBits keeps the common ones as
//   "word:TOKEN TOKEN" and "word:TOKEN TOKEN TOKEN"): the same;
// - a longer phrase, or one not stored, has adjacent phrases of three, pairs or words stored
//   whose rows intersect in few rows (kNarrowRows): those rows are asked on their own text
//   (fts_row_match, cache/rowtextmatch.h), no posting is read;
// - a prefix of one token kept whole (refreshRowBits keeps the common starts of other words as
//   "begins:START", rowbitsprefixes.h): its stored rows, and the few rows past their cover
//   asked on their own text;
// - else a prefix of one token that begins at least one stored word: the union of those words' rows
//   and the rows of every other term it begins: their names read from FTS5's own vocabulary
//   (fts5vocab) term range by term range around the stored words, then each one's rows from
//   FTS5, so that a common word's postings are never read.
// A term answered by none of these is collected from FTS5 alone, beside terms that are: FTS5
// then reads its postings, never the common words'. Text with no term answered is left to FTS5
// whole: collect() gives nothing. A negation without a positive term beside it (alone, in an Or,
// an And of negations) is the complement of its operand's rows in every row: the months' stored
// rows (each letter has one issue date) and the rows past their cover; with the months not
// stored it is left to FTS5 too.
//
// Every stored row is read through RowBits, which checks it (StoredRowsDamaged).
class StoredText
{
public:
    // `helper` (may be null): another reader of the same cache, which asks the lower half of a
    // phrase's many candidates on their own text at the same time (RowidHalves).
    StoredText(cache::Database &db, std::shared_ptr<cache::RowTextMatch> tokenizer, cache::Database *helper = nullptr);

    // Every row `text` (a node SqlCompiler::ftsExpression answers) matches, from the stored
    // rows, or nothing when they cannot answer it. `log`, when given, is told how.
    std::shared_ptr<cache::RowIdSet> collect(const QueryNode &text, qint64 maxRowid, QStringList *log = nullptr);

    // When `phrase` is a phrase narrowed by its pieces' stored rows: the intersection of those
    // rows, its candidates. Every row the phrase matches is among them, not every candidate holds
    // it; a page walks them asking each on its own text (SearchPlanner::lightPage). Else null.
    std::shared_ptr<cache::RowIdSet> candidates(const QueryNode &phrase, qint64 maxRowid);
    // Whether `term` (a word or a phrase) is kept whole: its rows are read from its own stored rows.
    bool storedWhole(const QueryNode &term);

    // A phrase's candidates (the intersection of its pairs' or words' stored rows) are asked on
    // their own text when they are at most this many (F12 in docs/search-plans.md).
    static constexpr qint64 kNarrowRows = 20000;
    // From this many candidates on, the helper asks the lower half of them (F17).
    static constexpr qint64 kHalvedCandidates = 2000;
    // For tests on a few rows, to reach the halves a large cache would take.
    void setHalvedCandidates(qint64 from) { m_halvedCandidates = from; }

private:
    // How a term is answered.
    struct Term
    {
        enum class Way { Stored, Narrowed, Prefix, Fts } way = Way::Stored;
        QString fts;               // the term as one FTS5 string
        std::vector<QString> keys; // Stored: one key; Narrowed: the pieces; Prefix: the stored words
        std::vector<std::string> tokens;
        QString prefixKey;      // Prefix: the key of every term it begins, when kept whole
        qint64 prefixCover = 0; // and the rowid up to which its rows are stored
    };
    Term term(const QueryNode &node);
    // Whether any term under `node` is answered by the stored rows, and none is an unsupported shape.
    bool worthAnswering(const QueryNode &node, bool underAnd);
    std::shared_ptr<cache::RowIdSet> rows(const QueryNode &node, qint64 maxRowid);
    // Every row up to `maxRowid` (kept once made), or null when the months are not stored.
    std::shared_ptr<const cache::RowIdSet> everyRow(qint64 maxRowid);
    bool monthsStored();
    std::shared_ptr<cache::RowIdSet> complement(const QueryNode &operand, qint64 maxRowid);
    std::shared_ptr<cache::RowIdSet> termRows(const Term &term, qint64 maxRowid);
    std::shared_ptr<cache::RowIdSet> narrowedRows(const Term &term, qint64 maxRowid);
    cache::RowIdSet candidatesOf(const Term &term, qint64 maxRowid);
    // The candidates in [lo, hi) of ascending `rows` that hold the phrase, asked on `db`.
    void askOwnText(cache::Database &db, const cache::RowTextMatch::Expression &expression, const QList<qint64> &rows,
                    qint64 lo, qint64 hi, cache::RowIdSet &holding);
    bool addPrefixRows(const Term &term, qint64 maxRowid, cache::RowIdSet &rows);
    // `key`'s stored rows and FTS5's rows of `fts` past its cover.
    void addKeyRows(const QString &key, const QString &fts, cache::RowIdSet &rows);
    std::optional<qint64> cover(const QString &key);
    // The stored words `token` begins (their keys), ascending.
    std::vector<QString> storedWordsBegun(const std::string &token);
    // On `db`, half 0 or 1 of those terms by their names, or with -1 all of them.
    void addOtherTermsBegun(cache::Database &db, const std::string &token, const std::vector<QString> &stored, int half,
                            cache::RowIdSet &rows);
    // The pieces whose stored rows hold every row of a phrase: its pairs where stored, else its words.
    std::optional<std::vector<QString>> phrasePieces(const std::vector<std::string> &tokens);

    cache::Database &m_db;
    std::shared_ptr<cache::RowTextMatch> m_tokenizer;
    cache::Database *m_helper;
    qint64 m_halvedCandidates = kHalvedCandidates;
    QStringList *m_log = nullptr;
    std::shared_ptr<const cache::RowIdSet> m_everyRow;
};

} // namespace proofdesk::search
