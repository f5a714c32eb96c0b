#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::team {

class PgConnection;

// What a publisher can no longer vouch for (issue #38 item 7): communications gone from its
// cache (deleted in their repository, or evicted when they left the sync scope) and ones it
// keeps outside their repository's sync scope (held, or a reissue under way: the sync no longer
// asks the repository about them, so a hold placed there later is never seen). Their facts are
// withdrawn on the team (proofdesk.withdraw_facts): unknown again, a resend of them needs
// approval and none is disposed of, until the publisher publishes them again.
class FactsWithdrawals
{
public:
    FactsWithdrawals(PgConnection &server, cache::Database &cache);

    // Ids of cached communications outside their repository's sync scope, now.
    QSet<QString> outsideScope() const;
    // Ids the change list names up to `mark` that the cache no longer has.
    QStringList goneSince(qint64 mark) const;
    // Ids the team has facts of from this login that the cache no longer has (a full publish).
    QStringList goneFromCache() const;
    // Ids withdrawn as out of scope that the cache has, in scope again: published again.
    QStringList backInScope(const QSet<QString> &outside) const;

private:
    PgConnection &m_server;
    cache::Database &m_cache;
};

} // namespace proofdesk::team
