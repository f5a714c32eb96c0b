#pragma once

#include <QCoreApplication>
#include <QString>

namespace proofdesk::domain {

// The label a person reads for a code the cache stores (`claim_acknowledgement`,
// `in_review`, `bounced`, `print`): every view that shows a type, status, channel, origin
// or fixity asks here, so that the results, details, delivery timeline and filters agree
// and one translation covers them all. The codes themselves stay in queries and exports.
class CodeLabels
{
    Q_DECLARE_TR_FUNCTIONS(proofdesk::domain::CodeLabels)

public:
    // A known code's translated label; an unknown one (a repository's own type) spelled out:
    // underscores become spaces and the first letter is capitalised. Empty stays empty.
    static QString label(const QString &code);
};

} // namespace proofdesk::domain
