#include "resultsmodel.h"

#include "rowloader.h"
#include "search/searchservice.h"

#include <QTimer>

namespace proofdesk::itemmodels {

ResultsModel::ResultsModel(const QString &databasePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(new search::SearchService(databasePath, this))
    , m_loader(new RowLoader(databasePath, this))
    , m_rowIdsSettle(new QTimer(this))
{
    m_rowIdsSettle->setSingleShot(true);
    m_rowIdsSettle->setInterval(kRowIdsSettleMs);
    connect(m_rowIdsSettle, &QTimer::timeout, this, [this] {
        m_rowIdsDue = true;
        askRowIds();
    });
    connect(m_search, &search::SearchService::pageReady, this, &ResultsModel::onFirstPage);
    connect(m_search, &search::SearchService::totalReady, this, &ResultsModel::onTotal);
    connect(m_search, &search::SearchService::finished, this, &ResultsModel::onFinished);
    connect(m_search, &search::SearchService::rowIdsFinished, this, &ResultsModel::onRowIds);
    connect(m_search, &search::SearchService::failed, this, [this](int, const QString &message) {
        m_searching = false;
        emit searchFailed(message);
    });
    connect(m_loader, &RowLoader::pageLoaded, this, &ResultsModel::onPageLoaded);
    connect(m_loader, &RowLoader::failed, this, &ResultsModel::searchFailed);
}

ResultsModel::~ResultsModel() = default;

namespace {

// By issue date the search is always newest first: the other way is that list backwards.
search::SearchOrder searchOrderFor(int column, Qt::SortOrder order)
{
    using Key = search::SearchOrder::Key;
    search::SearchOrder searchOrder;
    searchOrder.ascending = order == Qt::AscendingOrder;
    switch (column) {
    case ResultsModel::TypeColumn:
        searchOrder.key = Key::Type;
        break;
    case ResultsModel::ChannelColumn:
        searchOrder.key = Key::Channel;
        break;
    case ResultsModel::CustomerColumn:
        searchOrder.key = Key::Customer;
        break;
    case ResultsModel::StatusColumn:
        searchOrder.key = Key::Status;
        break;
    default:
        return search::SearchOrder::newestFirst();
    }
    return searchOrder;
}

} // namespace

bool ResultsModel::isSortable(int column)
{
    return column == IssuedColumn || !searchOrderFor(column, Qt::AscendingOrder).byIssued();
}

void ResultsModel::setQuery(const QString &query)
{
    m_query = query;
    m_resorting = false;
    submitSearch();
}

void ResultsModel::submitSearch()
{
    m_searching = true;
    m_pageIn = false;
    m_submittedColumn = m_sortColumn;
    m_submittedOrder = searchOrderFor(m_sortColumn, m_order);
    m_submitted = m_search->submit(m_query, kPageSize, 0, m_submittedOrder);
    // The list of the query before (reading, or waiting) is of no use now; this one's comes
    // when it stays (askRowIds).
    m_search->cancelRowIds();
    m_rowIdsSubmitted = 0;
    m_rowIdsDue = false;
    m_rowIdsSettle->start();
    emit searchStarted();
}

void ResultsModel::setRowIdsSettleMs(int ms) { m_rowIdsSettle->setInterval(qMax(0, ms)); }

void ResultsModel::needRowIds() const
{
    m_rowIdsDue = true;
    askRowIds();
}

void ResultsModel::askRowIds() const
{
    if (!m_pageIn || m_counting || m_rowIdsSubmitted != 0 || !m_rowIdsDue || m_haveRowIds)
        return;
    m_rowIdsSubmitted = m_search->submitRowIds(m_query, m_submittedOrder);
}

// Only a malformed query's answer, or damaged stored rows, matter here: the rest came as
// pageReady and totalReady.
void ResultsModel::onFinished(int generation, const search::SearchResult &result)
{
    if (generation == m_submitted && !result.damagedStoredRows.isEmpty())
        emit storedRowsDamaged(result.damagedStoredRows);
    if (generation != m_submitted || !result.error)
        return;
    // The previous results stay: a half-typed query must not blank the table.
    m_searching = false;
    m_resorting = false;
    m_rowIdsSettle->stop();
    emit queryError(*result.error);
}

void ResultsModel::onFirstPage(int generation, const search::SearchResult &page)
{
    if (generation != m_submitted)
        return;
    m_resortedTotal = m_resorting && m_shownQuery == m_query && !m_counting ? m_total : -1;
    m_resorting = false;
    m_pageIn = true;
    beginResetModel();
    showFirstPage(page);
    endResetModel();
    if (page.counted())
        onTotal(generation, page.total);
    else
        emit countingStarted();
}

// Inside a reset: the page becomes the table (its rows only, while the total is counted).
void ResultsModel::showFirstPage(const search::SearchResult &page)
{
    keepRemoteRowsOf(m_query);
    m_shownQuery = m_query;
    m_shownColumn = m_submittedColumn;
    m_shownOrder = m_order;
    m_counting = true;
    m_total = page.hits.size();
    m_rowIds.clear();
    m_haveRowIds = false;
    m_rowIdsAnnounced = false;
    resetPages();
    if (!shownReversed() && !page.hits.isEmpty()) {
        // The first page is shown at once; the loader brings its hold marks a moment later.
        QList<qint64> ids;
        ResultRows rows;
        for (const auto &hit : page.hits) {
            ids << hit.rowid;
            rows.append(ResultRow{hit, false});
        }
        storePage(0, ids, rows);
        m_pending.insert(0);
        m_loader->request(m_pageGeneration, 0, ids);
    }
    if (page.counted() && page.total == page.hits.size()) {
        // Every match is on the page: its rowids, in the order searched, are the whole list.
        for (const auto &hit : page.hits)
            m_rowIds << hit.rowid;
        m_haveRowIds = true;
    }
}

// The exact total of the shown query (counted in the page's snapshot, so never fewer rows
// than the page): the rows past the page are inserted.
void ResultsModel::onTotal(int generation, qint64 total)
{
    if (generation != m_submitted || !m_counting)
        return;
    m_counting = false;
    if (total != m_total) {
        const bool grows = total > m_total;
        grows ? beginInsertRows({}, int(m_total), int(total) - 1) : beginResetModel();
        if (!grows)
            resetPages();
        m_total = total;
        grows ? endInsertRows() : endResetModel();
    }
    if (m_total != std::exchange(m_resortedTotal, -1))
        emit totalChanged(m_total);
    if (m_haveRowIds && !m_rowIdsAnnounced)
        takeRowIds(m_rowIds); // the page held every match
    else
        askRowIds();
}

void ResultsModel::onRowIds(int generation, const search::RowIdsResult &result)
{
    if (generation != m_rowIdsSubmitted || m_shownQuery != m_query)
        return;
    if (result.error) {
        m_searching = false; // the rows past the first page stay placeholders
        return;
    }
    if (m_counting) {
        // Not expected (the total comes first): the list's size is as exact.
        onTotal(m_submitted, result.rowIds.size());
    }
    takeRowIds(result.rowIds);
}

void ResultsModel::takeRowIds(const QList<qint64> &rowIds)
{
    m_searching = false;
    m_rowIdsAnnounced = true;
    m_rowIdsSettle->stop();
    if (rowIds.size() != m_total) {
        // The cache changed between the count and the list (a sync ran): the list wins.
        beginResetModel();
        m_total = rowIds.size();
        resetPages();
        m_rowIds = rowIds;
        m_haveRowIds = true;
        endResetModel();
        emit totalChanged(m_total);
    } else {
        m_rowIds = rowIds;
        m_haveRowIds = true;
    }
    const QSet<int> wanted = std::exchange(m_wanted, {});
    for (const int page : wanted)
        requestPage(page);
    emit rowIdsReady();
}

void ResultsModel::onPageLoaded(int generation, int page, const ResultRows &rows)
{
    if (generation != m_pageGeneration)
        return;
    m_pending.remove(page);
    // Before the rowid list arrives only the seeded first page is loaded, in the order asked.
    QList<qint64> ids;
    if (m_haveRowIds) {
        ids = pageRowIds(page);
    } else {
        for (const auto &row : rows)
            ids << row.hit.rowid;
    }
    storePage(page, ids, rows);
    const int first = page * kPageSize;
    const int last = int(qMin<qint64>(m_total, qint64(first) + ids.size())) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ResultsModel::storePage(int page, const QList<qint64> &rowIds, const ResultRows &rows)
{
    QHash<qint64, const ResultRow *> byRowId;
    for (const auto &row : rows)
        byRowId.insert(row.hit.rowid, &row);
    Page stored;
    stored.rows.reserve(rowIds.size());
    for (const qint64 id : rowIds) {
        const ResultRow *row = byRowId.value(id);
        stored.rows.append(row ? std::optional<ResultRow>(*row) : std::nullopt);
    }
    stored.lastUse = ++m_useClock;
    if (!m_pages.contains(page) && m_pages.size() >= m_maxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(page, std::move(stored));
}

QList<qint64> ResultsModel::pageRowIds(int page) const
{
    const qint64 first = qint64(page) * kPageSize;
    const qint64 count = qMin<qint64>(kPageSize, m_rowIds.size() - first);
    QList<qint64> ids;
    if (count <= 0)
        return ids;
    ids.reserve(count);
    for (qint64 i = first; i < first + count; ++i)
        ids << (shownReversed() ? m_rowIds.at(m_rowIds.size() - 1 - i) : m_rowIds.at(i));
    return ids;
}

void ResultsModel::requestPage(int page) const
{
    if (m_pending.contains(page))
        return;
    if (!m_haveRowIds) {
        m_wanted.insert(page);
        if (page > 0 || shownReversed())
            needRowIds(); // rows past the first page shown (or oldest first): the list now
        return;
    }
    loadPage(page);
}

void ResultsModel::loadPage(int page) const
{
    m_pending.insert(page);
    const QList<int> dropped = m_loader->request(m_pageGeneration, page, pageRowIds(page));
    for (const int other : dropped)
        m_pending.remove(other);
}

void ResultsModel::refreshCommunication(const QString &id)
{
    if (!m_haveRowIds)
        return; // the rows shown so far are being loaded with their marks right now
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (const auto &row : it->rows) {
            if (row && row->hit.id.compare(id, Qt::CaseInsensitive) == 0) {
                // Kept on show until the new rows arrive: storePage replaces it. Asked again
                // even when a load is under way: that one may have read the row before.
                loadPage(it.key());
                return;
            }
        }
    }
}

void ResultsModel::refreshLoadedRows()
{
    if (!m_haveRowIds)
        return;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        loadPage(it.key());
}

void ResultsModel::setPendingReissues(const QSet<QString> &communicationIds)
{
    if (communicationIds == m_pendingReissues)
        return;
    m_pendingReissues = communicationIds;
    // One range for the whole column: the view repaints what it shows, nothing is read.
    if (const int rows = rowCount(); rows > 0)
        emit dataChanged(index(0, StatusColumn), index(rows - 1, StatusColumn), {ReissuePendingRole, Qt::ToolTipRole});
}

void ResultsModel::resetPages()
{
    ++m_pageGeneration;
    m_pages.clear();
    m_pending.clear();
    m_wanted.clear();
    m_loader->clear();
}

void ResultsModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_order))
        return;
    m_sortColumn = column;
    m_order = order;
    if (m_submitted == 0)
        return; // nothing searched yet: the first query runs in this order
    if (column != IssuedColumn || m_submittedColumn != IssuedColumn) {
        // The rows change when the first page in that order arrives.
        m_resorting = m_resorting || m_query == m_shownQuery;
        submitSearch();
        return;
    }
    if (m_shownColumn != IssuedColumn)
        return; // the newest-first list on its way is shown in this direction
    // The same list read the other way: at once, without searching again.
    beginResetModel();
    m_shownOrder = order;
    resetPages();
    endResetModel();
}

std::optional<qint64> ResultsModel::rowIdAt(int row) const
{
    if (row < 0 || row >= m_total)
        return std::nullopt;
    if (m_haveRowIds)
        return shownReversed() ? m_rowIds.at(m_rowIds.size() - 1 - row) : m_rowIds.at(row);
    if (const ResultRow *r = rowAt(row))
        return r->hit.rowid;
    return std::nullopt;
}

QList<qint64> ResultsModel::rowIdsInOrder() const
{
    if (!shownReversed())
        return m_rowIds;
    return QList<qint64>(m_rowIds.crbegin(), m_rowIds.crend());
}

} // namespace proofdesk::itemmodels
