#include "searchrows.h"

#include "cache/rowbits.h"
#include "search/queryparser.h"
#include "search/readsnapshot.h"
#include "search/searchplanner.h"
#include "search/sqlcompiler.h"
#include "search/statementutil.h"

namespace proofdesk::compliance {

namespace {

SearchRows rowsOf(cache::Database &db, const search::QueryNode &parsed, bool storedRows)
{
    SearchRows out;
    search::SearchPlanner planner(db);
    planner.setStoredRows(storedRows);
    const search::SearchPlanner::Counted counted = planner.count(parsed);
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

} // namespace

SearchRows searchRows(cache::Database &db, const QString &query)
{
    const search::ParseResult parsed = search::QueryParser::parse(query);
    if (!parsed.ok()) {
        SearchRows out;
        out.error = parsed.error->message;
        return out;
    }
    // One snapshot: a sync's refresh committed between a stored key's reads would read as an edit.
    const search::ReadSnapshot snapshot(db);
    try {
        return rowsOf(db, parsed.root, true);
    } catch (const cache::StoredRowsDamaged &) {
        // Edited by hand: answered without them, exactly; the next search drops them
        // (SearchEngine::dropDamagedStoredRows) on its writer, which a scope does not have.
        return rowsOf(db, parsed.root, false);
    }
}

} // namespace proofdesk::compliance
