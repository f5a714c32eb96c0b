#include "mainwindow.h"

#include "compliance/compliancetab.h"
#include "compliance/complianceworkspace.h"
#include "demonotice.h"
#include "detailpane.h"
#include "documentstoragedialog.h"
#include "documentview.h"
#include "elidedlabel.h"
#include "filterbar.h"
#include "icons.h"
#include "itemmodels/cachestatus.h"
#include "itemmodels/completionvalues.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/records/pendingreissues.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "itemmodels/savedsearchesmodel.h"
#include "plaintooltips.h"
#include "querytext.h"
#include "records/anchorreminder.h"
#include "records/recordsactions.h"
#include "records/recordstab.h"
#include "records/recordsworkspace.h"
#include "remotesearchcontrols.h"
#include "remotesearchnotice.h"
#include "repositories/syncstatus.h"
#include "resultsview.h"
#include "savedsearchespanel.h"
#include "searchbar.h"
#include "storagenotice.h"
#include "tombstonenotice.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "proofdesk.ui", QtInfoMsg)

using namespace proofdesk::itemmodels;

MainWindow::MainWindow(const QString &databasePath, const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_records(new RecordsContext(databasePath, dataDir, proofdesk::records::Identity::fromOperatingSystem(), this))
    , m_access(new AccessRecorder(m_records, this))
    , m_pendingReissues(new PendingReissues(m_records, this))
    , m_results(new ResultsModel(databasePath, this))
    , m_savedModel(new SavedSearchesModel(QStringLiteral("savedSearches"), this))
    , m_searchBar(new SearchBar(this))
    , m_filterBar(new FilterBar(this))
    , m_resultsView(new ResultsView(this))
    , m_saved(new SavedSearchesPanel(m_savedModel, this))
    , m_detail(new DetailPane(databasePath, dataDir, this))
    , m_tombstone(new TombstoneNotice(m_records, this))
    , m_demoNotice(new DemoNotice(this))
    , m_remoteNotice(new RemoteSearchNotice(this))
    , m_storageNotice(new StorageNotice(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_cacheLabel(new ElidedLabel(this))
    , m_folderLabel(new ElidedLabel(this))
{
    PlainToolTips::install(QCoreApplication::instance()); // repository text in tooltips is never markup
    setWindowTitle(tr("Proofdesk"));
    setWindowIcon(icons::app());
    setObjectName(QStringLiteral("MainWindow"));
    m_resultsView->setResultsModel(m_results);
    // Translated each time they are shown (the list remembers the source text), not once
    // in the language of the first start.
    m_savedModel->seedIfNeverSaved({
        {"MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Undelivered (bounced, returned, failed)"),
         QStringLiteral("status:bounced OR status:returned OR status:failed")},
        {"MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Under legal hold"), QStringLiteral("hold:any")},
        {"MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Fixity failed"), QStringLiteral("fixity:failed")},
        {"MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Reissues and regenerations"),
         QStringLiteral("origin:reissue OR origin:regeneration")},
        {"MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Sent by post"), QStringLiteral("channel:print")},
    });
    buildLayout();
    buildMenus();
    addWorkspaces();
    connectSearch();
    connectSelection();
    connectResultsState();
    restoreSettings();
    loadCacheInfo();
    m_searchBar->lineEdit()->installEventFilter(this);
    m_resultsView->viewport()->installEventFilter(this);
    m_searchBar->focusSearch();
    runSearch(QString());
}

MainWindow::~MainWindow() = default;

void MainWindow::setReadOnlyReason(const QString &reason) { m_storageNotice->setReadOnlyReason(reason); }

QString MainWindow::shownCommunicationId() const { return m_detail->shownId(); }

QJsonObject MainWindow::shownRecord() const { return m_detail->detail().record; }

QString MainWindow::searchText() const { return m_searchBar->text(); }

bool MainWindow::reviewInFront() const { return m_tabs->currentWidget() == m_reviewPage; }

