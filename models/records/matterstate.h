#pragma once

#include "matter.h"

#include <QJsonObject>

namespace proofdesk::records {

// The state of each kind of matter row as its audit entry's `after` carries it, written by the
// stores and read back by MatterReplay: one form, so that a row and the entry that made it
// compare as canonical JSON.
namespace matterstate {

QJsonObject matter(const MatterInfo &m);                            // {"matter": …}
QJsonObject search(const QString &matterId, const MatterSearch &s); // {"search": …}
QJsonObject member(const QString &matterId, const QString &user, const QString &addedBy, qint64 addedAt);
QJsonObject item(const ReviewItem &i);           // {"item": …}
QJsonObject production(const ProductionInfo &p); // {"production": …}

// The actions that change a matter's rows, each naming the matter as its object.
inline constexpr char kOpen[] = "matter.open";
inline constexpr char kClose[] = "matter.close";
inline constexpr char kAddSearch[] = "matter.add_search";
inline constexpr char kWatch[] = "matter.watch";
inline constexpr char kMember[] = "matter.member";
inline constexpr char kTag[] = "matter.tag";
inline constexpr char kProductionStart[] = "production.start";
inline constexpr char kProductionCreate[] = "production.create";

} // namespace matterstate

} // namespace proofdesk::records
