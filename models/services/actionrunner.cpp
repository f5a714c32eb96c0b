#include "actionrunner.h"

#include "cache/cachefile.h"
#include "records/localrecordsstore.h"
#include "records/rolegrants.h"
#include "records/session.h"
#include "team/pgconnection.h"
#include "team/teamlogin.h"
#include "team/teammirror.h"
#include "team/teamrecordsstore.h"

#include <exception>

namespace proofdesk::services {

namespace {

qint64 pendingOutboxItems(cache::Database &writer)
{
    return writer.queryInt("SELECT count(*) FROM rec.outbox WHERE state = 'pending'");
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
{
}

// A team's records (team connect): the login and its group roles are the server's; this
// desktop's cache and outbox are reached through a system session on the writer.
void ActionRunner::runTeam(const team::TeamConfig &config, cache::Database &writer, const Actor &actor,
                           records::Action action, const Body &body, const Body &afterSend)
{
    team::TeamLogin login = team::TeamLogin::open(config);
    QString why;
    const std::optional<records::Role> role = login.roleFor(actor.role, action, &why);
    if (!role) {
        if (!login.roles.isEmpty()) {
            const records::Role recordAs = actor.role && login.roles.contains(*actor.role) ? *actor.role : login.roles.first();
            try {
                login.connection->exec(QStringLiteral("SELECT proofdesk.record(NULL, $1, $2, 'refused', '', NULL, $3, NULL, NULL, $4)"),
                                       {records::roleName(recordAs), records::actionName(action), why,
                                        records::RecordsSession::system(writer, actor.identity).device()});
            } catch (const team::TeamError &) {
            }
        }
        throw records::RecordsError(records::RecordsError::Kind::Refused, why);
    }
    const records::Identity identity{login.connection->user(), QStringLiteral("team"), {}};
    const records::RecordsSession local = records::RecordsSession::system(writer, identity);
    // The mirror first (what this desktop sent goes up, what others did comes down), so that
    // the action and what it reads see the team's state.
    team::TeamMirror(*login.connection, writer).refreshAll(local.device());
    team::TeamRecordsStore store([config] { return team::TeamLogin::connect(config); }, std::move(login.connection),
                                 *role, local, m_dataDir);
    ActionContext context{store, writer, m_dataDir, local};
    const qint64 queuedBefore = pendingOutboxItems(writer);
    const bool resumed = store.resumeApproved() > 0;
    body(context);
    if (resumed || pendingOutboxItems(writer) > queuedBefore)
        m_flush = store.flushOutbox();
    if (afterSend)
        afterSend(context);
}

void ActionRunner::run(const Actor &actor, records::Action action, const Body &body, const Body &afterSend)
{
    m_flush = {};
    cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
    if (const auto team = team::TeamConfig::load(m_dataDir)) {
        if (!team->disconnected) {
            runTeam(*team, writer, actor, action, body, afterSend);
            return;
        }
        if (!isRead(action))
            throw records::RecordsError(
                records::RecordsError::Kind::Refused,
                QStringLiteral("This data folder's records are a read-only copy of the team database %1 since "
                               "`team disconnect`: %2 happens on the team. `proofdesk-cli team connect %1` connects "
                               "it again.").arg(team->url, records::actionPhrase(action)));
    }
    if (m_claim)
        records::grantAllRolesIfUnclaimed(writer, actor.identity);
    const records::RecordsSession session =
        records::RecordsSession::openFor(writer, actor.identity, actor.role, action);
    records::LocalRecordsStore store(session, m_dataDir);
    ActionContext context{store, writer, m_dataDir, session};
    // The outbox is sent when this action queued something (items that failed before go
    // along); a read or a refused action does not wait for an offline repository.
    const qint64 queuedBefore = pendingOutboxItems(writer);
    body(context);
    if (pendingOutboxItems(writer) > queuedBefore)
        m_flush = store.flushOutbox();
    if (afterSend)
        afterSend(context);
}

ActionFailure ActionRunner::tryRun(const Actor &actor, records::Action action, const Body &body,
                                   const Body &afterSend)
{
    try {
        run(actor, action, body, afterSend);
        return {};
    } catch (...) {
        return ActionFailure::fromCurrentException();
    }
}

} // namespace proofdesk::services
