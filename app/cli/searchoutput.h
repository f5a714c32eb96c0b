#pragma once

#include "cache/sqlite.h"
#include "search/searchresult.h"

#include <QJsonObject>
#include <QString>

namespace proofdesk::cli {

class CliContext;

// What `search` and `search --remote` share (commands_query.cpp).
// The query (the arguments, joined), --limit (default 100) and --offset (default 0); when
// they are wrong, `refused` is the exit code after the message (BadUsage), else -1.
struct SearchArguments
{
    QString query;
    int limit = 100;
    int offset = 0;
    int refused = -1;
};
SearchArguments readSearchArguments(CliContext &ctx);
// Says where the query is malformed and what was expected; returns BadUsage.
int queryRefused(CliContext &ctx, const QString &query, const search::QueryError &error);
// One result of the cache as --json prints it.
QJsonObject hitJson(const search::SearchHit &hit);
// Says that the cache's stored counts were found altered and answered without (when they were:
// SearchResult::damagedStoredRows).
void tellDamagedStoredRows(CliContext &ctx, const QString &found);
// Says, on every read of a cache started again after damage, why it holds little or nothing
// until a sync fills it (cache/rebuiltcache.h); true when it did.
bool tellRebuiltCache(CliContext &ctx, const cache::Database &reader);

} // namespace proofdesk::cli
