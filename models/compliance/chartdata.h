#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace proofdesk::compliance {

// One series of a category chart: a value per category and, per category, the search that
// shows the communications behind that bar or point.
struct ChartSeries
{
    QString name;
    QList<qint64> values;
    QStringList queries;
};

// What a dashboard chart shows, computed in models (the charts only draw it).
struct ChartData
{
    QString title;
    QString subtitle;       // e.g. "12 active holds, 340 communications held"
    QString valueAxisTitle;
    QStringList categories;
    QList<ChartSeries> series;

    bool isEmpty() const;
    qint64 total() const;
    // The query behind series `s`, category `c`; empty if out of range.
    QString queryAt(int s, int c) const;
};

// "(scope) clause", or the clause alone for the whole cache.
QString withinScope(const QString &scopeQuery, const QString &clause);

} // namespace proofdesk::compliance

Q_DECLARE_METATYPE(proofdesk::compliance::ChartData)
