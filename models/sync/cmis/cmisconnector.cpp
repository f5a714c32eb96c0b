#include "cmisconnector.h"

#include "cmisanswer.h"
#include "cmisobject.h"
#include "sync/http/urlencoding.h"
#include "sync/mappingsanity.h"
#include "sync/repositoryprofiles.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCmis, "proofdesk.sync.cmis")

namespace proofdesk::sync {

namespace {
constexpr int kIdBatch = 100;        // ids per "IN (…)" query: well under URL length limits
constexpr int kDefaultReadAhead = 2; // requests in flight ahead: a third one is the sync engine's

// Crawl pages overlap a little: a deletion between two page requests shifts the rest left,
// and the overlap keeps the first record of the next page from being skipped.
qint64 overlapAt(qint64 skip, int pageSize) { return qMin<qint64>(skip, qMax(1, pageSize / 20)); }
} // namespace

CmisConnector::CmisConnector(const cache::RepositoryInfo &repository, ConnectorEnvironment environment)
    : NetworkConnector(repository, std::move(environment))
    , m_auth(user(), [this] { return secret(); })
    , m_mapping(baseMapping(QStringLiteral("cmis"), repository.settings),
                repository.settings.value(QStringLiteral("mapping")).toObject())
    , m_catalogueMapping(effectiveCatalogueMapping(repository.settings))
    , m_pageSize(intSetting("page_size", 500))
    , m_query(setting("query"))
    , m_majorLabels(cmisMajorVersionLabels(repository.settings))
    , m_prefetch(repository.settings.value(QStringLiteral("prefetch")).toBool())
    , m_prefetcher(intSetting("prefetch_parallel", DocumentPrefetch::kDefaultInFlight))
    , m_ahead(m_http, qBound(0, setting("read_ahead", QString::number(kDefaultReadAhead)).toInt(), 8))
{
    m_http.setAuth(&m_auth);
    m_mapping.setReportedWhenEmpty({QStringLiteral("channel")}); // type falls back to the object's CMIS type
}

const CmisConnector::Info &CmisConnector::info()
{
    if (m_info)
        return *m_info;
    HttpRequest request;
    request.url = QUrl(m_repository.url);
    const QJsonDocument doc = m_http.parseJson(request, m_http.sendOk(request));
    const QJsonObject all = doc.object();
    const QString wanted = setting("repository_id");
    const QJsonObject repo = all.value(wanted.isEmpty() ? all.keys().value(0) : wanted).toObject();
    if (repo.isEmpty() || !repo.value(QStringLiteral("repositoryUrl")).isString())
        throw ConnectorError(m_http.errorText(request, wanted.isEmpty()
                                                           ? QStringLiteral("the answer describes no CMIS repository")
                                                           : QStringLiteral("no repository \"%1\" here").arg(wanted)));
    Info i;
    i.repositoryId = repo.value(QStringLiteral("repositoryId")).toString();
    i.repositoryUrl = resolve(repo.value(QStringLiteral("repositoryUrl")).toString());
    i.rootFolderUrl = resolve(repo.value(QStringLiteral("rootFolderUrl")).toString());
    i.latestToken = repo.value(QStringLiteral("latestChangeLogToken")).toString();
    const QJsonObject capabilities = repo.value(QStringLiteral("capabilities")).toObject();
    const QString changes = capabilities.value(QStringLiteral("capabilityChanges")).toString();
    i.queryCapability = capabilities.value(QStringLiteral("capabilityQuery")).toString();
    i.changesSupported = changes == QLatin1String("objectidsonly") || changes == QLatin1String("properties")
                         || changes == QLatin1String("all");
    m_info = i;
    return *m_info;
}

QJsonObject CmisConnector::getObject(const QList<QPair<QString, QString>> &query, HttpResponse *raw)
{
    QUrl url = info().repositoryUrl;
    setEncodedQuery(url, query);
    HttpRequest request;
    request.url = url;
    request.setHeader("Accept", "application/json");
    const HttpResponse r = m_http.send(request);
    if (raw)
        *raw = r;
    if (!r.isSuccess())
        return QJsonObject();
    m_bytes += r.body.size();
    const QJsonDocument doc = m_http.parseJson(request, r);
    if (!doc.isObject())
        throw ConnectorError(m_http.errorText(request, QStringLiteral("the answer is not a JSON object")));
    return doc.object();
}

QUrl CmisConnector::queryUrl(const QString &statement, qint64 skip, int maxItems) const
{
    QUrl url = m_info->repositoryUrl;
    setEncodedQuery(url, {{QStringLiteral("cmisselector"), QStringLiteral("query")},
                          {QStringLiteral("q"), statement},
                          {QStringLiteral("maxItems"), QString::number(maxItems)},
                          {QStringLiteral("skipCount"), QString::number(skip)},
                          {QStringLiteral("succinct"), QStringLiteral("true")}});
    return url;
}

HttpRequest CmisConnector::queryRequest(const QString &statement, qint64 skip, int maxItems) const
{
    HttpRequest request;
    request.url = queryUrl(statement, skip, maxItems);
    request.setHeader("Accept", "application/json");
    return request;
}

namespace {
ConnectorError pageRefused(const QString &repository, const QString &request, const cmis::AnswerError &e)
{
    return ConnectorError(
        QStringLiteral("repository \"%1\": %2: %3; the page was not applied").arg(repository, request, e.problem()));
}
} // namespace

QJsonArray CmisConnector::resultsOf(const QJsonObject &answer, const char *key, const QString &request) const
{
    try {
        return cmis::listOf(answer, key);
    } catch (const cmis::AnswerError &e) {
        throw pageRefused(m_repository.name, request, e);
    }
}

bool CmisConnector::hasMore(const QJsonObject &answer, const QString &request) const
{
    try {
        return cmis::hasMoreItems(answer);
    } catch (const cmis::AnswerError &e) {
        throw pageRefused(m_repository.name, request, e);
    }
}

ChangePage CmisConnector::fetchChanges(const QByteArray &cursorJson)
{
    CmisCursor cursor = CmisCursor::fromJson(cursorJson);
    info();
    ChangePage page;
    if (cursor.phase != CmisCursor::Phase::Start && cursor.mapping != cursorFingerprint()) {
        qCInfo(lcCmis) << m_repository.name << "mapping changed: crawling again";
        page = startCrawl(false);
    } else {
        switch (cursor.phase) {
        case CmisCursor::Phase::Start:
            page = startCrawl(false);
            break;
        case CmisCursor::Phase::Crawl:
            page = crawlPage(cursor);
            break;
        case CmisCursor::Phase::Changes:
            page = changesPage(cursor);
            break;
        case CmisCursor::Phase::CrawlDone: // no change log: every sync is a crawl plus an id comparison
            page = startCrawl(true);
            break;
        }
    }
    if (m_prefetch)
        prefetchDocuments(page);
    return page;
}

void CmisConnector::prefetchDocuments(ChangePage &page)
{
    // Worked out here, not on the download threads: info() is read lazily and reset by a crawl.
    const QUrl root = info().rootFolderUrl;
    m_prefetcher.fetchAll(
        page, [this, root](const DocumentRef &ref) { return download(contentUrl(root, ref), ref); }, &m_proven);
}

ChangePage CmisConnector::startCrawl(bool resync)
{
    CmisCursor cursor;
    cursor.phase = CmisCursor::Phase::Crawl;
    cursor.mapping = cursorFingerprint();
    cursor.resync = resync;
    // Noted before the crawl: changes made while it runs are replayed from the log after it.
    m_info.reset();
    m_ahead.clear(); // pages sent ahead by an earlier crawl are older than the token
    m_crawlTotal = -1;
    ++m_crawlsThisRun;
    cursor.token = info().changesSupported ? info().latestToken : QString();
    // A crawl from the start (a new repository, a changed mapping): its records say whether
    // the mapping fits before anyone believes the findings it leads to (MappingSanity).
    m_mappingSample.clear();
    m_checkMapping = !resync;
    ChangePage page = crawlPage(cursor);
    if (m_checkMapping) {
        m_mappingSample = page.communications.mid(0, 200);
        for (const QString &w : MappingSanity::valueWarnings(m_mappingSample))
            page.warnings << RejectedRecord{QStringLiteral("mapping"), 0, w};
    }
    return page;
}

ChangePage CmisConnector::crawlPage(CmisCursor cursor)
{
    const qint64 overlap = overlapAt(cursor.skip, m_pageSize);
    const QString statement = crawlStatement();
    const HttpRequest req = queryRequest(statement, cursor.skip - overlap, m_pageSize);
    const QString request =
        QStringLiteral("GET %1 (query, skipCount %2)").arg(req.url.path()).arg(cursor.skip - overlap);
    // The pages after this one, supposing each comes back full, are on their way while this
    // one is awaited and parsed; if one comes back short, the guesses are dropped. Not from
    // the first page: a small repository answers in one page and nothing is wasted, and the
    // first answer's numItems (where given) keeps the guesses within the repository.
    QList<HttpRequest> next;
    for (qint64 skip = cursor.skip, i = 0; cursor.skip > 0 && i < m_ahead.depth(); ++i) {
        skip += m_pageSize - overlapAt(skip, m_pageSize);
        const qint64 from = skip - overlapAt(skip, m_pageSize);
        if (m_crawlTotal >= 0 && from >= m_crawlTotal)
            break;
        next << queryRequest(statement, from, m_pageSize);
    }
    const HttpResponse r = m_ahead.sendOk(req, next);
    m_bytes += r.body.size();
    const QJsonDocument doc = m_http.parseJson(req, r);
    const QJsonArray results = resultsOf(doc.object(), "results", request);
    m_crawlTotal = cmis::numItems(doc.object());
    ChangePage page;
    for (const QJsonValue &v : results)
        takeObject(cmis::flatProperties(v.toObject()), request, page);
    cursor.skip += results.size() - overlap;
    page.bytesRead = m_bytes;
    if (hasMore(doc.object(), request) && results.size() > overlap) {
        page.more = true;
        // CMIS counts objects (numItems), not bytes: the crawl's total is estimated at this
        // page's bytes per result, for a progress percentage (and so that the sync engine
        // can tell a large first crawl, which it bulk-loads). 0 (unknown) without numItems.
        if (m_crawlTotal > 0 && !results.isEmpty())
            page.bytesTotal =
                m_bytes + qint64(double(qMax<qint64>(0, m_crawlTotal - cursor.skip)) * r.body.size() / results.size());
    } else {
        page.bytesTotal = m_bytes; // the crawl is done: 100 %
        finishCrawl(cursor, page);
    }
    page.nextCursor = cursor.toJson();
    return page;
}

void CmisConnector::finishCrawl(CmisCursor &cursor, ChangePage &page)
{
    m_ahead.clear();    // pages guessed beyond the end
    reconcileIds(page); // throws when the listing is incomplete: the page is not applied
    crawlCatalogue(page);
    if (m_checkMapping) { // the templates the repository has are all in this page now
        const QString w = MappingSanity::templateWarning(
            m_mappingSample.isEmpty() ? page.communications : m_mappingSample, page.templates, m_env.dataDir);
        if (!w.isEmpty())
            page.warnings << RejectedRecord{QStringLiteral("mapping"), 0, w};
        m_checkMapping = false;
    }
    cursor.resync = false;
    cursor.skip = 0;
    cursor.lastEvent.clear();
    if (info().changesSupported) {
        cursor.phase = CmisCursor::Phase::Changes;
        cursor.fresh = true;
        page.more = true; // go on with the changes made during the crawl
    } else {
        cursor.phase = CmisCursor::Phase::CrawlDone;
        page.more = false;
    }
}

void CmisConnector::takeObject(const QJsonObject &flat, const QString &request, ChangePage &page)
{
    if (isCatalogueObject(flat))
        return; // a template or block version, found by a query on a supertype of both
    auto mapped = cmis::toCommunication(flat, m_mapping);
    if (!mapped.record) {
        page.rejected << RejectedRecord{
            request, 0,
            QStringLiteral("object %1: %2").arg(flat.value(QStringLiteral("cmis:objectId")).toString(), mapped.reason)};
        return;
    }
    domain::Communication &c = *mapped.record;
    c.sourceFile = request;
    if (m_majorLabels) { // compared with the template and block versions, whose labels are N.0
        c.templateVersion = cmis::majorVersionOf(c.templateVersion);
        for (domain::BlockRef &ref : c.contentBlocks)
            ref.version = cmis::majorVersionOf(ref.version);
    }
    if (!mapped.warning.isEmpty())
        page.warnings << RejectedRecord{request, 0,
                                        QStringLiteral("object %1: %2").arg(c.repositoryObjectId, mapped.warning)};
    page.communications << std::move(c);
}

QList<QJsonObject> CmisConnector::objectsById(const QStringList &ids)
{
    // The batches do not depend on each other: they are all known now and go out in parallel.
    QList<HttpRequest> batches;
    const QString conditions = cmis::ObjectListing::conditionsOf(m_query);
    for (qsizetype i = 0; i < ids.size(); i += kIdBatch) {
        QStringList quoted;
        for (const QString &id : ids.mid(i, kIdBatch))
            quoted << cmis::stringLiteral(id);
        // The configured type, not cmis:document: a supertype query drops custom properties;
        // and a configured query's conditions, so that a change outside them stays outside.
        const QString statement =
            QStringLiteral("SELECT * FROM %1 WHERE %2cmis:objectId IN (%3)")
                .arg(documentType(),
                     conditions.isEmpty() ? QString() : QLatin1Char('(') + conditions + QStringLiteral(") AND "),
                     quoted.join(QLatin1Char(',')));
        batches << queryRequest(statement, 0, kIdBatch);
    }
    QList<QJsonObject> out;
    for (qsizetype b = 0; b < batches.size(); ++b) {
        const HttpRequest &req = batches.at(b);
        const HttpResponse r = m_ahead.sendOk(req, batches.mid(b + 1, m_ahead.depth()));
        m_bytes += r.body.size();
        const QJsonArray results = resultsOf(m_http.parseJson(req, r).object(), "results", req.label());
        for (const QJsonValue &v : results)
            out << cmis::flatProperties(v.toObject());
    }
    return out;
}

} // namespace proofdesk::sync
