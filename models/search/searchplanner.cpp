#include "searchplanner.h"

#include "fields.h"
#include "statementutil.h"

#include <algorithm>
#include <limits>

namespace proofdesk::search {

namespace {

using Kind = QueryNode::Kind;
using Driver = SearchPlanner::Driver;

bool hasPrefixTerm(const QueryNode &node)
{
    if (node.kind == Kind::Term)
        return node.termKind == QueryNode::TermKind::Prefix;
    for (const QueryNode &child : node.children) {
        if (hasPrefixTerm(child))
            return true;
    }
    return false;
}

// Text, blocks and holds: conditions answered by a row set rather than by a column.
bool hasRowSet(const QueryNode &node)
{
    if (SqlCompiler::rowSet(node))
        return true;
    for (const QueryNode &child : node.children) {
        if (hasRowSet(child))
            return true;
    }
    return false;
}

// An equality on a business key, id, batch or campaign, each of which matches few rows.
bool isKey(const QueryNode &node) { return node.kind == Kind::Field && findField(node.field)->key; }

bool hasKeyCondition(const QueryNode &root)
{
    if (isKey(root))
        return true;
    return root.kind == Kind::And && std::any_of(root.children.begin(), root.children.end(), isKey);
}

bool isOrderedColumn(const QueryNode &node)
{
    if (node.kind != Kind::Field)
        return false;
    const FieldInfo *info = findField(node.field);
    return info->kind == FieldKind::Column && info->ordered;
}

// The first child of an And that is a negated condition other than text (text negations
// are merged into the full-text match), or -1.
int negatedFieldIndex(const QueryNode &root)
{
    if (root.kind != Kind::And)
        return -1;
    for (std::size_t i = 0; i < root.children.size(); ++i) {
        const QueryNode &child = root.children[i];
        if (child.kind == Kind::Not && !SqlCompiler::ftsExpression(child.children.front()))
            return int(i);
    }
    return -1;
}

// The conjunction of `items` in the parser's normal form (flat, no single-child And).
QueryNode andOf(std::vector<QueryNode> items)
{
    QueryNode node;
    node.kind = Kind::And;
    for (QueryNode &item : items) {
        if (item.kind == Kind::And) {
            for (QueryNode &child : item.children)
                node.children.push_back(std::move(child));
        } else {
            node.children.push_back(std::move(item));
        }
    }
    if (node.children.size() == 1)
        return std::move(node.children.front());
    return node;
}

bool onlyTextAndIssued(const QueryNode &root)
{
    if (root.kind != Kind::And)
        return false;
    return std::all_of(root.children.begin(), root.children.end(), [](const QueryNode &child) {
        return (child.kind == Kind::DateRange && child.field == QLatin1String("issued"))
               || SqlCompiler::ftsExpression(child);
    });
}

// How the chosen driver is told to SQLite: a key or a small text set drives with the
// low-cardinality indexes kept away; a small index range drives with the row sets only
// filtering.
CompileOptions driveOptions(SearchPlanner::Driver driver, bool coverFields)
{
    const bool leads = driver == Driver::Key || driver == Driver::Text;
    return {driver == Driver::Range ? SqlCompiler::SetUse::Filter : SqlCompiler::SetUse::Drive,
            leads, coverFields};
}

QString whereClause(const CompiledQuery &compiled)
{
    return compiled.where == QLatin1String("1") ? QString()
                                                : QLatin1String(" WHERE ") + compiled.where;
}

} // namespace

SearchPlanner::SearchPlanner(cache::Database &db)
    : m_db(db)
{}

qint64 SearchPlanner::scalar(const QString &sql, const QList<QVariant> &parameters)
{
    cache::Statement st = m_db.prepare(sql);
    bindValues(st, parameters);
    return st.step() ? st.columnInt(0) : 0;
}

// Counting comm_fts alone relies on it being in step with communications, which the
// writer keeps in the same transaction (DESIGN.md, "The cache").
qint64 SearchPlanner::textCount(const QString &fts, qint64 cap)
{
    if (cap < 0)
        return scalar(QStringLiteral("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ?"),
                      {fts});
    return scalar(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM comm_fts "
                                 "WHERE comm_fts MATCH ? LIMIT ?)"),
                  {fts, QVariant::fromValue<qint64>(cap)});
}

