#pragma once

#include <QObject>

class ComplianceWorkspace;
class QMenu;
class QWidget;
class ReviewSelection;

namespace proofdesk::itemmodels {
class RecordsContext;
}

// The Compliance workspace and its menu, for the window to place beside the review
// workspace: Findings and Dashboards (Ctrl+Shift+C), Export Evidence Package… (Ctrl+Shift+E)
// and Audit Report…. It knows the review workspace only through ReviewSelection and says what
// the window should do by its signals, so it is built and tested alone.
class ComplianceTab : public QObject
{
    Q_OBJECT

public:
    // `review` must outlive the tab; `parent` parents the widgets and the dialogs.
    ComplianceTab(proofdesk::itemmodels::RecordsContext *context, const ReviewSelection *review, QWidget *parent);

    ComplianceWorkspace *workspace() const { return m_workspace; }
    QMenu *menu() const { return m_menu; }

    // The window brought the workspace to the front: the checks run the first time (not at
    // launch, which stays fast).
    void shown();
    // Export Evidence Package… acts on what is in front: the selected finding's letter in
    // Compliance, the letter shown in Review; anywhere else it only brings Review forward
    // (evidence of a letter nobody sees is never exported).
    void exportEvidenceInFront();

signals:
    void frontRequested();
    // Review should come to the front (and, for searchRequested, show this search).
    void reviewRequested();
    void searchRequested(const QString &query);
    void communicationRequested(const QString &communicationId);
    // A sentence for the window's status line (where the evidence went, what to select).
    void statusMessage(const QString &message);

private:
    void buildMenu();

    const ReviewSelection *m_review;
    ComplianceWorkspace *m_workspace;
    QMenu *m_menu;
};
