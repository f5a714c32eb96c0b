#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace proofdesk::itemmodels {
class AuditEntriesModel;
class HoldRegisterModel;
class RecordsContext;
} // namespace proofdesk::itemmodels

// The hold register: every hold with its counts; the selected one's history below; add and
// remove items with a reason, release with a reason (records role, checked by the library).
class HoldRegisterView : public QWidget
{
    Q_OBJECT

public:
    explicit HoldRegisterView(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    proofdesk::itemmodels::HoldRegisterModel *model() const { return m_model; }
    proofdesk::itemmodels::AuditEntriesModel *historyModel() const { return m_history; }
    QTableView *table() const { return m_table; }
    void refresh();
    void selectHold(const QString &holdId);
    // On the selected hold; interactive (asks) when the arguments are empty.
    void addItems(const QStringList &ids = {}, const QString &reason = {});
    void removeItems(const QStringList &ids = {}, const QString &reason = {});
    void release(const QString &reason = {});

signals:
    void refreshed();
    void changed(bool ok);
    // "New Hold…": the window asks what to hold (its selection, its search, a business key).
    void newHoldRequested();
    // A communication in the hold's list was opened.
    void communicationRequested(const QString &communicationId);
    // The selected hold's communications were listed (tests).
    void membersShown(int count);

private:
    void setUpTables();
    void describeControls();
    void layOut(QPushButton *refresh);
    void connectControls(QPushButton *refresh);
    enum class Change { Add, Remove, Release };
    void change(Change kind, const QStringList &ids, const QString &reason);
    bool ask(const QString &title, QStringList *ids, QString *reason);
    void loadHistory();
    void loadMembers();
    void updateButtons();
    QString selectedId() const;

    proofdesk::itemmodels::RecordsContext *m_context;
    proofdesk::itemmodels::HoldRegisterModel *m_model;
    proofdesk::itemmodels::AuditEntriesModel *m_history;
    QTableView *m_table;
    QTableView *m_historyTable;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_release;
    QPushButton *m_newHold;
    QListWidget *m_members;
    QLabel *m_membersLabel = nullptr;
    QLabel *m_summary;
};
