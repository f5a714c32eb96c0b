#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace proofdesk::itemmodels {
class AccessRecorder;
class RecordsContext;
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

    // The role in force decides whether a drop new to the data folder may become a repository
    // (the rule of Settings › Repositories › Add); without it, the operating-system user's
    // first granted role that may.
    void setRecordsContext(proofdesk::itemmodels::RecordsContext *context) { m_records = context; }

    void importDrop(const QString &dropPath = {});
    void exportResults(const QString &filePath = {});

signals:
    // An import ran (or was cancelled): the cache may hold more now.
    void cacheChanged();

private:
    bool isKnownDrop(const QString &path) const;
    void runImport(const QString &path);

    QString m_databasePath;
    QString m_dataDir;
    proofdesk::itemmodels::ResultsModel *m_results;
    proofdesk::itemmodels::AccessRecorder *m_access;
    proofdesk::itemmodels::RecordsContext *m_records = nullptr;
    QWidget *m_window;
};
