#include "cmiscrawl.h"

#include "cmisanswer.h"
#include "cmiscataloguesync.h"
#include "cmisclient.h"
#include "cmiscommunicationreader.h"
#include "cmislisting.h"
#include "cmisobject.h"
#include "cmisscope.h"
#include "cmistypes.h"
#include "sync/http/vanishedids.h"
#include "sync/mappingsanity.h"

#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync::cmis {

namespace {

// Crawl pages overlap a little: a deletion between two page requests shifts the rest left,
// and the overlap keeps the first record of the next page from being skipped.
qint64 overlapAt(qint64 skip, int pageSize) { return qMin<qint64>(skip, qMax(1, pageSize / 20)); }

} // namespace

Crawl::Crawl(Client &client, Types &types, CommunicationReader &reader, CatalogueSync &catalogue, ScopeCondition &scope,
             const cache::RepositoryInfo &repository, Settings settings)
    : m_client(client)
    , m_types(types)
    , m_reader(reader)
    , m_catalogue(catalogue)
    , m_scope(scope)
    , m_repository(repository)
    , m_settings(std::move(settings))
{}

ChangePage Crawl::start(bool resync)
{
    CmisCursor cursor;
    cursor.phase = CmisCursor::Phase::Crawl;
    cursor.mapping = m_settings.fingerprint;
    cursor.resync = resync;
    // Noted before the crawl: changes made while it runs are replayed from the log after it.
    m_client.forgetInfo();
    m_client.dropAhead(); // pages sent ahead by an earlier crawl are older than the token
    m_total = -1;
    ++m_crawlsThisRun;
    cursor.token = m_client.info().changesSupported ? m_client.info().latestToken : QString();
    // A crawl from the start (a new repository, a changed mapping): its records say whether
    // the mapping fits before anyone believes the findings it leads to (MappingSanity).
    m_mappingSample.clear();
    m_checkMapping = !resync;
    ChangePage page = this->page(cursor);
    if (m_checkMapping) {
        m_mappingSample = page.communications.mid(0, 200);
        for (const QString &w : MappingSanity::valueWarnings(m_mappingSample))
            page.warnings << RejectedRecord{QStringLiteral("mapping"), 0, w};
    }
    return page;
}

QList<HttpRequest> Crawl::pagesAhead(const CmisCursor &cursor, const QString &statement) const
{
    // On their way while this page is awaited and parsed; if one comes back short, the
    // guesses are dropped. Not from the first page: a small repository answers in one page and
    // nothing is wasted, and the first answer's numItems (where given) keeps the guesses within
    // the repository.
    const int pageSize = m_settings.pageSize;
    QList<HttpRequest> next;
    for (qint64 skip = cursor.skip, i = 0; cursor.skip > 0 && i < m_client.readAhead(); ++i) {
        skip += pageSize - overlapAt(skip, pageSize);
        const qint64 from = skip - overlapAt(skip, pageSize);
        if (m_total >= 0 && from >= m_total)
            break;
        next << m_client.queryRequest(statement, from, pageSize);
    }
    return next;
}

ChangePage Crawl::page(CmisCursor cursor)
{
    const int pageSize = m_settings.pageSize;
    const qint64 overlap = overlapAt(cursor.skip, pageSize);
    const QString statement = this->statement();
    const HttpRequest req = m_client.queryRequest(statement, cursor.skip - overlap, pageSize);
    const QString request =
        QStringLiteral("GET %1 (query, skipCount %2)").arg(req.url.path()).arg(cursor.skip - overlap);
    const HttpResponse r = m_client.sendAhead(req, pagesAhead(cursor, statement));
    const QJsonDocument doc = m_client.http().parseJson(req, r);
    const QJsonArray results = m_client.resultsOf(doc.object(), "results", request);
    m_total = numItems(doc.object());
    ChangePage page;
    for (const QJsonValue &v : results)
        m_reader.take(flatProperties(v.toObject()), request, page);
    cursor.skip += results.size() - overlap;
    const qint64 bytes = m_client.bytesRead();
    page.bytesRead = bytes;
    if (m_client.hasMore(doc.object(), request) && results.size() > overlap) {
        page.more = true;
        // CMIS counts objects (numItems), not bytes: the crawl's total is estimated at this
        // page's bytes per result, for a progress percentage (and so that the sync engine
        // can tell a large first crawl, which it bulk-loads). 0 (unknown) without numItems.
        if (m_total > 0 && !results.isEmpty())
            page.bytesTotal =
                bytes + qint64(double(qMax<qint64>(0, m_total - cursor.skip)) * r.body.size() / results.size());
    } else {
        page.bytesTotal = bytes; // the crawl is done: 100 %
        finish(cursor, page);
    }
    page.nextCursor = cursor.toJson();
    return page;
}

