#pragma once

#include <QString>
#include <QWidget>

class MainWindow;
class QLabel;
class QProgressBar;
class QToolButton;
class SyncController;

// The main window's side of syncing, in its status bar: while a sync runs, a progress bar
// with Cancel; afterwards, an "Offline" indicator while a repository's last sync failed
// (the cache keeps working).
class SyncStatus : public QWidget
{
    Q_OBJECT

public:
    SyncStatus(SyncController *sync, QWidget *parent = nullptr);

    QLabel *offlineIndicator() const { return m_offline; }
    QProgressBar *progressBar() const { return m_bar; }
    // Reads the repositories' state again: shows or hides the offline indicator.
    void refreshOffline();

private:
    void onStarted();
    void onProgress(qint64 records, qint64 bytes, qint64 pages, qint64 bytesTotal);
    void onFinished(bool ok, const QString &message);

    SyncController *m_sync;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QLabel *m_offline;
    QString m_repository;
};

// Adds the sync controls to the main window: File → Sync Now (F5), Settings →
// Repositories…, and the SyncStatus in the status bar. Returns the window's controller.
SyncController *addSyncControls(MainWindow *window, const QString &databasePath, const QString &dataDir);
