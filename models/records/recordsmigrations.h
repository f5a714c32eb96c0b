#pragma once

#include <vector>

namespace proofdesk::records {

struct RecordsMigration
{
    int version;
    const char *description;
    const char *sql;
};

// The numbered migrations of records.sqlite, in order (see recordsmigrations.cpp).
const std::vector<RecordsMigration> &recordsMigrations();

} // namespace proofdesk::records
