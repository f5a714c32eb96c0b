#include "searchrows.h"

#include "search/queryparser.h"
#include "search/searchplanner.h"
#include "search/sqlcompiler.h"
#include "search/statementutil.h"

namespace proofdesk::compliance {

SearchRows searchRows(cache::Database &db, const QString &query)
{
    SearchRows out;
    const search::ParseResult parsed = search::QueryParser::parse(query);
    if (!parsed.ok()) {
        out.error = parsed.error->message;
        return out;
    }
    search::SearchPlanner planner(db);
    const search::SearchPlanner::Counted counted = planner.count(parsed.root);
    if (counted.total == 0)
        return out;
    const search::QueryNode &root = counted.prepared.root;
    QString sql;
    QList<QVariant> parameters;
    // Full text is kept in step with communications and blocks and holds join it: the
    // set's rowids all exist, as SearchPlanner's count relies on too.
    if (const auto set = search::SqlCompiler::rowSet(root)) {
        sql = QStringLiteral("SELECT r FROM (%1)").arg(set->where);
        parameters = set->parameters;
    } else {
        // Reading every match is the plan SearchEngine picks when the window is the total;
        // as in its count, a second field of an And is checked in its own index, not the row.
        auto options = planner.plan(counted, counted.total).options;
        options.coverFields = true;
        const search::CompiledQuery compiled = search::SqlCompiler::compile(root, options);
        sql = QStringLiteral("SELECT c.rowid FROM communications c");
        if (compiled.where != QLatin1String("1"))
            sql += QStringLiteral(" WHERE ") + compiled.where;
        parameters = compiled.parameters;
    }
    cache::Statement st = db.prepare(sql);
    search::bindValues(st, parameters);
    out.rowIds.reserve(counted.total);
    while (st.step())
        out.rowIds << st.columnInt(0);
    return out;
}

} // namespace proofdesk::compliance
