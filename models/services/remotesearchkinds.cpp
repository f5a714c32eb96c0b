#include "remotesearchkinds.h"

#include "sync/archivesspace/aspaceconnector.h"
#include "sync/cmis/cmisconnector.h"
#include "sync/cmis/cmisquerytranslation.h"
#include "sync/syncscope.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRemoteSearch)

namespace proofdesk::services {

namespace {

// The repository's sync scope (a search-syntax query, "scope" in its settings), as the
// condition of what lies outside it; empty when it has none or it does not translate exactly
// (the repository is then asked for everything, and `cached` tells the two apart).
QString outsideScope(const cache::RepositoryInfo &repo, const sync::cmis::SearchTarget &target)
{
    const sync::SyncScope scope = sync::SyncScope::ofSettings(repo.settings);
    if (scope.keepsEverything())
        return QString();
    bool exact = false;
    const QString outside = sync::cmis::outsideCondition(scope.root(), scope.text(), target, &exact);
    if (!exact)
        qCInfo(lcRemoteSearch) << repo.name << "scope" << scope.text() << "does not translate exactly: asked without it";
    return outside;
}

// CMIS: one WHERE condition (cmisquerytranslation.h), paged by skipCount.
class CmisSearch : public KindSearch
{
public:
    explicit CmisSearch(sync::CmisConnector &connector) : m_connector(connector) {}

    Prepared prepare(const search::QueryNode &root, const QString &query, const cache::RepositoryInfo &repo) override
    {
        const sync::cmis::SearchTarget target = m_connector.searchTarget();
        const sync::cmis::Translation translation = sync::cmis::translate(root, query, target);
        Prepared out{translation.skip, translation.leftOut, false};
        m_where = translation.where;
        if (out.skip)
            return out;
        if (const QString outside = outsideScope(repo, target); !outside.isEmpty()) {
            m_where = m_where.isEmpty() ? outside : m_where + QStringLiteral(" AND (") + outside + QLatin1Char(')');
            out.scopeApplied = true;
        }
        return out;
    }

    Page nextPage(qint64 read, int pageSize) override
    {
        sync::CmisConnector::SearchPage page = m_connector.searchPage(m_where, read, pageSize);
        return Page{std::move(page.page), page.numItems, page.statement};
    }

private:
    sync::CmisConnector &m_connector;
    QString m_where;
};

// ArchivesSpace: one advanced query (aspacequerytranslation.h), paged by page number. Its
// scope is not asked again: a sync applies it on the desk, so the search asks for everything
// the query matches and the cached ones are told apart by id.
class AspaceSearch : public KindSearch
{
public:
    explicit AspaceSearch(sync::AspaceConnector &connector) : m_connector(connector) {}

    Prepared prepare(const search::QueryNode &root, const QString &query, const cache::RepositoryInfo &) override
    {
        const sync::aspace::Translation translation = sync::aspace::translate(root, query, m_connector.searchTarget());
        m_aq = translation.aq();
        return Prepared{translation.skip, translation.leftOut, false};
    }

    Page nextPage(qint64, int pageSize) override
    {
        sync::AspaceConnector::SearchPage page = m_connector.searchPage(m_aq, ++m_page, pageSize);
        return Page{std::move(page.page), page.totalHits, page.request};
    }

private:
    sync::AspaceConnector &m_connector;
    QByteArray m_aq;
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
