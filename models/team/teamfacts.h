#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace proofdesk::cache {
class Database;
class Statement;
} // namespace proofdesk::cache

namespace proofdesk::team {

class PgConnection;

// What a publish sent and what the team database made of it (proofdesk.publish_facts).
struct PublishReport
{
    qint64 staged = 0;   // rows sent
    qint64 inserted = 0; // communications the team did not know
    qint64 updated = 0;  // communications whose facts changed (the old ones kept in history)
    qint64 unchanged = 0;
    qint64 withdrawn = 0;   // communications whose facts the team no longer has (factswithdrawals.h)
    qint64 publication = 0; // the server's publication number (0: nothing was sent)

    QJsonObject toJson() const;
};

// The facts the team's rules read about each communication of this cache (DESIGN.md "The team
// database": original channel and destination, business keys, issue time, retention end,
// content hash, the repository's hold and deletion), sent by a login in the team's publisher
// role: COPY into proofdesk.facts_staging, then one call applies them in one transaction and
// records the publication. Only the publisher may; the server refuses anyone else.
class TeamFacts
{
public:
    TeamFacts(PgConnection &server, cache::Database &cache);

    // Whether the connected login may publish (a member of the team's publisher role).
    static bool mayPublish(PgConnection &server);
    // Sends the facts of every communication in the cache; the server keeps what changed.
    // From then on the cache lists what changes (FactsCursor). Throws TeamError.
    PublishReport publishAll(const QString &device);
    // Sends the facts of the communications that changed since this cache last published to
    // this team (after a sync); everything when it never did or the team's state is not the
    // one it left (FactsCursor). Nothing changed: nothing is sent (publication 0).
    PublishReport publishChanges(const QString &device);

private:
    // What one publish sends besides the facts of the staged communications.
    struct Batch
    {
        QStringList gone;      // no longer in the cache
        QSet<QString> outside; // kept outside their repository's sync scope
    };
    PublishReport publish(const QString &device, bool onlyChanges);
    // temp.team_facts_send: every communication (upToMark < 0) or the changed ones and those
    // back in scope, less those outside; returns how many.
    qint64 stage(qint64 upToMark, const QStringList &backInScope, const QSet<QString> &outside);
    PublishReport send(const QString &device, const Batch &batch, qint64 sending);
    // The staged communications' facts, copied into the server's staging table; then published.
    PublishReport copyFacts(const QString &device);
    // The staged communications with their facts as the server takes them: id, the repository's
    // identity, channel, destination, issue date, retention end, hash, repository hold and
    // deletion, reissue_of, then the business keys (holdsql::scopeFields()).
    cache::Statement factsToSend();
    // publish_facts() over what was staged: the publication and its counts.
    PublishReport publishStaged(const QString &device, qint64 staged);
    void stageRepositoryIdentities();
    qint64 withdraw(const QString &device, const QStringList &ids, const QString &why);
    QString publishedState() const;

    PgConnection &m_server;
    cache::Database &m_cache;
};

} // namespace proofdesk::team
