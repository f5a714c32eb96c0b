#pragma once

// The prepared statements of CacheWriter, kept apart so the writer reads as logic.

#include "cache/sqlite.h"

namespace proofdesk::sync {

struct CacheWriterStatements
{
    explicit CacheWriterStatements(cache::Database &db);

    cache::Statement retentionHash, retentionUpsert;
    cache::Statement templateHash, templateUpsert, approvalsDelete, approvalInsert;
    cache::Statement blockHash, blockUpsert;
    cache::Statement commLookup, commInsert, commUpdate, latestEvent;
    cache::Statement textSelect, textInsert, textUpdate, ftsInsert, ftsDelete;
    cache::Statement blocksDelete, blockRefInsert;
    cache::Statement eventInsert, statusUpdate;
    cache::Statement objectLookup, markRepositoryDeleted, commDelete, textDelete;
    cache::Statement cursorUpdate, errorInsert, errorsOfRunClose, errorsOfOpenRun;
};

} // namespace proofdesk::sync
