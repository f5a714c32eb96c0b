#include "aspaceconnector.h"

#include "aspaceanswer.h"
#include "aspacerecord.h"
#include "idranges.h"
#include "sync/http/httpdate.h"
#include "sync/http/urlencoding.h"
#include "sync/mappingsanity.h"
#include "sync/repositoryprofiles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace proofdesk::sync {

namespace {
constexpr int kDefaultReadAhead = 2;
} // namespace

struct AspaceConnector::Cursor
{
    qint64 since = 0;      // epoch seconds: the start of the last finished cycle
    qint64 cycleStart = 0; // of the cycle in progress (0: none)
    QList<qint64> pending; // still to fetch in this cycle
    QList<qint64> known;   // ids applied to the cache (for suppression detection)

    static Cursor fromJson(const QByteArray &json)
    {
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        Cursor c;
        c.since = qint64(o.value(QStringLiteral("since")).toDouble());
        c.cycleStart = qint64(o.value(QStringLiteral("cycle")).toDouble());
        c.pending = IdRanges::decode(o.value(QStringLiteral("pending")).toString().toLatin1());
        c.known = IdRanges::decode(o.value(QStringLiteral("known")).toString().toLatin1());
        return c;
    }
    QByteArray toJson() const
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                         {QStringLiteral("since"), double(since)},
                                         {QStringLiteral("cycle"), double(cycleStart)},
                                         {QStringLiteral("pending"), QString::fromLatin1(IdRanges::encode(pending))},
                                         {QStringLiteral("known"), QString::fromLatin1(IdRanges::encode(known))}})
            .toJson(QJsonDocument::Compact);
    }
};

AspaceConnector::AspaceConnector(const cache::RepositoryInfo &repository, ConnectorEnvironment environment)
    : NetworkConnector(repository, std::move(environment))
    , m_auth(QUrl(repository.url.endsWith(QLatin1Char('/')) ? repository.url : repository.url + QLatin1Char('/')),
             user(), [this] { return secret(); })
    , m_mapping(aspace::mappingOf(repository.settings))
    , m_repoId(setting("repo_id", QStringLiteral("2")).toLongLong())
    , m_recordType(setting("record_type", QStringLiteral("digital_objects")))
    , m_batch(qMin(kMaxBatch, intSetting("page_size", kMaxBatch)))
    , m_prefetch(repository.settings.value(QStringLiteral("prefetch")).toBool())
    , m_prefetcher(intSetting("prefetch_parallel", DocumentPrefetch::kDefaultInFlight))
    , m_ahead(m_http, qBound(0, setting("read_ahead", QString::number(kDefaultReadAhead)).toInt(), 8))
{
    m_http.setAuth(&m_auth);
}

QUrl AspaceConnector::url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl u = resolve(path);
    if (!query.isEmpty())
        setEncodedQuery(u, query);
    return u;
}

QJsonDocument AspaceConnector::getJson(const QUrl &u, qint64 *serverTime)
{
    HttpRequest request;
    request.url = u;
    request.setHeader("Accept", "application/json");
    const HttpResponse r = m_http.sendOk(request);
    m_bytes += r.body.size();
    if (serverTime) {
        const QDateTime date = parseHttpDate(r.header("Date"), QDateTime::currentDateTimeUtc());
        *serverTime = date.isValid() ? date.toSecsSinceEpoch() : 0;
    }
    return m_http.parseJson(request, r);
}

qint64 AspaceConnector::idOfUri(const QString &uri) const
{
    const QString prefix = QStringLiteral("/repositories/%1/%2/").arg(m_repoId).arg(m_recordType);
    return uri.startsWith(prefix) ? uri.mid(prefix.size()).toLongLong() : 0;
}

QList<qint64> AspaceConnector::idList(qint64 modifiedSince, qint64 *serverTime)
{
    QList<QPair<QString, QString>> query{{QStringLiteral("all_ids"), QStringLiteral("true")}};
    if (modifiedSince > 0)
        query.append({QStringLiteral("modified_since"), QString::number(modifiedSince)});
    const QUrl u = url(QStringLiteral("/repositories/%1/%2").arg(m_repoId).arg(m_recordType), query);
    QString problem;
    const std::optional<QList<qint64>> ids = aspace::readIdList(getJson(u, serverTime), &problem);
    if (!ids)
        throw ConnectorError(
            QStringLiteral("repository \"%1\": GET %2 (all_ids): %3").arg(m_repository.name, u.path(), problem));
    return *ids;
}

QList<qint64> AspaceConnector::deleteFeed(qint64 modifiedSince)
{
    QList<qint64> ids;
    for (int page = 1;; ++page) {
        const QJsonObject answer = getJson(url(QStringLiteral("/delete-feed"),
                                               {{QStringLiteral("modified_since"), QString::number(modifiedSince)},
                                                {QStringLiteral("page"), QString::number(page)}}))
                                       .object();
        for (const QJsonValue &v : answer.value(QStringLiteral("results")).toArray())
            if (const qint64 id = idOfUri(v.toString()))
                ids << id;
        if (answer.value(QStringLiteral("last_page")).toInt() <= page)
            return ids;
    }
}

