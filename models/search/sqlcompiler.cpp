#include "sqlcompiler.h"

#include "cache/holdsql.h"
#include "fields.h"
#include "findingconditions.h"
#include "ftstext.h"
#include "statementutil.h"

#include <QDateTime>
#include <QStringList>
#include <algorithm>

namespace proofdesk::search {

namespace {

using Kind = QueryNode::Kind;
using SetUse = SqlCompiler::SetUse;

// The row sets, each with one column r (see SqlCompiler::rowSet).
const char kTextSet[] = "SELECT rowid AS r FROM comm_fts WHERE comm_fts MATCH ?";
const char kBlockSet[] = "SELECT comm_rowid AS r FROM comm_blocks WHERE block_id = ?";
// Holds live in records.sqlite (schema rec) and name communications by id; a scope hold
// also covers later arrivals by business key. records/holdsql.h owns that SQL.
const QByteArray &activeHoldSet()
{
    static const QByteArray sql = cache::holdsql::activeHeldRowIds().toUtf8();
    return sql;
}
const QByteArray &holdSet()
{
    static const QByteArray sql = cache::holdsql::holdMemberRowIds().toUtf8();
    return sql;
}
QList<QVariant> holdParameters(const QString &holdId)
{
    return QList<QVariant>(cache::holdsql::memberParameterCount(), holdId);
}

bool isAnyHold(const QString &value) { return value.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0; }

// A text set that may drive is listed to SQLite up to this many rows (a seek each); a larger one
// only filters.
constexpr qint64 kListedTextSetRows = 10000;

QByteArray jsonArrayOf(const cache::RowIdSet &rows)
{
    QByteArray list("[");
    for (const qint64 row : rows.sorted()) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(row);
    }
    list += ']';
    return list;
}

struct Fragment
{
    QString sql;
    QList<QVariant> parameters;
};

QString joined(const QStringList &parts, const char *op)
{
    if (parts.size() == 1)
        return parts.front();
    return QLatin1Char('(') + parts.join(QLatin1String(op)) + QLatin1Char(')');
}

// "(p1 AND p2) NOT (n1 OR n2)": FTS5 has only a binary NOT, so the negated terms of an
// And need at least one positive term to subtract from.
std::optional<QString> combineFts(const QStringList &positive, const QStringList &negative)
{
    if (positive.isEmpty())
        return std::nullopt;
    const QString p = joined(positive, " AND ");
    if (negative.isEmpty())
        return p;
    return QLatin1Char('(') + p + QLatin1String(" NOT ") + joined(negative, " OR ") + QLatin1Char(')');
}

// The negated text of a Not child whose operand is text only.
std::optional<QString> negatedFts(const QueryNode &child)
{
    if (child.kind != Kind::Not)
        return std::nullopt;
    return SqlCompiler::ftsExpression(child.children.front());
}

// The children of an And sorted into text to merge and everything else.
struct AndParts
{
    QStringList positive;
    QStringList negative;
    std::vector<const QueryNode *> others;
};

AndParts splitAnd(const QueryNode &n)
{
    AndParts parts;
    for (const QueryNode &child : n.children) {
        if (const auto neg = negatedFts(child))
            parts.negative << *neg;
        else if (const auto pos = SqlCompiler::ftsExpression(child))
            parts.positive << *pos;
        else
            parts.others.push_back(&child);
    }
    return parts;
}

Fragment joinFragments(const std::vector<Fragment> &parts, const char *op)
{
    Fragment out;
    QStringList sql;
    for (const Fragment &part : parts) {
        sql << part.sql;
        out.parameters += part.parameters;
    }
    out.sql = joined(sql, op);
    return out;
}

class Compiler
{
public:
    explicit Compiler(SqlCompiler::Options options)
        : m_options(options)
        , m_rowid(options.sets == SetUse::Drive ? QLatin1String("c.rowid") : QLatin1String("+c.rowid"))
    {}

