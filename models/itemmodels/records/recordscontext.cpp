#include "recordscontext.h"

#include "itemmodels/asyncread.h"

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
    readAsync<GrantsRead>(
        m_databasePath, this,
        [identity](cache::Database &db) { return GrantsRead{records::RoleGrants(db).rolesOf(identity), {}}; },
        [this](GrantsRead read) {
            m_roles = read.roles;
            m_loaded = true;
            if (!m_role || !m_roles.contains(*m_role))
                m_role = m_roles.isEmpty() ? std::nullopt : std::optional<records::Role>(m_roles.first());
            emit rolesChanged();
            emit roleChanged(m_role);
        });
}

void RecordsContext::switchRole(records::Role role)
{
    if (m_role == role)
        return;
    const QString before = m_role ? records::roleName(*m_role) : QString();
    runRecordsAsync<SwitchDone>(
        m_databasePath, Actor{m_identity, role}, this,
        [before](const records::RecordsSession &session) {
            session.record(QStringLiteral("role.switch"), QStringLiteral("role"), session.roleText(), {},
                           QJsonObject{{QStringLiteral("role"), before}},
                           QJsonObject{{QStringLiteral("role"), session.roleText()}});
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
