// The planner's lookups in the stored rows (cache/rowbits.h): a key's or a narrow range's rows in
// its words' and pairs' stored chunks, text counted within stored months and values, a stored
// column's range.
#include "storedrowsplan.h"

#include "cache/rowbits.h"
#include "cache/rowtextmatch.h"
#include "fields.h"
#include "querytree.h"
#include "sqlcompiler.h"
#include "statementutil.h"

#include <algorithm>
#include <limits>

namespace proofdesk::search {

StoredRowsPlan::StoredRowsPlan(PlannerReads &reads)
    : m_reads(reads)
{}

namespace {

using Kind = QueryNode::Kind;

struct StoredWord
{
    QString key;
    bool negated = false;
};

// The key a term's rows would be stored under: a word's, or a phrase of two's or three's (issue #43).
QString storedKeyOf(cache::RowTextMatch &tokenizer, const QueryNode &term)
{
    if (term.kind != Kind::Term || term.termKind == QueryNode::TermKind::Prefix)
        return {};
    return cache::RowBits::phraseKey(tokenizer.tokens(term.text.toStdString()));
}

} // namespace

// The rowids `node` selects, ascending, when there are at most `cap` of them (a plain list:
// a set's bitmap chunks cost more than a key's few rows).
std::optional<std::vector<qint64>> StoredRowsPlan::selectedRows(const QueryNode &node, qint64 cap)
{
    const CompiledQuery q = SqlCompiler::compile(node);
    cache::Statement st = m_reads.db().prepareCached(QLatin1String("SELECT c.rowid FROM communications c WHERE ")
                                                     + q.where + QLatin1String(" LIMIT ?"));
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
bool StoredRowsPlan::matchWords(PreparedQuery &prepared, qint64 probeRows)
{
    const auto tokenizer = m_reads.tokenizer();
    const auto text = SqlCompiler::requiredText(prepared.root);
    if (!tokenizer || !text)
        return false;
    cache::RowBits bits(m_reads.db());
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
        const QString key = storedKeyOf(*tokenizer, term);
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
    const auto rows = selectedRows(querytree::andOf(std::move(rest)), probeRows);
    if (!rows || (!rows->empty() && rows->back() > upto))
        return false;
    std::vector<cache::StoredRowsReader> readers;
    for (const StoredWord &word : words)
        readers.emplace_back(m_reads.db(), word.key);
    auto matches = std::make_shared<cache::RowIdSet>();
    for (const qint64 row : *rows) {
        bool match = true;
        for (std::size_t i = 0; i < words.size() && match; ++i)
            match = readers[i].has(row) != words[i].negated;
        if (match)
            matches->insert(row);
    }
    m_reads.note(QStringLiteral("the selected %1 rows looked up in the stored rows of %2 words")
                     .arg(rows->size())
                     .arg(words.size()));
    prepared.probeText = true;
    prepared.probeRowText = false;
    prepared.total = matches->size();
    prepared.textRows = std::move(matches);
    prepared.textFts = *text;
    return true;
}

namespace {

using Kind = QueryNode::Kind;

// The column of a field whose values have stored rows, or nothing.
std::optional<QLatin1String> storedColumn(const QueryNode &node)
{
    if (node.kind != Kind::Field)
        return std::nullopt;
    const FieldInfo *info = findField(node.field);
    if (info->kind != FieldKind::Column)
        return std::nullopt;
    for (const cache::RowBits::StoredColumn &stored : cache::RowBits::storedColumns()) {
        if (stored.column == QLatin1String(info->column))
            return stored.column;
    }
    return std::nullopt;
}

// The whole months of [from, to): [first, end), empty when there is none.
struct WholeMonths
{
    qint64 first = 0, end = 0;
    explicit WholeMonths(const QueryNode &range)
    {
        first = cache::RowBits::monthStart(*range.from) == *range.from ? *range.from
                                                                       : cache::RowBits::nextMonthStart(*range.from);
        end = cache::RowBits::monthStart(*range.to);
    }
    bool empty() const { return first >= end; }
};

} // namespace

// Text beside an issue date range and values of type, channel or unit, with the text's rows
// collected whole: "jasanu issued:2026" walked the year's date index entries testing each in
// the set (F10 in docs/search-plans.md), "type:invoice jasanu" the type's. Here the
// set is kept to the values' stored rows chunk by chunk, and the whole months of the range
// count what is left in their stored rows; only the part-months at the ends, and rows added
// since the stored rows were (past the smallest cover), are read from the indexes. Nothing
// when a condition has no stored rows, or the range holds no whole month.
std::optional<qint64> StoredRowsPlan::countIn(const PreparedQuery &prepared)
{
    const QueryNode &root = prepared.root;
    if (!prepared.textRows || root.kind != Kind::And)
        return std::nullopt;
    cache::RowBits bits(m_reads.db());
    qint64 upto = std::numeric_limits<qint64>::max();
    const auto cover = [&](const QString &key) {
        const auto covered = bits.coveredUpTo(key);
        upto = qMin(upto, covered.value_or(-1));
        return covered.has_value();
    };
    const QueryNode *range = nullptr;
    QStringList values;
    for (const QueryNode &child : root.children) {
        if (querytree::isTextCondition(child))
            continue;
        if (child.kind == Kind::DateRange && child.field == QLatin1String("issued") && child.from && child.to && !range
            && !WholeMonths(child).empty() && cover(cache::RowBits::monthsCoverKey())) {
            range = &child;
        } else if (const auto column = storedColumn(child); column && cover(cache::RowBits::valuesCoverKey(*column))) {
            values << cache::RowBits::valueKey(*column, child.text);
        } else {
            return std::nullopt;
        }
    }
    if (!range && values.isEmpty())
        return std::nullopt;
    m_reads.note(
        QStringLiteral("the text's rows counted in the stored rows of %1%2")
            .arg(values.join(QLatin1String(", ")), range ? QStringLiteral(" and the range's months") : QString()));
    cache::RowIdSet rows = *prepared.textRows;
    for (const QString &key : values)
        bits.keepStored(key, rows);
    if (!range)
        return rows.size() + rowsPastCover(prepared, upto);
    const WholeMonths months(*range);
    qint64 n = 0;
    for (qint64 month = months.first; month < months.end; month = cache::RowBits::nextMonthStart(month))
        n += bits.countStoredIn(cache::RowBits::monthKey(month), rows);
    const QString inDates = QStringLiteral("SELECT count(*) FROM communications c WHERE c.issued_at >= ? "
                                           "AND c.issued_at < ? AND c.rowid <= ? AND rowset_has(?, c.rowid)");
    const RowSetParameter set{&rows};
    if (*range->from < months.first)
        n += m_reads.scalar(inDates, {QVariant::fromValue(*range->from), QVariant::fromValue(months.first),
                                      QVariant::fromValue(upto), QVariant::fromValue(set)});
    if (months.end < *range->to)
        n += m_reads.scalar(inDates, {QVariant::fromValue(months.end), QVariant::fromValue(*range->to),
                                      QVariant::fromValue(upto), QVariant::fromValue(set)});
    return n + rowsPastCover(prepared, upto);
}

// The matches among the rows past `upto` (none, unless rows came in without a refresh), read
// from the table by rowid: NOT INDEXED keeps SQLite from walking a field's whole index.
qint64 StoredRowsPlan::rowsPastCover(const PreparedQuery &prepared, qint64 upto)
{
    CompileOptions options;
    options.sets = SqlCompiler::SetUse::Filter;
    options.textRows = prepared.textRows.get();
    options.textFts = prepared.textFts;
    const CompiledQuery q = SqlCompiler::compile(prepared.root, options);
    return m_reads.scalar(QLatin1String("SELECT count(*) FROM communications c NOT INDEXED WHERE c.rowid > ? AND (")
                              + q.where + QLatin1Char(')'),
                          QList<QVariant>{QVariant::fromValue(upto)} + q.parameters);
}

// A field of a stored column alone (no dates): its rows from its value's stored rows, and the rows
// past their cover from the table by rowid, instead of counting up to kRangeCountCap entries of its
// index (F13 in docs/search-plans.md).
std::shared_ptr<cache::RowIdSet> StoredRowsPlan::range(const QueryNode &node, qint64 maxRowid)
{
    const auto column = storedColumn(node);
    if (!column)
        return nullptr;
    cache::RowBits bits(m_reads.db());
    const auto upto = bits.coveredUpTo(cache::RowBits::valuesCoverKey(*column));
    if (!upto)
        return nullptr;
    auto rows = std::make_shared<cache::RowIdSet>(cache::RowIdSet::withCapacity(maxRowid));
    bits.addStoredTo(cache::RowBits::valueKey(*column, node.text), *rows);
    const CompiledQuery q = SqlCompiler::compile(node);
    m_reads.scalar(QLatin1String("SELECT count(*) FROM communications c NOT INDEXED WHERE c.rowid > ? AND ") + q.where
                       + QLatin1String(" AND rowset_add(?, c.rowid)"),
                   QList<QVariant>{QVariant::fromValue(*upto)} + q.parameters
                       + QList<QVariant>{QVariant::fromValue(RowSetParameter{rows.get()})});
    m_reads.note(QStringLiteral("the range of %1 from its stored rows").arg(node.field));
    return rows;
}

// The months are those of the issue-date index's first and last dates, walked from the page's
// end inward; each is read only in the chunks the rows fall in (RowBits::keepStored). A month
// without rows has nothing stored and costs a statement. At 1M, 1,059 matches of a phrase in 34
// months: 4 months read, 119 rows kept, the page's SQL 1.6-2.3 ms where it was 7-24 (F36).
std::shared_ptr<cache::RowIdSet> StoredRowsPlan::windowMonths(const cache::RowIdSet &rows, qint64 window,
                                                              bool ascending, qint64 lookupsPerMonthChunk)
{
    cache::RowBits bits(m_reads.db());
    const auto cover = bits.coveredUpTo(cache::RowBits::monthsCoverKey());
    if (!cover || window <= 0 || rows.size() <= window)
        return nullptr;
    qint64 chunks = 0;
    for (std::size_t c = 0; c < rows.chunkCount(); ++c)
        chunks += rows.chunk(c) != nullptr ? 1 : 0;
    const qint64 monthCost = qMax<qint64>(1, chunks * lookupsPerMonthChunk);
    const qint64 affordableMonths = (rows.size() - window) / monthCost;
    if (affordableMonths < 1)
        return nullptr;
    const QList<qint64> sorted = rows.sorted();
    QList<qint64> pastCover(std::upper_bound(sorted.cbegin(), sorted.cend(), *cover), sorted.cend());
    auto kept = std::make_shared<cache::RowIdSet>(pastCover);
    const qint64 first = m_reads.scalar(QStringLiteral("SELECT min(issued_at) FROM communications"));
    const qint64 last = m_reads.scalar(QStringLiteral("SELECT max(issued_at) FROM communications"));
    qint64 month = cache::RowBits::monthStart(ascending ? first : last);
    const qint64 end = cache::RowBits::monthStart(ascending ? last : first);
    qint64 held = 0; // the rows kept under the cover: those past it may be of any date
    for (qint64 read = 0; read < affordableMonths; ++read) {
        cache::RowIdSet inMonth = rows;
        bits.keepStored(cache::RowBits::monthKey(month), inMonth);
        held += inMonth.size();
        kept->unite(inMonth);
        if (held >= window)
            return kept;
        if (month == end)
            return nullptr; // every month read: fewer than the page under the cover
        month = ascending ? cache::RowBits::nextMonthStart(month) : cache::RowBits::monthStart(month - 1);
    }
    return nullptr;
}

} // namespace proofdesk::search
