#pragma once

#include "resultrow.h"
#include "search/querynode.h"
#include "search/searchorder.h"
#include "services/remotesearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

class QTimer;

namespace proofdesk::search {
class SearchService;
}

namespace proofdesk::itemmodels {

class RowLoader;

// The results of one search as a lazily loaded table that stays flat in memory for a
// million rows. A query first brings the first page (SearchService::pageReady), shown at
// once as the table's only rows while the matches are counted (isCounting(),
// countingStarted()), then the exact total (totalReady: the rows past the page are
// inserted, totalChanged()), then the rowid list of every match (submitRowIds: 8 bytes a row,
// rowIdsReady()). The list is asked only for a query that stays kRowIdsSettleMs, or at once
// when the view wants rows past the first page (needRowIds()): a query typed over is never
// listed, and its list does not compete with the next keystroke's page. An answer the first
// page holds whole is its own list. Rows are then
// loaded in pages by rowid on the RowLoader's thread as the view asks for them, and kept in
// a small least-recently-used page cache; a row not loaded yet shows a placeholder and
// is filled by one dataChanged for its page.
//
// Sorting: by issue date (the default, newest first) the oldest-first order is the rowid
// list read backwards, at once. By type, channel, customer or delivery status the search
// runs again in that order (SearchOrder, ties newest first): the table changes when its
// first page arrives, with the same total, and the rowid list follows in that order.
//
// "Search the repositories too" (setRemoteHits): what the repositories found that the cache
// does not hold follows the cached rows, in the repositories' order (newest first), marked
// in the Where column ("In <repository>"). total() counts the cached rows only; sorting and
// paging move them alone. The repositories' rows stay while the same query is shown (a
// sort, a refresh) and go with another query.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        IssuedColumn,
        TypeColumn,
        ChannelColumn,
        CustomerColumn,
        RecipientColumn,
        StatusColumn,
        FixityColumn,
        OriginColumn,
        UnitColumn,
        TemplateColumn,
        VersionColumn,
        WhereColumn, // "Cached", or the repository that holds a communication the cache does not
        ColumnCount
    };
    enum Role {
        RowIdRole = Qt::UserRole,
        CommunicationIdRole,
        IssuedAtRole,
        FixityRole,
        HeldRole,
        LoadedRole,
        ReissuePendingRole, // a reissue of the row's communication has not ended (setPendingReissues)
        RemoteRole,         // the row is a repository's, not cached (bool)
        RepositoryRole,     // the repository of a remote row
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 48;
    // How long a query stays before its rowid list is asked (longer than a typist's pause
    // between keys; the view asking for rows past the first page asks at once).
    static constexpr int kRowIdsSettleMs = 250;

    explicit ResultsModel(const QString &databasePath, QObject *parent = nullptr);
    ~ResultsModel() override;

    // Runs `query`; the table changes when its first results arrive, not before.
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // The query whose results are shown (setQuery's until they arrive, then the same).
    QString shownQuery() const { return m_shownQuery; }
    // The rows shown: the exact total, or while counting the first page's rows.
    qint64 total() const { return m_total; }
    // The first page is shown and its query's total is not known yet.
    bool isCounting() const { return m_counting; }
    bool isSearching() const { return m_searching; }
    // The order asked for last (the rows follow once the search in that order is in).
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // Issue date, type, channel, customer and delivery status sort; other columns do not.
    static bool isSortable(int column);
    // The rowid at a row, once the rowid list is in (or the row is loaded).
    std::optional<qint64> rowIdAt(int row) const;
    // Every rowid in the shown order; empty until the rowid list is in.
    QList<qint64> rowIdsInOrder() const;
    bool hasAllRowIds() const { return m_haveRowIds; }
    // The rowid list of the shown query is wanted now (an export, rows past the first page):
    // asked once its total is known, without waiting for the query to stay.
    void needRowIds() const;
    // The rowid list of the shown query was asked and has not come yet.
    bool isReadingRowIds() const { return m_rowIdsSubmitted != 0 && !m_haveRowIds; }
    // Tests set their own (kRowIdsSettleMs by default).
    void setRowIdsSettleMs(int ms);
    int cachedPageCount() const { return int(m_pages.size()); }
    // How many pages of rows stay in memory (least recently used ones go first).
    void setMaxCachedPages(int pages) { m_maxCachedPages = qMax(2, pages); }
    // A communication's row changed in the cache (its document was fetched on demand): the
    // cached page holding it is read again, so its marks follow without a new search.
    void refreshCommunication(const QString &id);
    // Marks changed for many rows at once (another desk applied or released a hold): every
    // cached page is read again, in place, without a new search or a reset.
    void refreshLoadedRows();
    // The communications with a reissue that has not ended (PendingReissues): their rows are
    // marked in the delivery column. A set looked up as a row is painted, so a change marks
    // every row at once, loaded or not, without reading a page again.
    void setPendingReissues(const QSet<QString> &communicationIds);

    // The repositories' answer to `query` (ignored unless it is the query shown): replaces
    // the repositories' rows shown. Returns whether it was taken.
    bool setRemoteHits(const QString &query, const QList<services::RemoteHit> &hits);
    void clearRemoteHits();
    QString remoteQuery() const { return m_remoteQuery; }
    // The repositories' rows (kept offline or not).
    int remoteCount() const { return int(m_remote.size()); }
    // Those not kept offline yet.
    int notCachedCount() const;
    bool isRemoteRow(int row) const { return row >= m_total && row - m_total < m_remote.size(); }
    // The repository's communication at `row`, or nullptr for a cached row.
    const services::RemoteHit *remoteHitAt(int row) const;
    // The communications were kept offline: their rows say "Cached" at once, and leave the
    // repositories' rows when the shown query is read again (they are cached rows then).
    void markKeptOffline(const QStringList &ids);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // See "Sorting" above; a column that does not sort is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(int column);

signals:
    void searchStarted();
    // The exact total of the shown query is known (the table was just reset to it). Not
    // emitted when the same results come back in another order (sort()): they were shown
    // (and audited) already.
    void totalChanged(qint64 total);
    // The first page of a new query is shown and its matches are being counted: totalChanged
    // follows (never emitted when the total came with the page).
    void countingStarted();
    void queryError(const proofdesk::search::QueryError &error);
    void rowIdsReady();
    void searchFailed(const QString &message);
    // The cache's stored counts were found altered (`what`): the answer shown was counted
    // without them, and they were dropped (SearchResult::damagedStoredRows).
    void storedRowsDamaged(const QString &what);

private:
    struct Page
    {
        QList<std::optional<ResultRow>> rows; // aligned with the page's rowids
        quint64 lastUse = 0;
    };
    void submitSearch();
    // The list is newest first and shown oldest first.
    bool shownReversed() const { return m_shownColumn == IssuedColumn && m_shownOrder == Qt::AscendingOrder; }
    void onFirstPage(int generation, const search::SearchResult &page);
    void onTotal(int generation, qint64 total);
    void onFinished(int generation, const search::SearchResult &result);
    void showFirstPage(const search::SearchResult &page);
    // Inside a reset: the repositories' rows stay for the same query, but for those kept offline.
    void keepRemoteRowsOf(const QString &query);
    void onRowIds(int generation, const search::RowIdsResult &result);
    // Asks the rowid list when it is due and the total is in; an answer the first page held
    // whole was its own list: announced here.
    void askRowIds() const;
    void takeRowIds(const QList<qint64> &rowIds);
    void onPageLoaded(int generation, int page, const ResultRows &rows);
    void requestPage(int page) const; // unless it is loading already
    void loadPage(int page) const;
    void storePage(int page, const QList<qint64> &rowIds, const ResultRows &rows);
    QList<qint64> pageRowIds(int page) const;
    const ResultRow *rowAt(int row) const;
    void resetPages();
    QVariant cellText(const search::SearchHit &hit, int column) const;
    QVariant remoteData(int remoteRow, int column, int role) const;

    search::SearchService *m_search = nullptr;
    RowLoader *m_loader = nullptr;
    QString m_query;
    QString m_shownQuery;
    int m_pageGeneration = 0; // bumps with each reset: older pages are ignored
    int m_submitted = 0;
    search::SearchOrder m_submittedOrder;
    bool m_searching = false;
    bool m_pageIn = false; // the submitted search's first page is shown
    // The rowid list of the shown query: asked (its generation), due (stayed, or needed), or
    // in (m_haveRowIds). Asked for from data() as pages are, hence mutable.
    mutable int m_rowIdsSubmitted = 0;
    mutable bool m_rowIdsDue = false;
    bool m_rowIdsAnnounced = false;
    QTimer *m_rowIdsSettle;
    bool m_resorting = false; // the search on its way is the shown query in another order
    qint64 m_total = 0;
    bool m_counting = false;
    // While re-sorting the shown query: its total before (no totalChanged when it stays).
    qint64 m_resortedTotal = -1;
    QList<qint64> m_rowIds; // in the order searched (m_shownColumn; by issue date newest first)
    bool m_haveRowIds = false;
    // Asked for (sort()), searched in (the last submit), and the order of the rows shown.
    int m_sortColumn = IssuedColumn;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_submittedColumn = IssuedColumn;
    int m_shownColumn = IssuedColumn;
    Qt::SortOrder m_shownOrder = Qt::DescendingOrder;
    int m_maxCachedPages = kMaxCachedPages;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable QSet<int> m_pending;     // requested from the loader
    mutable QSet<int> m_wanted;      // asked for before the rowid list arrived
    QSet<QString> m_pendingReissues; // communication ids
    struct RemoteRow
    {
        services::RemoteHit hit;
        search::SearchHit shown; // the columns, as a cached row's
        bool kept = false;       // kept offline since
    };
    QList<RemoteRow> m_remote; // after the cached rows
    QString m_remoteQuery;
};

} // namespace proofdesk::itemmodels
