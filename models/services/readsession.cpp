#include "readsession.h"

#include "cache/cachefile.h"
#include "records/localrecordsstore.h"
#include "records/session.h"
#include "team/pgconnection.h"
#include "team/teamconfig.h"
#include "team/teamlogin.h"
#include "team/teamrecordsstore.h"
#include "util/translation.h"

namespace proofdesk::services {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::services::ReadSession", "proofdesk::services", text);
}

} // namespace

ReadSession::ReadSession(QString databasePath, QString dataDir, Actor actor)
    : m_databasePath(std::move(databasePath))
    , m_dataDir(std::move(dataDir))
    , m_actor(std::move(actor))
{}

ReadSession::~ReadSession() = default;

void ReadSession::read(records::Action action, const ActionRunner::Body &body)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_reader)
        m_reader = std::make_unique<cache::Database>(cache::CacheFile::openReader(m_databasePath));
    const auto team = team::TeamConfig::load(m_dataDir);
    if (team && !team->disconnected)
        readTeam(*team, action, body);
    else
        readLocal(action, body);
}

ActionFailure ReadSession::tryRead(records::Action action, const ActionRunner::Body &body)
{
    try {
        read(action, body);
    } catch (...) {
        return ActionFailure::fromCurrentException();
    }
    return {};
}

void ReadSession::readLocal(records::Action action, const ActionRunner::Body &body)
{
    const records::RecordsSession session =
        records::RecordsSession::forReading(*m_reader, m_actor.identity, m_actor.role, action);
    records::LocalRecordsStore store(session, m_dataDir);
    store.setReadOnly(tr("This is a read: it changes nothing."));
    ActionContext context{store, *m_reader, m_dataDir, session};
    body(context);
}

// One login for every read of this session; gone (a failover), the next read logs in again.
void ReadSession::readTeam(const team::TeamConfig &config, records::Action action, const ActionRunner::Body &body)
{
    if (m_team && !m_team->isOffline()) {
        try {
            m_team->connection();
        } catch (const team::TeamError &) {
            m_team.reset();
        }
    }
    if (!m_team) {
        team::TeamLogin login = team::TeamLogin::open(config);
        QString why;
        const std::optional<records::Role> role = login.roleFor(m_actor.role, action, &why);
        if (!role)
            throw records::RecordsError(records::RecordsError::Kind::Refused, why); // told, not recorded
        const records::Identity identity{login.connection->user(), QStringLiteral("team"), {}};
        m_teamLocal = std::make_unique<records::RecordsSession>(records::RecordsSession::system(*m_reader, identity));
        m_team = std::make_unique<team::TeamRecordsStore>([config] { return team::TeamLogin::connect(config); },
                                                          std::move(login.connection), *role, *m_teamLocal, m_dataDir);
    }
    if (!records::AccessPolicy::permits(*m_team->actor().role(), action))
        throw records::RecordsError(
            records::RecordsError::Kind::Refused,
            records::AccessPolicy::check(m_team->actor().user(), *m_team->actor().role(), action).message);
    ActionContext context{*m_team, *m_reader, m_dataDir, *m_teamLocal};
    body(context);
}

} // namespace proofdesk::services
