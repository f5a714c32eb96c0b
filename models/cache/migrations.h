#pragma once

#include <vector>

namespace proofdesk::cache {

struct Migration
{
    int version;
    const char *description;
    const char *sql;
};

// The numbered schema migrations, in order. See migrations.cpp.
const std::vector<Migration> &migrations();

} // namespace proofdesk::cache
