#pragma once

#include "sync/http/networkconnector.h"

namespace proofdesk::sync {

// A delivery hub's feed: GET URL?after=CURSOR&limit=N answers NDJSON, one delivery event a
// line (drop-format.md "Delivery event") with its own "cursor"; the next page starts after
// the last line's cursor. A bad line is rejected on its own (request and line named); a
// body cut off mid-line fails the page, which is then not applied at all.
class DeliveryConnector : public NetworkConnector
{
public:
    using NetworkConnector::NetworkConnector;

    QString kind() const override { return QStringLiteral("delivery"); }
    ChangePage fetchChanges(const QByteArray &cursor) override;

private:
    qint64 m_bytes = 0;
};

} // namespace proofdesk::sync
