#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace proofdesk::audit {

// What an audit entry's action (`hold.create`, `reissue.approve`) says to the person reading the
// trail, in their language: the Audit Trail's Action column showed the codes, in German too
// (#64 item 6). The code stays in the entry, in filters, exports and the chain's hash.
class ActionLabels
{
    Q_DECLARE_TR_FUNCTIONS(proofdesk::audit::ActionLabels)

public:
    // A known action's label; an unknown one (a newer desk's, a team server's) as its code.
    static QString label(const QString &action);
    // Every action with a label, as codes.
    static QStringList known();
};

} // namespace proofdesk::audit
