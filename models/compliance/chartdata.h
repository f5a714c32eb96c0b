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
    // Per category, true when no search can show exactly the bar's communications (the
    // query is the closest one; ChartData::note says why). Empty: every query is exact.
    QList<bool> inexact;
    // What the series counts, so that its colour keeps one meaning in every chart and theme:
    // a delivery outcome or channel code ("failed", "email"), "open", "reviewed", "findings",
    // "held". Empty when there is none to keep (a retention class).
    QString key;
};

// What a dashboard chart shows, computed in models (the charts only draw it).
struct ChartData
{
    QString title;
    QString subtitle; // e.g. "12 active holds, 340 communications held"
    QString valueAxisTitle;
    QString note; // shown when some bar's search is not exact
    QStringList categories;
    QList<ChartSeries> series;

    bool isEmpty() const;
    qint64 total() const;
    // The query behind series `s`, category `c`; empty if out of range.
    QString queryAt(int s, int c) const;
    // Whether queryAt(s, c) finds exactly the communications counted in that bar or point.
    bool isExact(int s, int c) const;
};

// "(scope) clause", or the clause alone for the whole cache.
QString withinScope(const QString &scopeQuery, const QString &clause);

} // namespace proofdesk::compliance

Q_DECLARE_METATYPE(proofdesk::compliance::ChartData)
