#pragma once

#include "domain/communication.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace proofdesk::sync {

// A list a repository keeps in one property, in any of the shapes repositories give it: a
// multi-valued property with one entry per value (a JSON object, or for block references
// "ID:VERSION"), or one string holding a JSON array. `reason` is set (and an empty list
// returned) when a value is none of these. Template approvals, a template's content blocks
// and a communication's content blocks are read so.
QJsonArray jsonEntries(const QJsonValue &value, bool blockRefs, QString *reason);

// Block references ({"id", "version"}) from such a property; `reason` as above, also for an
// entry without its id or version.
QList<domain::BlockRef> blockRefsOf(const QJsonValue &value, QString *reason);

} // namespace proofdesk::sync
