#pragma once

#include "records/reissue.h"

#include <QList>
#include <QPair>
#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace proofdesk::itemmodels {
class RecordsContext;
class ReissueQueueModel;
} // namespace proofdesk::itemmodels

// The reissue queue: every request from draft to fulfilled; a compliance officer other than
// the requester approves (with a note) or rejects those awaiting approval, the requester may
// withdraw one not yet approved (the library enforces all three); a double-click or the
// context menu opens the communication.
class ReissueQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit ReissueQueueView(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    proofdesk::itemmodels::ReissueQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void refresh();
    void selectRequest(const QString &requestId);
    // Decide on the selected request; both need a note (recorded). Asks for it when empty.
    void approveSelected(const QString &note = {});
    void rejectSelected(const QString &note = {});
    // The requester takes back a request not yet approved; asks for the reason when empty.
    void withdrawSelected(const QString &reason = {});

signals:
    void refreshed();
    void decided(bool ok);
    void withdrawn(bool ok);
    // Show this communication in the review workspace.
    void communicationRequested(const QString &communicationId);

private:
    void decide(bool approve, const QString &note);
    void updateButtons();
    void buildContextMenu();
    QString selectedId() const;
    QString selectedCommunication() const;
    // Asks for a note about the selected request; empty when cancelled.
    QString askNote(const QString &title, const QString &question);
    std::optional<proofdesk::records::ReissueRequest> selectedRequest() const;

    proofdesk::itemmodels::RecordsContext *m_context;
    proofdesk::itemmodels::ReissueQueueModel *m_model;
    QComboBox *m_status;
    QTableView *m_table;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_withdraw;
    QLabel *m_hint;
    QList<QPair<QPushButton *, QAction *>> m_mirrors;
};
