#include "codelabels.h"

#include <QHash>

namespace proofdesk::domain {

namespace {

// The codes stored in the cache with a label each. QT_TRANSLATE_NOOP: lupdate sees the texts;
// label() translates them in CodeLabels' context.
struct KnownLabel
{
    const char *code;
    const char *label;
};
const KnownLabel kKnownLabels[] = {
    // Delivery events and the resulting status.
    {"queued", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Queued")},
    {"sent", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Sent")},
    {"delivered", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Delivered")},
    {"opened", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Opened")},
    {"viewed", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Viewed")},
    {"bounced", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Bounced")},
    {"returned", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Returned")},
    {"failed", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Failed")},
    {"none", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "No event yet")},
    // Channels.
    {"print", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Print")},
    {"email", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Email")},
    {"web", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Web")},
    {"mobile", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Mobile")},
    {"sms", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "SMS")},
    // Origins.
    {"original", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Original")},
    {"reissue", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Reissue")},
    {"regeneration", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Regeneration")},
    // Fixity.
    {"verified", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Verified")},
    {"missing", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Missing")},
    // Template statuses.
    {"draft", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Draft")},
    {"in_review", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "In review")},
    {"approved", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Approved")},
    {"superseded", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Superseded")},
    {"retired", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Retired")},
    {"active", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Active")},
    // Approval decisions ("approved" above).
    {"rejected", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Rejected")},
    // Communication types of the Exstream demo and the common repository profiles.
    {"statement", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Statement")},
    {"invoice", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Invoice")},
    {"policy_document", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Policy document")},
    {"renewal_letter", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Renewal letter")},
    {"premium_notice", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Premium notice")},
    {"claim_acknowledgement", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Claim acknowledgement")},
    {"missing_information_request", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Missing information request")},
    {"settlement_notice", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Settlement notice")},
    {"denial_letter", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Denial letter")},
    {"complaint_response", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Complaint response")},
    {"fee_change_notice", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Fee change notice")},
    {"privacy_notice", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Privacy notice")},
    {"terms_update", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Terms update")},
    {"payment_schedule", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Payment schedule")},
    {"approval_letter", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Approval letter")},
    {"condition_notice", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Condition notice")},
    {"closing_package", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Closing package")},
    {"account_change_notice", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Account change notice")},
    {"service_confirmation", QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Service confirmation")},
};

const QHash<QString, const char *> &knownLabels()
{
    static const QHash<QString, const char *> labels = [] {
        QHash<QString, const char *> out;
        for (const KnownLabel &known : kKnownLabels)
            out.insert(QString::fromLatin1(known.code), known.label);
        return out;
    }();
    return labels;
}

} // namespace

QString CodeLabels::label(const QString &code)
{
    if (const char *known = knownLabels().value(code.toLower()))
        return tr(known);
    QString spelled = code.trimmed();
    spelled.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!spelled.isEmpty())
        spelled[0] = spelled.at(0).toUpper();
    return spelled;
}

} // namespace proofdesk::domain
