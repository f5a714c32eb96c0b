#include "actionrunner.h"

#include "audit/changetransaction.h"
#include "cache/cachefile.h"
#include "records/holddeliveries.h"
#include "records/holdregister.h"
#include "records/holdservice.h"
#include "records/localrecordsstore.h"
#include "records/matterservice.h"
#include "records/rolegrants.h"
#include "records/session.h"
#include "team/pgconnection.h"
#include "team/teamlogin.h"
#include "team/teammirror.h"
#include "team/teamoutbox.h"
#include "team/teamrecordsstore.h"
#include "util/steptimer.h"

#include <exception>

namespace proofdesk::services {

namespace {

// Grows when an action queues anything for a repository: outbox items, or hold deliveries
// to repository objects (a release whose objects were all confirmed adds no outbox item).
qint64 pendingOutboxItems(cache::Database &writer) { return records::HoldDeliveries::queueMark(writer); }

// What may wait in the folder's TeamOutbox while the team database is unreachable: requests,
// decisions, holds and finding reviews (the server checks them again when they arrive), and
// the records of reads (findings run on the local copy). Disposition and the whole trail
// need the server's answer now.
bool mayWaitForTheTeam(records::Action action)
{
    using records::Action;
    switch (action) {
    case Action::Search:
    case Action::ViewCommunication:
    case Action::ExportEvidence:
    case Action::RequestReissue:
    case Action::ApproveReissue:
    case Action::ApplyHold:
    case Action::ReleaseHold:
    case Action::ViewOwnAuditEntries:
    case Action::RunFindings:
        return true;
    default:
        return false;
    }
}

// What a disconnected team folder may still do: read its copy.
bool isRead(records::Action action)
{
    using records::Action;
    switch (action) {
    case Action::Search:
    case Action::ViewCommunication:
    case Action::ExportEvidence:
    case Action::ViewOwnAuditEntries:
    case Action::ViewAuditTrail:
    case Action::RunFindings:
    case Action::ReviewDisposition:
        return true;
    default:
        return false;
    }
}

} // namespace

ActionFailure ActionFailure::fromCurrentException()
{
    try {
        throw;
    } catch (const records::RecordsError &e) {
        switch (e.kind()) {
        case records::RecordsError::Kind::Refused:
            return {Kind::Refused, e.message()};
        case records::RecordsError::Kind::NotFound:
            return {Kind::NotFound, e.message()};
        case records::RecordsError::Kind::Invalid:
        case records::RecordsError::Kind::Conflict:
            return {Kind::Invalid, e.message()};
        }
        return {Kind::Failed, e.message()};
    } catch (const team::TeamError &e) {
        switch (e.kind()) {
        case team::TeamError::Kind::Refused:
            return {Kind::Refused, e.message()};
        case team::TeamError::Kind::NotFound:
            return {Kind::NotFound, e.message()};
        case team::TeamError::Kind::Invalid:
        case team::TeamError::Kind::Conflict:
            return {Kind::Invalid, e.message()};
        default:
            return {Kind::Failed, e.message()};
        }
    } catch (const std::exception &e) {
        return {Kind::Failed, QString::fromUtf8(e.what())};
    }
}

ActionRunner::ActionRunner(QString databasePath, QString dataDir)
    : m_databasePath(std::move(databasePath))
    , m_dataDir(std::move(dataDir))
{}

ActionRunner::~ActionRunner() = default;
ActionRunner::ActionRunner(ActionRunner &&) noexcept = default;
ActionRunner &ActionRunner::operator=(ActionRunner &&) noexcept = default;

// A team's records (team connect): the login and its group roles are the server's; this
// desktop's cache and outbox are reached through a system session on the writer. With the
// server unreachable, what can wait is kept in the folder's TeamOutbox and answered
// provisionally; once it answers again, that is sent first, in order, each once.
void ActionRunner::runTeam(const team::TeamConfig &config, cache::Database &writer, const Actor &actor,
                           records::Action action, const Body &body, const Body &afterSend)
{
    const bool caughtUp = m_preparedLogin != nullptr;
    QString unreachable;
    team::TeamLogin login = teamLogin(config, action, &unreachable);
    const records::Identity identity{
        login.connection ? login.connection->user() : config.user, QStringLiteral("team"), {}};
    const records::RecordsSession local = records::RecordsSession::system(writer, identity);
    QString why;
    const std::optional<records::Role> role = login.roleFor(actor.role, action, &why);
    if (!role) {
        recordTeamRefusal(login, writer, local, actor, action, why);
        throw records::RecordsError(records::RecordsError::Kind::Refused, why);
    }
    if (login.connection && !caughtUp) {
        const util::StepTimer step("team.catch_up");
        try {
            catchUp(login, writer, local);
        } catch (const team::TeamError &e) {
            // Gone since the login (a failover): what was sent of the queue stays sent, the rest
            // waits, and an action that may wait goes on offline.
            if (e.kind() != team::TeamError::Kind::Unreachable || !mayWaitForTheTeam(action))
                throw;
            unreachable = e.message();
        }
    }

    team::TeamRecordsStore store([config] { return team::TeamLogin::connect(config); }, std::move(login.connection),
                                 *role, local, m_dataDir);
    if (!unreachable.isEmpty())
        store.goOffline(config.user, unreachable);
    store.setMayWait(mayWaitForTheTeam(action));
    ActionContext context{store, writer, m_dataDir, local};
    const qint64 queuedBefore = pendingOutboxItems(writer);
    const bool resumed = resumeInterrupted(store);
    {
        const util::StepTimer step("action.body");
        body(context);
    }
    if (resumed || pendingOutboxItems(writer) > queuedBefore) {
        const util::StepTimer step("action.flush_outbox");
        m_flush = store.outbox().flushOutbox();
    }
    if (afterSend)
        afterSend(context);
    m_teamOffline = store.isOffline();
}

// Requests approved before a crash, and holds applied from the offline queue (catchUp), go on
// to the repositories with this action. Gone since the login (a failover), they wait for the
// next action; this one goes on, its calls tried again or kept in the folder.
bool ActionRunner::resumeInterrupted(team::TeamRecordsStore &store) const
{
    const bool appliedHolds = !m_teamDrain.appliedHolds.isEmpty();
    try {
        const util::StepTimer step("team.resume_approved");
        return store.resumeApproved() > 0 || appliedHolds;
    } catch (const team::TeamError &e) {
        if (e.kind() != team::TeamError::Kind::Unreachable)
            throw;
    }
    return appliedHolds;
}

// The login prepared for a read, else a new one; with the server unreachable, an action that
// may wait gets the roles team.json names and `unreachable` says why.
team::TeamLogin ActionRunner::teamLogin(const team::TeamConfig &config, records::Action action, QString *unreachable)
{
    if (m_preparedLogin) {
        team::TeamLogin login = std::move(*m_preparedLogin); // connected and caught up just before the read
        m_preparedLogin.reset();
        return login;
    }
    team::TeamLogin login;
    try {
        login = team::TeamLogin::open(config);
    } catch (const team::TeamError &e) {
        if (e.kind() != team::TeamError::Kind::Unreachable || !mayWaitForTheTeam(action) || config.roles.isEmpty())
            throw;
        *unreachable = e.message();
        login.config = config;
        for (const QString &r : config.roles)
            if (const auto role = records::parseRole(r))
                login.roles << *role;
    }
    return login;
}

// Connected again: what was made offline goes first (in order, each once), then the local
// copy follows the team; holds applied from the queue go on to the repositories from here.
void ActionRunner::catchUp(team::TeamLogin &login, cache::Database &writer, const records::RecordsSession &local)
{
    QStringList roles;
    for (const records::Role r : login.roles)
        roles << records::roleName(r);
    if (roles != login.config.roles) {
        login.config.roles = roles;
        login.config.save(m_dataDir);
    }
    {
        const util::StepTimer step("team.drain_offline_actions");
        m_teamDrain =
            team::TeamOutbox(writer).drain(*login.connection, login.connection->user(), local.device(), local.now());
    }
    const util::StepTimer step("team.refresh_copy");
    team::TeamMirror(*login.connection, writer).refreshAll(local.device());
    for (const QString &holdId : m_teamDrain.appliedHolds)
        if (records::HoldRegister(writer).find(holdId))
            records::HoldService(local).queueRevision(holdId);
}

void ActionRunner::recordTeamRefusal(const team::TeamLogin &login, cache::Database &writer,
                                     const records::RecordsSession &local, const Actor &actor, records::Action action,
                                     const QString &why)
{
    if (login.roles.isEmpty())
        return; // a login with no role cannot write to the trail at all
    const records::Role recordAs = actor.role && login.roles.contains(*actor.role) ? *actor.role : login.roles.first();
    team::TeamOutbox(writer).recordRefusal(login.connection.get(), login.config.user, records::roleName(recordAs),
                                           records::actionName(action), QString(), QString(), why, local.device(),
                                           local.now());
}

void ActionRunner::run(const Actor &actor, records::Action action, const Body &body, const Body &afterSend)
{
    m_flush = {};
    if (!m_preparedLogin)
        m_teamDrain = {}; // else what prepareTeamRead() sent first is this action's to report
    m_teamOffline = false;
    const util::StepTimer whole("action.total");
    cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
    QString readOnly;
    if (const auto team = team::TeamConfig::load(m_dataDir)) {
        if (!team->disconnected) {
            runTeam(*team, writer, actor, action, body, afterSend);
            return;
        }
        readOnly = QStringLiteral("This data folder's records are a read-only copy of the team database %1 since "
                                  "`team disconnect`: %2 happens on the team. `proofdesk-cli team connect %1` connects "
                                  "it again.")
                       .arg(team->url, records::actionPhrase(action));
        if (!isRead(action))
            throw records::RecordsError(records::RecordsError::Kind::Refused, readOnly);
    }
    try {
        // What a crash left staged in the cache while this process had the folder open.
        audit::finishStagedEntries(writer);
    } catch (const cache::SqliteError &) {
        // A full disk: they wait for room (a read still goes on).
    }
    if (m_claim)
        records::grantAllRolesIfUnclaimed(writer, actor.identity);
    try {
        // Holds made before matters named theirs in free text: a matter each now, once.
        if (readOnly.isEmpty())
            records::MatterService(records::RecordsSession::system(writer, actor.identity)).carryOverHoldMatters();
    } catch (const cache::SqliteError &e) {
        if (!e.isDiskFull())
            throw; // a full disk: they wait for room, as the staged entries do
    }
    const records::RecordsSession session =
        records::RecordsSession::openFor(writer, actor.identity, actor.role, action);
    records::LocalRecordsStore store(session, m_dataDir);
    // Reading findings is a read; reviewing one (the same action) is a change: refused too.
    if (!readOnly.isEmpty())
        store.setReadOnly(readOnly);
    ActionContext context{store, writer, m_dataDir, session};
    // The outbox is sent when this action queued something (items that failed before go
    // along); a read or a refused action does not wait for an offline repository.
    const qint64 queuedBefore = pendingOutboxItems(writer);
    body(context);
    if (pendingOutboxItems(writer) > queuedBefore)
        m_flush = store.outbox().flushOutbox();
    if (afterSend)
        afterSend(context);
}

QList<records::Role> ActionRunner::knownRoles(const records::Identity &identity) const
{
    if (const auto team = team::TeamConfig::load(m_dataDir); team && !team->disconnected) {
        QList<records::Role> roles;
        for (const QString &name : team->roles)
            if (const auto role = records::parseRole(name))
                roles << *role;
        return roles;
    }
    cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
    return records::RoleGrants(writer).rolesOf(identity);
}

void ActionRunner::prepareTeamRead()
{
    m_preparedLogin.reset();

    std::optional<team::TeamConfig> config;
    try {
        config = team::TeamConfig::load(m_dataDir);
    } catch (const std::runtime_error &) {
        return; // a damaged team.json: run() says so
    }
    if (!config || config->disconnected)
        return;
    try {
        cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
        auto login = std::make_unique<team::TeamLogin>(team::TeamLogin::open(*config));
        const records::Identity identity{login->connection->user(), QStringLiteral("team"), {}};
        const records::RecordsSession local = records::RecordsSession::system(writer, identity);
        const util::StepTimer step("team.catch_up");
        catchUp(*login, writer, local);
        m_preparedLogin = std::move(login);
    } catch (const std::exception &) {
        // Offline, refused, a disk that takes no write: the read goes on with the copy last
        // heard, and run() meets the same cause and reports it (or waits in the outbox).
    }
}

ActionFailure ActionRunner::tryRun(const Actor &actor, records::Action action, const Body &body, const Body &afterSend)
{
    try {
        run(actor, action, body, afterSend);
        return {};
    } catch (...) {
        return ActionFailure::fromCurrentException();
    }
}

} // namespace proofdesk::services
