#pragma once

#include "migrationrunner.h"

namespace proofdesk::cache {

// The numbered schema migrations, in order. See migrations.cpp.
const std::vector<Migration> &migrations();

} // namespace proofdesk::cache
