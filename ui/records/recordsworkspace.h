#pragma once

#include <QTabWidget>

class AuditView;
class DispositionView;
class HoldRegisterView;
class ReissueQueueView;

namespace proofdesk::itemmodels {
class RecordsContext;
}

// The Records tab: the reissue queue, the hold register, the disposition review and the
// audit view, each read (on a worker thread) the first time it is shown and on Refresh.
class RecordsWorkspace : public QTabWidget
{
    Q_OBJECT

public:
    explicit RecordsWorkspace(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    ReissueQueueView *reissueQueue() const { return m_reissues; }
    HoldRegisterView *holdRegister() const { return m_holds; }
    DispositionView *disposition() const { return m_disposition; }
    AuditView *auditView() const { return m_audit; }
    // Reads the shown view again (after an action elsewhere changed the records).
    void refreshCurrent();
    void refreshAll();

signals:
    // A view asks to show a communication in the review workspace.
    void communicationRequested(const QString &communicationId);

private:
    ReissueQueueView *m_reissues;
    HoldRegisterView *m_holds;
    DispositionView *m_disposition;
    AuditView *m_audit;
    QList<QWidget *> m_loaded;
};
