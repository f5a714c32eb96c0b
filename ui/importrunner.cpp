#include "importrunner.h"

#include "services/importjob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

ImportRunner::ImportRunner(const QString &databasePath, const QString &dataDir)
    : m_databasePath(databasePath)
    , m_dataDir(dataDir)
{}

namespace {

void setUp(QProgressDialog &dialog)
{
    dialog.setWindowTitle(QCoreApplication::translate("ImportRunner", "Importing"));
    dialog.setAccessibleName(QCoreApplication::translate("ImportRunner", "Import progress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setMinimumWidth(440);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
}

} // namespace

ImportOutcome ImportRunner::run(QWidget *parent, const QString &dropPath,
                                const std::optional<proofdesk::demo::DemoOptions> &demo,
                                const std::optional<proofdesk::services::Actor> &addingActor)
{
    proofdesk::services::ImportJob job(m_databasePath, m_dataDir, dropPath);
    if (demo)
        job.setWriteDemo(*demo);
    if (addingActor)
        job.setAddingActor(*addingActor);

    QProgressDialog dialog(QCoreApplication::translate("ImportRunner", "Preparing the import…"),
                           QCoreApplication::translate("ImportRunner", "Cancel"), 0, 100, parent);
    setUp(dialog);

    ImportOutcome outcome;
    QEventLoop loop;
    QObject::connect(&job, &proofdesk::services::ImportJob::progress, &dialog,
                     [&dialog](const QString &phase, qint64 done, qint64 total) {
                         dialog.setLabelText(phase);
                         if (total > 0) {
                             dialog.setMaximum(100);
                             dialog.setValue(int(qBound(qint64(0), done * 100 / total, qint64(100))));
                         } else {
                             dialog.setMaximum(0); // busy indicator: size unknown
                         }
                     });
    QObject::connect(&dialog, &QProgressDialog::canceled, &job, [&job, &dialog] {
        dialog.setLabelText(QCoreApplication::translate("ImportRunner", "Cancelling…"));
        job.cancel();
    });
    QStringList firstRejected;
    QObject::connect(&job, &proofdesk::services::ImportJob::rejectedLines, &loop,
                     [&firstRejected](const QStringList &first) { firstRejected = first; });
    bool finished = false;
    QObject::connect(&job, &proofdesk::services::ImportJob::finished, &loop,
                     [&](bool ok, const QString &message, qint64 accepted, qint64 rejected) {
                         finished = true;
                         outcome = ImportOutcome{ok, dialog.wasCanceled(), message, accepted, rejected, firstRejected};
                         loop.quit();
                     });
    dialog.show();
    dialog.activateWindow(); // Escape cancels, even without a window manager
    job.start();
    loop.exec();
    dialog.hide();
    if (!finished) {
        // The application is quitting (QApplication::quit ends this loop too): the job is
        // cancelled, and its destructor waits for it to stop where it can resume.
        job.cancel();
        outcome.cancelled = true;
        outcome.message = QCoreApplication::translate("ImportRunner", "Proofdesk is quitting.");
    }
    return outcome;
}