    Fragment node(const QueryNode &n)
    {
        switch (n.kind) {
        case Kind::And:
            if (const auto set = textSetRows(n))
                return *set;
            return andNode(n);
        case Kind::Or:
            if (const auto set = textSetRows(n))
                return *set;
            return orNode(n);
        case Kind::Not:
            return notNode(n);
        case Kind::Term:
            return match(*SqlCompiler::ftsExpression(n));
        case Kind::Field:
            return field(n, false);
        case Kind::DateRange:
            return dateRange(n);
        }
        return {};
    }

private:
    Fragment rowidIn(const char *subquery, QList<QVariant> parameters, bool negate = false)
    {
        return {m_rowid + QLatin1String(negate ? " NOT IN (" : " IN (") + QLatin1String(subquery) + QLatin1Char(')'),
                std::move(parameters)};
    }

    Fragment match(const QString &fts, bool negate = false)
    {
        if (negate) {
            for (const auto &[negated, rows] : m_options.negatedRows) {
                if (negated == fts)
                    return {QStringLiteral("NOT rowset_has(?, c.rowid)"), {QVariant::fromValue(RowSetParameter{rows})}};
            }
        }
        if (m_options.textRowsListed && m_options.textRows && fts == m_options.textFts && !negate)
            return listedTextRows(fts);
        const bool inTextRows =
            (m_options.sets != SetUse::Drive || m_options.probeText) && m_options.textRows && fts == m_options.textFts;
        if (inTextRows && m_options.textRowsAreCandidates)
            return {QLatin1String(negate ? "NOT " : "")
                        + QLatin1String("(rowset_has(?, c.rowid) AND EXISTS (SELECT 1 FROM comm_text t"
                                        " WHERE t.rowid = c.rowid AND fts_row_match(?, t.body, t.names, t.ids)))"),
                    {QVariant::fromValue(RowSetParameter{m_options.textRows}), fts}};
        if (inTextRows)
            return {QLatin1String(negate ? "NOT rowset_has(?, c.rowid)" : "rowset_has(?, c.rowid)"),
                    {QVariant::fromValue(RowSetParameter{m_options.textRows})}};
        if ((m_options.sets == SetUse::Probe || m_options.probeText) && m_options.probeRowText)
            return {QLatin1String(negate ? "NOT EXISTS" : "EXISTS")
                        + QLatin1String(" (SELECT 1 FROM comm_text t WHERE t.rowid = c.rowid"
                                        " AND fts_row_match(?, t.body, t.names, t.ids))"),
                    {fts}};
        if (m_options.sets == SetUse::Probe || m_options.probeText)
            return {QLatin1String(negate ? "NOT EXISTS" : "EXISTS")
                        + QLatin1String(" (SELECT 1 FROM comm_fts WHERE comm_fts.rowid = c.rowid"
                                        " AND comm_fts MATCH ?)"),
                    {fts}};
        return rowidIn(kTextSet, {fts}, negate);
    }

    // The text's rows as a JSON array SQLite reads with json_each; candidates are each asked on
    // their own text too.
    Fragment listedTextRows(const QString &fts)
    {
        Fragment listed{m_rowid + QLatin1String(" IN (SELECT value FROM json_each(?))"),
                        {QVariant(QString::fromLatin1(jsonArrayOf(*m_options.textRows)))}};
        if (!m_options.textRowsAreCandidates)
            return listed;
        return {QLatin1Char('(') + listed.sql
                    + QLatin1String(" AND EXISTS (SELECT 1 FROM comm_text t WHERE t.rowid = c.rowid"
                                    " AND fts_row_match(?, t.body, t.names, t.ids)))"),
                {listed.parameters.front(), fts}};
    }

