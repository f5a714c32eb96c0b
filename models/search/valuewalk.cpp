#include "valuewalk.h"

#include "statementutil.h"

#include <algorithm>
#include <optional>

namespace proofdesk::search {

namespace {

using Kind = QueryNode::Kind;

bool isIssuedRange(const QueryNode &node)
{
    return node.kind == Kind::DateRange && node.field == QLatin1String("issued") && (node.from || node.to);
}

// The next value of the order's column after `previous` in the order's direction (the first
// without one): one seek in the column's index each.
std::optional<QString> nextValue(cache::Database &db, const SearchOrder &order, const std::optional<QString> &previous)
{
    const QLatin1String column = order.column();
    QString sql = QLatin1String("SELECT ") + column + QLatin1String(" FROM communications");
    if (previous)
        sql += QLatin1String(" WHERE ") + column + QLatin1String(order.ascending ? " > ?" : " < ?");
    sql += QLatin1String(" ORDER BY ") + column + QLatin1String(order.ascending ? " ASC" : " DESC")
           + QLatin1String(" LIMIT 1");
    cache::Statement st = db.prepareCached(sql);
    if (previous)
        st.bind(1, *previous);
    if (!st.step())
        return std::nullopt;
    return st.columnText(0);
}

} // namespace

bool ValueWalk::applies(const QueryNode &root, const SearchOrder &order)
{
    if (order.key != SearchOrder::Key::Type && order.key != SearchOrder::Key::Channel
        && order.key != SearchOrder::Key::Status)
        return false;
    if (isIssuedRange(root))
        return true;
    return root.kind == Kind::And && std::any_of(root.children.begin(), root.children.end(), isIssuedRange);
}

// Each value's rows as the order's (column, issued_at DESC, id) index holds them; the
// equality and the date range are both seeks in it.
QString ValueWalk::valueSql(const char *columns, const CompiledQuery &compiled, const SearchOrder &order)
{
    QString sql = QLatin1String("SELECT ") + QLatin1String(columns) + QLatin1String(" FROM communications c WHERE ");
    if (compiled.where != QLatin1String("1"))
        sql += QLatin1Char('(') + compiled.where + QLatin1String(") AND ");
    return sql + QLatin1String("c.") + order.column()
           + QLatin1String(" = ? ORDER BY c.issued_at DESC, c.id COLLATE BINARY LIMIT ?");
}

void ValueWalk::page(const char *columns, const CompiledQuery &compiled, const SearchOrder &order, int limit,
                     int offset, const std::function<void(const cache::Statement &)> &row)
{
    cache::Statement st = m_db.prepareCached(valueSql(columns, compiled, order));
    const qint64 wanted = qint64(offset) + limit;
    qint64 seen = 0;
    std::optional<QString> value;
    while (seen < wanted && (value = nextValue(m_db, order, value))) {
        st.reset();
        const int next = bindValues(st, compiled.parameters);
        st.bind(next, *value).bind(next + 1, wanted - seen);
        while (st.step()) {
            if (seen++ >= offset)
                row(st);
        }
    }
}

} // namespace proofdesk::search
