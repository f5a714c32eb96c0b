#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace proofdesk::itemmodels {
class SavedSearchesModel;
}

// The side list of saved searches: click (or Return) runs one; add saves the current query
// under a name; rename edits the name in place; delete asks first.
class SavedSearchesPanel : public QWidget
{
    Q_OBJECT

public:
    SavedSearchesPanel(proofdesk::itemmodels::SavedSearchesModel *model, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    // Saves `query` under a name asked from the user (`name` when not empty: tests).
    void addSearch(const QString &query, const QString &name = {});
    void renameCurrent();
    void deleteCurrent();

    // Turns the watch of the selected saved search on or off.
    void setCurrentWatched(bool watched);

signals:
    void searchActivated(const QString &query);
    void addRequested();
    void watchChanged(const QString &query, bool watched);
    void newLettersRequested(int row);

private:
    void updateButtons();

    proofdesk::itemmodels::SavedSearchesModel *m_model;
    QListView *m_list;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_watch;
    QPushButton *m_new;
};