void MainWindow::buildLayout()
{
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(8, 8, 8, 4);
    topLayout->setSpacing(4);
    topLayout->addWidget(m_searchBar);
    topLayout->addWidget(m_filterBar);
    topLayout->addWidget(m_demoNotice);
    topLayout->addWidget(m_tombstone);
    topLayout->addWidget(m_remoteNotice);

    m_splitter->addWidget(m_saved);
    m_splitter->addWidget(m_resultsView);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 4);
    // At 1600 px the results show Id … Fixity without scrolling; the document keeps the rest.
    m_splitter->setSizes({140, 920, 540});
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_reviewPage = new QWidget(this);
    m_reviewPage->setObjectName(QStringLiteral("reviewWorkspace"));
    auto *layout = new QVBoxLayout(m_reviewPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(top);
    layout->addWidget(m_splitter, 1);
    // The workspaces, Review first; the others are added by addWorkspaces().
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workspaces"));
    m_tabs->addTab(m_reviewPage, tr("Review"));
    setCentralWidget(m_tabs);

    m_cacheLabel->setAccessibleDescription(tr("Cache contents"));
    m_folderLabel->setAccessibleDescription(tr("Data folder"));
    // A long path is cut in its middle: the role switcher beside it stays on screen.
    m_folderLabel->setElideMode(Qt::ElideMiddle);
    m_folderLabel->setText(tr("Data: %1").arg(m_dataDir));
    statusBar()->addWidget(m_cacheLabel);
    statusBar()->addPermanentWidget(m_storageNotice);
    statusBar()->addPermanentWidget(m_folderLabel);

    // Tab order follows the eye: search, filters, results, document, details, saved searches.
    setTabOrder(m_searchBar->lineEdit(), m_filterBar);
    setTabOrder(m_filterBar, m_resultsView);
    setTabOrder(m_resultsView, m_detail);
    setTabOrder(m_detail, m_saved);
}

void MainWindow::connectSearch()
{
    connect(m_searchBar, &SearchBar::searchRequested, this,
            [this](const QString &query) { startSearch(query, m_searchBar->msSinceLastKeystroke()); });
    connect(m_searchBar, &SearchBar::textEdited, m_filterBar, &FilterBar::syncFromQuery);
    connect(m_filterBar, &FilterBar::fieldEdited, this, [this](const QString &field, const QString &value) {
        m_searchBar->setQuery(querytext::setFieldValue(m_searchBar->text(), field, value));
    });
    connect(m_results, &ResultsModel::totalChanged, this, &MainWindow::onTotal);
    connect(m_results, &ResultsModel::queryError, m_searchBar, &SearchBar::showError);
    connect(m_results, &ResultsModel::searchFailed, m_searchBar, &SearchBar::showFailure);
    connect(m_results, &ResultsModel::storedRowsDamaged, this, [this](const QString &what) {
        statusBar()->showMessage(tr("The counts the cache keeps to answer faster were found altered (%1): this answer "
                                    "was counted without them and is exact; they are built again at the next sync.")
                                     .arg(what));
    });
    connect(m_results, &ResultsModel::rowIdsReady, this,
            [this] { qCDebug(lcUi) << "rowid list after" << m_searchTimer.elapsed() << "ms"; });
    connect(m_saved, &SavedSearchesPanel::searchActivated, m_searchBar, &SearchBar::setQuery);
    connect(m_saved, &SavedSearchesPanel::addRequested, this, [this] { m_saved->addSearch(m_searchBar->text()); });
    connect(m_detail, &DetailPane::searchRequested, m_searchBar, &SearchBar::setQuery);
    connect(m_detail, &DetailPane::templateHistoryRequested, this, &MainWindow::openTemplateHistory);
    connect(m_detail, &DetailPane::documentFetched, m_results, &ResultsModel::refreshCommunication);
}

void MainWindow::connectSelection()
{
    connect(m_resultsView, &ResultsView::currentCommunicationChanged, this, [this](std::optional<qint64> rowid) {
        m_selectionTimer.start();
        m_detail->showCommunication(rowid);
        m_remote->currentRowChanged(); // a repository's row (no rowid): its metadata
    });
    connect(m_resultsView, &ResultsView::opened, m_detail, &DetailPane::focusDocument);
    // Return or a double-click opens the letter on purpose (a repository's row: once kept offline).
    connect(m_resultsView, &ResultsView::opened, this, [this] {
        const QModelIndex current = m_resultsView->currentIndex();
        if (current.isValid() && !m_results->remoteHitAt(current.row()))
            m_access->communicationOpened(m_resultsView->currentCommunicationId());
    });
    // What a person read is recorded (AccessRecorder: shown long enough, or opened on purpose).
    connect(m_detail, &DetailPane::detailShown, this, [this](qint64) {
        qCInfo(lcUi) << "detail shown" << m_selectionTimer.elapsed() << "ms after selection";
        const QString id = m_detail->shownId();
        if (!reviewInFront())
            return;
        if (!m_openingOnPurpose.isEmpty() && std::exchange(m_openingOnPurpose, QString()) == id)
            m_access->communicationOpened(id);
        else
            m_access->communicationShown(id);
    });
    // A view or search the trail refused is said, not lost in silence.
    connect(m_access, &AccessRecorder::refused, this, [this](const QString &message) {
        m_storageNotice->accessNotRecorded(message);
        statusBar()->showMessage(tr("Not recorded in the audit trail: %1").arg(message), 8000);
    });
    connect(m_access, &AccessRecorder::recorded, m_storageNotice, &StorageNotice::accessRecorded);
    connect(m_detail->documentView(), &DocumentView::pdfReady, this, [this](int pages) {
        qCInfo(lcUi) << "PDF ready (" << pages << "pages)" << m_selectionTimer.elapsed() << "ms after selection";
    });
}