qint64 SearchPlanner::estimatedRows()
{
    return qMax<qint64>(1, scalar(QStringLiteral("SELECT max(rowid) FROM communications")));
}

qint64 SearchPlanner::countAll()
{
    return scalar(QStringLiteral("SELECT count(*) FROM communications"));
}

SearchPlanner::Counted SearchPlanner::count(const QueryNode &root)
{
    Counted counted;
    counted.prepared = prepare(root);
    counted.total = countNode(root, kMaxComplements, &counted.prepared);
    return counted;
}

// `prepared`, when given, is prepare(root) already done.
qint64 SearchPlanner::countNode(const QueryNode &root, int complements, const Prepared *prepared)
{
    if (root.matchesEverything())
        return countAll();
    if (const auto fts = SqlCompiler::ftsExpression(root))
        return textCount(*fts);
    // The compiled Not matches exactly the rows its operand does not (NULL counts as no
    // match), so its count is the complement, which the cheaper paths below can give.
    if (root.kind == Kind::Not)
        return countAll() - countNode(root.children.front(), complements);
    if (const auto set = SqlCompiler::rowSet(root)) {
        // Block rows have a foreign key to communications and the hold SQL joins it: the
        // rowids exist, so no row lookups are needed.
        return scalar(QLatin1String("SELECT count(DISTINCT r) FROM (") + set->where
                          + QLatin1Char(')'),
                      set->parameters);
    }
    const int negated = complements > 0 ? negatedFieldIndex(root) : -1;
    if (negated < 0)
        return countDirect(prepared ? *prepared : prepare(root));
    // count(A -B) = count(A) - count(A B): both sides read indexes only, where the direct
    // count would read every row of A to test B.
    std::vector<QueryNode> rest = root.children;
    QueryNode operand = rest[std::size_t(negated)].children.front();
    rest.erase(rest.begin() + negated);
    std::vector<QueryNode> with = rest;
    with.push_back(std::move(operand));
    return countNode(andOf(std::move(rest)), complements - 1)
           - countNode(andOf(std::move(with)), complements - 1);
}

qint64 SearchPlanner::countDirect(const Prepared &prepared)
{
    const CompiledQuery q =
        SqlCompiler::compile(prepared.root, driveOptions(prepared.driver, true));
    // Text drives and only the issue date is left to test: the narrow (rowid, issued_at)
    // index answers that for each matching rowid without reading the wide row ("jasanu
    // issued:2026" at a million: 70 -> ~20 ms).
    const bool issuedOnly = prepared.driver == Driver::Text && onlyTextAndIssued(prepared.root);
    return scalar(QLatin1String(issuedOnly ? "SELECT count(*) FROM communications c INDEXED BY comm_issued_by_rowid"
                                           : "SELECT count(*) FROM communications c")
                      + whereClause(q),
                  q.parameters);
}

SearchPlanner::Prepared SearchPlanner::prepare(const QueryNode &root)
{
    Prepared prepared{root, hasKeyCondition(root) ? Driver::Key : Driver::Planner};
    if (prepared.driver == Driver::Key || root.kind != Kind::And)
        return prepared;
    const auto text = SqlCompiler::requiredText(root);
    // Sizing ranges costs a few index reads; only worth it when there is a choice.
    const auto ordered = std::count_if(root.children.begin(), root.children.end(), isOrderedColumn);
    if (!text && ordered < 2)
        return prepared;
    const qint64 smallest = putSmallestRangeFirst(prepared.root);
    if (text) {
        const qint64 n = textCount(*text, kTextLeadLimit + 1);
        if (smallest >= 0 && (n > kTextLeadLimit || n * kLookupCost > smallest))
            prepared.driver = Driver::Range;
        else if (n <= kTextLeadLimit)
            prepared.driver = Driver::Text;
    } else if (smallest >= 0) {
        prepared.driver = Driver::Range;
    }
    if (prepared.driver == Driver::Range)
        prepared.rangeRows = smallest;
    return prepared;
}