    Fragment andNode(const QueryNode &n)
    {
        if (n.children.empty())
            return {QStringLiteral("1"), {}};
        if (const auto fts = SqlCompiler::ftsExpression(n))
            return match(*fts);
        const AndParts split = splitAnd(n);
        const bool leads = m_options.selectiveLeads;
        std::vector<Fragment> parts;
        if (!split.positive.isEmpty())
            parts.push_back(match(*combineFts(split.positive, split.negative)));
        else if (!split.negative.isEmpty())
            parts.push_back(match(joined(split.negative, " OR "), true));
        bool indexedOne = false;
        for (const QueryNode *other : split.others) {
            if (other->kind != Kind::Field)
                parts.push_back(node(*other));
            else if (m_options.coverFields && !leads && isOrderedColumn(*other) && indexedOne)
                parts.push_back(coveredField(*other));
            else {
                indexedOne = indexedOne || isOrderedColumn(*other);
                parts.push_back(field(*other, leads));
            }
        }
        return joinFragments(parts, " AND ");
    }

    std::optional<Fragment> textSetRows(const QueryNode &n) const
    {
        if (m_options.textSets.empty())
            return std::nullopt;
        const QString key = toDebugString(n);
        for (const auto &[node, rows] : m_options.textSets) {
            if (node != key)
                continue;
            // Few rows that may drive are listed to SQLite, a seek each; many only filter.
            if (m_options.sets == SetUse::Drive && rows->size() <= kListedTextSetRows)
                return Fragment{m_rowid + QLatin1String(" IN (SELECT value FROM json_each(?))"),
                                {QVariant(QString::fromLatin1(jsonArrayOf(*rows)))}};
            return Fragment{QStringLiteral("rowset_has(?, c.rowid)"), {QVariant::fromValue(RowSetParameter{rows})}};
        }
        return std::nullopt;
    }

    Fragment orNode(const QueryNode &n)
    {
        if (const auto fts = SqlCompiler::ftsExpression(n))
            return match(*fts);
        QStringList text;
        std::vector<Fragment> parts;
        ++m_orDepth;
        for (const QueryNode &child : n.children) {
            if (const auto fts = SqlCompiler::ftsExpression(child))
                text << *fts;
            else
                parts.push_back(node(child));
        }
        --m_orDepth;
        if (!text.isEmpty())
            parts.insert(parts.begin(), match(joined(text, " OR ")));
        return joinFragments(parts, " OR ");
    }

    Fragment notNode(const QueryNode &n)
    {
        const QueryNode &child = n.children.front();
        if (const auto fts = SqlCompiler::ftsExpression(child))
            return match(*fts, true);
        // IS NOT 1 rather than NOT: a comparison with a NULL column (an absent account_id)
        // is NULL, and "not account:X" must include the rows without an account.
        Fragment inner = node(child);
        inner.sql = QLatin1Char('(') + inner.sql + QLatin1String(") IS NOT 1");
        return inner;
    }

    static bool isOrderedColumn(const QueryNode &n)
    {
        const FieldInfo *info = findField(n.field);
        return info->kind == FieldKind::Column && info->ordered;
    }

    // The equality checked in the field's own (column, issued_at, id) index, by seeking
    // the candidate's issued_at and id there, instead of reading the candidate's row. (id
    // is unique, and '+' keeps its unique index from being chosen, which would need the
    // row again.)
    static Fragment coveredField(const QueryNode &n)
    {
        const QLatin1String column = findField(n.field)->column;
        return {QLatin1String("EXISTS (SELECT 1 FROM communications x WHERE x.") + column
                    + QLatin1String(" = ? AND x.issued_at = c.issued_at AND +x.id = c.id)"),
                {n.text}};
    }

    // Fields and dates under an OR, on a walk: see SetUse.
    bool keepOffIndexInOr() const { return m_orDepth > 0 && m_options.sets != SetUse::Drive; }

    // A walk in another order than issued_at: see CompileOptions::orderColumn.
    bool walksOtherOrder() const { return m_options.sets != SetUse::Drive && !m_options.orderColumn.isEmpty(); }

