#include "roles.h"

#include <QCoreApplication>
#include <QStringList>

namespace proofdesk::records {

namespace {

struct ActionInfo
{
    Action action;
    const char *name; // its phrase is the audit reason "phrase.<name>" (audit/auditreason.cpp)
    bool agent, compliance, records, admin;
};

// DESIGN.md "Roles". Keep in step with the table there.
constexpr ActionInfo kTable[] = {
    {Action::Search, "search", true, true, true, true},
    {Action::ViewCommunication, "communication.view", true, true, true, true},
    {Action::ExportResults, "results.export", true, true, true, true},
    {Action::RequestReissue, "reissue.request", true, true, false, false},
    {Action::ApproveReissue, "reissue.approve", false, true, false, false},
    {Action::ExportEvidence, "evidence.export", true, true, true, false},
    {Action::ViewOwnAuditEntries, "audit.view_own", true, true, true, false},
    {Action::ViewAuditTrail, "audit.view", false, true, true, false},
    {Action::RunFindings, "findings.run", false, true, true, false},
    {Action::ReviewFinding, "finding.review", false, true, true, false},
    {Action::OpenExceptionCase, "exception_case.open", false, true, false, false},
    {Action::ApplyHold, "hold.apply", false, false, true, false},
    {Action::ReleaseHold, "hold.release", false, false, true, false},
    {Action::ReviewDisposition, "disposition.review", false, false, true, false},
    {Action::ApproveDisposition, "disposition.approve", false, false, true, false},
    {Action::ExtendRetention, "retention.extend", false, false, true, false},
    {Action::ConfigureRepositories, "repository.configure", false, false, false, true},
    {Action::GrantRoles, "role.grant", false, false, false, true},
    {Action::ChangeSettings, "settings.change", false, false, false, true},
    {Action::ManageMatter, "matter.manage", false, true, false, false},
    {Action::ReviewMatter, "matter.review", true, true, true, false},
    {Action::ProduceMatter, "matter.produce", false, true, false, false},
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
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Compliance:
        return QStringLiteral("compliance");
    case Role::Records:
        return QStringLiteral("records");
    case Role::Admin:
        return QStringLiteral("admin");
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
QJsonValue actionPhraseArg(Action action)
{
    return audit::AuditReason::phrase(QLatin1String("phrase.") + QLatin1String(info(action).name));
}

QString actionPhrase(Action action)
{
    return audit::AuditReason(QLatin1String("phrase.") + QLatin1String(info(action).name)).rendered();
}

QJsonArray roleNamesArg(const QList<Role> &roles)
{
    QJsonArray names;
    for (Role r : roles)
        names.append(roleName(r));
    return names;
}

bool AccessPolicy::permits(Role role, Action action)
{
    const ActionInfo &i = info(action);
    switch (role) {
    case Role::Agent:
        return i.agent;
    case Role::Compliance:
        return i.compliance;
    case Role::Records:
        return i.records;
    case Role::Admin:
        return i.admin;
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
    const audit::AuditReason reason("role.not_permitted",
                                    {user, roleName(role), actionPhraseArg(action), roleNamesArg(rolesFor(action))});
    return {false, reason.rendered(), reason};
}

} // namespace proofdesk::records
