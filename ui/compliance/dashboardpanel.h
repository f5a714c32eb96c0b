#pragma once

#include "compliance/dashboardqueries.h"
#include "compliance/finding.h"

#include <QWidget>

class DashboardChart;

// The six dashboards in a grid: activity, delivery outcomes, findings by kind and by
// template version, holds, disposition. Every click on a bar or point comes out as
// queryRequested with the search behind it. Two columns when each chart gets room for its
// axis labels (kColumnWidth), else one above the other, so that no label is cut short.
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
    int columnCount() const { return m_columns; }
    // The width a chart needs for its axis labels uncut (a week "24 Aug", a template version
    // "TPL-SERVICE-CONF-BNK v2" beside its bars).
    static constexpr int kColumnWidth = 380;

signals:
    void queryRequested(const QString &query);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    DashboardChart *add(const char *name, int style);
    void arrange(int columns);

    QList<DashboardChart *> m_order; // reading order: row by row
    int m_columns = 0;
};
