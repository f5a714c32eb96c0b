#pragma once

#include "compliance/finding.h"

#include <QElapsedTimer>
#include <QWidget>

class DashboardPanel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace proofdesk::compliance {
class FindingsTreeModel;
}

// The Compliance workspace: the findings grouped by kind (each opens its communication; a
// finding can be marked reviewed with a note), the dashboards, and the evidence package
// and audit report actions. Everything runs on the current search or the whole cache; the
// checks and aggregates run on worker threads with their own reader connections.
class ComplianceWorkspace : public QWidget
{
    Q_OBJECT

public:
    ComplianceWorkspace(const QString &databasePath, const QString &dataDir, QWidget *parent = nullptr);

    // The review workspace's current search; used when "only the current search" is on.
    void setCurrentQuery(const QString &query);
    void refresh();
    DashboardPanel *dashboards() const { return m_dashboards; }
    proofdesk::compliance::FindingsTreeModel *findingsModel() const { return m_model; }
    QTreeView *findingsView() const { return m_tree; }

    void markSelectedReviewed(const QString &note = {});
    void exportEvidence(const QString &path = {});
    void exportAuditReport(const QString &path = {});

signals:
    void searchRequested(const QString &query);
    void communicationRequested(const QString &commId);

private:
    QWidget *buildToolbar();
    void onFindings(const proofdesk::compliance::FindingsReport &report);
    void updateScopeLabel();
    void updateButtons();
    QString scopeQuery() const;
    QString selectedCommId() const;

    QString m_databasePath;
    QString m_dataDir;
    QString m_currentQuery;
    proofdesk::compliance::FindingsTreeModel *m_model;
    QTreeView *m_tree;
    DashboardPanel *m_dashboards;
    QCheckBox *m_onlySearch;
    QLabel *m_scopeLabel;
    QLabel *m_status;
    QPushButton *m_review;
    QPushButton *m_open;
    QPushButton *m_evidence;
    QPushButton *m_report;
    QElapsedTimer m_timer;
    int m_generation = 0;
};
