#pragma once

#include "audit/auditreason.h"

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
    Search, // search, view communications, delivery, templates
    ViewCommunication,
    ExportResults, // a list of search results written to a file (CSV)
    RequestReissue,
    ApproveReissue, // not one's own: checked by ReissueService
    ExportEvidence,
    ViewOwnAuditEntries,
    ViewAuditTrail, // everyone's entries, verify and export
    RunFindings,
    ReviewFinding,     // mark a finding reviewed (what was checked or done)
    OpenExceptionCase, // from an undelivered or fixity-failed finding: a case in the workflow repository
    ApplyHold,         // create, add and remove items
    ReleaseHold,
    ReviewDisposition,
    ApproveDisposition,
    ExtendRetention,
    ConfigureRepositories,
    GrantRoles,
    ChangeSettings,
    ManageMatter,  // open a matter, add its searches and members, watch, close
    ReviewMatter,  // see a matter and tag its letters (an agent only once added to it)
    ProduceMatter, // a production of a matter's letters
};

// The audit trail's name of an action ("hold.create", …) and a phrase for messages (in the
// interface language; as a parameter of a coded reason, actionPhraseArg).
QString actionName(Action action);
QString actionPhrase(Action action);
QJsonValue actionPhraseArg(Action action);
// Role names as a coded reason's parameter ("records or compliance" when rendered).
QJsonArray roleNamesArg(const QList<Role> &roles);

struct AccessDecision
{
    bool allowed = false;
    QString message;           // why not, naming the roles that may; empty when allowed
    audit::AuditReason reason; // the same, as the audit trail keeps it
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
