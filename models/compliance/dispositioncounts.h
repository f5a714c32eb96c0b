#pragma once

#include "cache/sqlite.h"
#include "dispositionrows.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>

namespace proofdesk::compliance {

class FindingScope;

// The counts behind the disposition chart, within a scope: how many communications of a
// retention class have a period running from a range of months (the chart's bars), and how
// many a search "(scope) type:… issued:… -hold:any" finds (the search a bar opens), so that
// the chart can tell whether that search shows exactly the bar.
//
// Months are indexes year * 12 + month - 1 (UTC), as migration 2's agg_retention_month; a
// range is [from, to), from = kOpen for "since ever". Held and disposed communications are
// never eligible: they are read once (they are few) and taken off every count.
//
// The whole cache reads the aggregate; a large search counts index ranges of comm_retention
// and comm_type with the scope filtering; a small one (FindingScope::drives()) reads its
// rows once (DispositionRows).
class DispositionCounts
{
public:
    static constexpr int kOpen = std::numeric_limits<int>::min();

    // Throws cache::SqliteError.
    DispositionCounts(cache::Database &db, const FindingScope &scope);

    // The retention classes with a period (years > 0) that some communication has, with it.
    QList<QPair<QString, int>> classes() const;
    // Communications of `cls` (as stored) whose period runs from a month in [from, to), under
    // no active hold and not disposed.
    qint64 eligible(const QString &cls, int from, int to);
    // The ids of those, or nullopt if there are more than `limit`.
    std::optional<QStringList> eligibleIds(const QString &cls, int from, int to, int limit);
    // The types that identify a class's communications of a range (domain::foldCase):
    // a small scope knows the types of those rows themselves; otherwise a type counts for the
    // class of its first communication in the scope, which is right when types are filed
    // under one class (searchable() tells whether it was).
    QStringList typesOf(const QString &cls, int from, int to);
    // What the search "(scope) <any of types> issued in [from, to) -hold:any" finds.
    qint64 searchable(const QStringList &types, int from, int to);

    // 00:00 UTC on the first day of month `index`, in ms.
    static qint64 monthStart(int index);

private:
    void readExcluded();
    void readRows();
    void guessTypes();
    // Bind values of a month range as times: [monthStart(from), monthStart(to)).
    static qint64 startOf(int from);

    cache::Database &m_db;
    const FindingScope &m_scope;
    QList<DispositionRow> m_excluded;                     // held or disposed, in the scope
    std::optional<DispositionRows> m_rows;                // every other row of a small scope
    std::optional<QHash<QString, QString>> m_classOfType; // foldCase(type) -> class
};

} // namespace proofdesk::compliance
