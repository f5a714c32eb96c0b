#include "compliancetab.h"

#include "compliance/findingstreemodel.h"
#include "complianceworkspace.h"
#include "itemmodels/records/recordscontext.h"
#include "reviewselection.h"

#include <QMenu>

ComplianceTab::ComplianceTab(proofdesk::itemmodels::RecordsContext *context, const ReviewSelection *review,
                             QWidget *parent)
    : QObject(parent)
    , m_review(review)
    , m_workspace(new ComplianceWorkspace(context, parent))
    , m_menu(new QMenu(ComplianceWorkspace::tr("&Compliance"), parent))
{
    buildMenu();
    connect(m_workspace, &ComplianceWorkspace::searchRequested, this, &ComplianceTab::searchRequested);
    connect(m_workspace, &ComplianceWorkspace::communicationRequested, this, &ComplianceTab::communicationRequested);
    connect(m_workspace, &ComplianceWorkspace::evidenceWritten, this, &ComplianceTab::statusMessage);
    connect(context, &proofdesk::itemmodels::RecordsContext::recordsChanged, m_workspace,
            &ComplianceWorkspace::recordsChanged);
}

void ComplianceTab::buildMenu()
{
    m_menu->setObjectName(QStringLiteral("complianceMenu"));
    QAction *show = m_menu->addAction(ComplianceWorkspace::tr("&Findings and Dashboards"));
    show->setObjectName(QStringLiteral("showCompliance"));
    show->setShortcut(QKeySequence(ComplianceWorkspace::tr("Ctrl+Shift+C")));
    connect(show, &QAction::triggered, this, &ComplianceTab::frontRequested);
    QAction *evidence = m_menu->addAction(ComplianceWorkspace::tr("Export &Evidence Package…"));
    evidence->setObjectName(QStringLiteral("exportEvidencePackage"));
    evidence->setShortcut(QKeySequence(ComplianceWorkspace::tr("Ctrl+Shift+E")));
    connect(evidence, &QAction::triggered, this, &ComplianceTab::exportEvidenceInFront);
    QAction *report = m_menu->addAction(ComplianceWorkspace::tr("&Audit Report…"));
    report->setObjectName(QStringLiteral("auditReport"));
    connect(report, &QAction::triggered, m_workspace, [this] { m_workspace->exportAuditReport(); });
}

void ComplianceTab::shown()
{
    if (m_workspace->findingsModel()->report().ranAt == 0)
        m_workspace->refresh();
}

void ComplianceTab::exportEvidenceInFront()
{
    if (m_workspace->isVisibleTo(m_workspace->window())) { // the current tab, shown or not
        const QString selected = m_workspace->selectedCommId();
        if (!selected.isEmpty())
            m_workspace->exportEvidence(selected);
        else
            emit statusMessage(ComplianceWorkspace::tr("Select a finding first: its communication's evidence is "
                                                       "exported."));
        return;
    }
    const QString shown = m_review->shownRecord().value(QStringLiteral("id")).toString();
    if (m_review->reviewInFront() && !shown.isEmpty()) {
        m_workspace->exportEvidence(shown);
        return;
    }
    emit reviewRequested();
    emit statusMessage(ComplianceWorkspace::tr("Export Evidence Package exports the communication shown in Review "
                                               "or the selected finding's: select one first."));
}
