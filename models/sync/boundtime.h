#pragma once

#include "cache/sqlite.h"

#include <optional>

namespace proofdesk::sync {

// A time the repository may leave unset (a retention trigger, an effective date): NULL then.
inline void bindOptionalTime(cache::Statement &st, int index, const std::optional<qint64> &t)
{
    if (t)
        st.bind(index, *t);
    else
        st.bindNull(index);
}

} // namespace proofdesk::sync
