#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace proofdesk::itemmodels {
class AccessRecorder;
class ResultsModel;
} // namespace proofdesk::itemmodels

// What the File menu does in the window: import a drop folder into the cache (ImportRunner,
// its outcome said in a box) and export the results shown to CSV (ExportRunner, recorded in the
// audit trail as soon as the file is written). Asks for the folder or file when none is given.
class FileCommands : public QObject
{
    Q_OBJECT

public:
    FileCommands(const QString &databasePath, const QString &dataDir, proofdesk::itemmodels::ResultsModel *results,
                 proofdesk::itemmodels::AccessRecorder *access, QWidget *window);

    void importDrop(const QString &dropPath = {});
    void exportResults(const QString &filePath = {});

signals:
    // An import ran (or was cancelled): the cache may hold more now.
    void cacheChanged();

private:
    QString m_databasePath;
    QString m_dataDir;
    proofdesk::itemmodels::ResultsModel *m_results;
    proofdesk::itemmodels::AccessRecorder *m_access;
    QWidget *m_window;
};
