#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The reissue rules of DESIGN.md "Records rules", in one place. ReissueService decides with
// them; the Reissue dialog shows what the service's dry run (ReissueRecords::planReissue)
// decided with them; the team server decides with proofdesk.reissue_needs_approval(), which
// tests hold to the same table of cases (tests/rules). docs/rules.md lists the cases.
namespace proofdesk::domain {

// The channels a letter can be sent again by: print, email, web, mobile, sms.
const QStringList &reissueChannels();

// The addresses of a communication's recipient, as the repository gave them.
struct Recipient
{
    QString email;
    QString address; // postal
    QString phone;
};

// Where a letter on `channel` reaches the recipient: the e-mail address by email, the postal
// address in print, the phone by sms or mobile; by web, the customer's portal, which has no
// address (empty). Empty for a channel that is none of those.
QString destinationOn(const Recipient &recipient, const QString &channel);

// What is wrong with sending a letter on `channel` to `destination`, as far as its shape tells:
// an e-mail address has one @ and a dot after it, a phone number (sms, mobile) is digits with
// + - ( ) . / and spaces, a postal address (print) has letters and no @, and the portal (web)
// takes no address. A route nobody could deliver is refused before anyone approves it.
enum class DestinationProblem { None, Missing, NotAnEmail, NotAPhone, NotPostal, PortalTakesNoAddress };
DestinationProblem destinationProblem(const QString &channel, const QString &destination);

// Whether two destinations are one: equal once trimmed, every run of white space made one
// space (QChar::isSpace) and folded (domain/textfold.h). "Anna@Example.com " is
// "anna@example.com"; "1 Main St" is not "1 Main Street".
bool sameDestination(const QString &a, const QString &b);

// A letter's route: its channel and the destination on it.
struct ReissueRoute
{
    QString channel;
    QString destination;
};

// Whether a reissue needs a compliance officer other than the requester: every regeneration,
// and a resend by another channel or to another destination than the original's. A resend
// whose original route is not known (the team server has no facts about the letter) needs
// approval too: unknown is never safe. `mode` is resend or regenerate.
bool reissueNeedsApproval(const QString &mode, const std::optional<ReissueRoute> &original,
                          const ReissueRoute &requested);

} // namespace proofdesk::domain
