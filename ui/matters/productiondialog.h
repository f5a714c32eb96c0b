#pragma once

#include "records/matter.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace proofdesk::itemmodels {
class RecordsContext;
}
namespace proofdesk::compliance {
struct ProductionResult;
}

// Produce…: a production of a matter's review set (or of its letters tagged so) into a new
// folder (docs/production-format.md), on a worker thread, with a progress bar, the time left
// and Cancel. A production stopped by Cancel, a full disk or a crash is finished by producing
// again into the same folder; the dialog says so, and what was produced, its exceptions and
// its root hash when it ends.
class ProductionDialog : public QDialog
{
    Q_OBJECT

public:
    ProductionDialog(proofdesk::itemmodels::RecordsContext *context, const proofdesk::records::MatterInfo &matter,
                     QWidget *parent = nullptr);
    ~ProductionDialog() override;

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QComboBox *tagChoice() const { return m_tag; }
    QPushButton *produceButton() const { return m_produce; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }

    void start();
    void cancel();

signals:
    // The production ended (ok: complete), its sentence for the window's status line.
    void produced(const QString &message);
    void ended(bool ok);

private:
    void browse();
    void finish(bool ok, bool stopped, const QString &error, const proofdesk::compliance::ProductionResult &r);
    void showProgress(qint64 done, qint64 total, qint64 produced, qint64 exceptions);

    proofdesk::itemmodels::RecordsContext *m_context;
    proofdesk::records::MatterInfo m_matter;
    QLineEdit *m_folder;
    QLineEdit *m_prefix;
    QComboBox *m_tag;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_produce;
    QPushButton *m_cancel;
    // What the worker has done so far, read by a timer here (never a call into the dialog from
    // the worker, which may outlive it).
    struct Shared
    {
        std::atomic_bool stop{false};
        std::atomic<qint64> done{0}, total{0}, produced{0}, exceptions{0};
    };
    std::shared_ptr<Shared> m_shared;
    QTimer *m_poll;
    qint64 m_startedMs = 0;
    bool m_running = false;
};