void Crawl::finish(CmisCursor &cursor, ChangePage &page)
{
    m_client.dropAhead(); // pages guessed beyond the end
    reconcileIds(page);   // throws when the listing is incomplete: the page is not applied
    m_catalogue.crawl(page);
    if (m_checkMapping) { // the templates the repository has are all in this page now
        const QString w = MappingSanity::templateWarning(
            m_mappingSample.isEmpty() ? page.communications : m_mappingSample, page.templates, m_settings.dataDir);
        if (!w.isEmpty())
            page.warnings << RejectedRecord{QStringLiteral("mapping"), 0, w};
        m_checkMapping = false;
    }
    cursor.resync = false;
    cursor.skip = 0;
    cursor.lastEvent.clear();
    if (m_client.info().changesSupported) {
        cursor.phase = CmisCursor::Phase::Changes;
        cursor.fresh = true;
        page.more = true; // go on with the changes made during the crawl
    } else {
        cursor.phase = CmisCursor::Phase::CrawlDone;
        page.more = false;
    }
}

QString Crawl::statement()
{
    if (!m_settings.query.isEmpty())
        return m_settings.query;
    const QString type = m_types.documentType();
    const QString key = m_types.sortKeyOf(type);
    const QString scope = m_scope.condition();
    QString statement = QStringLiteral("SELECT * FROM %1").arg(type);
    if (!scope.isEmpty())
        statement += QStringLiteral(" WHERE ") + scope;
    return key.isEmpty() ? statement : statement + QStringLiteral(" ORDER BY %1 ASC").arg(key);
}

// The crawl pages by skipCount (fast, its pages requested ahead), which a deletion behind it
// shifts: live objects are stepped over, and unchanged ones never come back through the change
// log. The listing (cmislisting.h) pages by the type's orderable creation date instead, so that
// every object that exists from its start to its end is listed whatever is deleted or added
// meanwhile; it is then the proof of what is missing.
void Crawl::reconcileIds(ChangePage &page)
{
    VanishedIds compare(m_settings.dataDir, m_repository.id);
    const QString type = m_types.documentType();
    ObjectListing listing({QStringLiteral("cmis:objectId"), type, m_scope.listingConditions(), m_types.sortKeyOf(type),
                           m_settings.pageSize * 4});
    m_client.listAll(listing, QStringLiteral("the id listing"), [&](const QList<QJsonObject> &objects) {
        QStringList listed;
        listed.reserve(objects.size());
        for (const QJsonObject &o : objects)
            listed << o.value(QStringLiteral("cmis:objectId")).toString();
        compare.addListed(listed);
    });
    // Objects in this page are not in the cache yet: not missed.
    QSet<QString> inPage;
    for (const auto &c : std::as_const(page.communications))
        inPage.insert(c.repositoryObjectId);
    QStringList missed;
    for (const QString &id : compare.unknown())
        if (!inPage.contains(id))
            missed << id;
    if (!missed.isEmpty())
        qCInfo(lcCmis) << m_repository.name << "the crawl missed" << missed.size() << "objects: fetched by id";
    const QString request =
        QStringLiteral("GET %1 (objects the crawl missed)").arg(m_client.info().repositoryUrl.path());
    for (const QJsonObject &flat : m_reader.objectsById(missed))
        m_reader.take(flat, request, page);
    sortVanished(compare.vanished(), page);
}

void Crawl::sortVanished(const QStringList &vanished, ChangePage &page)
{
    if (vanished.isEmpty() || m_scope.condition().isEmpty()) {
        page.deletedObjectIds << vanished;
        return;
    }
    const QString request =
        QStringLiteral("GET %1 (objects outside the sync scope)").arg(m_client.info().repositoryUrl.path());
    QSet<QString> present;
    for (const QJsonObject &flat : m_reader.objectsById(vanished)) {
        present.insert(flat.value(QStringLiteral("cmis:objectId")).toString());
        m_reader.take(flat, request, page);
    }
    for (const QString &id : vanished)
        if (!present.contains(id))
            page.deletedObjectIds << id;
}

} // namespace proofdesk::sync::cmis