// Moves the low-cardinality field whose index range (within the query's dates) is the
// smallest to the front of the And, where the compiler lets it drive; returns that size,
// or the date range's size when there is no such field, or -1 when there is neither.
qint64 SearchPlanner::putSmallestRangeFirst(QueryNode &root)
{
    const auto date = std::find_if(root.children.begin(), root.children.end(),
                                   [](const QueryNode &n) { return n.kind == Kind::DateRange; });
    const QueryNode *dateNode = date == root.children.end() ? nullptr : &*date;
    qint64 smallest = -1;
    std::size_t best = root.children.size();
    for (std::size_t i = 0; i < root.children.size(); ++i) {
        if (!isOrderedColumn(root.children[i]))
            continue;
        const qint64 size =
            rangeCount(dateNode ? andOf({root.children[i], *dateNode}) : root.children[i]);
        if (smallest < 0 || size < smallest) {
            smallest = size;
            best = i;
        }
    }
    if (best < root.children.size())
        std::rotate(root.children.begin(), root.children.begin() + best,
                    root.children.begin() + best + 1);
    else if (dateNode)
        smallest = issuedRangeEstimate(*dateNode);
    return smallest;
}

// The size of a bare date range, from the weekly aggregate the writer keeps (migration 2)
// instead of counting up to kRangeCountCap index entries (~30 ms for a year at a million).
// Whole weeks are summed from the week before the first (integer division truncates toward
// zero before 1970), so it overshoots by at most three weeks;
// the driver choice only needs the order of magnitude.
qint64 SearchPlanner::issuedRangeEstimate(const QueryNode &dateRange)
{
    constexpr qint64 kWeek = 604800000, kMondayShift = 259200000; // epoch was a Thursday
    const qint64 from = dateRange.from.value_or(std::numeric_limits<qint64>::min() / 2);
    const qint64 to = dateRange.to.value_or(std::numeric_limits<qint64>::max() / 2);
    const qint64 firstWeek = (from + kMondayShift) / kWeek * kWeek - kMondayShift;
    return qMin(kRangeCountCap,
                scalar(QStringLiteral("SELECT coalesce(sum(n), 0) FROM agg_comm_week WHERE week >= ? AND week < ?"),
                       {QVariant::fromValue(firstWeek - kWeek), QVariant::fromValue(to)}));
}

qint64 SearchPlanner::rangeCount(const QueryNode &node)
{
    const CompiledQuery q = SqlCompiler::compile(node);
    return scalar(QLatin1String("SELECT count(*) FROM (SELECT 1 FROM communications c WHERE ")
                      + q.where + QLatin1String(" LIMIT ?)"),
                  q.parameters + QList<QVariant>{QVariant::fromValue<qint64>(kRangeCountCap)});
}

SearchPlanner::Plan SearchPlanner::plan(const Counted &counted, qint64 window)
{
    const QueryNode &root = counted.prepared.root;
    const Plan sort{driveOptions(counted.prepared.driver, false), true};
    const Plan walk{{SqlCompiler::SetUse::Filter, false, false}, false};
    const Plan probe{{SqlCompiler::SetUse::Probe, false, false}, false};
    switch (m_choice) {
    case Choice::Sort:
        return sort;
    case Choice::Walk:
        return walk;
    case Choice::WalkProbing:
        return probe;
    case Choice::Automatic:
        break;
    }
    const qint64 total = counted.total;
    if (total <= window || counted.prepared.driver == Driver::Key)
        return sort; // every match is on the page anyway, or a key has narrowed them
    // Without row sets both plans use the same indexes; walking in order stops early.
    if (!hasRowSet(root))
        return walk;
    // Rows an issued_at-ordered walk visits to find `window` matches spread evenly: it
    // walks the driving range when there is one, else the whole table.
    const bool inRange = counted.prepared.driver == Driver::Range && counted.prepared.rangeRows > 0;
    const qint64 walked = inRange ? counted.prepared.rangeRows : estimatedRows();
    const qint64 visits = window * walked / total;
    if (visits > kWalkRatio * total)
        return sort;
    return visits <= kProbeBudget && !hasPrefixTerm(root) ? probe : walk;
}

} // namespace proofdesk::search
