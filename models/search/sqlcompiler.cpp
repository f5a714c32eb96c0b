#include "sqlcompiler.h"

#include "fields.h"
#include "ftstext.h"

#include <QStringList>

namespace proofdesk::search {

namespace {

using Kind = QueryNode::Kind;

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
    return QLatin1Char('(') + p + QLatin1String(" NOT ") + joined(negative, " OR ")
           + QLatin1Char(')');
}

// The negated text of a Not child whose operand is text only.
std::optional<QString> negatedFts(const QueryNode &child)
{
    if (child.kind != Kind::Not)
        return std::nullopt;
    return SqlCompiler::ftsExpression(child.children.front());
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
    explicit Compiler(SqlCompiler::SetUse use)
        : m_rowid(use == SqlCompiler::SetUse::Drive ? QLatin1String("c.rowid")
                                                    : QLatin1String("+c.rowid"))
    {
    }

    Fragment node(const QueryNode &n)
    {
        switch (n.kind) {
        case Kind::And:
            return andNode(n);
        case Kind::Or:
            return orNode(n);
        case Kind::Not:
            return notNode(n);
        case Kind::Term:
            return match(*SqlCompiler::ftsExpression(n));
        case Kind::Field:
            return field(n);
        case Kind::DateRange:
            return dateRange(n);
        }
        return {};
    }

private:
    Fragment rowidIn(const char *subquery, QList<QVariant> parameters, bool negate = false)
    {
        return {m_rowid + QLatin1String(negate ? " NOT IN (" : " IN (") + QLatin1String(subquery)
                    + QLatin1Char(')'),
                std::move(parameters)};
    }

    Fragment match(const QString &fts, bool negate = false)
    {
        return rowidIn("SELECT rowid FROM comm_fts WHERE comm_fts MATCH ?", {fts}, negate);
    }

    Fragment andNode(const QueryNode &n)
    {
        if (n.children.empty())
            return {QStringLiteral("1"), {}};
        if (const auto fts = SqlCompiler::ftsExpression(n))
            return match(*fts);
        QStringList positive, negative;
        std::vector<Fragment> parts;
        for (const QueryNode &child : n.children) {
            if (const auto neg = negatedFts(child))
                negative << *neg;
            else if (const auto pos = SqlCompiler::ftsExpression(child))
                positive << *pos;
            else
                parts.push_back(node(child));
        }
        if (!positive.isEmpty())
            parts.insert(parts.begin(), match(*combineFts(positive, negative)));
        else if (!negative.isEmpty())
            parts.insert(parts.begin(), match(joined(negative, " OR "), true));
        return joinFragments(parts, " AND ");
    }

    Fragment orNode(const QueryNode &n)
    {
        if (const auto fts = SqlCompiler::ftsExpression(n))
            return match(*fts);
        QStringList text;
        std::vector<Fragment> parts;
        for (const QueryNode &child : n.children) {
            if (const auto fts = SqlCompiler::ftsExpression(child))
                text << *fts;
            else
                parts.push_back(node(child));
        }
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

    Fragment field(const QueryNode &n)
    {
        const FieldInfo *info = findField(n.field);
        switch (info->kind) {
        case FieldKind::Column:
            return {QLatin1String("c.") + info->column + QLatin1String(" = ?"), {n.text}};
        case FieldKind::Block:
            return rowidIn("SELECT comm_rowid FROM comm_blocks WHERE block_id = ?", {n.text});
        case FieldKind::Hold:
            return hold(n.text);
        case FieldKind::Repo:
            return {QStringLiteral("c.repo_id IN (SELECT id FROM repositories WHERE name = ?)"),
                    {n.text}};
        case FieldKind::Issued:
            break; // parsed as a DateRange node
        }
        return {QStringLiteral("0"), {}};
    }

    Fragment hold(const QString &value)
    {
        if (value.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
            return rowidIn("SELECT hi.comm_rowid FROM hold_items hi JOIN holds h "
                           "ON h.id = hi.hold_id WHERE h.released_at IS NULL",
                           {});
        // hold_items.hold_id compares in binary; holds.id is NOCASE: resolve the id's
        // spelling there, then use the hold_items primary key.
        return rowidIn("SELECT comm_rowid FROM hold_items WHERE hold_id IN "
                       "(SELECT id FROM holds WHERE id = ?)",
                       {value});
    }

    static Fragment dateRange(const QueryNode &n)
    {
        Fragment out;
        QStringList sql;
        if (n.from) {
            sql << QStringLiteral("c.issued_at >= ?");
            out.parameters << QVariant::fromValue<qint64>(*n.from);
        }
        if (n.to) {
            sql << QStringLiteral("c.issued_at < ?");
            out.parameters << QVariant::fromValue<qint64>(*n.to);
        }
        out.sql = joined(sql, " AND ");
        return out;
    }

    QString m_rowid;
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
        QStringList positive, negative;
        for (const QueryNode &child : node.children) {
            if (const auto neg = negatedFts(child))
                negative << *neg;
            else if (const auto pos = ftsExpression(child))
                positive << *pos;
            else
                return std::nullopt;
        }
        return combineFts(positive, negative);
    }
    case Kind::Not:
    case Kind::Field:
    case Kind::DateRange:
        break;
    }
    return std::nullopt;
}

CompiledQuery SqlCompiler::compile(const QueryNode &root, SetUse use)
{
    Fragment f = Compiler(use).node(root);
    return {f.sql, f.parameters};
}

} // namespace proofdesk::search
