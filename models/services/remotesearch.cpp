#include "remotesearch.h"

#include "remotesearchkinds.h"
#include "search/queryparser.h"
#include "sync/cmis/cmisquerytranslation.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRemoteSearch, "proofdesk.search.remote")

namespace proofdesk::services {

namespace {

const QString kNotSearchable = QStringLiteral("this kind of repository cannot be searched remotely");

bool newestFirst(const RemoteHit &a, const RemoteHit &b)
{
    if (a.record.issuedAt != b.record.issuedAt)
        return a.record.issuedAt > b.record.issuedAt;
    return a.record.id < b.record.id;
}

} // namespace

// One repository being read: its kind's search, translated.
struct RemoteSearch::Asked
{
    cache::RepositoryInfo repo;
    KindSearch *search = nullptr;
    RemoteRepositoryAnswer answer;
};

RemoteSearch::RemoteSearch(cache::Database &reader, ConnectorFor connectorFor)
    : m_reader(reader)
    , m_connectorFor(std::move(connectorFor))
{
}

RemoteSearchResult RemoteSearch::run(const QString &query, int wanted)
{
    RemoteSearchResult result;
    const search::ParseResult parsed = search::QueryParser::parse(query);
    if (!parsed.ok()) {
        result.error = parsed.error;
        return result;
    }
    const QList<cache::RepositoryInfo> repositories = cache::RepositoryStore(m_reader).list();
    m_done = RemoteSearchProgress{0, int(repositories.size()), 0};
    for (const cache::RepositoryInfo &repo : repositories) {
        if (cancelled()) {
            result.cancelled = true;
            break;
        }
        askRepository(repo, parsed.root, query, wanted, result);
        ++m_done.repositoriesDone;
        if (m_progress)
            m_progress(m_done);
    }
    std::stable_sort(result.hits.begin(), result.hits.end(), newestFirst);
    return result;
}

void RemoteSearch::askRepository(const cache::RepositoryInfo &repo, const search::QueryNode &root, const QString &query,
                                 int wanted, RemoteSearchResult &result)
{
    // repo:NAME decides, for every kind, whether this repository is meant at all.
    sync::cmis::SearchTarget named;
    named.repository = repo.name;
    named.source = [](const QString &) { return QString(); };
    if (sync::cmis::translate(root, query, named).skip)
        return;
    if (repo.kind != QLatin1String("cmis") && repo.kind != QLatin1String("archivesspace")) {
        result.unanswered << RemoteUnanswered{repo.name, query, kNotSearchable};
        return;
    }
    Asked asked;
    asked.repo = repo;
    asked.answer.repository = repo.name;
    try {
        const std::unique_ptr<sync::RepositoryConnector> connector = m_connectorFor(repo);
        const std::unique_ptr<KindSearch> search = connector ? kindSearchFor(*connector) : nullptr;
        if (!search) {
            result.unanswered << RemoteUnanswered{repo.name, query, kNotSearchable};
            return;
        }
        const KindSearch::Prepared prepared = search->prepare(root, query, repo);
        if (prepared.skip)
            return;
        for (const sync::LeftOutPart &part : prepared.leftOut)
            result.unanswered << RemoteUnanswered{repo.name, part.part, part.reason};
        asked.answer.scopeApplied = prepared.scopeApplied;
        asked.search = search.get();
        readPages(asked, wanted, result);
    } catch (const sync::ConnectorError &e) {
        asked.answer.error = e.message();
        result.unanswered << RemoteUnanswered{repo.name, query, e.message()};
    }
    result.repositories << asked.answer;
}

void RemoteSearch::readPages(Asked &asked, int wanted, RemoteSearchResult &result)
{
    int kept = 0;
    qint64 read = 0, numItems = -1;
    for (bool more = true; more;) {
        if (cancelled()) {
            result.cancelled = true;
            break;
        }
        KindSearch::Page page = asked.search->nextPage(read, m_pageSize);
        if (read == 0) {
            asked.answer.statement = page.statement;
            numItems = page.total;
        }
        read += page.page.communications.size();
        for (domain::Communication &c : page.page.communications) {
            if (kept < wanted && !isCached(c.id)) {
                result.hits << RemoteHit{std::move(c), asked.repo.id, asked.repo.name};
                ++kept;
            }
        }
        ++m_done.pages;
        if (m_progress)
            m_progress(m_done);
        more = page.page.more && !page.page.communications.isEmpty() && kept < wanted;
    }
    asked.answer.total = numItems >= 0 ? numItems : read; // without numItems: what was read
    result.remoteTotal += asked.answer.total;
}

bool RemoteSearch::isCached(const QString &id)
{
    if (!m_cachedLookup.isValid()) // prepared once: asked for every hit of every page
        m_cachedLookup = m_reader.prepare("SELECT 1 FROM communications WHERE id = ?1");
    m_cachedLookup.bind(1, id);
    const bool cached = m_cachedLookup.step();
    m_cachedLookup.reset();
    return cached;
}

sync::ApplyResult RemoteSearch::keepOffline(cache::Database &writer, const QList<RemoteHit> &hits)
{
    QHash<qint64, sync::ChangePage> pages; // by repository
    for (const RemoteHit &hit : hits)
        pages[hit.repoId].communications << hit.record;
    sync::CacheWriter cacheWriter(writer);
    sync::ApplyResult result;
    for (auto it = pages.begin(); it != pages.end(); ++it)
        result.add(cacheWriter.keepRecords(it.key(), it.value()));
    return result;
}

QJsonArray RemoteSearch::unansweredJson(const RemoteSearchResult &result)
{
    QJsonArray out;
    for (const auto &u : result.unanswered)
        out.append(QJsonObject{{QStringLiteral("repository"), u.repository},
                               {QStringLiteral("part"), u.part},
                               {QStringLiteral("reason"), u.reason}});
    return out;
}

QJsonObject RemoteSearch::auditDetail(const QString &query, qint64 localTotal, const RemoteSearchResult &result)
{
    QJsonArray asked;
    for (const auto &r : result.repositories)
        asked.append(r.repository);
    return QJsonObject{{QStringLiteral("query"), query},
                       {QStringLiteral("total"), localTotal},
                       {QStringLiteral("remote"), true},
                       {QStringLiteral("repositories"), asked},
                       {QStringLiteral("remote_total"), result.remoteTotal},
                       {QStringLiteral("unanswered"), unansweredJson(result)}};
}

} // namespace proofdesk::services
