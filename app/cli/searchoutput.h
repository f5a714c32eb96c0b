#pragma once

#include "search/searchresult.h"

#include <QJsonObject>
#include <QString>

namespace proofdesk::cli {

class CliContext;

// What `search` and `search --remote` share (commands_query.cpp).
// --limit (default 100) and --offset (default 0); false when either is not a whole number ≥ 0.
bool readLimitOffset(CliContext &ctx, int *limit, int *offset);
// Says where the query is malformed and what was expected; returns BadUsage.
int queryRefused(CliContext &ctx, const QString &query, const search::QueryError &error);
// One result of the cache as --json prints it.
QJsonObject hitJson(const search::SearchHit &hit);

} // namespace proofdesk::cli
