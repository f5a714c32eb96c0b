#pragma once

#include "services/actionrunner.h"

#include <QString>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QMenu;
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

// The main window's syncing, for the window to place: File → Sync Now (F5) and Cancel Sync,
// a Settings menu with Repositories…, and the SyncStatus for the status bar. It takes the
// folder and who acts, never the window, and says by its signals what the window should read
// again.
class SyncControls : public QObject
{
    Q_OBJECT

public:
    // `actor` names who acts in the audit trail when the sync's upkeep records something.
    SyncControls(const QString &databasePath, const QString &dataDir, std::function<proofdesk::services::Actor()> actor,
                 QWidget *parent);

    SyncController *controller() const { return m_sync; }
    SyncStatus *status() const { return m_status; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *cancelAction() const { return m_cancel; }
    // Settings, with Repositories… in it (the window adds its other settings).
    QMenu *settingsMenu() const { return m_settings; }

signals:
    // The cache changed: a sync finished, or a repository was removed.
    void cacheChanged();
    // The sync's upkeep may have changed records (a reissue fulfilled, items sent).
    void recordsChanged();

private:
    void openDialog();

    QWidget *m_parent;
    SyncController *m_sync;
    SyncStatus *m_status;
    QAction *m_syncNow;
    QAction *m_cancel;
    QMenu *m_settings;
};
