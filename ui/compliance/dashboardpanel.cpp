#include "dashboardpanel.h"

#include "compliance/findingscharts.h"
#include "dashboardchart.h"

#include <QDir>
#include <QGridLayout>
#include <QResizeEvent>

using namespace proofdesk::compliance;

DashboardPanel::DashboardPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(6);
    add("weeklyByChannel", int(DashboardChart::Style::StackedBars));
    add("deliveryOutcomes", int(DashboardChart::Style::Lines));
    add("findingsByKind", int(DashboardChart::Style::HorizontalBars));
    add("findingsByTemplate", int(DashboardChart::Style::HorizontalBars));
    add("holds", int(DashboardChart::Style::HorizontalBars));
    add("disposition", int(DashboardChart::Style::StackedBars));
    arrange(2);
}

DashboardChart *DashboardPanel::add(const char *name, int style)
{
    auto *chart = new DashboardChart(DashboardChart::Style(style), this);
    chart->setObjectName(QLatin1String(name));
    chart->setMinimumHeight(340);
    connect(chart, &DashboardChart::queryRequested, this, &DashboardPanel::queryRequested);
    m_order << chart;
    return chart;
}

void DashboardPanel::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    auto *grid = static_cast<QGridLayout *>(layout());
    for (DashboardChart *chart : std::as_const(m_order))
        grid->removeWidget(chart);
    for (int i = 0; i < m_order.size(); ++i)
        grid->addWidget(m_order.at(i), i / columns, i % columns);
    for (int c = 0; c < 2; ++c)
        grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void DashboardPanel::resizeEvent(QResizeEvent *event)
{
    const QMargins m = layout()->contentsMargins();
    const int room = event->size().width() - m.left() - m.right() - layout()->spacing();
    arrange(room >= 2 * kColumnWidth ? 2 : 1);
    QWidget::resizeEvent(event);
}

DashboardChart *DashboardPanel::chart(const QString &objectName) const
{
    return findChild<DashboardChart *>(objectName);
}

QList<DashboardChart *> DashboardPanel::charts() const { return findChildren<DashboardChart *>(); }

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
