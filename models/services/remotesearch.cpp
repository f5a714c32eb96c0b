#include "remotesearch.h"

#include "remotedeskcheck.h"
#include "remotesearchkinds.h"
#include "search/queryparser.h"
#include "sync/cmis/cmisquerytranslation.h"
#include "sync/http/httpsession.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
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
    KindSearch::Prepared prepared;
    QString query;
    RemoteRepositoryAnswer answer;
    qint64 widerCount = -1;  // the repository's count of the wider statement (-1: not told)
    qint64 answerCount = -1; // and of the statement readAnswer() asked
};

RemoteSearch::RemoteSearch(cache::Database &reader, ConnectorFor connectorFor)
    : m_reader(reader)
    , m_connectorFor(std::move(connectorFor))
{}

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
        asked.prepared = search->prepare(root, query, repo);
        if (asked.prepared.skip)
            return;
        for (const sync::LeftOutPart &part : std::as_const(asked.prepared.leftOut))
            result.unanswered << RemoteUnanswered{repo.name, part.part, part.reason};
        for (const sync::LeftOutPart &part : std::as_const(asked.prepared.inexact))
            result.inexact << RemoteUnanswered{repo.name, part.part, part.reason};
        asked.answer.scopeApplied = asked.prepared.scopeApplied;
        asked.answer.deskQuery = asked.prepared.deskQuery;
        asked.search = search.get();
        asked.query = query;
        readPages(asked, wanted, result);
    } catch (const sync::CancelledError &) {
        // Cancel aborted the request in flight: the repository did not fail (no error), it was
        // not heard out (not exact), and the result says cancelled.
        result.cancelled = true;
    } catch (const sync::ConnectorError &e) {
        asked.answer.error = e.message();
        result.unanswered << RemoteUnanswered{repo.name, query, e.message()};
    } catch (const std::runtime_error &e) { // the desk's check: its scratch cache
        asked.answer.error = QString::fromUtf8(e.what());
        result.unanswered << RemoteUnanswered{repo.name, query, asked.answer.error};
    }
    if (!asked.answer.exact)
        result.remoteTotalExact = false;
    result.repositories << asked.answer;
}

void RemoteSearch::readPages(Asked &asked, int wanted, RemoteSearchResult &result)
{
    const KindSearch::Prepared &p = asked.prepared;
    const bool ownRules = !p.leftOut.isEmpty() || !p.inexact.isEmpty();
    if (p.asksEverything && p.deskQuery.isEmpty() && !p.leftOut.isEmpty()) {
        // Only facts of the cache (hold:any): the statement would carry nothing but the scope,
        // and every object outside it would be listed as a match. Not asked, and said so: by
        // the parts already named (each once), or by the whole query beside them.
        const QString why = QStringLiteral("nothing of the query can be asked of the repository: its answer would "
                                           "be everything it holds; not asked");
        bool named = false;
        for (RemoteUnanswered &u : result.unanswered)
            if (u.repository == asked.repo.name && u.part == asked.query) {
                u.reason += QStringLiteral("; ") + why;
                named = true;
            }
        if (!named)
            result.unanswered << RemoteUnanswered{asked.repo.name, asked.query, why};
        return;
    }
    if (p.deskQuery.isEmpty()) {
        readAnswer(asked, wanted, result);
        asked.answer.exact = !ownRules && !result.cancelled;
        return;
    }
    if (readChecked(asked, wanted, result)) {
        asked.answer.exact = !ownRules && !result.cancelled;
        return;
    }
    if (result.cancelled)
        return;
    // More came back than the desk checks: asked narrower (only matches, some may be missed),
    // or not at all when nothing narrower can be asked.
    const QString tooMany =
        QStringLiteral("the repository returns more for the rest of the query than the desk checks (%1)")
            .arg(m_deskCheckLimit);
    asked.answer.deskQuery.clear();
    asked.answer.deskChecked = 0;
    if (!p.hasNarrower) {
        for (const sync::LeftOutPart &part : p.checked)
            result.unanswered << RemoteUnanswered{
                asked.repo.name, part.part,
                QStringLiteral("%1, and nothing narrower can be asked: not asked; %2").arg(tooMany, part.reason)};
        asked.answer.total = 0;
        return;
    }
    asked.search->useNarrower();
    readAnswer(asked, wanted, result);
    // The narrower statement holds only where the query does, the wider one wherever it does:
    // counted alike by the repository, they are the same objects, every match (issue #63 item 4:
    // `type:policy_document` at 100,000 objects was called inexact with its answer complete).
    if (asked.widerCount >= 0 && asked.answerCount == asked.widerCount && !result.cancelled) {
        asked.answer.exact = !ownRules;
        return;
    }
    for (const sync::LeftOutPart &part : p.checked)
        result.inexact << RemoteUnanswered{
            asked.repo.name, part.part,
            QStringLiteral("%1: asked narrower, matches may be missing; %2").arg(tooMany, part.reason)};
}

