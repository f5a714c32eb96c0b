#include "facetcount.h"

#include "cache/bulkload.h"
#include "fields.h"
#include "sqlcompiler.h"
#include "statementutil.h"

#include <QDateTime>

namespace proofdesk::search {

namespace {

using Kind = QueryNode::Kind;

bool isMonthStart(std::optional<qint64> bound)
{
    if (!bound)
        return true;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(*bound, Qt::UTC);
    return at.isValid() && at.date().day() == 1 && at.time() == QTime(0, 0);
}

bool isAggregateColumn(const QueryNode &node)
{
    const FieldInfo *info = findField(node.field);
    if (!info || info->kind != FieldKind::Column)
        return false;
    for (const char *column : {"type", "channel", "status", "business_unit"}) {
        if (info->column == QLatin1String(column))
            return true;
    }
    return false;
}

bool hasDates(const QueryNode &node)
{
    if (node.kind == Kind::DateRange)
        return true;
    return std::any_of(node.children.begin(), node.children.end(), hasDates);
}

} // namespace

bool FacetCount::answers(const QueryNode &root)
{
    switch (root.kind) {
    case Kind::Field:
        return isAggregateColumn(root);
    case Kind::DateRange:
        return isMonthStart(root.from) && isMonthStart(root.to);
    case Kind::Term:
        return false;
    case Kind::And:
        // No condition at all (a blank query, the window's first search): the whole sum.
        return std::all_of(root.children.begin(), root.children.end(), answers);
    case Kind::Or:
    case Kind::Not:
        return !root.children.empty() && std::all_of(root.children.begin(), root.children.end(), answers);
    }
    return false;
}

QString FacetCount::countSql(const QueryNode &root, QList<QVariant> *parameters)
{
    // The default options compile every field and date to a plain "c.column op ?" (no
    // subqueries, no rowids), which the aggregate's columns answer.
    const CompiledQuery compiled = SqlCompiler::compile(root);
    *parameters = compiled.parameters;
    return QLatin1String("SELECT coalesce(sum(n), 0) FROM agg_comm_month c WHERE ") + compiled.where;
}

std::optional<qint64> FacetCount::count(cache::Database &db, const QueryNode &root)
{
    if (!answers(root))
        return std::nullopt;
    if (cache::Statement pending = db.prepareCached(cache::BulkLoad::kAggregatesPendingSql); pending.step())
        return std::nullopt;
    if (hasDates(root)) {
        cache::Statement unknownMonth =
            db.prepareCached("SELECT 1 FROM agg_comm_month WHERE issued_at IS NULL AND n > 0");
        if (unknownMonth.step())
            return std::nullopt;
    }
    QList<QVariant> parameters;
    cache::Statement st = db.prepareCached(countSql(root, &parameters));
    bindValues(st, parameters);
    return st.step() ? st.columnInt(0) : 0;
}

} // namespace proofdesk::search
