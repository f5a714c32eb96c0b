// SearchPlanner's use of the common words' stored rows (cache/rowbits.h) for the few rows a
// key or a narrow date range selects.
#include "cache/rowbits.h"
#include "cache/rowtextmatch.h"
#include "querytree.h"
#include "searchplanner.h"
#include "statementutil.h"

#include <algorithm>
#include <limits>

namespace proofdesk::search {

namespace {

using Kind = QueryNode::Kind;

struct StoredWord
{
    QString key;
    bool negated = false;
};

// The key a term's rows would be stored under: a word's, or a phrase of two's pair (issue #43).
QString storedKeyOf(cache::RowTextMatch &tokenizer, const QueryNode &term)
{
    if (term.kind != Kind::Term || term.termKind == QueryNode::TermKind::Prefix)
        return {};
    const std::vector<std::string> tokens = tokenizer.tokens(term.text.toStdString());
    if (tokens.size() == 1)
        return cache::RowBits::wordKey(tokens.front());
    if (tokens.size() == 2)
        return cache::RowBits::pairKey(tokens[0], tokens[1]);
    return {};
}

} // namespace

// The rowids `node` selects, ascending, when there are at most `cap` of them (a plain list:
// a set's bitmap chunks cost more than a key's few rows).
std::optional<std::vector<qint64>> SearchPlanner::selectedRows(const QueryNode &node, qint64 cap)
{
    const CompiledQuery q = SqlCompiler::compile(node);
    cache::Statement st = m_db.prepareCached(QLatin1String("SELECT c.rowid FROM communications c WHERE ") + q.where
                                             + QLatin1String(" LIMIT ?"));
    bindValues(st, q.parameters + QList<QVariant>{QVariant::fromValue<qint64>(cap + 1)});
    std::vector<qint64> rows;
    while (st.step())
        rows.push_back(st.columnInt(0));
    if (qint64(rows.size()) > cap)
        return std::nullopt;
    std::sort(rows.begin(), rows.end());
    return rows;
}

// A key or a narrow range whose text is only words (or pairs, phrases of two) the cache keeps
// rows for, each maybe negated ("customer:X balance", "issued:2025-06-11 balance"): the rows the other conditions
// select are looked up in the words' stored chunks (one 8 KB read per 65,536 rowids they fall
// in) instead of each row's text being read and tokenized or FTS5 asked (F5, F6 in
// docs/search-plans.md). The matches are
// collected as collectProbedMatches() does, so the page tests its rows in them. False, and
// nothing changed, for any other text, or when a selected row is newer than a word's rows.
bool SearchPlanner::matchStoredWords(Prepared &prepared)
{
    if (!m_storedRows)
        return false;
    if (!m_rowText)
        m_rowText = cache::RowTextMatch::forConnection(m_db.handle());
    const auto text = SqlCompiler::requiredText(prepared.root);
    if (!m_rowText || !text)
        return false;
    cache::RowBits bits(m_db);
    std::vector<StoredWord> words;
    std::vector<QueryNode> rest;
    qint64 upto = std::numeric_limits<qint64>::max();
    for (const QueryNode &child : prepared.root.children) {
        const bool negated = child.kind == Kind::Not;
        const QueryNode &term = negated ? child.children.front() : child;
        if (!querytree::hasText(child)) {
            rest.push_back(child);
            continue;
        }
        const QString key = storedKeyOf(*m_rowText, term);
        if (key.isEmpty())
            return false;
        StoredWord word{key, negated};
        const auto cover = bits.coveredUpTo(word.key);
        if (!cover)
            return false;
        upto = qMin(upto, *cover);
        words.push_back(std::move(word));
    }
    if (words.empty() || rest.empty())
        return false;
    const auto rows = selectedRows(querytree::andOf(std::move(rest)), m_costs.probeRows);
    if (!rows || (!rows->empty() && rows->back() > upto))
        return false;
    std::vector<cache::StoredRowsReader> readers;
    for (const StoredWord &word : words)
        readers.emplace_back(m_db, word.key);
    auto matches = std::make_shared<cache::RowIdSet>();
    for (const qint64 row : *rows) {
        bool match = true;
        for (std::size_t i = 0; i < words.size() && match; ++i)
            match = readers[i].has(row) != words[i].negated;
        if (match)
            matches->insert(row);
    }
    if (m_explainLog)
        *m_explainLog << QStringLiteral("the selected %1 rows looked up in the stored rows of %2 words")
                             .arg(rows->size())
                             .arg(words.size());
    prepared.probeText = true;
    prepared.probeRowText = false;
    prepared.total = matches->size();
    prepared.textRows = std::move(matches);
    prepared.textFts = *text;
    return true;
}

} // namespace proofdesk::search
