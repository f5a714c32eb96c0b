#include "dashboardpanel.h"

#include "compliance/findingscharts.h"
#include "dashboardchart.h"

#include <QDir>
#include <QGridLayout>

using namespace proofdesk::compliance;

DashboardPanel::DashboardPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(6);
    add("weeklyByChannel", int(DashboardChart::Style::StackedBars), 0, 0);
    add("deliveryOutcomes", int(DashboardChart::Style::Lines), 0, 1);
    add("findingsByKind", int(DashboardChart::Style::HorizontalBars), 1, 0);
    add("findingsByTemplate", int(DashboardChart::Style::HorizontalBars), 1, 1);
    add("holds", int(DashboardChart::Style::HorizontalBars), 2, 0);
    add("disposition", int(DashboardChart::Style::StackedBars), 2, 1);
}

DashboardChart *DashboardPanel::add(const char *name, int style, int row, int column)
{
    auto *chart = new DashboardChart(DashboardChart::Style(style), this);
    chart->setObjectName(QLatin1String(name));
    chart->setMinimumHeight(340);
    static_cast<QGridLayout *>(layout())->addWidget(chart, row, column);
    connect(chart, &DashboardChart::queryRequested, this, &DashboardPanel::queryRequested);
    return chart;
}

DashboardChart *DashboardPanel::chart(const QString &objectName) const
{
    return findChild<DashboardChart *>(objectName);
}

QList<DashboardChart *> DashboardPanel::charts() const
{
    return findChildren<DashboardChart *>();
}

void DashboardPanel::setDashboard(const DashboardData &data)
{
    chart(QStringLiteral("weeklyByChannel"))->setData(data.weeklyByChannel);
    chart(QStringLiteral("deliveryOutcomes"))->setData(data.deliveryOutcomes);
    chart(QStringLiteral("holds"))->setData(data.holds);
    chart(QStringLiteral("disposition"))->setData(data.disposition);
}

void DashboardPanel::setFindings(const FindingsReport &report)
{
    chart(QStringLiteral("findingsByKind"))->setData(findingsByKind(report));
    chart(QStringLiteral("findingsByTemplate"))->setData(findingsByTemplateVersion(report));
}

int DashboardPanel::saveAll(const QString &dir)
{
    int saved = 0;
    for (DashboardChart *c : charts())
        saved += c->savePng(QDir(dir).filePath(c->objectName() + QStringLiteral(".png"))) ? 1 : 0;
    return saved;
}
