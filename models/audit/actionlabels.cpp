#include "actionlabels.h"

#include "util/keyedtexts.h"

#include <QHash>

namespace proofdesk::audit {

namespace {

// QT_TRANSLATE_NOOP: lupdate sees the texts; label() translates them in ActionLabels' context.
const util::KeyedText kKnownActions[] = {
    {"audit.anchor", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Audit anchor written")},
    {"audit.export", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Audit trail exported")},
    {"audit.verify", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Audit trail verified")},
    {"communication.keep_offline", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Kept offline")},
    {"disposition.approve", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Disposition approved")},
    {"disposition.review", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Disposition reviewed")},
    {"disposition.pending", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Disposition pending")},
    {"evidence.export", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Evidence package exported")},
    {"report.export", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Audit report exported")},
    {"exception_case.open", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Exception case opened")},
    {"exception_case.engine_outcome",
     QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Exception case ended by the workflow")},
    {"finding.review", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Finding reviewed")},
    {"hold.create", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Legal hold placed")},
    {"hold.add", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Letters added to a hold")},
    {"hold.remove", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Letters removed from a hold")},
    {"hold.release", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Legal hold released")},
    {"hold.send", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Hold sent to the repository")},
    {"matter.open", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Matter opened")},
    {"matter.close", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Matter closed")},
    {"matter.add_search", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Search added to a matter")},
    {"matter.member", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Matter member changed")},
    {"matter.tag", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Letter tagged")},
    {"matter.watch", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Search watched")},
    {"production.start", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Production started")},
    {"production.create", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Production made")},
    {"records.restored", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Records restored")},
    {"records.start_empty", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Records started empty")},
    {"reissue.request", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Reissue requested")},
    {"reissue.submit", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Reissue submitted")},
    {"reissue.approve", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Reissue approved")},
    {"reissue.reject", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Reissue rejected")},
    {"reissue.cancel", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Reissue cancelled")},
    {"reissue.queue", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Reissue queued")},
    {"reissue.fulfil", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Reissue fulfilled")},
    {"reissue.withheld", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Reissue withheld")},
    {"reissue.engine_outcome", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Reissue ended by the workflow")},
    {"repository.add", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Repository added")},
    {"repository.change", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Repository changed")},
    {"repository.remove", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Repository removed")},
    {"repository.password", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Repository password changed")},
    {"repository.scope", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Sync scope changed")},
    {"repository.delete_held",
     QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Held letter deleted in the repository")},
    {"repository.witness", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Repository witnessed")},
    {"repository.witness_changed",
     QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Changed in the repository without a record")},
    {"repository.witness_gone",
     QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Gone from the repository without a deletion")},
    {"retention.extend", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Retention extended")},
    {"role.grant", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Role granted")},
    {"role.revoke", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Role revoked")},
    {"role.switch", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Role switched")},
    {"role.assume", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Role taken")},
    {"settings.change", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Setting changed")},
    {"communication.view", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Letter viewed")},
    {"audit.view", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Audit trail viewed")},
    {"audit.view_own", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Own audit entries viewed")},
    {"findings.run", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Findings run")},
    {"matter.manage", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Matter managed")},
    {"matter.produce", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Matter produced")},
    {"matter.review", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Matter reviewed")},
    {"repository.configure", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Repository configured")},
    {"disposition.decide", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Disposition decided")},
    {"role.not_permitted", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Not permitted in the role")},
    {"search", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Search")},
    {"team.session_end", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Team session ended")},
    {"team.connect", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Joined the team database")},
    {"team.user_add", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Team member added")},
    {"facts.publish", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Letters published to the team")},
    {"facts.withdraw", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Letters withdrawn from the team")},
    {"results.export", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Search results exported")},
    {"reissue.withdraw", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Reissue withdrawn")},
    {"hold.apply", QT_TRANSLATE_NOOP("proofdesk::audit::ActionLabels", "Legal hold applied")},
};

} // namespace

QString ActionLabels::label(const QString &action)
{
    static const auto labels = util::textsByKey<QHash<QString, const char *>>(kKnownActions);
    const char *text = labels.value(action);
    return text ? tr(text) : action;
}

QStringList ActionLabels::known()
{
    QStringList out;
    for (const util::KeyedText &known : kKnownActions)
        out << QString::fromLatin1(known.key);
    return out;
}

} // namespace proofdesk::audit
