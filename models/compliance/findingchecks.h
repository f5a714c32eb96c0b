#pragma once

#include "cache/sqlite.h"
#include "finding.h"
#include "findingscope.h"

#include <QList>

namespace proofdesk::compliance {

// The six checks, each one set-based SQL statement (or a few) over the scope: they read the
// rows they report through indexes (migration 2) rather than visiting every communication
// in C++. Each appends at most one finding per communication.
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
    QString scoped(const char *sql) const;

    cache::Database &m_db;
    const FindingScope &m_scope;
    FindingOptions m_options;
};

} // namespace proofdesk::compliance