    // '+' keeps an index from driving when something else should: a low-cardinality index
    // when a selective condition is known, or under an OR on a walk (see SetUse); and on a
    // walk, the template index, whose matches (tens of thousands) SQLite would sort.
    bool keepOffIndex(const FieldInfo &info, bool keepOrderedOff) const
    {
        if (walksOtherOrder())
            return info.column != m_options.orderColumn || keepOffIndexInOr();
        if (info.ordered)
            return keepOrderedOff || keepOffIndexInOr();
        return !info.key && m_options.sets != SetUse::Drive;
    }

    Fragment field(const QueryNode &n, bool keepOrderedOff)
    {
        const FieldInfo *info = findField(n.field);
        const QLatin1String c(keepOffIndex(*info, keepOrderedOff) ? "+c." : "c.");
        switch (info->kind) {
        case FieldKind::Column:
            return {c + info->column + QLatin1String(" = ?"), {n.text}};
        case FieldKind::Block:
            return rowidIn(kBlockSet, {n.text});
        case FieldKind::Hold:
            return isAnyHold(n.text) ? rowidIn(activeHoldSet().constData(), {})
                                     : rowidIn(holdSet().constData(), holdParameters(n.text));
        case FieldKind::Repo:
            // A scalar subquery is a constant to the planner, so comm_repo(repo_id,
            // issued_at, id) serves both the equality and the order (IN would not).
            return {c + QLatin1String("repo_id = (SELECT id FROM repositories WHERE name = ?)"), {n.text}};
        case FieldKind::Finding:
            return finding(n);
        case FieldKind::Issued:
            break; // parsed as a DateRange node
        }
        return {QStringLiteral("0"), {}};
    }

    // The rules the findings checks use. The times are numbers computed here (no user
    // text): the parser has already reduced the value to a known kind or "any".
    Fragment finding(const QueryNode &n) const
    {
        const qint64 now = m_options.now ? m_options.now : QDateTime::currentMSecsSinceEpoch();
        const qint64 openedBefore = findingsql::reissueOpenedBefore(now, m_options.reissueDays);
        const QString sql =
            findingsql::condition(n.text, QStringLiteral("c"), QString::number(now), QString::number(openedBefore));
        if (sql.isEmpty())
            return {QStringLiteral("0"), {}};
        return {QLatin1Char('(') + sql + QLatin1Char(')'), {}};
    }

    Fragment dateRange(const QueryNode &n) const
    {
        // A key or a small text set drives: the issued_at index would only get in its way.
        const QLatin1String column(keepOffIndexInOr() || m_options.selectiveLeads
                                           || (walksOtherOrder() && !m_options.seekDates)
                                       ? "+c.issued_at"
                                       : "c.issued_at");
        Fragment out;
        QStringList sql;
        if (n.from) {
            sql << column + QLatin1String(" >= ?");
            out.parameters << QVariant::fromValue<qint64>(*n.from);
        }
        if (n.to) {
            sql << column + QLatin1String(" < ?");
            out.parameters << QVariant::fromValue<qint64>(*n.to);
        }
        out.sql = joined(sql, " AND ");
        return out;
    }

    SqlCompiler::Options m_options;
    QString m_rowid;
    int m_orDepth = 0;
};

} // namespace

std::optional<QString> SqlCompiler::ftsExpression(const QueryNode &node)
{
    switch (node.kind) {
    case Kind::Term:
        return ftsString(node.text, node.termKind == QueryNode::TermKind::Prefix);
    case Kind::Or: {
        QStringList parts;
        for (const QueryNode &child : node.children) {
            const auto fts = ftsExpression(child);
            if (!fts)
                return std::nullopt;
            parts << *fts;
        }
        return joined(parts, " OR ");
    }
    case Kind::And: {
        const AndParts split = splitAnd(node);
        if (!split.others.empty())
            return std::nullopt;
        return combineFts(split.positive, split.negative);
    }
    case Kind::Not:
    case Kind::Field:
    case Kind::DateRange:
        break;
    }
    return std::nullopt;
}

std::optional<QString> SqlCompiler::requiredText(const QueryNode &root)
{
    if (root.kind != Kind::And)
        return ftsExpression(root);
    const AndParts split = splitAnd(root);
    return combineFts(split.positive, split.negative);
}

