#pragma once

// Two or more people on one team database, for the team tests: each person is a data folder
// (a small drop imported) connected to the team as their own login.
#include "pgtestserver.h"
#include "records/recordserror.h"
#include "records/recordsstore.h"
#include "recordsfixture.h"
#include "services/actionrunner.h"
#include "team/pgconnection.h"
#include "team/teamconfig.h"
#include "team/teamfacts.h"
#include "teamtestdatabase.h"

#include <QTest>
#include <functional>
#include <memory>
#include <optional>

namespace teamtest {

using namespace proofdesk;
using records::Action;
using records::RecordsError;
using records::RecordsStore;
using records::Role;

inline void fill(RecordsFixture &f)
{
    const QJsonObject snapshot{
        {QStringLiteral("snapshot"), QJsonObject{{QStringLiteral("path"), QStringLiteral("snapshots/1.json")},
                                                 {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}}}};
    // Financial statements, kept 7 years from issue (to 2033): what the team's facts say when
    // published (publishFacts).
    QJsonObject first = snapshot;
    first.insert(QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}});
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"), first);
    f.addCommunication(
        QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"),
        {{QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}}}});
    f.import();
}

// One person at one desktop: a data folder connected to the team as their login.
struct Desk
{
    RecordsFixture folder;
    QString login;

    // `first` runs on the folder before the fixture's drop is imported (another drop imported
    // first: this folder numbers its repositories otherwise than the others).
    Desk(test::TeamTestDatabase &team, const QString &who, const QList<Role> &roles,
         const std::function<void(RecordsFixture &)> &first = {})
        : login(who)
    {
        if (first)
            first(folder);
        fill(folder);
        team.addLogin(who, roles);
        team.connectFolder(folder.data.path(), who);
    }

    // One action in the first role that may do it; the runner says how it went (offline, what
    // was sent first).
    services::ActionRunner run(Action action, const services::ActionRunner::Body &body)
    {
        services::ActionRunner runner(folder.folder->databasePath(), folder.data.path());
        runner.run(services::Actor{RecordsFixture::identity(login), {}}, action, body);
        return runner;
    }
    void act(Action action, const std::function<void(RecordsStore &)> &body, std::optional<Role> as = {})
    {
        services::ActionRunner runner(folder.folder->databasePath(), folder.data.path());
        runner.run(services::Actor{RecordsFixture::identity(login), as}, action,
                   [&](services::ActionContext &a) { body(a.records); });
    }
    std::optional<RecordsError::Kind> outcome(Action action, const std::function<void(RecordsStore &)> &body,
                                              std::optional<Role> as = {})
    {
        try {
            act(action, body, as);
        } catch (const RecordsError &e) {
            return e.kind();
        }
        return std::nullopt;
    }
};

inline const records::ReissueSpec regenerate{
    QStringLiteral("EXS-1"), QStringLiteral("regenerate"), QStringLiteral("customer asked"), {}, {}};

// The state a scenario leaves on the server, for comparing runs: every audit action with its
// count and every request's status (ids differ between runs; their order does not).
inline QString serverState(test::TeamTestDatabase &team)
{
    auto owner = team.asOwner();
    const team::PgResult entries =
        owner->exec(QStringLiteral("SELECT action || '/' || outcome || '=' || count(*) FROM proofdesk.audit_entries "
                                   "GROUP BY action, outcome ORDER BY 1"));
    QStringList parts;
    for (int r = 0; r < entries.rows(); ++r)
        parts << entries.text(r, 0);
    const team::PgResult statuses =
        owner->exec(QStringLiteral("SELECT status FROM proofdesk.reissue_requests ORDER BY requested_at"));
    for (int r = 0; r < statuses.rows(); ++r)
        parts << QStringLiteral("request:") + statuses.text(r, 0);
    return parts.join(QLatin1Char(' '));
}

// Points a desk's team.json at a port nobody listens on (its server "unreachable"), or back.
inline void setReachable(test::TeamTestDatabase &team, Desk &desk, bool reachable)
{
    auto config = *team::TeamConfig::load(desk.folder.data.path());
    config.url = reachable ? team.url() : QString(team.url()).replace(QLatin1String("port="), QLatin1String("port=1"));
    config.save(desk.folder.data.path());
}

inline qint64 pendingRows(Desk &desk, const char *state)
{
    auto st = desk.folder.writer.prepare("SELECT count(*) FROM rec.team_pending WHERE state = ?1");
    st.bind(1, QString::fromLatin1(state));
    return st.step() ? st.columnInt(0) : 0;
}

// The team's publisher publishes the facts of `desk`'s cache (TeamFacts, as `team publish`
// does): the rules read them (no approval for a resend to the original destination, scope
// holds by the keys, disposition after the retention end).
inline team::PublishReport publishFacts(test::TeamTestDatabase &team, Desk &desk)
{
    team.addLogin(QStringLiteral("publisher"), QStringList{QStringLiteral("publisher")});
    auto server = team.as(QStringLiteral("publisher"));
    return team::TeamFacts(*server, desk.folder.writer).publishAll(QStringLiteral("publisher-desk"));
}

// A fresh team database on `server` (fatal if it cannot be made: every test needs one).
inline std::unique_ptr<test::TeamTestDatabase> newTeam(test::PgTestServer &server)
{
    QString error;
    auto team = std::make_unique<test::TeamTestDatabase>(server, &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return team;
}

} // namespace teamtest
