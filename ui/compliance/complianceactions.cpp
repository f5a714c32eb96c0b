// ComplianceWorkspace: the actions that write (review marks, evidence packages, reports).
// Each is one records action in the window's active role (RecordsContext::run): the role
// table is checked and the action audited in models/, on a worker thread, with a progress
// dialog and Cancel for the exports.
#include "cache/contentstore.h"
#include "compliance/auditreport.h"
#include "compliance/auditreportexport.h"
#include "compliance/evidencepackage.h"
#include "compliance/findingstreemodel.h"
#include "complianceworkspace.h"
#include "elidedlabel.h"
#include "filedialog.h"
#include "itemmodels/asyncread.h"
#include "itemmodels/records/recordscontext.h"
#include "messagebox.h"
#include "reasoninput.h"
#include "records/recordserror.h"
#include "records/recordsprogress.h"
#include "records/recordsui.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTreeView>

using namespace proofdesk;

namespace {

struct ReviewDone : itemmodels::RecordsOutcome
{
    compliance::FindingReview review;
};

struct CaseDone : itemmodels::RecordsOutcome
{
    records::ExceptionCase opened;
};

struct EvidenceDone : itemmodels::RecordsOutcome
{
    compliance::EvidenceResult result;
};

struct ReportDone : itemmodels::RecordsOutcome
{
    QString path;
};

// Thrown between phases when the person pressed Cancel: nothing after that phase happens.
void stopIfCancelled(const std::atomic_bool &cancel, const QString &what)
{
    if (cancel.load())
        throw records::RecordsError(records::RecordsError::Kind::Invalid, what);
}

QString documentsPath(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
}

} // namespace

void ComplianceWorkspace::markSelectedReviewed(const QString &givenNote)
{
    const QModelIndex index = m_tree->currentIndex();
    const QString id = index.data(compliance::FindingsTreeModel::CommIdRole).toString();
    if (id.isEmpty())
        return;
    const auto kind = compliance::FindingKind(index.data(compliance::FindingsTreeModel::KindRole).toInt());
    QString note = givenNote;
    if (note.isEmpty()) {
        bool ok = false;
        note = reasoninput::getMultiLineText(
            this, tr("Mark Finding Reviewed"),
            tr("%1 — %2\n\nWhat was checked or done (recorded in the audit trail):")
                .arg(id, index.data(compliance::FindingsTreeModel::DetailRole).toString()),
            QString(), &ok);
        if (!ok)
            return;
    }
    m_context->run<ReviewDone>(
        records::Action::ReviewFinding, this,
        [kind, id, note](services::ActionContext &a) {
            ReviewDone out;
            out.review = a.records.findings().reviewFinding(compliance::kindName(kind), id, note);
            return out;
        },
        [this, kind, id](ReviewDone out) {
            if (recordsui::report(this, tr("Mark Finding Reviewed"), out))
                m_model->setReviewed(kind, id, out.review);
            emit actionFinished(out.ok());
        });
}

void ComplianceWorkspace::openExceptionCase(const QString &givenReason)
{
    const QModelIndex index = m_tree->currentIndex();
    const QString id = index.data(compliance::FindingsTreeModel::CommIdRole).toString();
    if (id.isEmpty() || !index.data(compliance::FindingsTreeModel::CanOpenCaseRole).toBool())
        return;
    const auto kind = compliance::FindingKind(index.data(compliance::FindingsTreeModel::KindRole).toInt());
    QString reason = givenReason;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = reasoninput::getMultiLineText(
            this, tr("Open Exception Case"),
            tr("%1 — %2\n\nThe workflow service starts one exception case for this "
               "finding. Why is it needed (recorded in the audit trail)?")
                .arg(id, index.data(compliance::FindingsTreeModel::DetailRole).toString()),
            QString(), &ok);
        if (!ok)
            return;
    }
    m_context->run<CaseDone>(
        records::Action::OpenExceptionCase, this,
        [kind, id, reason](services::ActionContext &a) {
            CaseDone out;
            out.opened = a.records.findings().openExceptionCase(compliance::kindName(kind), id, reason);
            return out;
        },
        [this](CaseDone out) {
            if (recordsui::report(this, tr("Open Exception Case"), out))
                m_model->setExceptionCase(out.opened);
            emit actionFinished(out.ok());
        },
        [](services::ActionContext &a, CaseDone &out) {
            // The outbox was sent: show the state the workflow service left (started, running…).
            for (const records::ExceptionCase &c : a.records.findings().exceptionCases(out.opened.communicationId))
                if (c.id == out.opened.id)
                    out.opened = c;
        });
}

void ComplianceWorkspace::exportEvidence(const QString &commId, const QString &givenPath)
{
    if (commId.isEmpty()) {
        MessageBox::information(this, tr("Export Evidence Package"),
                                tr("Select a communication first: the package is made for the communication shown."));
        return;
    }
    QString path = givenPath;
    if (path.isEmpty())
        path = FileDialog::getSaveFileName(this, tr("Export Evidence Package"),
                                           documentsPath(QStringLiteral("evidence-%1.zip").arg(commId)),
                                           tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    auto progress = std::make_shared<RecordsProgress>(this, tr("Export Evidence Package"),
                                                      tr("Collecting the record of %1…").arg(commId));
    const auto cancel = progress->flag();
    const QString dataDir = m_context->dataDir();
    m_context->run<EvidenceDone>(
        records::Action::ExportEvidence, this,
        [commId, path, cancel, dataDir](services::ActionContext &a) {
            stopIfCancelled(*cancel, tr("The evidence package was cancelled; nothing was written."));
            const cache::ContentStore store(dataDir);
            EvidenceDone out;
            out.result = compliance::exportEvidence(a.records.actor(), a.records.audit(), a.cache, store, commId, path);
            return out;
        },
        [this, progress](EvidenceDone out) {
            progress->close();
            if (recordsui::report(this, tr("Export Evidence Package"), out)) {
                m_status->setText(
                    tr("Evidence package written: %1 (SHA-256 %2…)").arg(out.result.path, out.result.sha256.left(16)));
                emit evidenceWritten(m_status->fullText()); // said where the export was started too
                if (!out.result.documentIncluded)
                    MessageBox::warning(this, tr("Export Evidence Package"),
                                        tr("The document's bytes could not be verified and are not in the package; "
                                           "its report says why."));
            }
            emit actionFinished(out.ok());
        });
}

void ComplianceWorkspace::exportAuditReport(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = FileDialog::getSaveFileName(this, tr("Audit Report"), documentsPath(QStringLiteral("audit-report.pdf")),
                                           tr("PDF report (*.pdf);;CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    const QString query = scopeQuery();
    auto progress =
        std::make_shared<RecordsProgress>(this, tr("Audit Report"), tr("Counting and checking the communications…"));
    const auto cancel = progress->flag();
    const auto dialog = progress->dialog();
    const QString databasePath = m_context->databasePath();
    m_context->run<ReportDone>(
        records::Action::RunFindings, this,
        [query, path, cancel, dialog, databasePath](services::ActionContext &a) {
            RecordsProgress::setPhase(dialog, tr("Counting, checking and writing %1…").arg(QFileInfo(path).fileName()));
            cache::Database reader = itemmodels::openReaderConnection(databasePath);
            compliance::exportAuditReport(a.records.actor(), reader, query, path, cancel.get());
            ReportDone out;
            out.path = path;
            return out;
        },
        [this, progress](ReportDone out) {
            progress->close();
            if (recordsui::report(this, tr("Audit Report"), out))
                m_status->setText(tr("Audit report written: %1").arg(out.path));
            emit actionFinished(out.ok());
        });
}