void MainWindow::runSearch(const QString &query) { startSearch(query, -1); }

void MainWindow::startSearch(const QString &query, qint64 typedMsAgo)
{
    m_searchTimer.start();
    m_typedMsAgo = typedMsAgo;
    m_searchBar->showSearching();
    m_results->setQuery(query);
}

void MainWindow::onTotal(qint64 total)
{
    if (m_typedMsAgo >= 0) {
        // What the user feels: from the last keystroke (debounce included) to the new total.
        qCInfo(lcUi) << "results for" << m_results->shownQuery() << ":" << total << "in"
                     << m_typedMsAgo + m_searchTimer.elapsed() << "ms after the last keystroke (search"
                     << m_searchTimer.elapsed() << "ms)";
    } else {
        qCInfo(lcUi) << "results for" << m_results->shownQuery() << ":" << total << "in" << m_searchTimer.elapsed()
                     << "ms";
    }
    m_awaitingResultsPaint = true; // the first page is in the model; logged as its paint begins
    m_searchBar->showTotal(total);
    m_tombstone->showFor(m_results->shownQuery(), total);
    m_access->searchShown(m_results->shownQuery(), total); // audited once the person stays on it
    m_complianceTab->workspace()->setCurrentQuery(m_results->shownQuery());
    if (!m_navigatingHistory)
        m_history.record(m_results->shownQuery());
    m_navigatingHistory = false;
    updateHistoryActions();
    statusBar()->showMessage(tr("Searched in %1 ms").arg(m_searchTimer.elapsed()), 4000);
    m_remote->localTotalShown(); // after the local line: it adds the repositories' part
}

QString MainWindow::cacheSummaryText() const { return m_cacheLabel->fullText(); }

void MainWindow::cacheChanged()
{
    loadCacheInfo();
    m_pendingReissues->refresh(); // a sync's upkeep fulfils the reissues that came back
    // What the repositories' rows list may be cached now: asked again with the search.
    m_results->clearRemoteHits();
    runSearch(m_searchBar->text());
}

void MainWindow::reloadShownResults()
{
    loadCacheInfo();
    runSearch(m_results->shownQuery());
}

void MainWindow::loadCacheInfo()
{
    loadCacheSummary(m_databasePath, this, [this](CacheSummary s) {
        // The first start's demo drop alone: say it is made up, and how to connect real ones.
        m_demoNotice->update(s.error.isEmpty() && s.repositories == 1
                             && QFileInfo::exists(QDir(m_dataDir).filePath(QStringLiteral("demo-drop"))));
        QString text = s.error.isEmpty()
                           ? tr("%1 communications from %n repository(ies) in the cache", nullptr, int(s.repositories))
                                 .arg(QLocale().toString(s.communications))
                           : tr("The cache cannot be read: %1").arg(s.error);
        if (s.rebuilt) // every look at it says why it holds so little, until a sync fills it (#44 item 5)
            text += QLatin1String(" — ")
                    + tr("started again on %1 because the one before it was damaged; "
                         "it fills again at the next sync")
                          .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.rebuilt->rebuiltAt),
                                                  QLocale::ShortFormat));
        m_cacheLabel->setText(text);
    });
    loadCompletionValues(m_databasePath, this, [this](CompletionValues values) {
        m_searchBar->setCompletions(values.completions());
        for (const char *field : {"type", "unit", "channel"})
            m_filterBar->setValues(QLatin1String(field), values.values.value(QLatin1String(field)));
    });
}

void MainWindow::goBack()
{
    if (!m_history.canGoBack())
        return;
    m_navigatingHistory = true;
    m_searchBar->setQuery(m_history.back());
}

void MainWindow::goForward()
{
    if (!m_history.canGoForward())
        return;
    m_navigatingHistory = true;
    m_searchBar->setQuery(m_history.forward());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_awaitingResultsPaint && watched == m_resultsView->viewport() && event->type() == QEvent::Paint) {
        m_awaitingResultsPaint = false;
        if (m_typedMsAgo >= 0)
            qCInfo(lcUi) << "first page shown" << m_typedMsAgo + m_searchTimer.elapsed()
                         << "ms after the last keystroke";
        else
            qCInfo(lcUi) << "first page shown" << m_searchTimer.elapsed() << "ms after the search started";
    }
    if (watched == m_searchBar->lineEdit() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool popupOpen =
            m_searchBar->lineEdit()->completer() && m_searchBar->lineEdit()->completer()->popup()->isVisible();
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && !popupOpen) {
            // Down from the box goes into the results, as in a mail client.
            m_resultsView->setFocus(Qt::TabFocusReason);
            if (!m_resultsView->currentIndex().isValid())
                m_resultsView->stepCurrent(1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}
