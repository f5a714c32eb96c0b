#pragma once

#include "compliance/dashboardqueries.h"
#include "compliance/finding.h"

#include <QWidget>

class DashboardChart;

// The six dashboards in a grid: activity, delivery outcomes, findings by kind and by
// template version, holds, disposition. Every click on a bar or point comes out as
// queryRequested with the search behind it.
class DashboardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPanel(QWidget *parent = nullptr);

    void setDashboard(const proofdesk::compliance::DashboardData &data);
    void setFindings(const proofdesk::compliance::FindingsReport &report);
    QList<DashboardChart *> charts() const;
    DashboardChart *chart(const QString &objectName) const;
    // Saves every chart as NAME.png in `dir`; returns how many were written.
    int saveAll(const QString &dir);

signals:
    void queryRequested(const QString &query);

private:
    DashboardChart *add(const char *name, int style, int row, int column);
};
