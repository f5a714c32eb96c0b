// CmisConnector: the id listing that ends every crawl. The crawl pages by skipCount (fast,
// its pages requested ahead), which a deletion behind it shifts: live objects are stepped
// over, and unchanged ones never come back through the change log. The listing pages by a
// keyset instead, so that every object that exists from its start to its end is listed
// whatever is deleted or added meanwhile; it is then the proof of what is missing.
#include "cmisconnector.h"

#include "cmisobject.h"
#include "sync/http/vanishedids.h"
#include "sync/repositoryprofiles.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync {

namespace {

QString quoted(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("\\'")) + QLatin1Char('\'');
}

} // namespace

QString CmisConnector::documentType() const
{
    return cmisTypeOf(m_repository.settings);
}

// The configured query's type and conditions, its select list and order replaced.
QString CmisConnector::idListingStatement(const QString &after) const
{
    static const QRegularExpression select(QStringLiteral("^\\s*SELECT\\s+.*?\\s+FROM\\s"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression orderBy(QStringLiteral("\\s+ORDER\\s+BY\\s.*$"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression where(QStringLiteral("\\sWHERE\\s"), QRegularExpression::CaseInsensitiveOption);
    QString statement = m_query;
    statement.replace(select, QStringLiteral("SELECT cmis:objectId FROM "));
    statement.remove(orderBy);
    if (!after.isEmpty()) {
        const QString bound = QStringLiteral("cmis:objectId > ") + quoted(after);
        const QRegularExpressionMatch w = where.match(statement);
        if (w.hasMatch()) // the query's own conditions kept whole: "a OR b" stays one term
            statement = statement.left(w.capturedEnd()) + QLatin1Char('(') + statement.mid(w.capturedEnd())
                        + QStringLiteral(") AND ") + bound;
        else
            statement += QStringLiteral(" WHERE ") + bound;
    }
    return statement + QStringLiteral(" ORDER BY cmis:objectId ASC");
}

void CmisConnector::reconcileIds(ChangePage &page)
{
    VanishedIds compare(m_env.dataDir, m_repository.id);
    const int batch = m_pageSize * 4;
    QString last;
    for (;;) {
        const HttpRequest req = queryRequest(idListingStatement(last), 0, batch);
        const QJsonObject answer = m_http.parseJson(req, m_ahead.sendOk(req, {})).object();
        const QJsonArray results = resultsOf(answer, "results", req.label());
        const bool more = hasMore(answer, req.label());
        QStringList listed;
        listed.reserve(results.size());
        for (const QJsonValue &v : results)
            listed << cmis::flatProperties(v.toObject()).value(QStringLiteral("cmis:objectId")).toString();
        // A page that claims more but brings nothing new would end the listing short, and
        // every object after it would look deleted: nothing is concluded from it.
        if (more && (listed.isEmpty() || listed.last().isEmpty() || listed.last() == last))
            throw ConnectorError(QStringLiteral("repository \"%1\": %2: the id listing stopped after %3 "
                                                "while the repository says more follow; nothing was deleted")
                                     .arg(m_repository.name, req.label(), last.isEmpty() ? QStringLiteral("the start") : last));
        compare.addListed(listed);
        if (!more)
            break;
        last = listed.last();
    }
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
    const QString request = QStringLiteral("GET %1 (objects the crawl missed)").arg(info().repositoryUrl.path());
    for (const QJsonObject &flat : objectsById(missed))
        takeObject(flat, request, page);
    page.deletedObjectIds << compare.vanished();
}

} // namespace proofdesk::sync
