#include "filecommands.h"

#include "exportrunner.h"
#include "filedialog.h"
#include "importrunner.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/resultsmodel.h"
#include "messagebox.h"

#include <QFileDialog>
#include <QStandardPaths>

using proofdesk::itemmodels::AccessRecorder;
using proofdesk::itemmodels::ResultsModel;

FileCommands::FileCommands(const QString &databasePath, const QString &dataDir, ResultsModel *results,
                           AccessRecorder *access, QWidget *window)
    : QObject(window)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_results(results)
    , m_access(access)
    , m_window(window)
{}

void FileCommands::importDrop(const QString &dropPath)
{
    const QString path =
        !dropPath.isEmpty()
            ? dropPath
            : QFileDialog::getExistingDirectory(m_window, tr("Import a drop folder"),
                                                QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (path.isEmpty())
        return;
    const ImportOutcome outcome = ImportRunner(m_databasePath, m_dataDir).run(m_window, path);
    if (outcome.ok) {
        MessageBox::information(m_window, tr("Import"),
                                tr("%Ln record(s) imported", nullptr, int(outcome.accepted)) + QLatin1String(", ")
                                    + tr("%Ln line(s) rejected.", nullptr, int(outcome.rejected)));
    } else if (!outcome.cancelled) {
        MessageBox::critical(m_window, tr("Import"), tr("The drop could not be imported.\n\n%1").arg(outcome.message));
    }
    emit cacheChanged();
}

void FileCommands::exportResults(const QString &filePath)
{
    if (!m_results->hasAllRowIds()) {
        m_results->needRowIds();
        MessageBox::information(m_window, tr("Export to CSV"),
                                tr("The results are still being counted; try again in a moment."));
        return;
    }
    const QString path =
        !filePath.isEmpty()
            ? filePath
            : FileDialog::getSaveFileName(m_window, tr("Export results to CSV"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                              + QStringLiteral("/proofdesk-results.csv"),
                                          tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QList<qint64> rows = m_results->rowIdsInOrder();
    const QString query = m_results->shownQuery();
    // Every export is audited, as in the CLI: when the file is written, not when its box closes.
    ExportRunner(m_databasePath).run(m_window, rows, path, [&] {
        m_access->resultsExported(query, path, rows.size());
    });
}
