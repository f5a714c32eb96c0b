// AspaceConnector: searching the repository past the cache (`search --remote`, DESIGN.md
// "Beyond one machine"). ArchivesSpace's search API answers pages of {first_page, last_page,
// this_page, total_hits, results}, each result carrying the record as a JSON string ("json");
// the records are mapped as a sync maps them. The pages come newest first by create_time
// (`sort=create_time desc`), the only date the search can sort by.
#include "aspaceanswer.h"
#include "aspaceconnector.h"
#include "sync/http/urlencoding.h"

#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::sync {

aspace::SearchTarget AspaceConnector::searchTarget() const
{
    aspace::SearchTarget target;
    target.repository = m_repository.name;
    target.source = [mapping = m_mapping](const QString &field) { return mapping.source(field); };
    return target;
}

AspaceConnector::SearchPage AspaceConnector::searchPage(const QByteArray &aq, int page, int pageSize)
{
    // "digital_objects" (the path) is the record type "digital_object".
    const QString type = m_recordType.endsWith(QLatin1Char('s')) ? m_recordType.chopped(1) : m_recordType;
    QList<QPair<QString, QString>> items{{QStringLiteral("page"), QString::number(page)},
                                         {QStringLiteral("page_size"), QString::number(pageSize)},
                                         {QStringLiteral("type[]"), type},
                                         {QStringLiteral("sort"), QStringLiteral("create_time desc")}};
    if (!aq.isEmpty())
        items.append({QStringLiteral("aq"), QString::fromUtf8(aq)});
    HttpRequest request;
    request.url = resolve(QStringLiteral("/repositories/%1/search").arg(m_repoId));
    setEncodedQuery(request.url, items); // a '+' in a value is no space to the server
    request.setHeader("Accept", "application/json");
    SearchPage out;
    out.request = QStringLiteral("GET %1?%2").arg(request.url.path(), request.url.query(QUrl::FullyDecoded));
    const HttpResponse r = m_http.sendOk(request);
    m_bytes += r.body.size();
    const QJsonObject answer = m_http.parseJson(request, r).object();
    const QString what = QStringLiteral("GET %1 (search, page %2)").arg(request.url.path()).arg(page);
    if (!answer.value(QStringLiteral("results")).isArray())
        throw ConnectorError(
            QStringLiteral("repository \"%1\": %2: the answer has no list of results").arg(m_repository.name, what));
    QJsonArray records;
    for (const QJsonValue &v : answer.value(QStringLiteral("results")).toArray()) {
        const QJsonObject result = v.toObject();
        const QJsonDocument record = QJsonDocument::fromJson(result.value(QStringLiteral("json")).toString().toUtf8());
        if (record.isObject())
            records.append(record.object());
        else
            out.page.rejected << RejectedRecord{
                what, 0,
                QStringLiteral("%1: its \"json\" is not a record").arg(result.value(QStringLiteral("uri")).toString())};
    }
    const std::optional<aspace::RecordBatch> read = aspace::readRecords(QJsonDocument(records), m_mapping, what);
    out.page.communications = read->communications; // a list always reads
    out.page.rejected << read->rejected;
    out.page.warnings << read->warnings;
    out.page.more =
        answer.value(QStringLiteral("this_page")).toInt() < answer.value(QStringLiteral("last_page")).toInt();
    out.page.bytesRead = m_bytes;
    if (answer.value(QStringLiteral("total_hits")).isDouble())
        out.totalHits = qint64(answer.value(QStringLiteral("total_hits")).toDouble());
    return out;
}

} // namespace proofdesk::sync