void RemoteSearch::readAnswer(Asked &asked, int wanted, RemoteSearchResult &result)
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
    asked.answerCount = numItems;
    asked.answer.total = numItems >= 0 ? numItems : read; // without numItems: what was read
    result.remoteTotal += asked.answer.total;
}

bool RemoteSearch::readChecked(Asked &asked, int wanted, RemoteSearchResult &result)
{
    QList<domain::Communication> read;
    QSet<QString> seen; // pages by skipCount may repeat an object when the repository changes
    qint64 offset = 0;
    for (bool more = true; more;) {
        if (cancelled()) {
            result.cancelled = true;
            return false;
        }
        KindSearch::Page page = asked.search->nextPage(offset, m_pageSize);
        if (offset == 0) {
            asked.answer.statement = page.statement;
            asked.widerCount = page.total;
        }
        offset += page.page.communications.size();
        ++m_done.pages;
        if (m_progress)
            m_progress(m_done);
        if (page.total > m_deskCheckLimit)
            return false; // the repository says so at once
        more = page.page.more && !page.page.communications.isEmpty();
        for (domain::Communication &c : page.page.communications)
            if (!seen.contains(c.id)) {
                seen.insert(c.id);
                read << std::move(c);
            }
        if (read.size() > m_deskCheckLimit)
            return false;
    }
    const QSet<QString> matches = RemoteDeskCheck::matching(asked.repo, asked.prepared.deskQuery, read);
    asked.answer.deskChecked = read.size();
    asked.answer.total = matches.size();
    result.remoteTotal += asked.answer.total;
    QList<domain::Communication> matching;
    for (domain::Communication &c : read)
        if (matches.contains(c.id))
            matching << std::move(c);
    keep(asked, matching, wanted, result);
    return true;
}

// The first `wanted` of `communications` (newest first) the cache does not hold.
void RemoteSearch::keep(Asked &asked, QList<domain::Communication> &communications, int wanted,
                        RemoteSearchResult &result)
{
    std::stable_sort(communications.begin(), communications.end(),
                     [](const domain::Communication &a, const domain::Communication &b) {
                         return a.issuedAt != b.issuedAt ? a.issuedAt > b.issuedAt : a.id < b.id;
                     });
    int kept = 0;
    for (domain::Communication &c : communications) {
        if (kept >= wanted)
            break;
        if (!isCached(c.id)) {
            result.hits << RemoteHit{std::move(c), asked.repo.id, asked.repo.name};
            ++kept;
        }
    }
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

namespace {

QJsonArray partsJson(const QList<RemoteUnanswered> &parts)
{
    QJsonArray out;
    for (const auto &u : parts)
        out.append(QJsonObject{{QStringLiteral("repository"), u.repository},
                               {QStringLiteral("part"), u.part},
                               {QStringLiteral("reason"), u.reason}});
    return out;
}

} // namespace

QJsonArray RemoteSearch::unansweredJson(const RemoteSearchResult &result) { return partsJson(result.unanswered); }

QJsonArray RemoteSearch::inexactJson(const RemoteSearchResult &result) { return partsJson(result.inexact); }

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
                       {QStringLiteral("remote_total_exact"), result.remoteTotalExact},
                       {QStringLiteral("unanswered"), unansweredJson(result)},
                       {QStringLiteral("inexact"), inexactJson(result)}};
}

} // namespace proofdesk::services
