#include "communication.h"

#include <QStringList>

namespace proofdesk::domain {

QString fixityName(Fixity f)
{
    switch (f) {
    case Fixity::Verified:
        return QStringLiteral("verified");
    case Fixity::Failed:
        return QStringLiteral("failed");
    case Fixity::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString Communication::searchableIds() const
{
    QStringList ids;
    for (const QString *v : {&id, &customerId, &accountId, &policyId, &claimId, &loanId, &caseId, &workspaceId})
        if (!v->isEmpty())
            ids << *v;
    return ids.join(QLatin1Char(' '));
}

} // namespace proofdesk::domain
