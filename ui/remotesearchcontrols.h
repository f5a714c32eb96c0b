#pragma once

#include "services/remotesearch.h"

#include <QObject>
#include <QTimer>
#include <optional>

class DetailPane;
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;
class QWidget;
class RemoteSearchNotice;
class ResultsView;
class SearchBar;

namespace proofdesk::itemmodels {
class AccessRecorder;
class ResultsModel;
} // namespace proofdesk::itemmodels

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

    // The parts of the review workspace it works with (not the window).
    struct Parts
    {
        proofdesk::itemmodels::ResultsModel *results = nullptr;
        ResultsView *view = nullptr;
        SearchBar *searchBar = nullptr;
        DetailPane *detail = nullptr;
        RemoteSearchNotice *notice = nullptr;
        proofdesk::itemmodels::AccessRecorder *access = nullptr;
    };
    // Its actions' shortcuts work anywhere in `shortcutHost` (the window).
    RemoteSearchControls(const Parts &parts, const QString &databasePath, const QString &dataDir,
                         QWidget *shortcutHost);
    ~RemoteSearchControls() override;

    QAction *toggleAction() const { return m_toggle; }
    QAction *onceAction() const { return m_once; }
    QAction *keepOfflineAction() const { return m_keep; }
    proofdesk::services::RemoteSearchJob *job() const { return m_job; }
    QLabel *statusLabel() const { return m_label; }
    // The progress, its label and Cancel, for the status bar.
    QWidget *statusWidget() const { return m_status; }
    // For the Search menu: the toggle, Once, Keep Offline.
    QList<QAction *> menuActions() const { return {m_toggle, m_once, m_keep}; }
    // How long a search must stay shown before the repositories are asked (tests: 0).
    void setSettleMs(int ms) { m_settle.setInterval(ms); }

    // Asks the repositories for the query shown now (once its total is known).
    void searchShownQuery();
    void cancel();
    // Keeps the selected repositories' rows offline; `open`: the current one, then opens it.
    void keepSelectedOffline(bool open = false);
    // The window says these after its own handling, in this order, rather than by the order
    // in which handlers were connected: the local total line is shown (this adds the
    // repositories' part), and the current row changed (a repository's row is shown here).
    void localTotalShown();
    void currentRowChanged();

signals:
    // Keep Offline is done and the results were read again (tests).
    void keptOfflineShown();
    // The kept communications are cached: the window reads the shown results again.
    void reloadRequested();
    // An action of the review workspace was asked for: Review comes to the front first.
    void frontRequested();
    // A repository's row was kept offline to open it, and is shown: opened on purpose.
    void keptRowOpened(const QString &communicationId);
    void statusMessage(const QString &message, int timeoutMs);

private:
    void buildActions();
    void buildStatus();
    void connectParts();
    void onStarted();
    void onProgress(int done, int repositories, int pages);
    void onFinished(const QString &query, const proofdesk::services::RemoteSearchResult &result);
    void onFailed(const QString &query, const QString &message);
    void onKept(const QStringList &ids, const QList<qint64> &rowids, const QString &error);
    void openKeptRow();
    void showTotalLine();
    void endStatus(const QString &text);
    QStringList noticeLines(const proofdesk::services::RemoteSearchResult &result) const;

    Parts m_parts;
    QWidget *m_host;
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
    qint64 m_localTotal = 0;           // the cache's total of the query being asked
    bool m_askWhenCounted = false;     // "once" asked while the total was being counted
    bool m_openKept = false;           // Keep Offline was asked to open the row
    std::optional<qint64> m_openRowId; // kept offline to open it: selected once the rows are in
    QString m_openedId;                // and its id
    bool m_awaitingReload = false;     // Keep Offline read the results again
};
