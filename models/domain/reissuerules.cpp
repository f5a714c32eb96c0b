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
