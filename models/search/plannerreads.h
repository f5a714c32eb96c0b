#pragma once

#include "cache/sqlite.h"

#include <QList>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace proofdesk::cache {
class RowTextMatch;
}

namespace proofdesk::search {

// The statements the planner's measuring runs, on the searching connection: each one, with its
// EXPLAIN QUERY PLAN lines, is added to the explain log while one is set
// (SearchEngine::explainCount), and what is read without a statement is noted there too.
class PlannerReads
{
public:
    explicit PlannerReads(cache::Database &db);

    cache::Database &db() const { return m_db; }
    void setExplainLog(QStringList *lines) { m_explainLog = lines; }
    QStringList *explainLog() const { return m_explainLog; }
    // Adds `line` to the explain log, when there is one.
    void note(const QString &line);

    // The first column of the first row of `sql` (0 when there is none).
    qint64 scalar(const QString &sql, const QList<QVariant> &parameters = {});
    // max(rowid) of communications, at least 1: the size the row sets are made for.
    qint64 maxRowid();
    // comm_fts's tokenizer, made when first asked; null when FTS5 is missing.
    std::shared_ptr<cache::RowTextMatch> tokenizer();

private:
    cache::Database &m_db;
    QStringList *m_explainLog = nullptr;
    std::shared_ptr<cache::RowTextMatch> m_tokenizer;
};

} // namespace proofdesk::search
