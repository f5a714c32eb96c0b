#pragma once

#include "compliance/finding.h"

#include <QElapsedTimer>
#include <QWidget>

class DashboardPanel;
class QCheckBox;
class QLabel;
class ElidedLabel;
class QPushButton;
class QTreeView;

namespace proofdesk::compliance {
class FindingsTreeModel;
}

namespace proofdesk::itemmodels {
class RecordsContext;
}

// The Compliance workspace: the findings grouped by kind (each opens its communication; a
// finding can be marked reviewed with a note, and an undelivered or fixity-failed one can
// open an exception case in the workflow repository, its state shown beside it), the dashboards, and the evidence
// package and audit report actions. Everything runs on the current search or the whole cache; the checks and aggregates
// run on worker threads with their own reader connections.
class ComplianceWorkspace : public QWidget
{
    Q_OBJECT

public:
    // Acts as `context`'s identity in its active role.
    ComplianceWorkspace(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    // The review workspace's current search; used when "only the current search" is on.
    void setCurrentQuery(const QString &query);
    void refresh();
    // The role may not run the checks: the workspace says so instead of showing findings.
    QLabel *notForRoleNotice() const { return m_notForRole; }
    // The records or the cache changed (a disposition, a hold, a reissue): checks that have run
    // run again, now if the workspace is shown, else when it is next shown.
    void recordsChanged();
    QString statusText() const;
    DashboardPanel *dashboards() const { return m_dashboards; }
    proofdesk::compliance::FindingsTreeModel *findingsModel() const { return m_model; }
    QTreeView *findingsView() const { return m_tree; }

    // Each runs on a worker thread and emits actionFinished when done (tests wait for it).
    void markSelectedReviewed(const QString &note = {});
    // An exception case in the workflow repository from the selected undelivered or
    // fixity-failed finding (compliance); asks for the reason when `reason` is empty.
    void openExceptionCase(const QString &reason = {});
    // The package of `commId` (the communication shown); asks for the file when `path` is empty.
    void exportEvidence(const QString &commId, const QString &path = {});
    void exportAuditReport(const QString &path = {});
    // The communication of the selected finding, if any.
    QString selectedCommId() const;

signals:
    void searchRequested(const QString &query);
    void communicationRequested(const QString &commId);
    void actionFinished(bool ok);
    // An evidence package was written: where, and its hash, in a sentence for any status line.
    void evidenceWritten(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    void onRoleChanged();
    bool mayRunChecks() const;
    void showNotForRole(const QString &why);
    void readChecks(int generation);
    void showFindingMenu(const QPoint &pos);
    void onFindings(const proofdesk::compliance::FindingsReport &report);
    void updateScopeLabel();
    void updateButtons();
    void sizeFindingColumns();
    QWidget *buildContent();
    QWidget *buildFindingsPane();
    void orderTabStops();
    void showReason();
    QString scopeQuery() const;

    proofdesk::itemmodels::RecordsContext *m_context;
    QString m_databasePath;
    QString m_currentQuery;
    proofdesk::compliance::FindingsTreeModel *m_model;
    QTreeView *m_tree;
    DashboardPanel *m_dashboards;
    QCheckBox *m_onlySearch;
    ElidedLabel *m_scopeLabel;
    ElidedLabel *m_status;
    bool m_stale = false; // the records changed while hidden
    QPushButton *m_run = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_notForRole = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_review;
    QPushButton *m_case;
    QPushButton *m_open;
    QPushButton *m_evidence;
    QPushButton *m_report;
    QElapsedTimer m_timer;
    int m_generation = 0;
};
