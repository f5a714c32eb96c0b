#include "exportrunner.h"

#include "itemmodels/csvexporter.h"
#include "messagebox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QProgressDialog>

using proofdesk::itemmodels::CsvExporter;

ExportRunner::ExportRunner(const QString &databasePath)
    : m_databasePath(databasePath)
{
}

bool ExportRunner::run(QWidget *parent, const QList<qint64> &rowIds, const QString &filePath)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ExportRunner", text); };
    CsvExporter exporter(m_databasePath);
    QProgressDialog dialog(tr("Exporting %1 communications…").arg(QLocale().toString(rowIds.size())), tr("Cancel"),
                           0, 100, parent);
    dialog.setWindowTitle(tr("Export to CSV"));
    dialog.setAccessibleName(tr("Export progress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&exporter, &CsvExporter::progress, &dialog, [&dialog](qint64 done, qint64 total) {
        dialog.setValue(total > 0 ? int(done * 100 / total) : 100);
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &exporter, [&exporter] { exporter.cancel(); });
    QObject::connect(&exporter, &CsvExporter::finished, &loop, [&](bool success, const QString &text, qint64) {
        ok = success;
        message = text;
        loop.quit();
    });
    exporter.start(rowIds, filePath);
    loop.exec();
    dialog.hide();
    if (ok)
        MessageBox::information(parent, tr("Export to CSV"), message);
    else if (!dialog.wasCanceled())
        MessageBox::critical(parent, tr("Export to CSV"), message);
    return ok;
}
