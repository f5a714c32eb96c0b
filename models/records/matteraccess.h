#pragma once

#include "roles.h"

namespace proofdesk::records {

// Who sees a matter (DESIGN.md "Roles"): compliance and records see every matter; an agent
// sees, and may tag the letters of, only a matter they were added to; an admin sees none.
// Past the role table (Action::ReviewMatter), the one rule about people and matters, asked by
// both stores (the team server's `may_see_matter` is held to the same cases by
// tests/rules/matter_access.csv).
struct MatterAccess
{
    static bool maySee(Role role, bool member)
    {
        return AccessPolicy::permits(role, Action::ReviewMatter) && (role != Role::Agent || member);
    }
};

} // namespace proofdesk::records
