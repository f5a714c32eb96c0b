#pragma once

#include "records/matter.h"
#include "records/roles.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class ReviewPane;

namespace proofdesk::itemmodels {
class MattersModel;
class RecordsContext;
} // namespace proofdesk::itemmodels
namespace proofdesk::records {
class RecordsStore;
}

// The Matters tab: the matters this person may see (with how far each review has got and what
// its watched searches find that is new), and the selected one: its question, its searches,
// its holds and productions, and its review set with the letter beside it (ReviewPane). Its
// actions ask what they need and run as one records action each (the library checks the role:
// compliance opens, searches, produces and closes; records places holds).
class MattersWorkspace : public QWidget
{
    Q_OBJECT

public:
    MattersWorkspace(proofdesk::itemmodels::RecordsContext *context, const QString &databasePath,
                     const QString &dataDir, QWidget *parent = nullptr);

    proofdesk::itemmodels::MattersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReviewPane *review() const { return m_review; }
    QTableWidget *searches() const { return m_searches; }
    QString selectedMatter() const;
    const proofdesk::records::MatterOverview &shown() const { return m_shown; }

    // Reads the list again (and the shown matter); after a sync, the watched searches' news.
    void refresh();
    void selectMatter(const QString &matterId);
    // Interactive when the arguments are empty (the dialog asks).
    void newMatter(const QString &title = {}, const QString &reason = {}, const QStringList &tags = {});
    void addSearch(const QString &query = {});
    void placeHold(const QString &name = {}, const QString &reason = {});
    void closeMatter(const QString &reason = {});
    void toggleWatch();
    void produce();
    // The search in the review workspace's box, offered when a search is added.
    void setCurrentQuery(const QString &query) { m_currentQuery = query; }

signals:
    void refreshed();
    void matterShown(const QString &matterId);
    // An action ended (tests wait for it); the records changed when ok.
    void actionFinished(bool ok);
    void statusMessage(const QString &message);
    void communicationRequested(const QString &communicationId);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildList();
    QWidget *buildMatter();
    void loadMatter();
    void showOverview();
    QString emptyText() const;
    void updateButtons();
    // Runs one change of the selected matter; `what` names it in a failure's title.
    void change(proofdesk::records::Action action, const QString &what,
                const std::function<QString(proofdesk::records::RecordsStore &)> &work);

    proofdesk::itemmodels::RecordsContext *m_context;
    QString m_databasePath;
    QString m_dataDir;
    proofdesk::itemmodels::MattersModel *m_model;
    QTableView *m_table;
    QLabel *m_header;
    QTableWidget *m_searches;
    QLabel *m_holdsAndProductions;
    ReviewPane *m_review;
    QPushButton *m_new;
    QPushButton *m_addSearch;
    QPushButton *m_watch;
    QPushButton *m_addNew;
    QPushButton *m_hold;
    QPushButton *m_produce;
    QPushButton *m_close;
    proofdesk::records::MatterOverview m_shown;
    QHash<int, qint64> m_news; // watched search → its new letters
    QString m_currentQuery;
    int m_generation = 0; // the newest load's answer only
};
