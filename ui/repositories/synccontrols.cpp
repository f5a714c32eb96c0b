// addSyncControls: the main window's menus and status bar for syncing.
#include "mainwindow.h"
#include "itemmodels/records/recordscontext.h"
#include "records/recordsworkspace.h"
#include "repositoriesdialog.h"
#include "searchbar.h"
#include "synccontroller.h"
#include "syncstatus.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>

namespace {

QMenu *menuTitled(MainWindow *window, const QString &title)
{
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu() && a->menu()->title() == title)
            return a->menu();
    }
    return nullptr;
}

void openDialog(MainWindow *window, SyncController *sync, SyncStatus *status)
{
    static QPointer<RepositoriesDialog> open;
    if (!open) {
        open = new RepositoriesDialog(sync, window);
        open->setAttribute(Qt::WA_DeleteOnClose);
        // A removed repository is no longer offline, and its records leave the counts.
        QObject::connect(open, &RepositoriesDialog::repositoriesChanged, window, [window, status] {
            status->refreshOffline();
            window->cacheChanged();
        });
    }
    open->show();
    open->raise();
    open->activateWindow();
}

} // namespace

SyncController *addSyncControls(MainWindow *window, const QString &databasePath, const QString &dataDir)
{
    auto *sync = new SyncController(databasePath, dataDir, window);
    sync->setObjectName(QStringLiteral("syncController"));
    sync->setActor([context = window->recordsContext()] { return context->actor(); });
    // The upkeep after a sync changes records (a reissue fulfilled, items sent): the Records
    // views read them again rather than show what they held before the sync.
    QObject::connect(sync, &SyncController::finished, window, [window] {
        if (auto *records = window->findChild<RecordsWorkspace *>())
            records->refreshAll();
    });
    auto *status = new SyncStatus(sync, window);
    window->statusBar()->addPermanentWidget(status);

    auto *syncNow = new QAction(SyncStatus::tr("S&ync Now"), window);
    syncNow->setObjectName(QStringLiteral("syncNow"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    syncNow->setStatusTip(SyncStatus::tr("Sync every repository now"));
    QObject::connect(syncNow, &QAction::triggered, sync, [sync] { sync->syncNow(); });
    auto *cancel = new QAction(SyncStatus::tr("&Cancel Sync"), window);
    cancel->setObjectName(QStringLiteral("cancelSyncAction"));
    cancel->setEnabled(false);
    QObject::connect(cancel, &QAction::triggered, sync, &SyncController::cancel);
    if (QMenu *file = menuTitled(window, MainWindow::tr("&File"))) {
        QAction *before = file->actions().value(1); // after Import Drop
        file->insertAction(before, syncNow);
        file->insertAction(before, cancel);
    } else {
        window->addAction(syncNow);
    }

    auto *settings = new QMenu(SyncStatus::tr("Setti&ngs"), window);
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QMenu *help = menuTitled(window, MainWindow::tr("&Help"));
    window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, settings);
    QAction *repositories = settings->addAction(SyncStatus::tr("&Repositories…"));
    repositories->setObjectName(QStringLiteral("repositories"));
    repositories->setStatusTip(SyncStatus::tr("Add, edit, test and remove repositories"));
    QObject::connect(repositories, &QAction::triggered, window, [window, sync, status] { openDialog(window, sync, status); });

    QObject::connect(sync, &SyncController::started, window, [syncNow, cancel] {
        syncNow->setEnabled(false);
        cancel->setEnabled(true);
    });
    QObject::connect(sync, &SyncController::finished, window, [window, syncNow, cancel] {
        syncNow->setEnabled(true);
        cancel->setEnabled(false);
        window->cacheChanged(); // show what arrived, and count it
    });
    return sync;
}
