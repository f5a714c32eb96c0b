#include "remotesearchcontrols.h"

#include "detailpane.h"
#include "icons.h"
#include "itemmodels/metadatamodel.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/resultsmodel.h"
#include "remotesearchnotice.h"
#include "resultsview.h"
#include "searchbar.h"
#include "services/remotesearchjob.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QSet>
#include <QToolButton>

using proofdesk::itemmodels::ResultsModel;
using proofdesk::services::RemoteHit;
using proofdesk::services::RemoteSearch;
using proofdesk::services::RemoteSearchJob;
using proofdesk::services::RemoteSearchResult;

RemoteSearchControls::RemoteSearchControls(const Parts &parts, const QString &databasePath, const QString &dataDir,
                                           QWidget *shortcutHost)
    : QObject(shortcutHost)
    , m_parts(parts)
    , m_host(shortcutHost)
    , m_job(new RemoteSearchJob(databasePath, dataDir, this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    m_hideStatus.setSingleShot(true);
    m_hideStatus.setInterval(10000);
    buildActions();
    buildStatus();
    connectParts();
}

RemoteSearchControls::~RemoteSearchControls() = default; // the job cancels and waits

void RemoteSearchControls::buildActions()
{
    m_toggle = new QAction(icons::remote(), tr("Search the &Repositories Too"), m_host);
    m_toggle->setObjectName(QStringLiteral("searchRepositories"));
    m_toggle->setCheckable(true);
    m_toggle->setIconText(tr("Repositories too")); // the button beside the search box
    m_toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_toggle->setStatusTip(tr("After each search, also ask the repositories for what the cache does not hold"));
    m_toggle->setToolTip(tr("Search the repositories too (%1): what the cache does not hold is listed after the "
                            "cached results, marked with the repository that has it")
                             .arg(m_toggle->shortcut().toString(QKeySequence::NativeText)));
    m_once = new QAction(tr("Search the Repositories &Once"), m_host);
    m_once->setObjectName(QStringLiteral("searchRepositoriesOnce"));
    m_once->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_once->setStatusTip(tr("Ask the repositories for the search shown, this once"));
    m_keep = new QAction(tr("&Keep Offline"), m_host);
    m_keep->setObjectName(QStringLiteral("keepOffline"));
    m_keep->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_keep->setStatusTip(tr("Bring the selected communications found in the repositories into the cache"));
    m_keep->setToolTip(m_keep->statusTip());
    for (QAction *action : {m_toggle, m_once, m_keep})
        m_host->addAction(action); // their shortcuts work from every part of the window
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        if (on)
            emit frontRequested();
        if (on && m_parts.results->shownQuery() != m_parts.results->remoteQuery())
            searchShownQuery();
        else if (!on)
            cancel();
    });
    connect(m_once, &QAction::triggered, this, [this] {
        emit frontRequested();
        searchShownQuery();
    });
    connect(m_keep, &QAction::triggered, this, [this] {
        emit frontRequested();
        keepSelectedOffline(false);
    });
}

