#pragma once

#include "reviewselection.h"
#include "searchhistory.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <functional>
#include <memory>

class CacheStatusLine;
class ComplianceTab;
class DemoNotice;
class DetailPane;
class FileCommands;
class FilterBar;
class QAction;
class QLabel;
class QTabWidget;
class RecordsTab;
class MattersTab;
class TombstoneNotice;
class QSplitter;
class RemoteSearchControls;
class RemoteSearchNotice;
class ResultsView;
class SavedSearchesPanel;
class SavedSearchWatcher;
class SearchBar;
class SearchClock;
class StorageNotice;
class SyncControls;
class WindowMenus;
class WindowSettings;

namespace proofdesk::itemmodels {
class AccessRecorder;
class PendingReissues;
class RecordsContext;
class ResultsModel;
class SavedSearchesModel;
} // namespace proofdesk::itemmodels

// The main window: the review workspace (the search box and filters on top, saved searches
// on the left, the results in the middle and the selected communication on the right) and,
// beside it in tabs, the Compliance and Records workspaces. The window owns the workspaces and
// its parts, and all the wiring between them: they take what they need (a RecordsContext,
// ReviewSelection) and say what should happen by their signals. Its parts: WindowMenus (its own
// menus and actions), FileCommands (import, export), CacheStatusLine (the status bar's account
// of the data), WindowSettings (what it remembers between sessions), SearchClock (the timing of
// its searches in the log). It runs no SQL itself.
class MainWindow : public QMainWindow, public ReviewSelection
{
    Q_OBJECT

public:
    MainWindow(const QString &databasePath, const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    void runSearch(const QString &query);
    // The cache changed under the window (an import, a sync, a disposition): the status
    // bar's counts, the completions and the current search are read again.
    void cacheChanged();
    // The cache gained communications the shown results list already (Keep Offline): the
    // counts and the shown query are read again; the repositories' rows stay.
    void reloadShownResults();
    SearchBar *searchBar() const { return m_searchBar; }
    FilterBar *filterBar() const { return m_filterBar; }
    ResultsView *resultsView() const { return m_resultsView; }
    DetailPane *detailPane() const { return m_detail; }
    TombstoneNotice *tombstoneNotice() const { return m_tombstone; }
    // First start: says the cache holds the made-up demo archive, and how to connect real ones.
    DemoNotice *demoNotice() const { return m_demoNotice; }
    // Search the Repositories Too: its actions, job and notice strip above the results.
    RemoteSearchControls *remoteSearch() const { return m_remote; }
    RemoteSearchNotice *remoteSearchNotice() const { return m_remoteNotice; }
    // Says in the status bar that the folder is read-only (full disk) or that views are not
    // being recorded in the audit trail.
    StorageNotice *storageNotice() const { return m_storageNotice; }
    // The data folder was opened for reading only (DataFolder's open report says why).
    void setReadOnlyReason(const QString &reason);
    QString cacheSummaryText() const;
    SavedSearchesPanel *savedSearches() const { return m_saved; }
    SavedSearchWatcher *savedSearchWatcher() const { return m_watcher; }
    proofdesk::itemmodels::ResultsModel *resultsModel() const { return m_results; }
    // Who acts in the window and in which role: every workspace acts through it.
    proofdesk::itemmodels::RecordsContext *recordsContext() const { return m_records; }
    // The reissues not ended yet, which the results mark and every detail pane lists.
    proofdesk::itemmodels::PendingReissues *pendingReissues() const { return m_pendingReissues; }
    // Records what the person reads and exports in the audit trail.
    proofdesk::itemmodels::AccessRecorder *accessRecorder() const { return m_access; }
    // The communication shown in the detail pane (empty when none).
    QString shownCommunicationId() const;
    // ReviewSelection: what the other workspaces ask of the review workspace.
    QJsonObject shownRecord() const override;
    QString searchText() const override;
    bool reviewInFront() const override;
    // The workspaces beside Review (tests reach them here instead of by findChild).
    RecordsTab *recordsTab() const { return m_recordsTab; }
    ComplianceTab *complianceTab() const { return m_complianceTab; }
    MattersTab *mattersTab() const { return m_mattersTab; }
    QAction *action(const QString &objectName) const;

    void goBack();
    void goForward();
    void importDrop(const QString &dropPath = {});
    void exportResults(const QString &filePath = {});
    void openTemplateHistory(const QString &templateId, const QString &version);
    // The communication at `rowid` in a window of its own (Open in New Window).
    DetailPane *openInNewWindow(qint64 rowid);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void buildLayout();
    void addWorkspaces();
    QList<QWidget *> tabRegions() const;
    void addRemoteSearch();
    void addComplianceTab();
    void addRecordsTab();
    void addMattersTab();
    void addSyncAndSettings();
    void addResultsContextMenu();
    void showReview();
    std::function<void()> inReview(std::function<void()> act);
    void showCommunication(const QString &communicationId);
    void connectMenus();
    void connectSearch();
    void connectSelection();
    void connectResultsState();
    void connectWatches();
    void loadCacheInfo();
    void startSearch(const QString &query, qint64 typedMsAgo);
    void onTotal(qint64 total);

    QString m_databasePath;
    QString m_dataDir;
    proofdesk::itemmodels::RecordsContext *m_records;
    proofdesk::itemmodels::AccessRecorder *m_access;
    proofdesk::itemmodels::PendingReissues *m_pendingReissues;
    proofdesk::itemmodels::ResultsModel *m_results;
    proofdesk::itemmodels::SavedSearchesModel *m_savedModel;
    SearchBar *m_searchBar;
    FilterBar *m_filterBar;
    ResultsView *m_resultsView;
    SavedSearchesPanel *m_saved;
    SavedSearchWatcher *m_watcher;
    DetailPane *m_detail;
    TombstoneNotice *m_tombstone;
    DemoNotice *m_demoNotice;
    RemoteSearchNotice *m_remoteNotice;
    RemoteSearchControls *m_remote = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_reviewPage = nullptr;
    ComplianceTab *m_complianceTab = nullptr;
    RecordsTab *m_recordsTab = nullptr;
    MattersTab *m_mattersTab = nullptr;
    SyncControls *m_sync = nullptr;
    StorageNotice *m_storageNotice;
    QSplitter *m_splitter;
    CacheStatusLine *m_cacheStatus;
    WindowMenus *m_menus;
    FileCommands *m_files;
    std::unique_ptr<WindowSettings> m_settings;
    SearchHistory m_history;
    bool m_navigatingHistory = false;
    SearchClock *m_clock;
    QElapsedTimer m_selectionTimer;
    QString m_openingOnPurpose; // showCommunication's letter: opened, not passed over
};
