#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;
class RecordsActions;
class RecordsWorkspace;
class ReviewSelection;

namespace proofdesk::itemmodels {
class RecordsContext;
}

// Issue 5's records workspace and what goes with it, for the window to place: the Records
// tab (reissue queue, holds, disposition, audit), the Records menu, Request Reissue… and
// Apply Legal Hold… for the results' context menu, and who acts in which role (with a
// switcher) for the status bar. It knows the review workspace only through ReviewSelection
// and says what the window should do by its signals, so it is built and tested alone.
class RecordsTab : public QObject
{
    Q_OBJECT

public:
    // `review` must outlive the tab; `parent` parents the widgets and the dialogs.
    RecordsTab(proofdesk::itemmodels::RecordsContext *context, const ReviewSelection *review, QWidget *parent);

    proofdesk::itemmodels::RecordsContext *context() const { return m_context; }
    RecordsActions *actions() const { return m_actions; }
    RecordsWorkspace *workspace() const { return m_workspace; }
    QMenu *menu() const { return m_menu; }
    // Request Reissue…, Apply Legal Hold…: they act on the review workspace's letter.
    QList<QAction *> communicationActions() const { return {m_reissue, m_hold}; }
    // The team's state and the role switcher, for the status bar.
    QList<QWidget *> statusWidgets() const { return m_status; }

    // The window brought the workspace to the front: its shown view is read.
    void shown();
    // Shows view `index` of the workspace (asking the window to bring it to the front).
    void showView(int index);

signals:
    // A view asks to show a communication in the review workspace.
    void communicationRequested(const QString &communicationId);
    // The workspace wants to be in front (a menu entry or its shortcut).
    void frontRequested();
    // Communications left the cache (a disposition): counts and results are read again.
    void cacheChanged();
    // Another desk changed the records: the results' marks on the loaded rows follow.
    void loadedRowsChanged();

private:
    void buildMenu();
    void connectWorkspace();

    proofdesk::itemmodels::RecordsContext *m_context;
    const ReviewSelection *m_review;
    RecordsActions *m_actions;
    RecordsWorkspace *m_workspace;
    QMenu *m_menu;
    QAction *m_reissue = nullptr;
    QAction *m_hold = nullptr;
    QList<QWidget *> m_status;
};
