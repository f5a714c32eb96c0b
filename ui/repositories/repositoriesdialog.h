#pragma once

#include <QDialog>
#include <memory>

class QHBoxLayout;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTableView;
class RepositoriesModel;
class SyncController;

namespace proofdesk::sync {
class ConnectionTestJob;
}

namespace proofdesk::services {
class RepositoryAdmin;
class WitnessJob;
} // namespace proofdesk::services

// Settings → Repositories…: the configured repositories with their status (last sync,
// records, errors, offline since) and Add, Edit, Test Connection, Remove, Sync Now and Witness.
// Syncs go through the main window's SyncController, so its status bar shows them too.
class RepositoriesDialog : public QDialog
{
    Q_OBJECT

public:
    RepositoriesDialog(SyncController *sync, QWidget *parent = nullptr);
    ~RepositoriesDialog() override;

    RepositoriesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString resultText() const;
    void selectRepository(const QString &name);
    QString selectedName() const;

    void addRepository();
    void editRepository();
    void testConnection();
    void removeRepository();
    void syncNow();
    // Reads the selected repository whole and records what changed or went in it without a
    // record (services::WitnessJob), with the sync's progress bar and Cancel.
    void witness();
    bool isWitnessing() const { return m_witnessJob != nullptr; }

signals:
    // A connection test ended; the message is shown in the dialog.
    void connectionTested(bool ok, const QString &message);
    // A repository was added, changed or removed: what the window shows of them may be stale.
    void repositoriesChanged();

private:
    void buildLayout();
    void setUpView();
    void addButtons();
    QHBoxLayout *syncProgressRow();
    void setUpTexts();
    QPushButton *addButton(const QString &name, const QString &text, const QString &description);
    void updateButtons();
    void showResult(bool ok, const QString &message);
    void showDetails();
    void noteSessionOnly(bool sessionOnly);
    void onSyncFinished(bool ok, const QString &message);
    void showSyncRunning(bool running);
    void onWitnessFinished(bool ok, int found, const QString &message);
    proofdesk::services::RepositoryAdmin admin() const;

    SyncController *m_sync;
    RepositoriesModel *m_model;
    QTableView *m_view;
    QWidget *m_buttonColumn;
    QPushButton *m_edit = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_witness = nullptr;
    QProgressBar *m_progress;
    QPushButton *m_cancelSync; // beside the progress bar, while a sync runs
    QLabel *m_details;
    QLabel *m_result;
    QLabel *m_sessionNote;
    std::unique_ptr<proofdesk::sync::ConnectionTestJob> m_testJob;
    std::unique_ptr<proofdesk::services::WitnessJob> m_witnessJob;
};
