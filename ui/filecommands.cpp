#include "filecommands.h"

#include "cache/cachefile.h"
#include "exportrunner.h"
#include "filedialog.h"
#include "importrunner.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "messagebox.h"
#include "records/rolegate.h"
#include "sync/dropimport.h"

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
    // A folder nobody has claimed yet is claimed by its first import (every role): no role to ask.
    if (!m_records || m_records->roles().isEmpty() || isKnownDrop(path)) {
        runImport(path);
        return;
    }
    rolegate::whenPermitted(m_window, m_records, proofdesk::records::Action::ConfigureRepositories,
                            [this, path] { runImport(path); });
}

bool FileCommands::isKnownDrop(const QString &path) const
{
    try {
        proofdesk::cache::Database db = proofdesk::cache::CacheFile::openReader(m_databasePath);
        return proofdesk::sync::isKnownDrop(db, path);
    } catch (const std::exception &) {
        return false; // then the import asks, and says what is wrong with the cache
    }
}

void FileCommands::runImport(const QString &path)
{
    std::optional<proofdesk::services::Actor> actor;
    if (m_records)
        actor = m_records->actor();
    const ImportOutcome outcome = ImportRunner(m_databasePath, m_dataDir).run(m_window, path, std::nullopt, actor);
    const QString counts = tr("%Ln record(s) imported", nullptr, int(outcome.accepted)) + QLatin1String(", ")
                           + tr("%Ln line(s) rejected.", nullptr, int(outcome.rejected));
    if (outcome.ok && outcome.rejected > 0) {
        MessageBox::warning(m_window, tr("Import"),
                            counts + QLatin1Char(' ')
                                + tr("Show Details lists the first rejected lines and why; "
                                     "`proofdesk-cli import` lists them all."),
                            outcome.firstRejected.join(QLatin1Char('\n')));
    } else if (outcome.ok) {
        MessageBox::information(m_window, tr("Import"), counts);
    } else if (!outcome.cancelled) {
        MessageBox::critical(m_window, tr("Import"), tr("The drop could not be imported.\n\n%1").arg(outcome.message),
                             outcome.firstRejected.join(QLatin1Char('\n')));
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
