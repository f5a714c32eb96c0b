// SearchPlanner's use of the stored rows of months and field values (cache/rowbits.h) to count
// text within dates and values.
#include "cache/rowbits.h"
#include "fields.h"
#include "querytree.h"
#include "searchplanner.h"
#include "statementutil.h"

#include <limits>

namespace proofdesk::search {

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
std::optional<qint64> SearchPlanner::countInStoredRows(const Prepared &prepared)
{
    const QueryNode &root = prepared.root;
    if (!m_storedRows || !prepared.textRows || root.kind != Kind::And)
        return std::nullopt;
    cache::RowBits bits(m_db);
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
    if (m_explainLog)
        *m_explainLog << QStringLiteral("the text's rows counted in the stored rows of %1%2")
                             .arg(values.join(QLatin1String(", ")),
                                  range ? QStringLiteral(" and the range's months") : QString());
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
        n += scalar(inDates, {QVariant::fromValue(*range->from), QVariant::fromValue(months.first),
                              QVariant::fromValue(upto), QVariant::fromValue(set)});
    if (months.end < *range->to)
        n += scalar(inDates, {QVariant::fromValue(months.end), QVariant::fromValue(*range->to),
                              QVariant::fromValue(upto), QVariant::fromValue(set)});
    return n + rowsPastCover(prepared, upto);
}

// The matches among the rows past `upto` (none, unless rows came in without a refresh), read
// from the table by rowid: NOT INDEXED keeps SQLite from walking a field's whole index.
qint64 SearchPlanner::rowsPastCover(const Prepared &prepared, qint64 upto)
{
    CompileOptions options;
    options.sets = SqlCompiler::SetUse::Filter;
    options.textRows = prepared.textRows.get();
    options.textFts = prepared.textFts;
    const CompiledQuery q = SqlCompiler::compile(prepared.root, options);
    return scalar(QLatin1String("SELECT count(*) FROM communications c NOT INDEXED WHERE c.rowid > ? AND (") + q.where
                      + QLatin1Char(')'),
                  QList<QVariant>{QVariant::fromValue(upto)} + q.parameters);
}

// A field of a stored column alone (no dates): its rows from its value's stored rows, and the rows
// past their cover from the table by rowid, instead of counting up to kRangeCountCap entries of its
// index (F13 in docs/search-plans.md).
std::shared_ptr<cache::RowIdSet> SearchPlanner::storedRange(const QueryNode &node, qint64 maxRowid)
{
    const auto column = m_storedRows ? storedColumn(node) : std::nullopt;
    if (!column)
        return nullptr;
    cache::RowBits bits(m_db);
    const auto upto = bits.coveredUpTo(cache::RowBits::valuesCoverKey(*column));
    if (!upto)
        return nullptr;
    auto rows = std::make_shared<cache::RowIdSet>(cache::RowIdSet::withCapacity(maxRowid));
    bits.addStoredTo(cache::RowBits::valueKey(*column, node.text), *rows);
    const CompiledQuery q = SqlCompiler::compile(node);
    scalar(QLatin1String("SELECT count(*) FROM communications c NOT INDEXED WHERE c.rowid > ? AND ") + q.where
               + QLatin1String(" AND rowset_add(?, c.rowid)"),
           QList<QVariant>{QVariant::fromValue(*upto)} + q.parameters
               + QList<QVariant>{QVariant::fromValue(RowSetParameter{rows.get()})});
    if (m_explainLog)
        *m_explainLog << QStringLiteral("the range of %1 from its stored rows").arg(node.field);
    return rows;
}

} // namespace proofdesk::search
