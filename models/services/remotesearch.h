#pragma once

#include "cache/repositorystore.h"
#include "domain/communication.h"
#include "search/querynode.h"
#include "sync/cachewriter.h"
#include "sync/repositoryconnector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace proofdesk::services {

// A communication a repository found that the cache does not hold (no communication of
// its id), mapped as a sync maps it.
struct RemoteHit
{
    domain::Communication record;
    qint64 repoId = 0;
    QString repository;
};

// A part of the query a repository did not answer (the whole query when it answered
// nothing: a kind that cannot be searched, or a failure), and why.
struct RemoteUnanswered
{
    QString repository;
    QString part;
    QString reason;
};

// What one repository was asked and answered.
struct RemoteRepositoryAnswer
{
    QString repository;
    QString statement; // the first page's CMIS statement, or ArchivesSpace's search request
    // Its matches: the repository's count (numItems, total_hits; the hits read when it gives
    // none), or the desk's count of what it checked.
    qint64 total = 0;
    QString error;             // empty when it answered
    bool scopeApplied = false; // asked only for what lies outside its sync scope
    // `total` is the exact count of what the query matches there: nothing was left out,
    // answered by the repository's own rules, or more than the desk could check.
    bool exact = false;
    QString deskQuery;      // what the desk checked on the objects the repository returned
    qint64 deskChecked = 0; // those objects
};

struct RemoteSearchResult
{
    std::optional<search::QueryError> error; // the query does not parse: nothing was asked
    // Communications the cache does not hold, newest first (issued_at descending, then id).
    QList<RemoteHit> hits;
    qint64 remoteTotal = 0;       // the repositories' matches, summed
    bool remoteTotalExact = true; // every repository asked counted exactly
    // Parts not asked, and not checked on the desk: the results may hold communications that
    // do not match them (or, where nothing narrowed the repository's answer, nothing was read).
    QList<RemoteUnanswered> unanswered;
    // Parts asked but not answered exactly: by the repository's own rules (its full-text
    // search), or, where more came back than the desk checks, asked narrower: matches of
    // them may be missing.
    QList<RemoteUnanswered> inexact;
    QList<RemoteRepositoryAnswer> repositories; // those asked, in the cache's order
    bool cancelled = false;
};

struct RemoteSearchProgress
{
    int repositoriesDone = 0;
    int repositories = 0;
    int pages = 0; // pages read so far, over all repositories
};

// `search --remote` (DESIGN.md "Beyond one machine", docs/connecting.md "Searching past the
// cache"): the query translated to each CMIS or ArchivesSpace repository's own search
// (remotesearchkinds.h: sync/cmis/cmisquerytranslation.h, asked outside the repository's sync
// "scope" where that translates exactly; sync/archivesspace/aspacequerytranslation.h), paged
// newest first; hits the cache holds (by id) are left to the local search, which answers them
// exactly. What a repository cannot be asked exactly is checked on the desk (RemoteDeskCheck)
// on what it returns, when that is few enough, and named otherwise: a count is exact only
// when the answer says so (RemoteRepositoryAnswer::exact). A repository that fails is named in its answer and in
// `unanswered`; the others' results stay. Other kinds of repository are named in `unanswered` with the whole query.
class RemoteSearch
{
public:
    using ConnectorFor = std::function<std::unique_ptr<sync::RepositoryConnector>(const cache::RepositoryInfo &)>;

    // `reader`: the cache (repositories, and which ids it holds).
    RemoteSearch(cache::Database &reader, ConnectorFor connectorFor);

    void setPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, 1000); }
    // The most objects of one repository the desk reads to check a query it could not ask
    // exactly (RemoteDeskCheck); past it, a narrower statement is asked, or nothing.
    static constexpr int kDefaultDeskCheckLimit = 2000;
    void setDeskCheckLimit(int limit) { m_deskCheckLimit = qMax(1, limit); }
    void setProgress(std::function<void(const RemoteSearchProgress &)> progress) { m_progress = std::move(progress); }
    // Checked before every request: once set, the search stops and says it was cancelled.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Reads, from each repository, pages until `wanted` communications the cache does not
    // hold have come (or there are no more).
    RemoteSearchResult run(const QString &query, int wanted);

    // "Keep offline": the hits become ordinary cached records (CacheWriter, one transaction
    // per repository, the repositories' sync cursors untouched).
    static sync::ApplyResult keepOffline(cache::Database &writer, const QList<RemoteHit> &hits);

    // The parts not asked, as `search --remote --json` lists them (repository, part, reason).
    static QJsonArray unansweredJson(const RemoteSearchResult &result);
    // The parts not answered exactly, the same way.
    static QJsonArray inexactJson(const RemoteSearchResult &result);
    // What the audit trail records of a remote search (DESIGN.md "Audit trail"), from the
    // command-line client and the desktop alike: a search entry with the query and the
    // cache's total, `remote: true`, the repositories asked, their total and the parts not asked.
    static QJsonObject auditDetail(const QString &query, qint64 localTotal, const RemoteSearchResult &result);

private:
    struct Asked;
    void askRepository(const cache::RepositoryInfo &repo, const search::QueryNode &root, const QString &query,
                       int wanted, RemoteSearchResult &result);
    void readPages(Asked &asked, int wanted, RemoteSearchResult &result);
    // The repository's answer is the answer: pages until `wanted` hits, its count.
    void readAnswer(Asked &asked, int wanted, RemoteSearchResult &result);
    // The desk checks what comes back, when it is within the limit (false: it was not).
    bool readChecked(Asked &asked, int wanted, RemoteSearchResult &result);
    void keep(Asked &asked, QList<domain::Communication> &communications, int wanted, RemoteSearchResult &result);
    bool isCached(const QString &id);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    cache::Database &m_reader;
    ConnectorFor m_connectorFor;
    int m_pageSize = 100;
    int m_deskCheckLimit = kDefaultDeskCheckLimit;
    std::function<void(const RemoteSearchProgress &)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    RemoteSearchProgress m_done;
    cache::Statement m_cachedLookup; // isCached()'s
};

} // namespace proofdesk::services

Q_DECLARE_METATYPE(proofdesk::services::RemoteSearchResult)
Q_DECLARE_METATYPE(proofdesk::services::RemoteHit)
