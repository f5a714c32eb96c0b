#include "codelabels.h"

#include <QHash>

namespace proofdesk::domain {

namespace {

// QT_TRANSLATE_NOOP: lupdate sees the texts; label() translates them in CodeLabels' context.
const QHash<QString, const char *> &knownLabels()
{
    static const QHash<QString, const char *> labels = {
        // Delivery events and the resulting status.
        {QStringLiteral("queued"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Queued")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Sent")},
        {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Delivered")},
        {QStringLiteral("opened"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Opened")},
        {QStringLiteral("viewed"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Viewed")},
        {QStringLiteral("bounced"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Bounced")},
        {QStringLiteral("returned"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Returned")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Failed")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "No event yet")},
        // Channels.
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Print")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Email")},
        {QStringLiteral("web"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Web")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Mobile")},
        {QStringLiteral("sms"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "SMS")},
        // Origins.
        {QStringLiteral("original"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Original")},
        {QStringLiteral("reissue"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Reissue")},
        {QStringLiteral("regeneration"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Regeneration")},
        // Fixity.
        {QStringLiteral("verified"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Verified")},
        {QStringLiteral("missing"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Missing")},
        // Template statuses.
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Draft")},
        {QStringLiteral("in_review"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "In review")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Approved")},
        {QStringLiteral("superseded"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Superseded")},
        {QStringLiteral("retired"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Retired")},
        // Communication types of the Exstream demo and the common repository profiles.
        {QStringLiteral("statement"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Statement")},
        {QStringLiteral("invoice"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Invoice")},
        {QStringLiteral("policy_document"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Policy document")},
        {QStringLiteral("renewal_letter"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Renewal letter")},
        {QStringLiteral("premium_notice"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Premium notice")},
        {QStringLiteral("claim_acknowledgement"),
         QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Claim acknowledgement")},
        {QStringLiteral("missing_information_request"),
         QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Missing information request")},
        {QStringLiteral("settlement_notice"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Settlement notice")},
        {QStringLiteral("denial_letter"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Denial letter")},
        {QStringLiteral("complaint_response"),
         QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Complaint response")},
        {QStringLiteral("fee_change_notice"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Fee change notice")},
        {QStringLiteral("privacy_notice"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Privacy notice")},
        {QStringLiteral("terms_update"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Terms update")},
        {QStringLiteral("payment_schedule"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Payment schedule")},
        {QStringLiteral("approval_letter"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Approval letter")},
        {QStringLiteral("condition_notice"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Condition notice")},
        {QStringLiteral("closing_package"), QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Closing package")},
        {QStringLiteral("account_change_notice"),
         QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Account change notice")},
        {QStringLiteral("service_confirmation"),
         QT_TRANSLATE_NOOP("proofdesk::domain::CodeLabels", "Service confirmation")},
    };
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
