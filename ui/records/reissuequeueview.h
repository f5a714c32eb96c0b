#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace proofdesk::itemmodels {
class RecordsContext;
class ReissueQueueModel;
}

// The reissue queue: every request from draft to fulfilled; a compliance officer other than
// the requester approves or rejects those awaiting approval (the library enforces both).
class ReissueQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit ReissueQueueView(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    proofdesk::itemmodels::ReissueQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void refresh();
    void selectRequest(const QString &requestId);
    // Decide on the selected request; reject needs a note. Asks for it when empty and interactive.
    void approveSelected(const QString &note = {});
    void rejectSelected(const QString &note = {});

signals:
    void refreshed();
    void decided(bool ok);

private:
    void decide(bool approve, const QString &note);
    void updateButtons();
    QString selectedId() const;

    proofdesk::itemmodels::RecordsContext *m_context;
    proofdesk::itemmodels::ReissueQueueModel *m_model;
    QComboBox *m_status;
    QTableView *m_table;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_hint;
};
