#include "teamjoin.h"

#include "audit/audittrail.h"
#include "cache/sqlite.h"
#include "domain/person.h"
#include "domain/textfold.h"
#include "pgconnection.h"
#include "records/holdregister.h"
#include "records/reissuestore.h"
#include "teammirror.h"
#include "teamrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::team {

QJsonObject CarryOver::toJson() const
{
    return {{QStringLiteral("holds_carried"), holdsCarried}, {QStringLiteral("holds_on_team"), holdsOnTeam},
            {QStringLiteral("holds_left"), holdsLeft},       {QStringLiteral("requests_carried"), requestsCarried},
            {QStringLiteral("requests_left"), requestsLeft}, {QStringLiteral("local_entries"), localEntries},
            {QStringLiteral("local_head"), localHead}};
}

namespace {

bool onTeam(PgConnection &server, const char *table, const QString &id)
{
    return server
        .exec(QStringLiteral("SELECT 1 FROM proofdesk.%1 WHERE proofdesk.fold(id) = proofdesk.fold($1)")
                  .arg(QLatin1String(table)),
              {id})
        .rows();
}

// A local hold's matter, if the team has a matter of that id; else none (a folder's own
// matters stay in its records.sqlite: the team's holds name the team's matters only).
QString teamMatter(PgConnection &server, const QString &matter)
{
    if (matter.isEmpty())
        return matter;
    for (const QJsonValue &m : server.callJson(QStringLiteral("SELECT proofdesk.matter_list('records')")).toArray()) {
        if (domain::foldCase(m.toObject().value(QStringLiteral("matter")).toString()) == domain::foldCase(matter))
            return m.toObject().value(QStringLiteral("matter")).toString();
    }
    return QString();
}

// Active local holds: applied on the team when this login has the records role.
void carryHolds(PgConnection &server, cache::Database &writer, const QString &device, bool records, CarryOver &report)
{
    for (const records::HoldInfo &hold : records::HoldRegister(writer).list()) {
        if (!hold.active())
            continue;
        if (onTeam(server, "holds", hold.id)) {
            ++report.holdsOnTeam;
            continue;
        }
        if (!records) {
            ++report.holdsLeft;
            continue;
        }
        const QStringList members = records::HoldRegister(writer).memberIds(hold.id);
        // The key names this folder and hold: connecting again never applies it twice.
        server.callJson(
            QStringLiteral("SELECT proofdesk.create_hold($1, 'records', $2, $3, $4, $5, $6, $7, $8, $9, $10)"),
            {QStringLiteral("carry:%1:%2").arg(device, hold.id), device, hold.id, hold.name,
             teamMatter(server, hold.matter), hold.reason, hold.scopeField, hold.scopeValue, hold.scopeQuery,
             hold.scopeField.isEmpty() ? members : QStringList()});
        ++report.holdsCarried;
    }
}

// This login's open local reissue requests, requested again on the team (same id).
void carryRequests(PgConnection &server, cache::Database &writer, const QString &device,
                   const QList<records::Role> &roles, CarryOver &report)
{
    const bool requester = roles.contains(records::Role::Agent) || roles.contains(records::Role::Compliance);
    for (const records::ReissueRequest &r : records::ReissueStore(writer).list()) {
        if (r.status != QLatin1String("draft") && r.status != QLatin1String("pending_approval")
            && r.status != QLatin1String("approved"))
            continue;
        if (onTeam(server, "reissue_requests", r.id))
            continue; // the team's already (a second connect)
        if (!requester || !domain::samePerson(r.requestedBy, server.user())) {
            ++report.requestsLeft;
            continue;
        }
        const records::Role as =
            roles.contains(records::Role::Agent) ? records::Role::Agent : records::Role::Compliance;
        server.callJson(QStringLiteral("SELECT proofdesk.request_reissue($1, $2, $3, $4::jsonb)"),
                        {QStringLiteral("carry:%1:%2").arg(device, r.id), records::roleName(as), device,
                         reissueRequestJson(writer, r)});
        ++report.requestsCarried;
    }
}

} // namespace

CarryOver carryOver(PgConnection &server, cache::Database &writer, const QString &device,
                    const QList<records::Role> &roles, const QJsonObject &connection)
{
    CarryOver report;
    carryHolds(server, writer, device, roles.contains(records::Role::Records), report);
    carryRequests(server, writer, device, roles, report);
    const audit::AuditTrail local(writer);
    report.localEntries = local.count();
    report.localHead = local.head().hash;
    if (!roles.isEmpty()) {
        QJsonObject after = report.toJson();
        for (auto it = connection.begin(); it != connection.end(); ++it)
            after.insert(it.key(), it.value());
        server.exec(
            QStringLiteral("SELECT proofdesk.record(NULL, $1, 'team.connect', 'done', 'team', current_database(), "
                           "NULL, NULL, $2, $3)"),
            {records::roleName(roles.first()), QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)),
             device});
    }
    TeamMirror(server, writer).refreshAll(device);
    return report;
}

} // namespace proofdesk::team
