#pragma once

#include "cache/rowidset.h"
#include "cache/sqlite.h"
#include "querynode.h"
#include "rowidhalves.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace proofdesk::cache {
class RowTextMatch;
}

namespace proofdesk::search {

// Collects the rowids a full-text expression matches into a RowIdSet, so that the count
// and the page read the full-text index once: the page then walks issued_at in order
// keeping the set's rows (rowset_has), instead of asking FTS5 again row by row or
// building its match list a second time.
//
// With a helper connection and a large cache, the rowid space is split in two and the
// halves are read at once, one on each connection (RowidHalves).
class TextRows
{
public:
    // `db` is in the caller's read transaction; `helper` (may be null) is another reader
    // of the same cache, not in a transaction, used only during collect() and count().
    // `storedRows` false: the common words' stored rows (cache/rowbits.h) are not read.
    TextRows(cache::Database &db, cache::Database *helper, bool storedRows = true);

    // Every row `fts` matches.
    std::shared_ptr<cache::RowIdSet> collect(const QString &fts, qint64 maxRowid);
    // Only how many (the same two halves), for a word so common that the page finds its
    // rows within a few of the issued_at walk and needs no set.
    qint64 count(const QString &fts, qint64 maxRowid);
    // The same for a text-only node (SqlCompiler::ftsExpression answers it): from the stored
    // rows when they answer its terms (StoredText: words, pairs, phrases narrowed by them,
    // prefixes of stored words, and And, Or and negations of those), else as above.
    std::shared_ptr<cache::RowIdSet> collect(const QueryNode &text, qint64 maxRowid);
    qint64 count(const QueryNode &text, qint64 maxRowid);
    // Only from the stored rows: null when they do not answer `text`.
    std::shared_ptr<cache::RowIdSet> collectStored(const QueryNode &text, qint64 maxRowid);
    // A phrase's candidates in the stored rows, a superset of its rows (StoredText::candidates).
    std::shared_ptr<cache::RowIdSet> phraseCandidates(const QueryNode &phrase, qint64 maxRowid);
    // Whether `term` is read from its own stored rows (StoredText::storedWhole).
    bool storedWhole(const QueryNode &term);
    // The stored rows answered in collect() and count() say so here (SearchEngine::explainCount).
    void setLog(QStringList *log) { m_log = log; }
    // The first `cap` + 1 rows at most, on `db` alone: the set is complete when its size
    // is at most `cap`.
    std::shared_ptr<cache::RowIdSet> collectUpTo(const QString &fts, qint64 cap, qint64 maxRowid);

    // Caches with at least this many rows read in two halves when there is a helper.
    static constexpr qint64 kParallelRows = RowidHalves::kParallelRows;

private:
    struct StoredWord
    {
        QString key;
        qint64 upto = 0;
    };
    // The row bits that answer `fts`, when it is one word (one token) the cache keeps.
    std::optional<StoredWord> storedWord(const QString &fts);
    std::shared_ptr<cache::RowTextMatch> tokenizer();

    using Part = RowidHalves::Part;
    void inHalves(qint64 maxRowid, const Part &part);

    cache::Database &m_db;
    cache::Database *m_helper;
    bool m_storedRows;
    std::shared_ptr<cache::RowTextMatch> m_tokenizer; // comm_fts's, made when first asked
    QStringList *m_log = nullptr;
};

} // namespace proofdesk::search
