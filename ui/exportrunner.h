#pragma once

#include <QList>
#include <QString>

class QWidget;

// Exports results to CSV (itemmodels::CsvExporter on its worker thread) behind a progress
// dialog whose Cancel stops the export and leaves no file behind.
class ExportRunner
{
public:
    explicit ExportRunner(const QString &databasePath);

    // Returns true when the file was written. Messages go through MessageBox.
    bool run(QWidget *parent, const QList<qint64> &rowIds, const QString &filePath);

private:
    QString m_databasePath;
};
