#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <atomic>
#include <memory>

// A progress dialog for a records job on a worker thread, with Cancel: the job checks
// `cancelled()` between its phases (and in its progress callbacks) and stops there; the
// dialog closes when the job's result arrives. It appears only for work that takes longer
// than 400 ms.
class RecordsProgress
{
public:
    RecordsProgress(QWidget *parent, const QString &title, const QString &label);

    std::shared_ptr<std::atomic_bool> flag() const { return m_cancel; }
    bool cancelled() const { return m_cancel->load(); }
    // Thread-safe: posts to the dialog's thread.
    static void setPhase(const QPointer<QProgressDialog> &dialog, const QString &label, qint64 done = 0,
                         qint64 total = 0);
    QPointer<QProgressDialog> dialog() const { return m_dialog; }
    void close();

private:
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<QProgressDialog> m_dialog;
};
