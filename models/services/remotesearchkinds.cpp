#include "remotesearchkinds.h"

#include "sync/archivesspace/aspaceconnector.h"
#include "sync/cmis/cmisconnector.h"
#include "sync/cmis/cmisquerytranslation.h"
#include "sync/syncscope.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRemoteSearch)

namespace proofdesk::services {

namespace {

// The repository's sync scope (a search-syntax query, "scope" in its settings), as a
// condition that holds for everything outside it (and maybe some of what is inside: a
// string the scope compares ignoring case, which CMIS cannot); empty when it has none or
// nothing narrower can be said. *exact: it holds for what is outside only.
QString outsideScope(const sync::SyncScope &scope, const sync::cmis::SearchTarget &target, bool *exact)
{
    *exact = true;
    if (scope.keepsEverything())
        return QString();
    const QString outside = sync::cmis::outsideCondition(scope.root(), scope.text(), target, exact);
    if (!*exact)
        qCInfo(lcRemoteSearch) << target.repository << "scope" << scope.text()
                               << "does not translate exactly: what lies inside it is told apart on the desk";
    return outside;
}

QString andOf(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() ? b : a;
    return a + QStringLiteral(" AND (") + b + QLatin1Char(')');
}

// CMIS: one WHERE condition (cmisquerytranslation.h), paged by skipCount.
class CmisSearch : public KindSearch
{
public:
    explicit CmisSearch(sync::CmisConnector &connector)
        : m_connector(connector)
    {}

    Prepared prepare(const search::QueryNode &root, const QString &query, const cache::RepositoryInfo &repo) override
    {
        const sync::cmis::SearchTarget target = m_connector.searchTarget();
        const sync::cmis::Translation t = sync::cmis::translate(root, query, target);
        Prepared out{t.skip, t.leftOut, t.inexact, t.checked, t.deskQuery, t.narrower.has_value(), t.where.isEmpty(),
                     false};
        if (out.skip)
            return out;
        const sync::SyncScope scope = sync::SyncScope::ofSettings(repo.settings);
        bool exact = true;
        const QString outside = outsideScope(scope, target, &exact);
        m_where = andOf(t.where, outside);
        m_narrower = andOf(t.narrower.value_or(QString()), outside);
        out.scopeApplied = !outside.isEmpty();
        if (!exact) { // what the scope keeps, told apart here so that it is not counted twice
            out.deskQuery = QString(out.deskQuery + QStringLiteral(" -(") + scope.text() + QLatin1Char(')')).trimmed();
            out.checked << sync::LeftOutPart{
                QStringLiteral("-(%1)").arg(scope.text()),
                QStringLiteral("what lies outside the sync scope, which CMIS cannot ask exactly")};
        }
        return out;
    }

    void useNarrower() override { m_where = m_narrower; }

    Page nextPage(qint64 read, int pageSize) override
    {
        sync::CmisConnector::SearchPage page = m_connector.searchPage(m_where, read, pageSize);
        return Page{std::move(page.page), page.numItems, page.statement};
    }

private:
    sync::CmisConnector &m_connector;
    QString m_where, m_narrower;
};

// ArchivesSpace: one advanced query (aspacequerytranslation.h), paged by page number. Its
// scope is not asked again: a sync applies it on the desk, so the search asks for everything
// the query matches and the cached ones are told apart by id.
class AspaceSearch : public KindSearch
{
public:
    explicit AspaceSearch(sync::AspaceConnector &connector)
        : m_connector(connector)
    {}

    Prepared prepare(const search::QueryNode &root, const QString &query, const cache::RepositoryInfo &) override
    {
        const sync::aspace::Translation t = sync::aspace::translate(root, query, m_connector.searchTarget());
        m_aq = t.aq();
        m_narrower = t.narrower ? sync::aspace::Translation::aq(*t.narrower) : QByteArray();
        return Prepared{t.skip, t.leftOut, t.inexact, t.checked, t.deskQuery, t.narrower.has_value(), t.query.isEmpty(),
                        false};
    }

    void useNarrower() override
    {
        m_aq = m_narrower;
        m_page = 0;
    }

    Page nextPage(qint64, int pageSize) override
    {
        sync::AspaceConnector::SearchPage page = m_connector.searchPage(m_aq, ++m_page, pageSize);
        return Page{std::move(page.page), page.totalHits, page.request};
    }

private:
    sync::AspaceConnector &m_connector;
    QByteArray m_aq, m_narrower;
    int m_page = 0;
};

} // namespace

std::unique_ptr<KindSearch> kindSearchFor(sync::RepositoryConnector &connector)
{
    if (auto *cmis = dynamic_cast<sync::CmisConnector *>(&connector))
        return std::make_unique<CmisSearch>(*cmis);
    if (auto *aspace = dynamic_cast<sync::AspaceConnector *>(&connector))
        return std::make_unique<AspaceSearch>(*aspace);
    return nullptr;
}

} // namespace proofdesk::services
