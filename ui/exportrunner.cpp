#include "exportrunner.h"

#include "itemmodels/csvexporter.h"
#include "messagebox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QProgressDialog>
#include <memory>

using proofdesk::itemmodels::CsvExporter;

ExportRunner::ExportRunner(const QString &databasePath)
    : m_databasePath(databasePath)
{}

bool ExportRunner::run(QWidget *parent, const QList<qint64> &rowIds, const QString &filePath,
                       const std::function<void()> &written)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ExportRunner", text); };
    CsvExporter exporter(m_databasePath);
    // Owned here and destroyed before the result is shown: QProgressDialog's constructor starts
    // a show timer of its own (4 s) that hide() does not stop, so a hidden box came back at
    // 100 % on top of the result box and took the focus.
    auto dialog = std::make_unique<QProgressDialog>(
        tr("Exporting %1 communications…").arg(QLocale().toString(rowIds.size())), tr("Cancel"), 0, 100, parent);
    QProgressDialog *progress = dialog.get();
    progress->setWindowTitle(tr("Export to CSV"));
    progress->setAccessibleName(tr("Export progress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);

    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&exporter, &CsvExporter::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 100 / total) : 100);
    });
    QObject::connect(progress, &QProgressDialog::canceled, &exporter, [&exporter] { exporter.cancel(); });
    QObject::connect(&exporter, &CsvExporter::finished, &loop, [&](bool success, const QString &text, qint64) {
        ok = success;
        message = text;
        loop.quit();
    });
    exporter.start(rowIds, filePath);
    loop.exec();
    const bool cancelled = progress->wasCanceled();
    dialog.reset();
    if (ok && written)
        written();
    if (ok)
        MessageBox::information(parent, tr("Export to CSV"), message);
    else if (!cancelled)
        MessageBox::critical(parent, tr("Export to CSV"), message);
    return ok;
}
