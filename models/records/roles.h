#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace proofdesk::records {

enum class Role { Agent, Compliance, Records, Admin };

QString roleName(Role role);
std::optional<Role> parseRole(const QString &name);
const QList<Role> &allRoles();

// Everything a user can do, one value per row (or half-row) of DESIGN.md's role table.
enum class Action {
    Search,              // search, view communications, delivery, templates
    ViewCommunication,
    RequestReissue,
    ApproveReissue,      // not one's own: checked by ReissueService
    ExportEvidence,
    ViewOwnAuditEntries,
    ViewAuditTrail,      // everyone's entries, verify and export
    RunFindings,
    OpenExceptionCase,   // from an undelivered or fixity-failed finding: a case in the workflow repository
    ApplyHold,           // create, add and remove items
    ReleaseHold,
    ReviewDisposition,
    ApproveDisposition,
    ExtendRetention,
    ConfigureRepositories,
    GrantRoles,
    ChangeSettings,
};

// The audit trail's name of an action ("hold.create", …) and a phrase for messages.
QString actionName(Action action);
QString actionPhrase(Action action);

struct AccessDecision
{
    bool allowed = false;
    QString message; // why not, naming the roles that may; empty when allowed
};

// DESIGN.md "Roles", as a table the library checks before every action (the user
// interface may hide what is refused, but the check is here).
class AccessPolicy
{
public:
    static bool permits(Role role, Action action);
    static QList<Role> rolesFor(Action action);
    // `user` acting as `role` wants to do `action`.
    static AccessDecision check(const QString &user, Role role, Action action);
};

} // namespace proofdesk::records
