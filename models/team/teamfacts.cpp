#include "teamfacts.h"

#include "cache/sqlite.h"
#include "pgconnection.h"
#include "cache/holdsql.h"
#include "records/retention.h"
#include "factscursor.h"

#include <QJsonDocument>
#include <QUuid>

namespace proofdesk::team {

namespace {

// The original destination on the original channel (as ReissueService reads it).
const char kDestination[] = "CASE lower(c.channel) WHEN 'email' THEN c.recipient_email WHEN 'print' THEN "
                            "c.recipient_address WHEN 'sms' THEN c.recipient_phone WHEN 'mobile' THEN "
                            "c.recipient_phone ELSE NULL END";

} // namespace

QJsonObject PublishReport::toJson() const
{
    return {{QStringLiteral("publication"), publication}, {QStringLiteral("staged"), staged},
            {QStringLiteral("inserted"), inserted},       {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged}};
}

TeamFacts::TeamFacts(PgConnection &server, cache::Database &cache)
    : m_server(server)
    , m_cache(cache)
{
}

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
        "(SELECT coalesce(max(seq), 0) FROM proofdesk.facts_publications WHERE login = session_user)"));
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
    if (!followed) {
        cache::Transaction tx(m_cache);
        cursor.startFollowing();
        tx.commit();
    }
    // Changes listed after this mark (also those made while the rows are read) go next time.
    const qint64 mark = cursor.mark();
    const bool incremental = onlyChanges && followed;
    PublishReport report;
    if (incremental && mark == 0)
        return report; // nothing changed since the last publish: nothing to send
    report = send(device, incremental ? FactsCursor::changedRowsUpTo(mark) : QStringLiteral("communications"));
    cache::Transaction tx(m_cache);
    cursor.forgetUpTo(mark);
    cursor.noteTeam(publishedState());
    tx.commit();
    return report;
}

PublishReport TeamFacts::send(const QString &device, const QString &rows)
{
    const QStringList keys = cache::holdsql::scopeFields();
    QStringList keyColumns;
    for (const QString &k : keys)
        keyColumns << QStringLiteral("c.") + k;
    // The retention end is the class's period alone: this desk's extensions are its records,
    // not facts of the repository.
    cache::Statement st = m_cache.prepare(
        QStringLiteral("SELECT c.id, r.name, c.channel, %1, c.issued_at, %2, c.rendition_sha256, "
                       "c.repo_hold_ids IS NOT NULL, c.repo_deleted_at, c.reissue_of, %3 "
                       "FROM %4 c JOIN repositories r ON r.id = c.repo_id "
                       "LEFT JOIN retention_classes rc ON rc.class = c.retention_class")
            .arg(QLatin1String(kDestination), records::Retention::periodEndSql(), keyColumns.join(QLatin1String(", ")),
                 rows));
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
    PgTransaction tx(m_server);
    m_server.exec(QStringLiteral("SET LOCAL statement_timeout = 0")); // a million rows take longer than a call
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
    const QJsonObject r =
        m_server.callJson(QStringLiteral("SELECT proofdesk.publish_facts($1, $2)"),
                          {QString(QStringLiteral("publish:") + QUuid::createUuid().toString(QUuid::WithoutBraces)), device})
            .toObject();
    tx.commit();
    PublishReport report;
    report.staged = sent;
    report.publication = r.value(QStringLiteral("publication")).toInteger();
    report.inserted = r.value(QStringLiteral("inserted")).toInteger();
    report.updated = r.value(QStringLiteral("updated")).toInteger();
    report.unchanged = r.value(QStringLiteral("unchanged")).toInteger();
    return report;
}

} // namespace proofdesk::team
