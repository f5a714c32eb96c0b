#pragma once

#include "audit/audittrail.h"
#include "records/roles.h"

#include <QWidget>

class AnchorReminder;
class AuditEntryDialog;
class QModelIndex;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace proofdesk::itemmodels {
class AuditEntriesModel;
class RecordsContext;
} // namespace proofdesk::itemmodels

// The audit view: entries filtered by user, action, object and time (agents see only their
// own, as the library's role table says), newest first, and "Verify Chain", which names the
// first entry that does not verify; above them, the reminder to anchor the trail.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    proofdesk::itemmodels::AuditEntriesModel *model() const { return m_model; }
    QLineEdit *userFilter() const { return m_user; }
    QLineEdit *actionFilter() const { return m_action; }
    QLineEdit *objectFilter() const { return m_object; }
    AnchorReminder *anchorReminder() const { return m_anchorReminder; }
    QString verifyText() const;
    void refresh();
    void verify();
    // Writes every entry the filter selects as JSON lines; asks for the file unless given.
    void exportEntries(const QString &path = {});
    // The entry at `index` whole, in a dialog of its own (deleted on close).
    AuditEntryDialog *showEntry(const QModelIndex &index);

signals:
    void refreshed();
    void verified(bool ok, qint64 firstBadSeq);
    void exported(bool ok, const QString &path);

private:
    void setUpFilters();
    void setUpTableAndActions();
    void layOut(QPushButton *apply);
    void connectControls(QPushButton *apply);
    void refreshEntries();
    proofdesk::audit::AuditFilter currentFilter() const;
    proofdesk::records::Action readAction() const;

    proofdesk::itemmodels::RecordsContext *m_context;
    proofdesk::itemmodels::AuditEntriesModel *m_model;
    AnchorReminder *m_anchorReminder;
    QLineEdit *m_user;
    QLineEdit *m_action;
    QLineEdit *m_object;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QPushButton *m_verify;
    QPushButton *m_export;
    bool m_userIsOwnName = false; // the user filter holds the agent's own name, not a choice
    QLabel *m_summary;
    QString m_exported; // "N entries exported to PATH", said after every read until the next export
    QLabel *m_verifyResult;
};
