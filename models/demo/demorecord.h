#pragma once

#include "demoplan.h"

#include <QJsonObject>
#include <QList>

namespace proofdesk::demo {

// A rendition as written to the drop.
struct StoredRendition
{
    QString path; // relative to the drop
    QString mediaType;
    QString sha256;
    qint64 bytes = 0;
    int pages = 0;
};

struct SnapshotRef
{
    QString path;
    QString sha256;
};

// The communication line of spec/drop-format.md.
QJsonObject communicationJson(const CommunicationPlan &plan, const StoredRendition &rendition, const QString &text,
                              const SnapshotRef &snapshot);

// Its delivery events (none for Outcome::NoEvents), oldest first. Events later than the
// drop's creation time have not happened yet and are left out.
QList<QJsonObject> deliveryEvents(const CommunicationPlan &plan, quint64 seed);

// The archived input data of a production run, one file per batch.
QByteArray snapshotJson(const CommunicationPlan &plan);

} // namespace proofdesk::demo
