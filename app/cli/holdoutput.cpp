#include "holdoutput.h"

namespace proofdesk::cli {

QJsonObject holdJson(const records::HoldInfo &hold)
{
    QJsonObject o = hold.toJson();
    o.insert(QStringLiteral("deliveries"), hold.deliveriesJson());
    return o;
}

QStringList holdText(const records::HoldInfo &hold)
{
    QStringList lines;
    lines << QStringLiteral("%1  %2  %3: %4 item(s), %5 removed, revision %6")
                 .arg(hold.id, hold.active() ? QStringLiteral("active") : QStringLiteral("released"), hold.name)
                 .arg(hold.items)
                 .arg(hold.removedItems)
                 .arg(hold.revision);
    for (const records::HoldDeliveryCount &d : hold.deliveries) {
        QString line = QStringLiteral("    %1 (%2): %3 confirmed, %4 pending, %5 refused")
                           .arg(d.repository, d.kind)
                           .arg(d.confirmed)
                           .arg(d.pending)
                           .arg(d.refused);
        if (!d.keyState.isEmpty()) // a hold on a key: how the drop took the key itself
            line += QStringLiteral(", key %1").arg(d.keyState);
        if (!d.lastError.isEmpty() && (d.pending || d.refused || d.keyState == QLatin1String("refused")))
            line += QStringLiteral("; last: ") + d.lastError;
        lines << line;
    }
    return lines;
}

QStringList refusalText(const QList<records::HoldRefusal> &refusals)
{
    QStringList lines;
    for (const records::HoldRefusal &r : refusals)
        lines << QStringLiteral("    refused by %1: %2 (%3): %4")
                     .arg(r.repository, r.communicationId, r.objectId, r.reason);
    return lines;
}

} // namespace proofdesk::cli
