#include "roles.h"

#include <QCoreApplication>
#include <QStringList>

namespace proofdesk::records {

namespace {

struct ActionInfo
{
    Action action;
    const char *name;
    const char *phrase;
    bool agent, compliance, records, admin;
};

// DESIGN.md "Roles". Keep in step with the table there.
constexpr ActionInfo kTable[] = {
    {Action::Search, "search", "searching communications", true, true, true, true},
    {Action::ViewCommunication, "communication.view", "viewing a communication", true, true, true, true},
    {Action::RequestReissue, "reissue.request", "requesting a reissue", true, true, false, false},
    {Action::ApproveReissue, "reissue.approve", "approving a reissue", false, true, false, false},
    {Action::ExportEvidence, "evidence.export", "exporting an evidence package", true, true, true, false},
    {Action::ViewOwnAuditEntries, "audit.view_own", "viewing your own audit entries", true, true, true, false},
    {Action::ViewAuditTrail, "audit.view", "viewing, verifying or exporting the whole audit trail", false, true, true, false},
    {Action::RunFindings, "findings.run", "running the compliance findings", false, true, true, false},
    {Action::OpenExceptionCase, "exception_case.open", "opening an exception case from a finding", false, true, false, false},
    {Action::ApplyHold, "hold.apply", "applying or changing a legal hold", false, false, true, false},
    {Action::ReleaseHold, "hold.release", "releasing a legal hold", false, false, true, false},
    {Action::ReviewDisposition, "disposition.review", "reviewing what is due for disposition", false, false, true, false},
    {Action::ApproveDisposition, "disposition.approve", "approving a disposition", false, false, true, false},
    {Action::ExtendRetention, "retention.extend", "changing retention", false, false, true, false},
    {Action::ConfigureRepositories, "repository.configure", "adding or configuring repositories", false, false, false, true},
    {Action::GrantRoles, "role.grant", "granting roles", false, false, false, true},
    {Action::ChangeSettings, "settings.change", "changing settings", false, false, false, true},
};

const ActionInfo &info(Action action)
{
    for (const ActionInfo &i : kTable) {
        if (i.action == action)
            return i;
    }
    return kTable[0]; // unreachable: every Action is in the table
}

} // namespace

const QList<Role> &allRoles()
{
    static const QList<Role> roles = {Role::Agent, Role::Compliance, Role::Records, Role::Admin};
    return roles;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Agent: return QStringLiteral("agent");
    case Role::Compliance: return QStringLiteral("compliance");
    case Role::Records: return QStringLiteral("records");
    case Role::Admin: return QStringLiteral("admin");
    }
    return QString();
}

std::optional<Role> parseRole(const QString &name)
{
    for (Role r : allRoles()) {
        if (roleName(r).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QString actionName(Action action) { return QLatin1String(info(action).name); }
QString actionPhrase(Action action) { return QLatin1String(info(action).phrase); }

bool AccessPolicy::permits(Role role, Action action)
{
    const ActionInfo &i = info(action);
    switch (role) {
    case Role::Agent: return i.agent;
    case Role::Compliance: return i.compliance;
    case Role::Records: return i.records;
    case Role::Admin: return i.admin;
    }
    return false;
}

QList<Role> AccessPolicy::rolesFor(Action action)
{
    QList<Role> roles;
    for (Role r : allRoles()) {
        if (permits(r, action))
            roles << r;
    }
    return roles;
}

AccessDecision AccessPolicy::check(const QString &user, Role role, Action action)
{
    if (permits(role, action))
        return {true, {}};
    QStringList names;
    for (Role r : rolesFor(action))
        names << roleName(r);
    return {false, QCoreApplication::translate("proofdesk::records::AccessPolicy",
                                               "%1 is not permitted in the %2 role: %3 needs the %4 role. "
                                               "Switch role if you have it, or ask someone who does.")
                       .arg(user, roleName(role), actionPhrase(action),
                            names.join(QLatin1String(" or ")))};
}

} // namespace proofdesk::records
