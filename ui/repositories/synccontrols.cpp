// SyncControls: the main window's menus and status bar for syncing.
#include "repositoriesdialog.h"
#include "synccontroller.h"
#include "syncstatus.h"

#include <QAction>
#include <QMenu>
#include <QPointer>

SyncControls::SyncControls(const QString &databasePath, const QString &dataDir,
                           std::function<proofdesk::services::Actor()> actor, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_sync(new SyncController(databasePath, dataDir, this))
    , m_status(new SyncStatus(m_sync, parent))
    , m_syncNow(new QAction(SyncStatus::tr("S&ync Now"), parent))
    , m_cancel(new QAction(SyncStatus::tr("&Cancel Sync"), parent))
    , m_settings(new QMenu(SyncStatus::tr("Setti&ngs"), parent))
{
    m_sync->setObjectName(QStringLiteral("syncController"));
    m_sync->setActor(std::move(actor));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setStatusTip(SyncStatus::tr("Sync every repository now"));
    connect(m_syncNow, &QAction::triggered, m_sync, [this] { m_sync->syncNow(); });
    m_cancel->setObjectName(QStringLiteral("cancelSyncAction"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, m_sync, &SyncController::cancel);

    m_settings->setObjectName(QStringLiteral("settingsMenu"));
    QAction *repositories = m_settings->addAction(SyncStatus::tr("&Repositories…"));
    repositories->setObjectName(QStringLiteral("repositories"));
    repositories->setStatusTip(SyncStatus::tr("Add, edit, test and remove repositories"));
    connect(repositories, &QAction::triggered, this, &SyncControls::openDialog);

    connect(m_sync, &SyncController::started, this, [this] {
        m_syncNow->setEnabled(false);
        m_cancel->setEnabled(true);
    });
    connect(m_sync, &SyncController::finished, this, [this] {
        m_syncNow->setEnabled(true);
        m_cancel->setEnabled(false);
        emit recordsChanged();
        emit cacheChanged(); // show what arrived, and count it
    });
}

void SyncControls::openDialog()
{
    static QPointer<RepositoriesDialog> open;
    if (!open) {
        open = new RepositoriesDialog(m_sync, m_parent);
        open->setAttribute(Qt::WA_DeleteOnClose);
        // A removed repository is no longer offline, and its records leave the counts.
        connect(open, &RepositoriesDialog::repositoriesChanged, this, [this] {
            m_status->refreshOffline();
            emit cacheChanged();
        });
    }
    open->show();
    open->raise();
    open->activateWindow();
}
