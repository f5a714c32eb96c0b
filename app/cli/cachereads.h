#pragma once

#include "cache/sqlite.h"

#include <QJsonObject>
#include <QString>

namespace proofdesk::cli {

// How search, show and stats reach the cache and record what they read. proofdesk-cli-full
// opens the data folder whole (created, checked, migrated: FolderReads); proofdesk-cli's
// lean start reads a folder that needs none of that as it is (LeanReads), so a script's
// search costs the search, not the start of everything else.
class CacheReads
{
public:
    virtual ~CacheReads() = default;

    // The connection the command reads the cache on (records.sqlite attached as rec), open
    // until the process ends or close(); throws SqliteError.
    virtual cache::Database &reader() = 0;
    // Checks the role table for a search (search = true) or a view of one communication and
    // records it in the audit trail; returns Done, or the exit code after printing a refusal.
    virtual int recordRead(bool search, const QString &objectId, const QJsonObject &detail) = 0;
};

} // namespace proofdesk::cli
