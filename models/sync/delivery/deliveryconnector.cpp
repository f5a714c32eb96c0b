#include "deliveryconnector.h"

#include "sync/drop/droprecordparser.h"
#include "sync/http/urlencoding.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

ChangePage DeliveryConnector::fetchChanges(const QByteArray &cursor)
{
    const int limit = intSetting("page_size", 1000);
    HttpRequest request;
    request.url = QUrl(m_repository.url);
    QueryItems q = queryItemsOf(request.url); // the feed URL may carry its own (a token)
    if (!cursor.isEmpty())
        q.append({QStringLiteral("after"), QString::fromUtf8(cursor)});
    q.append({QStringLiteral("limit"), QString::number(limit)});
    setEncodedQuery(request.url, q);
    request.setHeader("Accept", "application/x-ndjson");
    if (!user().isEmpty())
        request.setHeader("Authorization", "Bearer " + secret().toUtf8());
    const HttpResponse r = m_http.sendOk(request);
    m_bytes += r.body.size();
    if (!r.body.isEmpty() && !r.body.endsWith('\n'))
        throw ConnectorError(m_http.errorText(request, QStringLiteral("the answer ends in the middle of a line "
                                                                      "(cut off?); the page was not applied")));
    ChangePage page;
    page.nextCursor = cursor;
    const QList<QByteArray> lines = r.body.split('\n');
    int count = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        ++count;
        const QJsonValue next = QJsonDocument::fromJson(line).object().value(QStringLiteral("cursor"));
        auto parsed = DropRecordParser::deliveryEvent(line);
        if (parsed.record)
            page.deliveryEvents << std::move(*parsed.record);
        else
            page.rejected << RejectedRecord{request.label(), i + 1, parsed.reason};
        if (next.isString() && !next.toString().isEmpty())
            page.nextCursor = next.toString().toUtf8();
        else if (next.isDouble())
            page.nextCursor = QByteArray::number(qint64(next.toDouble()));
    }
    page.more = count >= limit && page.nextCursor != cursor;
    page.bytesRead = m_bytes;
    return page;
}

} // namespace proofdesk::sync
