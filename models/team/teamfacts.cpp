#include "teamfacts.h"

#include "cache/holdsql.h"
#include "cache/sqlite.h"
#include "factscursor.h"
#include "factswithdrawals.h"
#include "pgconnection.h"
#include "records/retention.h"
#include "repositoryidentity.h"

#include <QJsonDocument>
#include <QUuid>

namespace proofdesk::team {

namespace {

// The original destination on the original channel: the rule ReissueService decides by
// (domain/reissuerules.h destinationOn), as the cache's SQL has it (cache/rulefunctions.h).
const char kDestination[] = "destination_on(c.channel, c.recipient_email, c.recipient_address, c.recipient_phone)";

} // namespace

QJsonObject PublishReport::toJson() const
{
    return {{QStringLiteral("publication"), publication}, {QStringLiteral("staged"), staged},
            {QStringLiteral("inserted"), inserted},       {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},     {QStringLiteral("withdrawn"), withdrawn}};
}

TeamFacts::TeamFacts(PgConnection &server, cache::Database &cache)
    : m_server(server)
    , m_cache(cache)
{}

bool TeamFacts::mayPublish(PgConnection &server)
{
    return server.exec(QStringLiteral("SELECT proofdesk.am_publisher()")).text(0, 0) == QLatin1String("t");
}

PublishReport TeamFacts::publishAll(const QString &device) { return publish(device, false); }

PublishReport TeamFacts::publishChanges(const QString &device) { return publish(device, true); }

QString TeamFacts::publishedState() const
{
    // Where, as whom, and the newest publication this login made there: the cache's change
    // list counts only while the team's newest publication by this login is the one it made
    // (a restored server, a second publishing folder or another team: everything again).
    const PgResult r = m_server.exec(QStringLiteral(
        "SELECT coalesce(host(inet_server_addr()), '') || ':' || coalesce(inet_server_port(), 0) || '/' || "
        "current_database() || ' ' || session_user || ' #' || "
        "(SELECT coalesce(max(seq), 0) FROM proofdesk.facts_publications WHERE login = session_user) || "
        "' withdrawals'")); // a cache that followed before deletions were listed sends everything once
    return r.text(0, 0);
}

PublishReport TeamFacts::publish(const QString &device, bool onlyChanges)
{
    // The server refuses anyone else too (no right on the staging table); this says it plainly.
    if (!mayPublish(m_server))
        throw TeamError(TeamError::Kind::Refused,
                        QStringLiteral("%1 is not in the team's publisher role: only the publisher (the login a "
                                       "scheduled sync runs as) publishes the facts of communications.")
                            .arg(m_server.user()));
    FactsCursor cursor(m_cache);
    const bool followed = cursor.followsTeam(publishedState());
    {
        cache::Transaction tx(m_cache);
        cursor.startFollowing(); // idempotent: also the triggers a cache that followed before lacks
        tx.commit();
    }
    // Changes listed after this mark (also those made while the rows are read) go next time.
    const qint64 mark = cursor.mark();
    const bool incremental = onlyChanges && followed;
    const FactsWithdrawals withdrawals(m_server, m_cache);
    Batch batch;
    batch.outside = withdrawals.outsideScope();
    batch.gone = incremental ? withdrawals.goneSince(mark) : withdrawals.goneFromCache();
    const qint64 sending = stage(incremental ? mark : -1, withdrawals.backInScope(batch.outside), batch.outside);
    PublishReport report;
    if (sending == 0 && batch.gone.isEmpty() && batch.outside.isEmpty() && incremental)
        return report; // nothing changed since the last publish: nothing to send
    report = send(device, batch, sending);
    cache::Transaction tx(m_cache);
    cursor.forgetUpTo(mark);
    cursor.noteTeam(publishedState());
    tx.commit();
    return report;
}

qint64 TeamFacts::stage(qint64 upToMark, const QStringList &backInScope, const QSet<QString> &outside)
{
    m_cache.exec("CREATE TEMP TABLE IF NOT EXISTS team_facts_send(id TEXT PRIMARY KEY COLLATE fold)");
    m_cache.exec("DELETE FROM temp.team_facts_send");
    if (upToMark < 0) {
        m_cache.exec("INSERT INTO temp.team_facts_send(id) SELECT id FROM communications");
    } else {
        m_cache
            .prepare("INSERT OR IGNORE INTO temp.team_facts_send(id) SELECT c.id FROM facts_changes f "
                     "JOIN communications c ON c.id = f.comm_id WHERE f.seq <= ?1")
            .bind(1, upToMark)
            .run();
        cache::Statement add = m_cache.prepare("INSERT OR IGNORE INTO temp.team_facts_send(id) VALUES(?1)");
        for (const QString &id : backInScope)
            add.bind(1, id).run();
    }
    // What the sync no longer follows is withdrawn, not published.
    cache::Statement drop = m_cache.prepare("DELETE FROM temp.team_facts_send WHERE id = ?1");
    for (const QString &id : outside)
        drop.bind(1, id).run();
    return m_cache.queryInt("SELECT count(*) FROM temp.team_facts_send");
}

PublishReport TeamFacts::send(const QString &device, const Batch &batch, qint64 sending)
{
    PgTransaction tx(m_server);
    m_server.exec(QStringLiteral("SET LOCAL statement_timeout = 0")); // a million rows take longer than a call
    PublishReport report = sending ? copyFacts(device) : PublishReport{};
    // After the publish, which is long: a call's end holds the trail for the rest of the
    // transaction (teamschema_v4.sql), and these are short.
    report.withdrawn += withdraw(device, batch.gone, QStringLiteral("gone"));
    report.withdrawn +=
        withdraw(device, QStringList(batch.outside.cbegin(), batch.outside.cend()), QStringLiteral("out_of_scope"));
    tx.commit();
    return report;
}

qint64 TeamFacts::withdraw(const QString &device, const QStringList &ids, const QString &why)
{
    if (ids.isEmpty())
        return 0;
    const QJsonObject r =
        m_server
            .callJson(QStringLiteral("SELECT proofdesk.withdraw_facts($1, $2, $3, $4)"),
                      {QString(QStringLiteral("withdraw:") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
                       device, ids, why})
            .toObject();
    return r.value(QStringLiteral("withdrawn")).toInteger();
}

// Each communication's repository by identity, as every desk names it (repositoryidentity.h),
// never by this folder's number for it: temp.team_repository_identity.
void TeamFacts::stageRepositoryIdentities()
{
    m_cache.exec(
        "CREATE TEMP TABLE IF NOT EXISTS team_repository_identity(id INTEGER PRIMARY KEY, identity TEXT NOT NULL)");
    m_cache.exec("DELETE FROM temp.team_repository_identity");
    cache::Statement identity =
        m_cache.prepare("INSERT INTO temp.team_repository_identity(id, identity) VALUES(?1, ?2)");
    for (const cache::RepositoryInfo &r : cache::RepositoryStore(m_cache).list()) {
        identity.bind(1, r.id).bind(2, repositoryIdentity(r)).run();
        identity.reset();
    }
}

cache::Statement TeamFacts::factsToSend()
{
    const QString rows =
        QStringLiteral("(SELECT c.* FROM temp.team_facts_send s JOIN communications c ON c.id = s.id)");
    QStringList keyColumns;
    for (const QString &k : cache::holdsql::scopeFields())
        keyColumns << QStringLiteral("c.") + k;
    // The retention end is the class's period alone: this desk's extensions are its records,
    // not facts of the repository.
    stageRepositoryIdentities();
    return m_cache.prepare(
        QStringLiteral("SELECT c.id, r.identity, c.channel, %1, c.issued_at, %2, c.rendition_sha256, "
                       "c.repo_hold_ids IS NOT NULL, c.repo_deleted_at, c.reissue_of, %3 "
                       "FROM %4 c JOIN temp.team_repository_identity r ON r.id = c.repo_id "
                       "LEFT JOIN retention_classes rc ON rc.class = c.retention_class")
            .arg(QLatin1String(kDestination), records::Retention::periodEndSql(), keyColumns.join(QLatin1String(", ")),
                 rows));
}

PublishReport TeamFacts::copyFacts(const QString &device)
{
    const QStringList keys = cache::holdsql::scopeFields();
    cache::Statement st = factsToSend();
    constexpr int kFirstKey = 10;
    const auto field = [&](QByteArray &line, int column) {
        if (st.isNull(column)) {
            PgConnection::appendCopyField(line, nullptr);
        } else {
            const QByteArray v = st.columnUtf8(column);
            PgConnection::appendCopyField(line, &v);
        }
        line += '\t';
    };
    const qint64 sent = m_server.copyIn(
        QStringLiteral("COPY proofdesk.facts_staging (comm_id, repository, channel, destination, issued_at, "
                       "retention_until, sha256, repo_hold, deleted_at, reissue_of, business_keys) FROM STDIN"),
        [&](QByteArray &line) {
            if (!st.step())
                return false;
            for (int c = 0; c < kFirstKey; ++c)
                field(line, c);
            QJsonObject businessKeys;
            for (int k = 0; k < keys.size(); ++k)
                if (!st.isNull(kFirstKey + k) && !st.columnText(kFirstKey + k).isEmpty())
                    businessKeys.insert(keys.at(k), st.columnText(kFirstKey + k));
            const QByteArray json = QJsonDocument(businessKeys).toJson(QJsonDocument::Compact);
            PgConnection::appendCopyField(line, &json);
            line += '\n';
            return true;
        });
    return publishStaged(device, sent);
}

PublishReport TeamFacts::publishStaged(const QString &device, qint64 staged)
{
    const QJsonObject r =
        m_server
            .callJson(
                QStringLiteral("SELECT proofdesk.publish_facts($1, $2)"),
                {QString(QStringLiteral("publish:") + QUuid::createUuid().toString(QUuid::WithoutBraces)), device})
            .toObject();
    PublishReport report;
    report.staged = staged;
    report.publication = r.value(QStringLiteral("publication")).toInteger();
    report.inserted = r.value(QStringLiteral("inserted")).toInteger();
    report.updated = r.value(QStringLiteral("updated")).toInteger();
    report.unchanged = r.value(QStringLiteral("unchanged")).toInteger();
    return report;
}

} // namespace proofdesk::team
