#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <atomic>

class QThread;

namespace proofdesk::itemmodels {

// Writes the given results (rowids in the shown order) to a CSV file on a worker thread
// with its own reader connection. The file is written through QSaveFile: it appears whole
// when the export succeeds and the old file, if any, stays untouched when it fails or is
// cancelled. Fields are written by util::csvRecord (quoted, formulas defused). Signals
// arrive on the exporter's thread.
class CsvExporter : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatch = 500;

    CsvExporter(const QString &databasePath, QObject *parent = nullptr);
    ~CsvExporter() override;

    void start(const QList<qint64> &rowIds, const QString &filePath);
    void cancel() { m_cancel = true; }
    bool isRunning() const;

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &message, qint64 written);

private:
    void run(const QList<qint64> &rowIds, const QString &filePath);

    QString m_databasePath;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace proofdesk::itemmodels