ChangePage AspaceConnector::fetchChanges(const QByteArray &cursorJson)
{
    Cursor cursor = Cursor::fromJson(cursorJson);
    ChangePage page;
    const bool first = cursor.cycleStart == 0 && cursor.since == 0; // the repository's first sync
    if (cursor.cycleStart == 0)
        page = startCycle(cursor);
    fetchBatch(cursor, page);
    if (first) // whether the mapping fits this layout, before findings are believed (MappingSanity)
        checkMapping(page);
    if (m_prefetch)
        m_prefetcher.fetchAll(
            page, [this](const DocumentRef &ref) { return download(resolve(ref.location), ref); }, &m_proven);
    if (cursor.pending.isEmpty()) {
        cursor.since = cursor.cycleStart;
        cursor.cycleStart = 0;
    }
    page.more = !cursor.pending.isEmpty();
    page.nextCursor = cursor.toJson();
    page.bytesRead = m_bytes;
    return page;
}

void AspaceConnector::checkMapping(ChangePage &page) const
{
    QStringList warnings = MappingSanity::valueWarnings(page.communications);
    // ArchivesSpace keeps no templates: the data folder's are all there are.
    if (const QString w = MappingSanity::templateWarning(page.communications, {}, m_env.dataDir); !w.isEmpty())
        warnings << w;
    for (const QString &w : std::as_const(warnings))
        page.warnings << RejectedRecord{QStringLiteral("mapping"), 0, w};
}

ChangePage AspaceConnector::startCycle(Cursor &cursor)
{
    m_ahead.clear(); // batches guessed from the last cycle's list
    const qint64 from = cursor.since > 0 ? cursor.since - kOverlapSeconds : 0;
    qint64 serverNow = 0;
    const QList<qint64> all = idList(0, &serverNow);
    // Taken before the modified list is asked for, so nothing modified in between is missed.
    // A server that sends no Date (none known does) leaves only this machine's clock.
    cursor.cycleStart = serverNow > 0 ? serverNow : QDateTime::currentSecsSinceEpoch();
    const QList<qint64> modified = from > 0 ? idList(from) : all;
    QSet<qint64> present(all.begin(), all.end());
    ChangePage page;
    if (from > 0) {
        for (const qint64 id : deleteFeed(from))
            present.remove(id);
    }
    // Known ids missing from the list were deleted or suppressed: both leave the cache.
    QList<qint64> stillKnown;
    for (const qint64 id : std::as_const(cursor.known)) {
        if (present.contains(id))
            stillKnown << id;
        else
            page.deletedObjectIds << aspace::uriOf(m_repoId, m_recordType, id); // the record's uri
    }
    cursor.known = stillKnown;
    cursor.pending.clear();
    for (const qint64 id : modified)
        if (present.contains(id))
            cursor.pending << id;
    return page;
}

HttpRequest AspaceConnector::batchRequest(const QList<qint64> &ids) const
{
    QStringList text;
    for (const qint64 id : ids)
        text << QString::number(id);
    HttpRequest request;
    request.url = url(QStringLiteral("/repositories/%1/%2").arg(m_repoId).arg(m_recordType),
                      {{QStringLiteral("id_set"), text.join(QLatin1Char(','))}});
    request.setHeader("Accept", "application/json");
    return request;
}

void AspaceConnector::fetchBatch(Cursor &cursor, ChangePage &page)
{
    const QList<qint64> batch = cursor.pending.mid(0, m_batch);
    if (batch.isEmpty())
        return;
    const HttpRequest req = batchRequest(batch);
    // The batches after this one are known now: they go out while this one is mapped and
    // written (the records are read-only GETs, safe to send twice).
    QList<HttpRequest> next;
    for (qsizetype at = batch.size(); at < cursor.pending.size() && next.size() < m_ahead.depth(); at += m_batch)
        next << batchRequest(cursor.pending.mid(at, m_batch));
    const HttpResponse r = m_ahead.sendOk(req, next);
    m_bytes += r.body.size();
    const QJsonDocument doc = m_http.parseJson(req, r);
    const QString request = QStringLiteral("GET %1 (id_set of %2)").arg(req.url.path()).arg(batch.size());
    std::optional<aspace::RecordBatch> read = aspace::readRecords(doc, m_mapping, request);
    if (!read)
        throw ConnectorError(QStringLiteral("repository \"%1\": %2: the answer is not a list of records; "
                                            "the page was not applied")
                                 .arg(m_repository.name, request));
    page.rejected << read->rejected;
    page.warnings << read->warnings;
    for (domain::Communication &c : read->communications) {
        if (const qint64 id = idOfUri(c.repositoryObjectId)) // not `id`: it may be mapped
            cursor.known << id;
        page.communications << std::move(c);
    }
    cursor.pending = cursor.pending.mid(batch.size());
}

QString AspaceConnector::fetchDocument(const DocumentRef &ref) { return download(resolve(ref.location), ref); }

} // namespace proofdesk::sync
