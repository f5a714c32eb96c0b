#include "cmischangefeed.h"

#include "cmisanswer.h"
#include "cmiscataloguesync.h"
#include "cmisclient.h"
#include "cmiscommunicationreader.h"
#include "cmiscrawl.h"
#include "cmisobject.h"
#include "cmistypes.h"
#include "sync/http/vanishedids.h"

#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync::cmis {

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

ChangeFeed::ChangeFeed(Client &client, Types &types, CommunicationReader &reader, CatalogueSync &catalogue,
                       Crawl &crawl, const cache::RepositoryInfo &repository, QString dataDir, int pageSize)
    : m_client(client)
    , m_types(types)
    , m_reader(reader)
    , m_catalogue(catalogue)
    , m_crawl(crawl)
    , m_repository(repository)
    , m_dataDir(std::move(dataDir))
    , m_pageSize(pageSize)
{}

ChangePage ChangeFeed::page(CmisCursor cursor)
{
    HttpResponse raw;
    const QJsonObject answer = m_client.getObject(changesQuery(cursor.token, m_pageSize), &raw);
    const QString request =
        QStringLiteral("GET %1 (contentChanges from token %2)").arg(m_client.info().repositoryUrl.path(), cursor.token);
    if (raw.status == 400 || raw.status == 409) {
        // The repository no longer knows the token: the only safe way on is a full re-crawl,
        // unless it refuses the token it gave as its latest when our crawl began.
        refuseResyncLoop(
            cursor,
            QStringLiteral("refused the change log token %1 (%2)").arg(cursor.token, HttpSession::serverMessage(raw)));
        qCInfo(lcCmis) << m_repository.name << "token refused, full resync:" << HttpSession::serverMessage(raw);
        return m_crawl.start(true);
    }
    if (!raw.isSuccess()) {
        HttpRequest req;
        req.url = m_client.info().repositoryUrl;
        m_client.http().fail(req, raw);
    }
    const QJsonArray objects = m_client.resultsOf(answer, "objects", request);
    qsizetype first = 0;
    if (!cursor.lastEvent.isEmpty()) {
        if (objects.isEmpty() || eventKey(objects.first().toObject()) != cursor.lastEvent) {
            refuseResyncLoop(cursor, QStringLiteral("answered token %1 without the event it last gave (%2)")
                                         .arg(cursor.token, cursor.lastEvent));
            qCInfo(lcCmis) << m_repository.name << "change log truncated after" << cursor.lastEvent << ": full resync";
            return m_crawl.start(true);
        }
        first = 1; // the expected repeat of the last event applied
    }
    ChangePage page;
    takeEvents(objects, first, request, page);
    const QJsonValue next = answer.value(QStringLiteral("changeLogToken"));
    if (next.isString() && !next.toString().isEmpty())
        cursor.token = next.toString();
    if (!objects.isEmpty())
        cursor.lastEvent = eventKey(objects.last().toObject());
    cursor.fresh = false; // the token the crawl noted was honoured
    page.more = m_client.hasMore(answer, request) && objects.size() > first;
    page.nextCursor = cursor.toJson();
    page.bytesRead = m_client.bytesRead();
    return page;
}

// The latest event per object decides (readChangeEvents): a deletion by its object id; an
// object still present is read again as it is now.
void ChangeFeed::takeEvents(const QJsonArray &objects, qsizetype first, const QString &request, ChangePage &page)
{
    const ChangeEvents events = readChangeEvents(objects, first);
    QStringList live, communications;
    for (const QString &id : events.order)
        (events.deleted.value(id) ? page.deletedObjectIds : live) << id; // by cmis:objectId
    // A template or block version (by the event's type, or a subtype of it) is not asked for
    // as a communication.
    for (const QString &id : std::as_const(live))
        if (!m_types.catalogueKindOf(events.typeOf.value(id)))
            communications << id;
    readChanged(communications, request, page);
    m_catalogue.refresh(live, events.typeOf, page);
}

// The objects the change log says changed, read again by id. Those the lookup did not return: an object of
// another type, or outside a configured query, is none of the cache's business; but one the
// cache holds keeps a record that is no longer the repository's (a hold placed there never
// reaches it), so each is a warning of the page, and the sync says so (exit 1).
void ChangeFeed::readChanged(const QStringList &ids, const QString &request, ChangePage &page)
{
    QSet<QString> found;
    for (const QJsonObject &flat : m_reader.objectsById(ids)) {
        found.insert(flat.value(QStringLiteral("cmis:objectId")).toString());
        m_reader.take(flat, request, page);
    }
    QStringList unread;
    for (const QString &id : ids)
        if (!found.contains(id))
            unread << id;
    for (const QString &id : VanishedIds::cachedAmong(m_dataDir, m_repository.id, unread))
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
void ChangeFeed::refuseResyncLoop(const CmisCursor &cursor, const QString &what)
{
    if (!cursor.fresh)
        return;
    m_client.forgetInfo();
    if (m_crawl.crawlsThisRun() == 0 && m_client.info().latestToken != cursor.token)
        return;
    throw ConnectorError(QStringLiteral("repository \"%1\" %2, though it gave that token as its latest "
                                        "when the crawl now in the cache began; not crawling again. "
                                        "The repository's change log needs its administrator; the "
                                        "next sync tries again.")
                             .arg(m_repository.name, what));
}

} // namespace proofdesk::sync::cmis
