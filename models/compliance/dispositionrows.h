#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::compliance {

// One communication as the disposition chart sees it.
struct DispositionRow
{
    qint64 rowid = 0;
    QString id;
    QString cls;         // retention class as stored; empty for none
    int month = 0;       // month index of the date its period runs from
    QString type;        // folded (domain::foldCase), as the column compares
    int issuedMonth = 0; // month index of its issue
    bool held = false;
};

// The rows of a small search, indexed so that each bar and each check of a bar's search
// costs a binary search rather than a pass over every row (a chart asks 13 bars a class,
// three questions each). Months are indexes year * 12 + month - 1; ranges are [from, to).
class DispositionRows
{
public:
    explicit DispositionRows(QList<DispositionRow> rows);

    // Rows of class `cls` whose period runs from a month in the range.
    qint64 count(const QString &cls, int from, int to) const;
    QStringList ids(const QString &cls, int from, int to) const;
    QStringList types(const QString &cls, int from, int to) const;
    // Rows of any of `types` issued in the range.
    qint64 issued(const QStringList &types, int from, int to) const;

    // The month index of a time (UTC), as migration 2's agg_retention_month computes it.
    static int monthOf(qint64 ms);

private:
    using Range = QPair<QList<int>::const_iterator, QList<int>::const_iterator>;
    // Of the indexes into m_rows of `key` in `index` (in the order of month, or issuedMonth),
    // those in the range.
    Range range(const QHash<QString, QList<int>> &index, const QString &key, int from, int to, bool issued) const;

    QList<DispositionRow> m_rows;
    QHash<QString, QList<int>> m_byClass; // by month
    QHash<QString, QList<int>> m_byType;  // by issuedMonth
};

} // namespace proofdesk::compliance
