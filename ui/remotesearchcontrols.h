#pragma once

#include "services/remotesearch.h"

#include <QObject>
#include <QTimer>

#include <optional>

class MainWindow;
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;
class QWidget;
class RemoteSearchNotice;

namespace proofdesk::services {
class RemoteSearchJob;
}

// "Search the Repositories Too" in the main window (issue #28, docs/connecting.md "Searching
// past the cache"). A checkable action (Ctrl+Shift+R, beside the search box and in the Search
// menu) searches the repositories after every local search the person settles on; "Search
// the Repositories Once" (Ctrl+R) does it for the search shown. The search runs as a
// services::RemoteSearchJob on a worker thread, with its progress and Cancel in the status
// bar; its answer is added to the results (ResultsModel::setRemoteHits), counted apart in the
// total line, what failed or was not asked said in the notice strip above the results, and it
// is recorded in the audit trail as `proofdesk-cli search --remote` records it.
//
// A repository's row shows its metadata in the detail pane. Keep Offline (Ctrl+K, the rows'
// context menu, the detail pane's button) brings the selected ones into the cache; opening one
// (Return, a double-click) keeps it offline first and then opens it as a cached communication,
// whose document is fetched on demand and verified — and says so.
class RemoteSearchControls : public QObject
{
    Q_OBJECT

public:
    static constexpr int kWanted = 500; // communications asked of each repository
    static constexpr int kSettleMs = 600;

    // Its actions go at the end of `searchMenu`.
    RemoteSearchControls(MainWindow *window, RemoteSearchNotice *notice, QMenu *searchMenu,
                         const QString &databasePath, const QString &dataDir);
    ~RemoteSearchControls() override;

    QAction *toggleAction() const { return m_toggle; }
    QAction *onceAction() const { return m_once; }
    QAction *keepOfflineAction() const { return m_keep; }
    proofdesk::services::RemoteSearchJob *job() const { return m_job; }
    QLabel *statusLabel() const { return m_label; }
    // How long a search must stay shown before the repositories are asked (tests: 0).
    void setSettleMs(int ms) { m_settle.setInterval(ms); }

    // Asks the repositories for the query shown now (once its total is known).
    void searchShownQuery();
    void cancel();
    // Keeps the selected repositories' rows offline; `open`: the current one, then opens it.
    void keepSelectedOffline(bool open = false);

signals:
    // Keep Offline is done and the results were read again (tests).
    void keptOfflineShown();

private:
    void buildActions();
    void addActionsTo(QMenu *menu);
    void buildStatus();
    void connectWindow();
    void onLocalTotal();
    void onStarted();
    void onProgress(int done, int repositories, int pages);
    void onFinished(const QString &query, const proofdesk::services::RemoteSearchResult &result);
    void onFailed(const QString &query, const QString &message);
    void onKept(const QStringList &ids, const QList<qint64> &rowids, const QString &error);
    void onCurrentRow();
    void openKeptRow();
    void showTotalLine();
    void endStatus(const QString &text);
    QStringList noticeLines(const proofdesk::services::RemoteSearchResult &result) const;

    MainWindow *m_window;
    RemoteSearchNotice *m_notice;
    proofdesk::services::RemoteSearchJob *m_job;
    QAction *m_toggle = nullptr;
    QAction *m_once = nullptr;
    QAction *m_keep = nullptr;
    QWidget *m_status = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
    QTimer m_settle;
    QTimer m_hideStatus;
    qint64 m_localTotal = 0;      // the cache's total of the query being asked
    bool m_askWhenCounted = false; // "once" asked while the total was being counted
    bool m_openKept = false;      // Keep Offline was asked to open the row
    std::optional<qint64> m_openRowId; // kept offline to open it: selected once the rows are in
    bool m_awaitingReload = false;     // Keep Offline read the results again
};
