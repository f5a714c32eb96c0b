#pragma once

#include "cache/repositorystore.h"
#include "search/querynode.h"
#include "sync/changepage.h"
#include "sync/querytranslation.h"
#include "sync/repositoryconnector.h"

#include <QList>
#include <QString>
#include <memory>

namespace proofdesk::services {

// What RemoteSearch (remotesearch.h) needs of one kind of repository: the query translated to
// its own search, and the pages of its answer, newest first. CMIS and ArchivesSpace can be
// searched; for other kinds there is none.
class KindSearch
{
public:
    virtual ~KindSearch() = default;

    // The query as the kind can ask it (sync/querybounds.h): exact parts, parts the desk checks
    // on what comes back (`deskQuery`), parts answered by the repository's own rules
    // (`inexact`) and facts of the cache never asked (`leftOut`).
    struct Prepared
    {
        bool skip = false; // the query cannot match anything of the repository: not asked
        QList<sync::LeftOutPart> leftOut;
        QList<sync::LeftOutPart> inexact;
        QList<sync::LeftOutPart> checked;
        // The search-syntax query the desk applies to what is returned; empty when the
        // repository's answer (and count) is the answer.
        QString deskQuery;
        bool hasNarrower = false;    // useNarrower() can ask only for matches
        bool asksEverything = false; // nothing of the query narrows the statement (a sync scope aside)
        bool scopeApplied = false;   // asked only for what lies outside the repository's sync scope
    };
    virtual Prepared prepare(const search::QueryNode &root, const QString &query,
                             const cache::RepositoryInfo &repo) = 0;
    // From the next page on, the statement that holds only for matches (Prepared::hasNarrower),
    // from its first page.
    virtual void useNarrower() = 0;

    struct Page
    {
        sync::ChangePage page; // communications; `more` when further pages follow
        qint64 total = -1;     // the repository's count of all matches, -1 when it gives none
        QString statement;     // what was asked (the CMIS statement, ArchivesSpace's request)
    };
    // The next page, `read` communications having come before it. Throws sync::ConnectorError.
    virtual Page nextPage(qint64 read, int pageSize) = 0;
};

// The search of `connector`'s kind (it must outlive it); nullptr when the kind cannot be searched.
std::unique_ptr<KindSearch> kindSearchFor(sync::RepositoryConnector &connector);

} // namespace proofdesk::services
