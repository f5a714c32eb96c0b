#pragma once

#include "sqlite.h"

#include <vector>

namespace proofdesk::cache {

// One numbered schema migration of a data folder's file (cache.sqlite: migrations.cpp,
// records.sqlite: recordsmigrations.cpp). Never edit one that has shipped: add the next.
struct Migration
{
    int version;
    const char *description;
    const char *sql;
    // What SQL alone cannot say (the schema's own text edited), run after `sql` in the same
    // transaction; null for most.
    void (*code)(Database &db) = nullptr;
};

// The version a file's key/value table `metaTable` records (0 for a new file; the table is
// made if missing).
int recordedSchemaVersion(Database &db, const char *metaTable);

// Runs every migration newer than the recorded version, each in one transaction with the
// version it reaches, so a crash leaves the file at a whole migration. `what` names the file
// in the debug log.
void runMigrations(Database &db, const char *metaTable, const std::vector<Migration> &migrations, const char *what);

} // namespace proofdesk::cache
