#pragma once

#include <QString>

namespace proofdesk::demo {

// A field name of the demo's records, from a literal.
inline QString key(const char *name) { return QLatin1String(name); }

} // namespace proofdesk::demo
