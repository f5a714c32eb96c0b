#include "cmisscope.h"

#include "cmisquerytranslation.h"
#include "cmissearch.h"
#include "sync/syncscope.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync::cmis {

ScopeCondition::ScopeCondition(const cache::RepositoryInfo &repository, Search &search, QString queryConditions)
    : m_repository(repository)
    , m_search(search)
    , m_queryConditions(std::move(queryConditions))
{}

QString ScopeCondition::condition()
{
    if (m_condition)
        return *m_condition;
    const SyncScope scope = SyncScope::ofSettings(m_repository.settings);
    QString condition;
    if (!scope.keepsEverything()) {
        // The statement's upper bound: it never keeps less than the desk's scope does (a
        // value the scope compares ignoring case is asked as every case form, or as a LIKE of
        // its shape), and the cache writer keeps exactly what the scope keeps of what comes.
        const Translation t = translate(scope.root(), scope.text(), m_search.target());
        condition = t.where;
        for (const QList<LeftOutPart> *parts : {&t.leftOut, &t.checked, &t.inexact})
            for (const LeftOutPart &part : *parts)
                qCInfo(lcCmis) << m_repository.name << "the sync scope's part" << part.part
                               << "is asked of the repository wider (" << part.reason << "): the desk applies it";
    }
    m_condition = condition;
    return condition;
}

QString ScopeCondition::listingConditions()
{
    QStringList conditions;
    for (const QString &c : {m_queryConditions, condition()})
        if (!c.isEmpty())
            conditions << c;
    if (conditions.size() < 2)
        return conditions.value(0); // the listing puts it in parentheses
    return QLatin1Char('(') + conditions.join(QStringLiteral(") AND (")) + QLatin1Char(')');
}

} // namespace proofdesk::sync::cmis
