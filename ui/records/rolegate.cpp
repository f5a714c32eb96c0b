#include "rolegate.h"

#include "itemmodels/records/recordscontext.h"
#include "itemmodels/records/roletitle.h"
#include "messagebox.h"

#include <QCoreApplication>
#include <QPointer>

using proofdesk::itemmodels::RecordsContext;
using proofdesk::records::AccessPolicy;
using proofdesk::records::Action;
using proofdesk::records::Role;

namespace rolegate {

namespace {

// lupdate files these texts under the namespace, "rolegate".
QString tr(const char *text) { return QCoreApplication::translate("rolegate", text); }

QString titleOf(Role role) { return proofdesk::itemmodels::roleTitle(proofdesk::records::roleName(role)); }

} // namespace

void whenPermitted(QWidget *parent, RecordsContext *context, Action action, const std::function<void()> &then)
{
    const auto current = context->role();
    if (current && AccessPolicy::permits(*current, action)) {
        then();
        return;
    }
    std::optional<Role> granted;
    for (const Role role : context->roles()) {
        if (!granted && AccessPolicy::permits(role, action))
            granted = role;
    }
    QString what = proofdesk::records::actionPhrase(action); // "adding or configuring repositories"
    if (!what.isEmpty())
        what[0] = what.at(0).toUpper();
    const QString actingAs = current ? titleOf(*current) : tr("no role");
    if (!granted) {
        MessageBox::warning(parent, tr("Not in This Role"),
                            tr("%1 takes the %2 role, which you do not have in this data folder (you act as %3). "
                               "An administrator can grant it.")
                                .arg(what, titleOf(AccessPolicy::rolesFor(action).value(0, Role::Admin)), actingAs));
        return;
    }
    if (MessageBox::question(parent, tr("Switch Role"),
                             tr("%1 takes the %2 role; you act as %3. Switch to %2 and go on? (The switch is "
                                "recorded in the audit trail.)")
                                 .arg(what, titleOf(*granted), actingAs))
        != QMessageBox::Yes)
        return;
    const Role wanted = *granted;
    auto *once = new QObject(context);
    QObject::connect(context, &RecordsContext::roleChanged, once,
                     [once, wanted, then, guard = QPointer<QWidget>(parent)](std::optional<Role> role) {
                         once->deleteLater();
                         if (role == wanted && guard)
                             then();
                     });
    context->switchRole(wanted);
}

} // namespace rolegate
