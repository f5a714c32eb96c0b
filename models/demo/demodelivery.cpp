#include "demorandom.h"
#include "demorecord.h"
#include "demotime.h"

// Delivery events as a delivery hub reports them: per channel, its own provider references
// and the details its logs carry.

namespace proofdesk::demo {

namespace {

struct EventSink
{
    const CommunicationPlan &plan;
    QString providerRef;
    QList<QJsonObject> events;

    void add(const char *event, qint64 at, const QString &detail)
    {
        if (at > dropCreatedAt())
            return; // not happened yet when the drop was written
        events.append(QJsonObject{{QStringLiteral("communication_id"), plan.id},
                                  {QStringLiteral("event"), QLatin1String(event)},
                                  {QStringLiteral("at"), rfc3339(at - at % kSecond)},
                                  {QStringLiteral("channel"), channelKey(plan.channel)},
                                  {QStringLiteral("detail"), detail},
                                  {QStringLiteral("provider_ref"), providerRef}});
    }
};

QString providerRef(Channel channel, DemoRandom &rng)
{
    const QString hex = QString::number(rng.next() >> 16, 16);
    switch (channel) {
    case Channel::Print:
        return QStringLiteral("PST-") + QString::number(rng.range(10000000, 99999999));
    case Channel::Email:
        return QStringLiteral("msg-") + hex;
    case Channel::Web:
        return QStringLiteral("portal-") + hex.left(10);
    case Channel::Mobile:
        return QStringLiteral("push-") + hex;
    case Channel::Sms:
        return QStringLiteral("SMS-") + QString::number(rng.range(100000000, 999999999));
    }
    return hex;
}

qint64 sendDelay(Channel channel, DemoRandom &rng)
{
    switch (channel) {
    case Channel::Print:
        return rng.range(6 * 3600, 20 * 3600) * kSecond; // next postal collection
    case Channel::Email:
        return rng.range(1, 120) * kSecond;
    case Channel::Sms:
        return rng.range(1, 30) * kSecond;
    case Channel::Web:
    case Channel::Mobile:
        return rng.range(30, 600) * kSecond;
    }
    return 0;
}

QString failureDetail(const CommunicationPlan &plan, DemoRandom &rng)
{
    const bool first = rng.chance(600);
    switch (plan.channel) {
    case Channel::Print:
        return first ? QStringLiteral("Returned to sender: addressee unknown")
                     : QStringLiteral("Returned to sender: address incomplete");
    case Channel::Email:
        return first ? QStringLiteral("550 5.1.1 <%1>: mailbox unavailable").arg(plan.customer.email)
                     : QStringLiteral("552 5.2.2 <%1>: mailbox full").arg(plan.customer.email);
    case Channel::Sms:
        return first ? QStringLiteral("UNDELIV: absent subscriber") : QStringLiteral("REJECTD: number not in service");
    case Channel::Mobile:
        return QStringLiteral("Push rejected: device token expired");
    case Channel::Web:
        return QStringLiteral("Publication failed: document centre index timeout");
    }
    return {};
}

void deliveredAndSeen(EventSink &sink, qint64 sent, DemoRandom &rng)
{
    const CommunicationPlan &plan = sink.plan;
    static const char *const delivered[] = {"Delivered, signed for", "250 2.0.0 OK", "Available in document centre",
                                            "Delivered to device", "DELIVRD"};
    const qint64 at = sent + (plan.channel == Channel::Print ? rng.range(1, 3) * kDay : rng.range(1, 90) * kSecond);
    const bool tracked = plan.channel != Channel::Print
                         || QLatin1String(plan.type->type) == QLatin1String("closing_package")
                         || QLatin1String(plan.type->type) == QLatin1String("denial_letter");
    if (tracked)
        sink.add("delivered", at, QLatin1String(delivered[int(plan.channel)]));
    if (plan.outcome != Outcome::Engaged || plan.channel == Channel::Print || plan.channel == Channel::Sms)
        return;
    const qint64 seen = at + rng.range(5 * 60, 3 * 24 * 3600) * kSecond;
    if (plan.channel == Channel::Email)
        sink.add("opened", seen, QStringLiteral("Opened in mail client"));
    else
        sink.add("viewed", seen,
                 plan.channel == Channel::Web ? QStringLiteral("Viewed in document centre")
                                              : QStringLiteral("Opened in app"));
}

} // namespace

QList<QJsonObject> deliveryEvents(const CommunicationPlan &plan, quint64 seed)
{
    DemoRandom rng = DemoRandom::derived(seed, Stream::Delivery, quint64(plan.slot));
    EventSink sink{plan, providerRef(plan.channel, rng), {}};
    if (plan.outcome == Outcome::NoEvents)
        return {};
    static const char *const sentDetail[] = {"Handed to postal carrier, C5 window envelope",
                                             "Accepted by relay mx1.northbridge.example", "Published",
                                             "Push notification sent", "Submitted to SMSC"};
    const qint64 queued = plan.issuedAt + rng.range(10, 1800) * kSecond;
    sink.add("queued", queued, QStringLiteral("Queued for ") + channelKey(plan.channel));
    qint64 sent = queued + sendDelay(plan.channel, rng);
    sink.add("sent", sent, QLatin1String(sentDetail[int(plan.channel)]));
    if (plan.outcome == Outcome::Failed || plan.outcome == Outcome::FailedThenDelivered) {
        const qint64 failedAt =
            sent + (plan.channel == Channel::Print ? rng.range(5, 15) * kDay : rng.range(2, 600) * kSecond);
        const char *event = plan.channel == Channel::Print   ? "returned"
                            : plan.channel == Channel::Email ? "bounced"
                                                             : "failed";
        sink.add(event, failedAt, failureDetail(plan, rng));
        if (plan.outcome == Outcome::Failed)
            return sink.events;
        sent = failedAt + rng.range(1, 4) * kHour; // the provider's automatic retry
        sink.add("sent", sent, QStringLiteral("Retry submitted to SMSC"));
    }
    deliveredAndSeen(sink, sent, rng);
    return sink.events;
}

} // namespace proofdesk::demo
