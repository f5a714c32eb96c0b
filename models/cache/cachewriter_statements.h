#pragma once

// The prepared statements of CacheWriter, kept apart so the writer reads as logic.

#include "sqlite.h"

namespace proofdesk::cache {

struct CacheWriterStatements
{
    explicit CacheWriterStatements(Database &db);

    Statement retentionHash, retentionUpsert;
    Statement templateHash, templateUpsert, approvalsDelete, approvalInsert;
    Statement blockHash, blockUpsert;
    Statement commLookup, commInsert, commUpdate, latestEvent;
    Statement textSelect, textInsert, textUpdate, ftsInsert, ftsDelete;
    Statement blocksDelete, blockRefInsert;
    Statement eventInsert, statusUpdate;
    Statement objectLookup, markRepositoryDeleted, commDelete, textDelete;
    Statement cursorUpdate, errorInsert, errorsOfRunClose, errorsOfOpenRun;
};

} // namespace proofdesk::cache
