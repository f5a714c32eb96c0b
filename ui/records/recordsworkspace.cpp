#include "recordsworkspace.h"

#include "auditview.h"
#include "dispositionview.h"
#include "holdregisterview.h"
#include "reissuequeueview.h"

RecordsWorkspace::RecordsWorkspace(proofdesk::itemmodels::RecordsContext *context, QWidget *parent)
    : QTabWidget(parent)
    , m_reissues(new ReissueQueueView(context, this))
    , m_holds(new HoldRegisterView(context, this))
    , m_disposition(new DispositionView(context, this))
    , m_audit(new AuditView(context, this))
{
    setObjectName(QStringLiteral("recordsWorkspace"));
    setAccessibleName(tr("Records views"));
    addTab(m_reissues, tr("Reissue Queue"));
    addTab(m_holds, tr("Legal Holds"));
    addTab(m_disposition, tr("Disposition Review"));
    addTab(m_audit, tr("Audit Trail"));
    connect(m_reissues, &ReissueQueueView::communicationRequested, this, &RecordsWorkspace::communicationRequested);
    connect(m_holds, &HoldRegisterView::communicationRequested, this, &RecordsWorkspace::communicationRequested);
    connect(this, &QTabWidget::currentChanged, this, [this](int) {
        if (!m_loaded.contains(currentWidget()))
            refreshCurrent();
    });
}

void RecordsWorkspace::refreshCurrent()
{
    QWidget *w = currentWidget();
    if (!m_loaded.contains(w))
        m_loaded.append(w);
    if (w == m_reissues)
        m_reissues->refresh();
    else if (w == m_holds)
        m_holds->refresh();
    else if (w == m_disposition)
        m_disposition->refresh();
    else if (w == m_audit)
        m_audit->refresh();
}

void RecordsWorkspace::refreshAll()
{
    // The others are read again when next shown.
    m_loaded.clear();
    if (isVisible())
        refreshCurrent();
}
