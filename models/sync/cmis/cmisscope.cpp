// CmisConnector: the repository's sync scope (sync/syncscope.h, issue #28) on the repository's
// side. The crawl and the id listing ask for what the scope selects (its CMIS condition,
// cmisquerytranslation.h: never narrower than the desk's scope; where a part cannot be asked
// exactly, a wider condition, and the cache writer keeps the scope exactly). A cached object the scoped listing lacks
// has either left the scope or been deleted: it is asked again by id without the scope, and what the repository still
// has goes into the page as it is now (the cache writer removes it from the cache, or keeps it when a hold, a reissue
// or an open exception case does); only what the repository no longer has is deleted. So a held communication that left
// the scope is never marked deleted in the repository.
#include "cmisconnector.h"
#include "cmisquerytranslation.h"
#include "sync/syncscope.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync {

QString CmisConnector::scopeCondition()
{
    if (m_scopeCondition)
        return *m_scopeCondition;
    const SyncScope scope = SyncScope::ofSettings(m_repository.settings);
    QString condition;
    if (!scope.keepsEverything()) {
        // The statement's upper bound: it never keeps less than the desk's scope does (a
        // value the scope compares ignoring case is asked as every case form, or as a LIKE of
        // its shape), and the cache writer keeps exactly what the scope keeps of what comes.
        const cmis::Translation t = cmis::translate(scope.root(), scope.text(), searchTarget());
        condition = t.where;
        for (const QList<cmis::LeftOutPart> *parts : {&t.leftOut, &t.checked, &t.inexact})
            for (const cmis::LeftOutPart &part : *parts)
                qCInfo(lcCmis) << m_repository.name << "the sync scope's part" << part.part
                               << "is asked of the repository wider (" << part.reason << "): the desk applies it";
    }
    m_scopeCondition = condition;
    return condition;
}

QString CmisConnector::listingConditions()
{
    QStringList conditions;
    for (const QString &c : {cmis::ObjectListing::conditionsOf(m_query), scopeCondition()})
        if (!c.isEmpty())
            conditions << c;
    if (conditions.size() < 2)
        return conditions.value(0); // the listing puts it in parentheses
    return QLatin1Char('(') + conditions.join(QStringLiteral(") AND (")) + QLatin1Char(')');
}

void CmisConnector::sortVanished(const QStringList &vanished, ChangePage &page)
{
    if (vanished.isEmpty() || scopeCondition().isEmpty()) {
        page.deletedObjectIds << vanished;
        return;
    }
    const QString request = QStringLiteral("GET %1 (objects outside the sync scope)").arg(info().repositoryUrl.path());
    QSet<QString> present;
    for (const QJsonObject &flat : objectsById(vanished)) {
        present.insert(flat.value(QStringLiteral("cmis:objectId")).toString());
        takeObject(flat, request, page);
    }
    for (const QString &id : vanished)
        if (!present.contains(id))
            page.deletedObjectIds << id;
}

} // namespace proofdesk::sync
