#pragma once

#include <QList>
#include <QString>
#include <functional>

class QWidget;

// Exports results to CSV (itemmodels::CsvExporter on its worker thread) behind a progress
// dialog whose Cancel stops the export and leaves no file behind.
class ExportRunner
{
public:
    explicit ExportRunner(const QString &databasePath);

    // Returns true when the file was written. Messages go through MessageBox. `written` runs
    // as soon as the file is complete, before the result box is shown (an audit entry must not
    // wait for a person to close a box: a crash with it open would lose the entry).
    bool run(QWidget *parent, const QList<qint64> &rowIds, const QString &filePath,
             const std::function<void()> &written = {});

private:
    QString m_databasePath;
};
