#pragma once

#include <QObject>

class MattersWorkspace;
class QMenu;
class QWidget;
class ReviewSelection;

namespace proofdesk::itemmodels {
class RecordsContext;
}

// The Matters workspace and its menu, for the window to place beside the others: Matters
// (Ctrl+Shift+M), New Matter…, Add the Current Search to the Matter…, Produce… (Ctrl+Shift+P).
// It knows the review workspace only through ReviewSelection (the search in its box) and says
// what the window should do by its signals, so that it is built and tested alone.
class MattersTab : public QObject
{
    Q_OBJECT

public:
    MattersTab(proofdesk::itemmodels::RecordsContext *context, const ReviewSelection *review,
               const QString &databasePath, const QString &dataDir, QWidget *parent);

    MattersWorkspace *workspace() const { return m_workspace; }
    QMenu *menu() const { return m_menu; }

    // The window brought the workspace to the front: the matters are read the first time.
    void shown();
    // A sync or an import changed the cache: the watched searches are counted again.
    void cacheChanged();

signals:
    void frontRequested();
    void communicationRequested(const QString &communicationId);
    void statusMessage(const QString &message);

private:
    void buildMenu();

    const ReviewSelection *m_review;
    MattersWorkspace *m_workspace;
    QMenu *m_menu;
    bool m_read = false;
};
