#include "codelabels.h"

#include <QHash>

namespace proofdesk::itemmodels {

namespace {

// QT_TRANSLATE_NOOP: lupdate sees the texts; label() translates them in CodeLabels' context.
const QHash<QString, const char *> &knownLabels()
{
    static const QHash<QString, const char *> labels = {
        // Delivery events and the resulting status.
        {QStringLiteral("queued"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Queued")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Sent")},
        {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Delivered")},
        {QStringLiteral("opened"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Opened")},
        {QStringLiteral("viewed"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Viewed")},
        {QStringLiteral("bounced"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Bounced")},
        {QStringLiteral("returned"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Returned")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Failed")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "No event yet")},
        // Channels.
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Print")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Email")},
        {QStringLiteral("web"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Web")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Mobile")},
        {QStringLiteral("sms"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "SMS")},
        // Origins.
        {QStringLiteral("original"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Original")},
        {QStringLiteral("reissue"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Reissue")},
        {QStringLiteral("regeneration"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Regeneration")},
        // Fixity.
        {QStringLiteral("verified"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Verified")},
        {QStringLiteral("missing"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Missing")},
        // Template statuses.
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Draft")},
        {QStringLiteral("in_review"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "In review")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Approved")},
        {QStringLiteral("superseded"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Superseded")},
        {QStringLiteral("retired"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Retired")},
        // Communication types of the Exstream demo and the common repository profiles.
        {QStringLiteral("statement"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Statement")},
        {QStringLiteral("invoice"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Invoice")},
        {QStringLiteral("policy_document"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Policy document")},
        {QStringLiteral("renewal_letter"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Renewal letter")},
        {QStringLiteral("premium_notice"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Premium notice")},
        {QStringLiteral("claim_acknowledgement"),
         QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Claim acknowledgement")},
        {QStringLiteral("missing_information_request"),
         QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Missing information request")},
        {QStringLiteral("settlement_notice"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Settlement notice")},
        {QStringLiteral("denial_letter"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Denial letter")},
        {QStringLiteral("complaint_response"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Complaint response")},
        {QStringLiteral("fee_change_notice"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Fee change notice")},
        {QStringLiteral("privacy_notice"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Privacy notice")},
        {QStringLiteral("terms_update"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Terms update")},
        {QStringLiteral("payment_schedule"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Payment schedule")},
        {QStringLiteral("approval_letter"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Approval letter")},
        {QStringLiteral("condition_notice"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Condition notice")},
        {QStringLiteral("closing_package"), QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Closing package")},
        {QStringLiteral("account_change_notice"),
         QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Account change notice")},
        {QStringLiteral("service_confirmation"),
         QT_TRANSLATE_NOOP("proofdesk::itemmodels::CodeLabels", "Service confirmation")},
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

} // namespace proofdesk::itemmodels
