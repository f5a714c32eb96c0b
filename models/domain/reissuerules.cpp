#include "reissuerules.h"

#include "textfold.h"

namespace proofdesk::domain {

const QStringList &reissueChannels()
{
    static const QStringList channels = {QStringLiteral("print"), QStringLiteral("email"), QStringLiteral("web"),
                                         QStringLiteral("mobile"), QStringLiteral("sms")};
    return channels;
}

QString destinationOn(const Recipient &recipient, const QString &channel)
{
    const QString ch = foldCase(channel.trimmed());
    if (ch == QLatin1String("email"))
        return recipient.email;
    if (ch == QLatin1String("print"))
        return recipient.address;
    if (ch == QLatin1String("sms") || ch == QLatin1String("mobile"))
        return recipient.phone;
    return QString(); // web: the customer's portal, no address
}

namespace {

bool looksLikeEmail(const QString &d)
{
    const qsizetype at = d.indexOf(QLatin1Char('@'));
    if (at <= 0 || d.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return false;
    for (const QChar c : d)
        if (c.isSpace())
            return false;
    const qsizetype dot = d.indexOf(QLatin1Char('.'), at + 2);
    return dot > 0 && dot < d.size() - 1;
}

bool looksLikePhone(const QString &d)
{
    int digits = 0;
    for (const QChar c : d) {
        if (c.isDigit())
            ++digits;
        else if (!c.isSpace() && !QStringLiteral("+-()./").contains(c))
            return false;
    }
    return digits >= 6;
}

bool looksPostal(const QString &d)
{
    if (d.contains(QLatin1Char('@')))
        return false;
    for (const QChar c : d)
        if (c.isLetter())
            return true;
    return false;
}

} // namespace

DestinationProblem destinationProblem(const QString &channel, const QString &destination)
{
    const QString ch = foldCase(channel.trimmed());
    const QString d = destination.trimmed();
    if (ch == QLatin1String("web"))
        return d.isEmpty() ? DestinationProblem::None : DestinationProblem::PortalTakesNoAddress;
    if (d.isEmpty())
        return DestinationProblem::Missing;
    if (ch == QLatin1String("email"))
        return looksLikeEmail(d) ? DestinationProblem::None : DestinationProblem::NotAnEmail;
    if (ch == QLatin1String("sms") || ch == QLatin1String("mobile"))
        return looksLikePhone(d) ? DestinationProblem::None : DestinationProblem::NotAPhone;
    return looksPostal(d) ? DestinationProblem::None : DestinationProblem::NotPostal;
}

bool sameDestination(const QString &a, const QString &b) { return sameFolded(a.simplified(), b.simplified()); }

bool reissueNeedsApproval(const QString &mode, const std::optional<ReissueRoute> &original,
                          const ReissueRoute &requested)
{
    if (!sameFolded(mode.trimmed(), QStringLiteral("resend")) || !original)
        return true;
    return !sameFolded(requested.channel.trimmed(), original->channel.trimmed())
           || !sameDestination(requested.destination, original->destination);
}

} // namespace proofdesk::domain
