#pragma once

#include "migrationrunner.h"

namespace proofdesk::cache {

// The numbered migrations of records.sqlite, in order (see recordsmigrations.cpp).
const std::vector<Migration> &recordsMigrations();

} // namespace proofdesk::cache
