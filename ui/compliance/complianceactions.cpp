// ComplianceWorkspace: the actions that write (review marks, evidence packages, reports).
// Each opens the writer and a records session for the current user, so the role table is
// checked and the action audited in models/.
#include "complianceworkspace.h"

#include "cache/cachefile.h"
#include "cache/contentstore.h"
#include "compliance/auditreport.h"
#include "compliance/evidencepackage.h"
#include "compliance/findingreviews.h"
#include "compliance/findingstreemodel.h"
#include "itemmodels/asyncread.h"
#include "messagebox.h"
#include "records/recordserror.h"
#include "records/rolegrants.h"
#include "records/session.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTreeView>

using namespace proofdesk;

namespace {

// Runs `body` with a session for the operating-system user in the first granted role that
// may do `action` (a data folder nobody has claimed yet is claimed by its first user).
template<typename Body>
bool withSession(QWidget *parent, const QString &databasePath, records::Action action, const QString &title, Body body)
{
    try {
        cache::Database writer = cache::CacheFile::openWriter(databasePath);
        const records::Identity me = records::Identity::fromOperatingSystem();
        records::grantAllRolesIfUnclaimed(writer, me);
        const auto session = records::RecordsSession::openFor(writer, me, std::nullopt, action);
        body(session);
        return true;
    } catch (const records::RecordsError &e) {
        MessageBox::warning(parent, title, e.message());
    } catch (const std::exception &e) {
        MessageBox::critical(parent, title, QObject::tr("It could not be done: %1").arg(QString::fromUtf8(e.what())));
    }
    return false;
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
        note = QInputDialog::getMultiLineText(this, tr("Mark Finding Reviewed"),
                                              tr("%1 — %2\n\nWhat was checked or done (recorded in the audit trail):")
                                                  .arg(id, index.data(compliance::FindingsTreeModel::DetailRole).toString()),
                                              QString(), &ok);
        if (!ok)
            return;
    }
    withSession(this, m_databasePath, records::Action::RunFindings, tr("Mark Finding Reviewed"),
                [&](const records::RecordsSession &session) {
                    const auto review = compliance::markReviewed(session, kind, id, note);
                    m_model->setReviewed(kind, id, review);
                });
}

void ComplianceWorkspace::exportEvidence(const QString &givenPath)
{
    const QString id = selectedCommId();
    if (id.isEmpty())
        return;
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export Evidence Package"),
                                            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                .filePath(QStringLiteral("evidence-%1.zip").arg(id)),
                                            tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    const cache::ContentStore store(m_dataDir);
    withSession(this, m_databasePath, records::Action::ExportEvidence, tr("Export Evidence Package"),
                [&](const records::RecordsSession &session) {
                    const auto result = compliance::exportEvidence(session, store, id, path);
                    m_status->setText(tr("Evidence package written: %1 (SHA-256 %2…)").arg(result.path, result.sha256.left(16)));
                    if (!result.documentIncluded)
                        MessageBox::warning(this, tr("Export Evidence Package"),
                                            tr("The document's bytes could not be verified and are not in the package; "
                                               "its report says why."));
                });
}

void ComplianceWorkspace::exportAuditReport(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Audit Report"),
                                            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                .filePath(QStringLiteral("audit-report.pdf")),
                                            tr("PDF report (*.pdf);;CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    const QString query = scopeQuery();
    withSession(this, m_databasePath, records::Action::RunFindings, tr("Audit Report"),
                [&](const records::RecordsSession &session) {
                    cache::Database reader = cache::CacheFile::openReader(m_databasePath);
                    compliance::AuditReport report = compliance::AuditReport::build(reader, query);
                    if (!report.error.isEmpty())
                        throw std::runtime_error(report.error.toStdString());
                    report.generatedBy = session.user();
                    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
                        report.writeCsv(path);
                    else
                        report.writePdf(path);
                    session.record(QStringLiteral("report.export"), QStringLiteral("search"), query, QString(), QJsonValue(),
                                   QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                               {QStringLiteral("communications"), report.total},
                                               {QStringLiteral("findings"), report.findings.findings.size()}});
                    m_status->setText(tr("Audit report written: %1").arg(path));
                });
}
