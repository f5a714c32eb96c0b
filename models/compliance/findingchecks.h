#pragma once

#include "cache/sqlite.h"
#include "finding.h"
#include "findingscope.h"

#include <QList>

namespace proofdesk::compliance {

// The six checks, each one set-based SQL statement (or a few) over the scope. Over the whole
// cache or a large search they read the rows they report through indexes (migration 2),
// the scope only filtering; over a small search (FindingScope::drives()) they start from
// the search's rows instead. Both plans report the same findings with the same details.
// Each check appends at most one finding per communication.
class FindingChecks
{
public:
    FindingChecks(cache::Database &db, const FindingScope &scope, const FindingOptions &options);

    void unapprovedTemplate(QList<Finding> &out) const;
    void retiredBlock(QList<Finding> &out) const;
    void undelivered(QList<Finding> &out) const;
    void fixityFailed(QList<Finding> &out) const;
    void retentionOverdue(QList<Finding> &out) const;
    void reissueUnfulfilled(QList<Finding> &out) const;

    void run(FindingKind kind, QList<Finding> &out) const;

    // The columns every check selects first, in this order, from the alias `c`.
    static const char *commonColumns();
    static Finding common(FindingKind kind, const cache::Statement &st);

private:
    void unknownTemplateVersions(QList<Finding> &out) const;
    void templateOfEachRow(QList<Finding> &out) const;
    QString scoped(const char *sql) const;
    QString scoped(QString sql) const;

    cache::Database &m_db;
    const FindingScope &m_scope;
    FindingOptions m_options;
};

} // namespace proofdesk::compliance
