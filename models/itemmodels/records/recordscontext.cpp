#include "recordscontext.h"

#include "cache/cachefile.h"
#include "records/rolegrants.h"

#include <QJsonObject>

namespace proofdesk::itemmodels {

namespace {

struct GrantsRead
{
    QList<records::Role> roles;
    QString error;
};

struct SwitchDone : RecordsOutcome
{
};

} // namespace

RecordsContext::RecordsContext(const QString &databasePath, const QString &dataDir,
                               const records::Identity &identity, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_identity(identity)
{
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
        if (!m_role || !m_roles.contains(*m_role))
            m_role = m_roles.isEmpty() ? std::nullopt : std::optional<records::Role>(m_roles.first());
        emit rolesChanged();
        emit roleChanged(m_role);
    });
    // A data folder nobody has claimed yet (made by `repo add`, or a drop imported elsewhere)
    // is claimed by the first person who opens it, as `proofdesk-cli import` does: audited.
    watcher->setFuture(QtConcurrent::run([identity, databasePath]() -> GrantsRead {
        try {
            cache::Database writer = cache::CacheFile::openWriter(databasePath);
            records::grantAllRolesIfUnclaimed(writer, identity);
            return GrantsRead{records::RoleGrants(writer).rolesOf(identity), {}};
        } catch (const std::exception &e) {
            return GrantsRead{{}, QString::fromUtf8(e.what())};
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
            a.records.record(QStringLiteral("role.switch"), QStringLiteral("role"), a.records.roleText(), {},
                             QJsonObject{{QStringLiteral("role"), before}},
                             QJsonObject{{QStringLiteral("role"), a.records.roleText()}});
            return SwitchDone{};
        },
        [this, role](SwitchDone done) {
            if (!done.ok()) {
                emit switchRefused(done.error);
                emit roleChanged(m_role); // the switcher shows the role still in force
                return;
            }
            m_role = role;
            emit roleChanged(m_role);
        });
}

} // namespace proofdesk::itemmodels