std::optional<QString> SqlCompiler::excludedText(const QueryNode &root)
{
    if (root.kind != Kind::And)
        return std::nullopt;
    const AndParts split = splitAnd(root);
    if (!split.positive.isEmpty() || split.negative.isEmpty())
        return std::nullopt;
    return joined(split.negative, " OR ");
}

namespace {

// As Compiler::node walks `n`: where it calls match(…, true).
void collectNegatedTexts(const QueryNode &n, const SqlCompiler::Skip &skip,
                         std::vector<std::pair<QString, QueryNode>> &out)
{
    if (skip && skip(n))
        return;
    if (n.kind == Kind::Not) {
        const QueryNode &operand = n.children.front();
        if (const auto fts = SqlCompiler::ftsExpression(operand))
            out.emplace_back(*fts, operand);
        else
            collectNegatedTexts(operand, skip, out);
        return;
    }
    if ((n.kind != Kind::And && n.kind != Kind::Or) || SqlCompiler::ftsExpression(n))
        return;
    if (n.kind == Kind::And) {
        const AndParts split = splitAnd(n);
        if (split.positive.isEmpty() && !split.negative.isEmpty()) {
            QueryNode negated;
            negated.kind = Kind::Or;
            for (const QueryNode &child : n.children) {
                if (negatedFts(child))
                    negated.children.push_back(child.children.front());
            }
            out.emplace_back(joined(split.negative, " OR "),
                             negated.children.size() == 1 ? negated.children.front() : negated);
        }
        for (const QueryNode *other : split.others)
            collectNegatedTexts(*other, skip, out);
        return;
    }
    for (const QueryNode &child : n.children) {
        if (!SqlCompiler::ftsExpression(child))
            collectNegatedTexts(child, skip, out);
    }
}

bool isTextOnly(const QueryNode &n)
{
    if (n.kind == Kind::Field || n.kind == Kind::DateRange)
        return false;
    return std::all_of(n.children.begin(), n.children.end(), isTextOnly);
}

void collectTextSets(const QueryNode &n, std::vector<QueryNode> &out)
{
    if (n.kind == Kind::Term || n.kind == Kind::Field || n.kind == Kind::DateRange || SqlCompiler::ftsExpression(n))
        return;
    if ((n.kind == Kind::Or || n.kind == Kind::And) && isTextOnly(n)) {
        out.push_back(n);
        return;
    }
    for (const QueryNode &child : n.children)
        collectTextSets(child, out);
}

} // namespace

std::vector<QueryNode> SqlCompiler::textSets(const QueryNode &root)
{
    std::vector<QueryNode> out;
    collectTextSets(root, out);
    return out;
}

std::vector<std::pair<QString, QueryNode>> SqlCompiler::negatedTexts(const QueryNode &root, const Skip &skip)
{
    std::vector<std::pair<QString, QueryNode>> out;
    collectNegatedTexts(root, skip, out);
    return out;
}

std::optional<CompiledQuery> SqlCompiler::rowSet(const QueryNode &node)
{
    if (const auto fts = ftsExpression(node))
        return CompiledQuery{QLatin1String(kTextSet), {*fts}};
    if (node.kind != Kind::Field)
        return std::nullopt;
    const FieldInfo *info = findField(node.field);
    if (info->kind == FieldKind::Block)
        return CompiledQuery{QLatin1String(kBlockSet), {node.text}};
    if (info->kind == FieldKind::Hold && isAnyHold(node.text))
        return CompiledQuery{QString::fromUtf8(activeHoldSet()), {}};
    if (info->kind == FieldKind::Hold)
        return CompiledQuery{QString::fromUtf8(holdSet()), holdParameters(node.text)};
    return std::nullopt;
}

CompiledQuery SqlCompiler::compile(const QueryNode &root, Options options)
{
    Fragment f = Compiler(options).node(root);
    return {f.sql, f.parameters};
}

} // namespace proofdesk::search
