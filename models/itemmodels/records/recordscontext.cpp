#include "recordscontext.h"

#include "cache/cachefile.h"
#include "records/rolegrants.h"
#include "sync/credentials/credentialstore.h"
#include "team/teamlistener.h"
#include "team/teamlogin.h"

#include <QJsonObject>
#include <QTimer>

namespace proofdesk::itemmodels {

namespace {

struct GrantsRead
{
    QList<records::Role> roles;
    QString error;
    QString teamUser; // connected to a team: the login the server authenticated
};

struct MirrorRefreshed : RecordsOutcome
{};

struct SwitchDone : RecordsOutcome
{};

} // namespace

RecordsContext::RecordsContext(const QString &databasePath, const QString &dataDir, const records::Identity &identity,
                               QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_identity(identity)
{
    try {
        if (const auto config = team::TeamConfig::load(dataDir); config && !config->disconnected) {
            m_team.configured = true;
            m_team.url = config->url;
            m_team.user = config->user;
            m_team.protection = config->protectionSummary();
            m_team.verified = config->protectionVerified();
            // The keychain is read here, on the GUI thread, once: the team's connections are
            // opened on worker threads, which then find the password in session memory.
            sync::CredentialStore().preload(config->credentialName(), config->user);
            m_identity = records::Identity{config->user, QStringLiteral("team"), {}};
            startListening();
        }
    } catch (const std::exception &e) {
        m_team.configured = true;
        m_team.problem = QString::fromUtf8(e.what());
    }
}

void RecordsContext::startListening()
{
    m_listener = new team::TeamListener(*team::TeamConfig::load(m_dataDir), this);
    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(150);
    connect(m_refreshSoon, &QTimer::timeout, this, &RecordsContext::refreshFromTeam);
    connect(m_listener, &team::TeamListener::holdsChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    connect(m_listener, &team::TeamListener::reissuesChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    connect(m_listener, &team::TeamListener::findingReviewsChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    connect(m_listener, &team::TeamListener::auditAppended, this, &RecordsContext::auditAppended);
    connect(m_listener, &team::TeamListener::mattersChanged, this, &RecordsContext::teamMattersChanged);
    connect(m_listener, &team::TeamListener::serverChanged, this, [this](const team::ServerReplication &server) {
        m_team.server = server.server;
        m_team.primary = server.primary;
        m_team.synchronous = server.synchronous();
        m_team.replication = server.summary();
        m_team.replicationWarning = server.warning();
        emit teamChanged();
    });
    connect(m_listener, &team::TeamListener::connectionChanged, this, [this](bool connected, const QString &problem) {
        m_team.connected = connected;
        m_team.problem = problem;
        emit teamChanged();
    });
    m_listener->start();
}

// An action that does nothing: opening it brings the local copy of the team's holds,
// reissues and finding reviews up to date (services::ActionRunner), off the GUI thread.
void RecordsContext::refreshFromTeam()
{
    runRecordsAsync<MirrorRefreshed>(
        m_databasePath, m_dataDir, actor(), records::Action::Search, this,
        [](services::ActionContext &) { return MirrorRefreshed{}; },
        [this](MirrorRefreshed done) {
            if (done.ok())
                emit teamRecordsChanged();
        });
}

std::shared_ptr<services::ReadSession> RecordsContext::readSession()
{
    if (!m_reads)
        m_reads = std::make_shared<services::ReadSession>(m_databasePath, m_dataDir, actor());
    return m_reads;
}

bool RecordsContext::permits(records::Action action) const
{
    return m_role && records::AccessPolicy::permits(*m_role, action);
}

void RecordsContext::reload()
{
    const records::Identity identity = m_identity;
    const QString databasePath = m_databasePath;
    auto *watcher = new QFutureWatcher<GrantsRead>(this);
    connect(watcher, &QFutureWatcher<GrantsRead>::finished, this, [this, watcher] {
        const GrantsRead read = watcher->result();
        watcher->deleteLater();
        m_roles = read.roles;
        m_loaded = true;
        if (m_team.configured) {
            if (!read.teamUser.isEmpty())
                m_identity.user = read.teamUser;
            if (!read.error.isEmpty())
                m_team.problem = read.error;
            emit teamChanged();
        }
        if (!m_role || !m_roles.contains(*m_role))
            m_role = m_roles.isEmpty() ? std::nullopt : std::optional<records::Role>(m_roles.first());
        m_reads.reset(); // the next read asks as the actor is now
        emit rolesChanged();
        emit roleChanged(m_role);
    });
    // A data folder nobody has claimed yet (made by `repo add`, or a drop imported elsewhere)
    // is claimed by the first person who opens it, as `proofdesk-cli import` does: audited.
    const bool team = m_team.configured;
    const QString dataDir = m_dataDir;
    watcher->setFuture(QtConcurrent::run([identity, databasePath, team, dataDir]() -> GrantsRead {
        if (team) {
            // A team's roles are the login's group memberships on the server.
            std::optional<team::TeamConfig> config;
            try {
                config = team::TeamConfig::load(dataDir);
                const team::TeamLogin::Membership login = team::TeamLogin::membership(*config);
                return GrantsRead{login.roles, {}, login.user};
            } catch (const std::exception &e) {
                // Unreachable: the roles the server last gave this login (actions wait in the
                // folder and the server checks them again when it is back).
                QList<records::Role> lastKnown;
                for (const QString &r : config ? config->roles : QStringList())
                    if (const auto role = records::parseRole(r))
                        lastKnown << *role;
                return GrantsRead{lastKnown, QString::fromUtf8(e.what()), {}};
            }
        }
        try {
            cache::Database writer = cache::CacheFile::openWriter(databasePath);
            records::grantAllRolesIfUnclaimed(writer, identity);
            return GrantsRead{records::RoleGrants(writer).rolesOf(identity), {}, {}};
        } catch (const std::exception &e) {
            return GrantsRead{{}, QString::fromUtf8(e.what()), {}};
        }
    }));
}

void RecordsContext::switchRole(records::Role role)
{
    if (m_role == role)
        return;
    const QString before = m_role ? records::roleName(*m_role) : QString();
    // Every role may search: opening the action in `role` checks only that it is granted.
    runRecordsAsync<SwitchDone>(
        m_databasePath, m_dataDir, Actor{m_identity, role}, records::Action::Search, this,
        [before](services::ActionContext &a) {
            a.records.actor().record(QStringLiteral("role.switch"), QStringLiteral("role"),
                                     a.records.actor().roleText(), {}, QJsonObject{{QStringLiteral("role"), before}},
                                     QJsonObject{{QStringLiteral("role"), a.records.actor().roleText()}});
            return SwitchDone{};
        },
        [this, role](SwitchDone done) {
            if (!done.ok()) {
                emit switchRefused(done.error);
                emit roleChanged(m_role); // the switcher shows the role still in force
                return;
            }
            m_role = role;
            m_reads.reset();
            emit roleChanged(m_role);
        });
}

} // namespace proofdesk::itemmodels
