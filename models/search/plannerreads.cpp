#include "plannerreads.h"

#include "cache/rowtextmatch.h"
#include "statementutil.h"

namespace proofdesk::search {

PlannerReads::PlannerReads(cache::Database &db)
    : m_db(db)
{}

void PlannerReads::note(const QString &line)
{
    if (m_explainLog)
        *m_explainLog << line;
}

qint64 PlannerReads::scalar(const QString &sql, const QList<QVariant> &parameters)
{
    if (m_explainLog) {
        cache::Statement plan = m_db.prepare(QLatin1String("EXPLAIN QUERY PLAN ") + sql);
        bindValues(plan, parameters);
        *m_explainLog << sql;
        while (plan.step())
            *m_explainLog << QLatin1String("  ") + plan.columnText(3);
    }
    cache::Statement st = m_db.prepareCached(sql);
    bindValues(st, parameters);
    return st.step() ? st.columnInt(0) : 0;
}

qint64 PlannerReads::maxRowid()
{
    return qMax<qint64>(1, scalar(QStringLiteral("SELECT max(rowid) FROM communications")));
}

std::shared_ptr<cache::RowTextMatch> PlannerReads::tokenizer()
{
    if (!m_tokenizer)
        m_tokenizer = cache::RowTextMatch::forConnection(m_db.handle());
    return m_tokenizer;
}

} // namespace proofdesk::search
