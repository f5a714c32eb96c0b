#include "cmisclient.h"

#include "cmisanswer.h"
#include "cmislisting.h"
#include "cmisobject.h"
#include "sync/http/urlencoding.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync::cmis {

namespace {

ConnectorError pageRefused(const QString &repository, const QString &request, const AnswerError &e)
{
    return ConnectorError(
        QStringLiteral("repository \"%1\": %2: %3; the page was not applied").arg(repository, request, e.problem()));
}

} // namespace

Client::Client(HttpSession &http, const cache::RepositoryInfo &repository, QString repositoryId, int readAhead)
    : m_http(http)
    , m_repository(repository)
    , m_repositoryId(std::move(repositoryId))
    , m_ahead(http, readAhead)
{}

const ServiceInfo &Client::info()
{
    if (m_info)
        return *m_info;
    HttpRequest request;
    request.url = QUrl(m_repository.url);
    const QJsonDocument doc = m_http.parseJson(request, m_http.sendOk(request));
    const QJsonObject all = doc.object();
    const QString &wanted = m_repositoryId;
    const QJsonObject repo = all.value(wanted.isEmpty() ? all.keys().value(0) : wanted).toObject();
    if (repo.isEmpty() || !repo.value(QStringLiteral("repositoryUrl")).isString())
        throw ConnectorError(m_http.errorText(request, wanted.isEmpty()
                                                           ? QStringLiteral("the answer describes no CMIS repository")
                                                           : QStringLiteral("no repository \"%1\" here").arg(wanted)));
    const auto resolve = [&](const char *key) {
        return QUrl(m_repository.url).resolved(QUrl(repo.value(QLatin1String(key)).toString()));
    };
    ServiceInfo i;
    i.repositoryId = repo.value(QStringLiteral("repositoryId")).toString();
    i.repositoryUrl = resolve("repositoryUrl");
    i.rootFolderUrl = resolve("rootFolderUrl");
    i.latestToken = repo.value(QStringLiteral("latestChangeLogToken")).toString();
    const QJsonObject capabilities = repo.value(QStringLiteral("capabilities")).toObject();
    const QString changes = capabilities.value(QStringLiteral("capabilityChanges")).toString();
    i.queryCapability = capabilities.value(QStringLiteral("capabilityQuery")).toString();
    i.changesSupported = changes == QLatin1String("objectidsonly") || changes == QLatin1String("properties")
                         || changes == QLatin1String("all");
    m_info = i;
    return *m_info;
}

QJsonObject Client::getObject(const QList<QPair<QString, QString>> &query, HttpResponse *raw)
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
    count(r);
    const QJsonDocument doc = m_http.parseJson(request, r);
    if (!doc.isObject())
        throw ConnectorError(m_http.errorText(request, QStringLiteral("the answer is not a JSON object")));
    return doc.object();
}

HttpRequest Client::queryRequest(const QString &statement, qint64 skip, int maxItems) const
{
    HttpRequest request;
    request.url = m_info->repositoryUrl;
    setEncodedQuery(request.url, {{QStringLiteral("cmisselector"), QStringLiteral("query")},
                                  {QStringLiteral("q"), statement},
                                  {QStringLiteral("maxItems"), QString::number(maxItems)},
                                  {QStringLiteral("skipCount"), QString::number(skip)},
                                  {QStringLiteral("succinct"), QStringLiteral("true")}});
    request.setHeader("Accept", "application/json");
    return request;
}

HttpRequest Client::rootRequest(const QString &objectId, const QString &selector) const
{
    HttpRequest request;
    request.url = m_info->rootFolderUrl;
    setEncodedQuery(request.url, {{QStringLiteral("objectId"), objectId},
                                  {QStringLiteral("cmisselector"), selector},
                                  {QStringLiteral("succinct"), QStringLiteral("true")}});
    request.setHeader("Accept", "application/json");
    return request;
}

HttpRequest Client::typeDefinitionRequest(const QString &typeId)
{
    HttpRequest request;
    request.url = info().repositoryUrl;
    setEncodedQuery(request.url, {{QStringLiteral("cmisselector"), QStringLiteral("typeDefinition")},
                                  {QStringLiteral("typeId"), typeId}});
    request.setHeader("Accept", "application/json");
    return request;
}

HttpResponse Client::sendAhead(const HttpRequest &request, const QList<HttpRequest> &expectedNext)
{
    const HttpResponse r = m_ahead.sendOk(request, expectedNext);
    count(r);
    return r;
}

QJsonArray Client::resultsOf(const QJsonObject &answer, const char *key, const QString &request) const
{
    try {
        return listOf(answer, key);
    } catch (const AnswerError &e) {
        throw pageRefused(m_repository.name, request, e);
    }
}

bool Client::hasMore(const QJsonObject &answer, const QString &request) const
{
    try {
        return hasMoreItems(answer);
    } catch (const AnswerError &e) {
        throw pageRefused(m_repository.name, request, e);
    }
}

QList<QJsonObject> Client::objectsById(const QString &type, const QString &conditions, const QStringList &ids)
{
    // The batches do not depend on each other: they are all known now and go out in parallel.
    QList<HttpRequest> batches;
    for (qsizetype i = 0; i < ids.size(); i += kIdsPerQuery) {
        QStringList quoted;
        for (const QString &id : ids.mid(i, kIdsPerQuery))
            quoted << stringLiteral(id);
        // The configured type, not cmis:document: a supertype query drops custom properties;
        // and a configured query's conditions, so that a change outside them stays outside.
        const QString statement =
            QStringLiteral("SELECT * FROM %1 WHERE %2cmis:objectId IN (%3)")
                .arg(type, conditions.isEmpty() ? QString() : QLatin1Char('(') + conditions + QStringLiteral(") AND "),
                     quoted.join(QLatin1Char(',')));
        batches << queryRequest(statement, 0, kIdsPerQuery);
    }
    QList<QJsonObject> out;
    for (qsizetype b = 0; b < batches.size(); ++b) {
        const HttpRequest &req = batches.at(b);
        const HttpResponse r = sendAhead(req, batches.mid(b + 1, m_ahead.depth()));
        const QJsonArray results = resultsOf(m_http.parseJson(req, r).object(), "results", req.label());
        for (const QJsonValue &v : results)
            out << flatProperties(v.toObject());
    }
    return out;
}

void Client::listAll(ObjectListing &listing, const QString &what,
                     const std::function<void(const QList<QJsonObject> &)> &take)
{
    while (!listing.done()) {
        const HttpRequest req = queryRequest(listing.statement(), listing.skip(), listing.maxItems());
        const HttpResponse r = sendAhead(req, {});
        const QJsonObject answer = m_http.parseJson(req, r).object();
        QList<QJsonObject> results;
        for (const QJsonValue &v : resultsOf(answer, "results", req.label()))
            results << flatProperties(v.toObject());
        try {
            take(listing.take(results, hasMore(answer, req.label())));
        } catch (const ObjectListing::Error &e) {
            throw ConnectorError(QStringLiteral("repository \"%1\": %2: %3 stopped after %4 objects: %5; nothing was "
                                                "concluded from it")
                                     .arg(m_repository.name, req.label(), what)
                                     .arg(listing.listed())
                                     .arg(QString::fromUtf8(e.what())));
        }
    }
    if (listing.restarts() > 0 || !listing.keyset())
        qCInfo(lcCmis) << m_repository.name << what << "listed" << listing.listed() << "objects; restarts"
                       << listing.restarts() << (listing.keyset() ? "by date" : "by skipCount");
}

} // namespace proofdesk::sync::cmis
