#pragma once

#include "cache/contentstore.h"
#include "cache/sqlite.h"
#include "communicationdetail.h"

namespace proofdesk::itemmodels {

// The reads behind the detail pane, each on the caller's (worker) connection.
namespace detailqueries {

// The whole detail of the communication at `rowid`; error set if it is gone.
CommunicationDetail load(cache::Database &db, const cache::ContentStore &store, qint64 rowid);

// The document bytes and what they may be shown as (re-verified against their SHA-256, from
// the content store or the communication's drop).
void readDocument(cache::Database &db, const cache::ContentStore &store, CommunicationDetail &detail);
// Approved at T: an "approved" decision at or before T, and effective_to unset or after T; the
// approval named is the latest such decision (the sign-off).
void judgeTemplateAtIssue(CommunicationDetail &detail);
QList<BlockInfo> blocks(cache::Database &db, const QJsonArray &placed);
QList<RelatedLink> related(cache::Database &db, const QJsonObject &record);
// The active holds covering the communication at `rowid` (items and scope holds alike).
QList<HoldSummary> holds(cache::Database &db, qint64 rowid);

} // namespace detailqueries
} // namespace proofdesk::itemmodels
