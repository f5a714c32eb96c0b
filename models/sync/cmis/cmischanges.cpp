// CmisConnector: the change log (contentChanges) part.
#include "cmisconnector.h"

#include "cmisobject.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync {

ChangePage CmisConnector::changesPage(CmisCursor cursor)
{
    QList<QPair<QString, QString>> query = {{QStringLiteral("cmisselector"), QStringLiteral("contentChanges")},
                                            {QStringLiteral("includeProperties"), QStringLiteral("true")},
                                            {QStringLiteral("maxItems"), QString::number(m_pageSize)},
                                            {QStringLiteral("succinct"), QStringLiteral("true")}};
    if (!cursor.token.isEmpty())
        query.append({QStringLiteral("changeLogToken"), cursor.token});
    HttpResponse raw;
    const QJsonObject answer = getObject(query, &raw);
    const QString request = QStringLiteral("GET %1 (contentChanges from token %2)")
                                .arg(info().repositoryUrl.path(), cursor.token);
    if (raw.status == 400 || raw.status == 409) {
        // The repository no longer knows the token: the only safe way on is a full re-crawl.
        qCInfo(lcCmis) << m_repository.name << "token refused, full resync:" << HttpSession::serverMessage(raw);
        return startCrawl(true);
    }
    if (!raw.isSuccess()) {
        HttpRequest req;
        req.url = info().repositoryUrl;
        m_http.fail(req, raw);
    }
    const QJsonArray objects = resultsOf(answer, "objects", request);
    qsizetype first = 0;
    if (!cursor.lastEvent.isEmpty()) {
        if (objects.isEmpty() || cmis::eventKey(objects.first().toObject()) != cursor.lastEvent) {
            qCInfo(lcCmis) << m_repository.name << "change log truncated after" << cursor.lastEvent << ": full resync";
            return startCrawl(true);
        }
        first = 1; // the expected repeat of the last event applied
    }
    // The latest event per object decides: updated then deleted is a deletion, and the
    // other way round a record. Objects still present are read again as they are now.
    QStringList order;
    QHash<QString, bool> deleted;
    for (qsizetype i = first; i < objects.size(); ++i) {
        const QJsonObject event = objects.at(i).toObject();
        const QString id = cmis::flatProperties(event).value(QStringLiteral("cmis:objectId")).toString();
        if (id.isEmpty())
            continue;
        if (!deleted.contains(id))
            order << id;
        deleted.insert(id, cmis::changeType(event) == QLatin1String("deleted"));
    }
    ChangePage page;
    QStringList live;
    for (const QString &id : std::as_const(order))
        (deleted.value(id) ? page.deletedCommunicationIds : live) << id;
    for (const QJsonObject &flat : objectsById(live))
        takeObject(flat, request, page);

    const QJsonValue next = answer.value(QStringLiteral("changeLogToken"));
    if (next.isString() && !next.toString().isEmpty())
        cursor.token = next.toString();
    if (!objects.isEmpty())
        cursor.lastEvent = cmis::eventKey(objects.last().toObject());
    page.more = hasMore(answer, request) && objects.size() > first;
    page.nextCursor = cursor.toJson();
    page.bytesRead = m_bytes;
    return page;
}

QString CmisConnector::fetchDocument(const DocumentRef &ref)
{
    QUrl url = info().rootFolderUrl;
    url.setQuery(QUrlQuery{{QStringLiteral("objectId"), ref.location},
                           {QStringLiteral("cmisselector"), QStringLiteral("content")}});
    return download(url, ref);
}

} // namespace proofdesk::sync
