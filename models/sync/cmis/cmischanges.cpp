// CmisConnector: the change log (contentChanges) part.
#include "cmisanswer.h"
#include "cmisconnector.h"
#include "cmisobject.h"
#include "sync/http/urlencoding.h"
#include "sync/http/vanishedids.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync {

namespace {

// The parameters of a contentChanges request for one page from `token` (from the start of
// the log when it is empty).
QList<QPair<QString, QString>> changesQuery(const QString &token, int pageSize)
{
    QList<QPair<QString, QString>> query = {{QStringLiteral("cmisselector"), QStringLiteral("contentChanges")},
                                            {QStringLiteral("includeProperties"), QStringLiteral("true")},
                                            {QStringLiteral("maxItems"), QString::number(pageSize)},
                                            {QStringLiteral("succinct"), QStringLiteral("true")}};
    if (!token.isEmpty())
        query.append({QStringLiteral("changeLogToken"), token});
    return query;
}

} // namespace

ChangePage CmisConnector::changesPage(CmisCursor cursor)
{
    HttpResponse raw;
    const QJsonObject answer = getObject(changesQuery(cursor.token, m_pageSize), &raw);
    const QString request =
        QStringLiteral("GET %1 (contentChanges from token %2)").arg(info().repositoryUrl.path(), cursor.token);
    if (raw.status == 400 || raw.status == 409) {
        // The repository no longer knows the token: the only safe way on is a full re-crawl,
        // unless it refuses the token it gave as its latest when our crawl began.
        refuseResyncLoop(
            cursor,
            QStringLiteral("refused the change log token %1 (%2)").arg(cursor.token, HttpSession::serverMessage(raw)));
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
            refuseResyncLoop(cursor, QStringLiteral("answered token %1 without the event it last gave (%2)")
                                         .arg(cursor.token, cursor.lastEvent));
            qCInfo(lcCmis) << m_repository.name << "change log truncated after" << cursor.lastEvent << ": full resync";
            return startCrawl(true);
        }
        first = 1; // the expected repeat of the last event applied
    }
    // The latest event per object decides (cmis::readChangeEvents). Objects still present are
    // read again as they are now.
    const cmis::ChangeEvents events = cmis::readChangeEvents(objects, first);
    ChangePage page;
    QStringList live, communications;
    for (const QString &id : events.order)
        (events.deleted.value(id) ? page.deletedObjectIds : live) << id; // by cmis:objectId
    // A template or block version (by the event's type, or a subtype of it) is not asked for
    // as a communication.
    for (const QString &id : std::as_const(live))
        if (!catalogueKindOf(events.typeOf.value(id)))
            communications << id;
    readChanged(communications, request, page);
    refreshCatalogue(live, events.typeOf, page);

    const QJsonValue next = answer.value(QStringLiteral("changeLogToken"));
    if (next.isString() && !next.toString().isEmpty())
        cursor.token = next.toString();
    if (!objects.isEmpty())
        cursor.lastEvent = cmis::eventKey(objects.last().toObject());
    cursor.fresh = false; // the token the crawl noted was honoured
    page.more = hasMore(answer, request) && objects.size() > first;
    page.nextCursor = cursor.toJson();
    page.bytesRead = m_bytes;
    return page;
}

// The objects the change log says changed, read again by id. Those the lookup did not return: an object of
// another type, or outside a configured query, is none of the cache's business; but one the
// cache holds keeps a record that is no longer the repository's (a hold placed there never
// reaches it), so each is a warning of the page, and the sync says so (exit 1).
void CmisConnector::readChanged(const QStringList &ids, const QString &request, ChangePage &page)
{
    QSet<QString> found;
    for (const QJsonObject &flat : objectsById(ids)) {
        found.insert(flat.value(QStringLiteral("cmis:objectId")).toString());
        takeObject(flat, request, page);
    }
    QStringList unread;
    for (const QString &id : ids)
        if (!found.contains(id))
            unread << id;
    for (const QString &id : VanishedIds::cachedAmong(m_env.dataDir, m_repository.id, unread))
        page.warnings << RejectedRecord{
            request, 0,
            QStringLiteral("object %1 changed in the repository, but asking for it by its id "
                           "returned nothing; its cached record is as it was")
                .arg(id)};
}

// A token noted at the start of a crawl, refused when the crawl is done: crawling again
// would end the same way, over and over (a repository that refuses its own latest token).
// Once per sync run a re-crawl is allowed, and on a later run only if the repository has
// moved on to another latest token; otherwise the sync stops with this error, keeping
// every page applied, and the next sync tries the token again.
void CmisConnector::refuseResyncLoop(const CmisCursor &cursor, const QString &what)
{
    if (!cursor.fresh)
        return;
    m_info.reset();
    if (m_crawlsThisRun == 0 && info().latestToken != cursor.token)
        return;
    throw ConnectorError(QStringLiteral("repository \"%1\" %2, though it gave that token as its latest "
                                        "when the crawl now in the cache began; not crawling again. "
                                        "The repository's change log needs its administrator; the "
                                        "next sync tries again.")
                             .arg(m_repository.name, what));
}

QUrl CmisConnector::contentUrl(QUrl rootFolder, const DocumentRef &ref)
{
    setEncodedQuery(rootFolder, {{QStringLiteral("objectId"), ref.location},
                                 {QStringLiteral("cmisselector"), QStringLiteral("content")}});
    return rootFolder;
}

QString CmisConnector::fetchDocument(const DocumentRef &ref)
{
    return download(contentUrl(info().rootFolderUrl, ref), ref);
}

} // namespace proofdesk::sync