void RemoteSearchControls::buildStatus()
{
    m_status = new QWidget(m_host);
    m_status->setObjectName(QStringLiteral("remoteSearchStatus"));
    m_label = new QLabel(m_status);
    m_label->setAccessibleDescription(tr("Search of the repositories"));
    m_bar = new QProgressBar(m_status);
    m_bar->setObjectName(QStringLiteral("remoteSearchProgress"));
    m_bar->setAccessibleName(tr("Progress of the search of the repositories"));
    m_bar->setFixedWidth(120);
    m_bar->setMaximumHeight(16);
    m_bar->setTextVisible(false);
    m_cancel = new QToolButton(m_status);
    m_cancel->setObjectName(QStringLiteral("cancelRemoteSearch"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    m_cancel->setAccessibleName(tr("Cancel the search of the repositories"));
    m_cancel->setToolTip(tr("Stop asking the repositories; what they answered so far is shown"));
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_status->hide();
    connect(m_cancel, &QToolButton::clicked, this, &RemoteSearchControls::cancel);
    connect(&m_hideStatus, &QTimer::timeout, m_status, [this] {
        if (!m_job->isRunning())
            m_status->hide();
    });
}

void RemoteSearchControls::connectParts()
{
    ResultsModel *results = m_parts.results;
    connect(results, &ResultsModel::searchStarted, this, [this, results] {
        m_settle.stop();
        if (m_job->isRunning() && results->query() != m_job->query())
            m_job->cancel(); // the person searches something else: that one is asked next
    });
    connect(results, &ResultsModel::rowIdsReady, this, &RemoteSearchControls::openKeptRow);
    connect(&m_settle, &QTimer::timeout, this, &RemoteSearchControls::searchShownQuery);
    connect(m_job, &RemoteSearchJob::started, this, &RemoteSearchControls::onStarted);
    connect(m_job, &RemoteSearchJob::progress, this, &RemoteSearchControls::onProgress);
    connect(m_job, &RemoteSearchJob::finished, this, &RemoteSearchControls::onFinished);
    connect(m_job, &RemoteSearchJob::failed, this, &RemoteSearchControls::onFailed);
    connect(m_job, &RemoteSearchJob::keptOffline, this, &RemoteSearchControls::onKept);
    connect(m_parts.view, &ResultsView::opened, this, [this] {
        const QModelIndex current = m_parts.view->currentIndex();
        if (current.isValid() && m_parts.results->remoteHitAt(current.row()))
            keepSelectedOffline(true);
    });
    connect(m_parts.detail, &DetailPane::keepOfflineRequested, this, [this] { keepSelectedOffline(false); });
}

// The window's total line is shown: it says both parts now.
void RemoteSearchControls::localTotalShown()
{
    ResultsModel *results = m_parts.results;
    if (results->shownQuery() == results->remoteQuery()
        || (m_job->isRunning() && m_job->query() == results->shownQuery())) {
        showTotalLine();
        return;
    }
    if (std::exchange(m_askWhenCounted, false))
        searchShownQuery();
    else if (m_toggle->isChecked())
        m_settle.start(); // asked once the person stays on the search
}

void RemoteSearchControls::searchShownQuery()
{
    ResultsModel *results = m_parts.results;
    m_settle.stop();
    if (results->isCounting() || results->shownQuery() != results->query()) {
        m_askWhenCounted = true; // its exact total first: the trail records it with the search
        return;
    }
    const QString query = results->shownQuery();
    if (query.trimmed().isEmpty()) {
        m_parts.notice->setLines({tr("Type a search to search the repositories too: they are not asked for everything "
                                     "they hold.")},
                                 RemoteSearchNotice::Tone::Information);
        return;
    }
    m_localTotal = results->total();
    m_job->start(query, kWanted);
}

void RemoteSearchControls::cancel()
{
    m_settle.stop();
    m_askWhenCounted = false;
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_label->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void RemoteSearchControls::onStarted()
{
    m_hideStatus.stop();
    m_parts.notice->setLines({}, RemoteSearchNotice::Tone::Information); // the last search's strip is not this one's
    m_label->setText(tr("Searching the repositories…"));
    m_bar->setRange(0, 0); // busy: how many pages each will give is not known
    m_bar->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_status->show();
    showTotalLine();
}

void RemoteSearchControls::onProgress(int done, int repositories, int pages)
{
    if (!m_cancel->isEnabled())
        return; // "Cancelling…" stays
    m_label->setText(tr("Searching the repositories: %1 of %2 done,").arg(done).arg(repositories) + QLatin1Char(' ')
                     + tr("%n page(s) read", nullptr, pages));
}

void RemoteSearchControls::endStatus(const QString &text)
{
    m_bar->hide();
    m_cancel->hide();
    m_label->setText(text);
    m_label->setToolTip(text);
    m_hideStatus.start();
}

void RemoteSearchControls::onFinished(const QString &query, const RemoteSearchResult &result)
{
    if (result.error)
        return; // a malformed query asks nobody; the search box says what is wrong
    // Every search of the repositories is in the trail, as `proofdesk-cli search --remote`
    // records it, also one cancelled or replaced by a newer one.
    QJsonObject detail = RemoteSearch::auditDetail(query, m_localTotal, result);
    if (result.cancelled)
        detail.insert(QStringLiteral("cancelled"), true);
    m_parts.access->remoteSearchDone(detail);
    if (m_job->isRunning())
        return; // a newer search is on its way
    ResultsModel *results = m_parts.results;
    const bool shown = results->setRemoteHits(query, result.hits);
    const QStringList lines = noticeLines(result);
    if (shown)
        m_parts.notice->setLines(lines, RemoteSearchNotice::Tone::Warning);
    // Searched means answered: a repository that failed is named in the strip, not counted here.
    const int answered = int(std::count_if(result.repositories.cbegin(), result.repositories.cend(),
                                           [](const auto &r) { return r.error.isEmpty(); }));
    endStatus(result.cancelled ? tr("Search of the repositories cancelled")
              : answered == 0  ? tr("The repositories could not be searched")
                               : tr("%n repository(ies) searched:", nullptr, answered) + QLatin1Char(' ')
                                    + tr("%n communication(s) not cached", nullptr, int(result.hits.size())));
    showTotalLine();
}

void RemoteSearchControls::onFailed(const QString &query, const QString &message)
{
    if (m_job->isRunning())
        return;
    if (query == m_parts.results->shownQuery())
        m_parts.notice->setLines({tr("The repositories could not be searched: %1").arg(message)},
                                 RemoteSearchNotice::Tone::Warning);
    endStatus(tr("The repositories could not be searched"));
    showTotalLine();
}

// Each repository that failed, each part not asked or not answered exactly, a cancel: one line each.
QStringList RemoteSearchControls::noticeLines(const RemoteSearchResult &result) const
{
    QStringList lines;
    if (result.cancelled)
        lines << tr("The search of the repositories was cancelled: the %n communication(s) found before it stopped "
                    "are listed, not all there are.",
                    nullptr, int(result.hits.size()));
    QSet<QString> failed;
    for (const auto &answer : result.repositories) {
        if (answer.error.isEmpty())
            continue;
        failed.insert(answer.repository);
        lines << tr("%1 could not be searched: %2. The cached results are all there; what only %1 holds is not "
                    "listed.")
                     .arg(answer.repository, answer.error);
    }
    for (const auto &u : result.unanswered) {
        if (!failed.contains(u.repository))
            lines << tr("Not asked of %1: %2 — %3").arg(u.repository, u.part, u.reason);
    }
    for (const auto &u : result.inexact) // asked, but the count and the rows may not be exact
        lines << tr("Not answered exactly by %1: %2 — %3").arg(u.repository, u.part, u.reason);
    return lines;
}

void RemoteSearchControls::showTotalLine()
{
    ResultsModel *results = m_parts.results;
    const bool searching = m_job->isRunning() && m_job->query() == results->shownQuery();
    const bool answered =
        !results->remoteQuery().trimmed().isEmpty() && results->remoteQuery() == results->shownQuery();
    if (results->isCounting() || (!searching && !answered))
        return; // the window's own total line stands (a blank query never asks the repositories)
    m_parts.searchBar->showRemoteTotal(results->total(), results->notCachedCount(), searching);
}

// A repository's row: its metadata in the detail pane (the window emptied it: no rowid).
void RemoteSearchControls::currentRowChanged()
{
    const QModelIndex current = m_parts.view->currentIndex();
    if (!current.isValid())
        return;
    if (const RemoteHit *hit = m_parts.results->remoteHitAt(current.row()))
        m_parts.detail->showRemoteHit(proofdesk::itemmodels::MetadataModel::recordOf(hit->record, hit->repository),
                                      hit->repository);
}

void RemoteSearchControls::keepSelectedOffline(bool open)
{
    ResultsModel *results = m_parts.results;
    QList<RemoteHit> hits;
    const QModelIndex current = m_parts.view->currentIndex();
    const QList<int> rows = open && current.isValid() ? QList<int>{current.row()} : m_parts.view->selectedRowNumbers();
    for (const int row : rows) {
        if (const RemoteHit *hit = results->remoteHitAt(row))
            hits << *hit;
    }
    if (hits.isEmpty()) {
        emit statusMessage(
            tr("Keep Offline brings in communications found in the repositories (Where: In …); select one first."),
            6000);
        return;
    }
    m_openKept = open;
    m_label->setText(tr("Keeping %n communication(s) offline…", nullptr, int(hits.size())));
    m_bar->setRange(0, 0);
    m_bar->show();
    m_cancel->hide();
    m_status->show();
    m_job->keepOffline(hits);
}

void RemoteSearchControls::onKept(const QStringList &ids, const QList<qint64> &rowids, const QString &error)
{
    ResultsModel *results = m_parts.results;
    results->markKeptOffline(ids);
    QStringList lines;
    const bool open = std::exchange(m_openKept, false) && !rowids.isEmpty();
    if (open)
        lines << tr("Kept offline to open it: %1 is in the cache now; its document is fetched from the repository "
                    "and verified.")
                     .arg(ids.first());
    else if (!ids.isEmpty())
        lines << tr("Kept offline: %n communication(s) are in the cache now, searched and opened like every cached "
                    "one.",
                    nullptr, int(ids.size()));
    if (!error.isEmpty())
        lines << tr("Not kept offline: %1").arg(error);
    m_parts.notice->setLines(lines, error.isEmpty() ? RemoteSearchNotice::Tone::Information
                                                    : RemoteSearchNotice::Tone::Warning);
    endStatus(tr("%n communication(s) kept offline", nullptr, int(ids.size())));
    m_openRowId = open ? std::optional<qint64>(rowids.first()) : std::nullopt;
    m_openedId = open ? ids.first() : QString();
    if (!ids.isEmpty())
        m_parts.access->keptOffline(ids); // in the trail, as what was brought into the cache
    m_awaitingReload = true;
    // Read again: the kept ones are cached rows now (the repositories' rows stay).
    emit reloadRequested();
}

// After Keep Offline the results were read again: the row kept to open it is selected (the
// detail pane shows it, fetching its document), or shown alone when the search does not
// find it in the cache (a part of it the repository was not asked).
void RemoteSearchControls::openKeptRow()
{
    ResultsModel *results = m_parts.results;
    if (!std::exchange(m_awaitingReload, false))
        return;
    if (m_openRowId) {
        const qint64 rowid = *std::exchange(m_openRowId, std::nullopt);
        const int row = int(results->rowIdsInOrder().indexOf(rowid));
        ResultsView *view = m_parts.view;
        if (row >= 0) {
            const QModelIndex index = results->index(row, 0);
            view->selectionModel()->setCurrentIndex(index,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(index);
        } else {
            m_parts.detail->showCommunication(rowid);
        }
        emit keptRowOpened(m_openedId);
    }
    emit keptOfflineShown();
}
