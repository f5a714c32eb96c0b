#pragma once

#include "cache/repositorystore.h"

#include <QString>
#include <optional>

namespace proofdesk::sync::cmis {

class Search;

// The repository's sync scope (sync/syncscope.h, issue #28) on the repository's side: the
// crawl and the id listing ask for what the scope selects, as a CMIS condition
// (cmisquerytranslation.h) never narrower than the desk's scope; where a part cannot be asked
// exactly, a wider condition, and the cache writer keeps the scope exactly.
class ScopeCondition
{
public:
    // `queryConditions`: a configured query's WHERE conditions (empty without one).
    ScopeCondition(const cache::RepositoryInfo &repository, Search &search, QString queryConditions);

    // The sync scope ("scope") as a CMIS condition, empty for none (asked once).
    QString condition();
    // The id listing's conditions: the configured query's and the scope's.
    QString listingConditions();

private:
    const cache::RepositoryInfo &m_repository;
    Search &m_search;
    QString m_queryConditions;
    std::optional<QString> m_condition;
};

} // namespace proofdesk::sync::cmis
