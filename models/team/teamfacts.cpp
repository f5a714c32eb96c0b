#include "teamfacts.h"

#include "cache/sqlite.h"
#include "pgconnection.h"
#include "cache/holdsql.h"
#include "records/retention.h"

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

PublishReport TeamFacts::publishAll(const QString &device)
{
    // The server refuses anyone else too (no right on the staging table); this says it plainly.
    if (!mayPublish(m_server))
        throw TeamError(TeamError::Kind::Refused,
                        QStringLiteral("%1 is not in the team's publisher role: only the publisher (the login a "
                                       "scheduled sync runs as) publishes the facts of communications.")
                            .arg(m_server.user()));
    const QStringList keys = cache::holdsql::scopeFields();
    QStringList keyColumns;
    for (const QString &k : keys)
        keyColumns << QStringLiteral("c.") + k;
    // The retention end is the class's period alone: this desk's extensions are its records,
    // not facts of the repository.
    cache::Statement st = m_cache.prepare(
        QStringLiteral("SELECT c.id, r.name, c.channel, %1, c.issued_at, %2, c.rendition_sha256, "
                       "c.repo_hold_ids IS NOT NULL, c.repo_deleted_at, c.reissue_of, %3 "
                       "FROM communications c JOIN repositories r ON r.id = c.repo_id "
                       "LEFT JOIN retention_classes rc ON rc.class = c.retention_class")
            .arg(QLatin1String(kDestination), records::Retention::periodEndSql(), keyColumns.join(QLatin1String(", "))));
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
