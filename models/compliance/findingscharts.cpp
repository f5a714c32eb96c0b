#include "findingscharts.h"

#include "util/translation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::Dashboard", "proofdesk::compliance", text);
}

// The open findings of a kind as a readable search: "finding:KIND" within the scope, less
// the reviewed ones by id; by id only when too many are reviewed to name.
QString openQuery(const QString &scope, FindingKind kind, const QStringList &reviewedIds, const QStringList &openIds,
                  int maxIds)
{
    if (openIds.isEmpty())
        return QString();
    const QString finding = QStringLiteral("finding:%1").arg(kindName(kind));
    if (reviewedIds.isEmpty())
        return withinScope(scope, finding);
    if (reviewedIds.size() <= maxIds)
        return withinScope(scope, finding + QStringLiteral(" -") + idsQuery(reviewedIds, maxIds));
    return withinScope(scope, idsQuery(openIds, maxIds));
}

} // namespace

QString idsQuery(const QStringList &ids, int maxIds)
{
    QStringList terms;
    for (const QString &id : ids) {
        if (terms.size() >= maxIds)
            break;
        terms << QStringLiteral("id:\"%1\"").arg(QString(id).remove(QLatin1Char('"')));
    }
    return terms.isEmpty() ? QString() : QStringLiteral("(%1)").arg(terms.join(QLatin1String(" OR ")));
}

ChartData findingsByKind(const FindingsReport &report, int maxIds)
{
    ChartData chart;
    chart.title = tr("Findings by kind");
    chart.valueAxisTitle = tr("Findings");
    ChartSeries open{tr("open"), {}, {}, {}, QStringLiteral("open")};
    ChartSeries reviewed{tr("reviewed"), {}, {}, {}, QStringLiteral("reviewed")};
    for (FindingKind kind : allKinds()) {
        QStringList openIds, reviewedIds;
        for (const Finding &f : report.findings) {
            if (f.kind == kind && f.rowid != 0)
                (f.review ? reviewedIds : openIds) << f.commId;
        }
        chart.categories << kindShortTitle(kind);
        open.values << report.count(kind) - reviewedIds.size();
        reviewed.values << reviewedIds.size();
        open.queries << openQuery(report.query, kind, reviewedIds, openIds, maxIds);
        // Review marks are not searchable: the reviewed ones are named by id.
        reviewed.queries << idsQuery(reviewedIds, maxIds);
    }
    chart.series << open << reviewed;
    chart.subtitle = tr("%1 findings over %2 communications")
                         .arg(QLocale().toString(report.findings.size()), QLocale().toString(report.scopeCount));
    return chart;
}

ChartData findingsByTemplateVersion(const FindingsReport &report, int top)
{
    ChartData chart;
    chart.title = tr("Findings by template version");
    chart.valueAxisTitle = tr("Findings");
    QHash<QString, qint64> counts;
    for (const Finding &f : report.findings) {
        if (!f.templateId.isEmpty())
            ++counts[f.templateId + QLatin1Char('\n') + f.templateVersion];
    }
    QList<QPair<qint64, QString>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted << qMakePair(it.value(), it.key());
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    ChartSeries series{tr("findings"), {}, {}, {}, QStringLiteral("findings")};
    for (int i = 0; i < sorted.size() && i < top; ++i) {
        const QString tpl = sorted.at(i).second.section(QLatin1Char('\n'), 0, 0);
        const QString version = sorted.at(i).second.section(QLatin1Char('\n'), 1);
        chart.categories << QStringLiteral("%1 v%2").arg(tpl, version);
        series.values << sorted.at(i).first;
        series.queries << withinScope(report.query, QStringLiteral("template:%1 version:%2").arg(tpl, version));
    }
    chart.series << series;
    chart.subtitle = tr("the %1 template versions with the most findings").arg(series.values.size());
    return chart;
}

} // namespace proofdesk::compliance
