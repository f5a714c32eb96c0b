#pragma once

#include <QString>

namespace proofdesk::itemmodels {

// A role as its holder reads it, in the reader's language ("Records manager" for `records`):
// the role switcher, the audit trail's Role column and an entry's details all say the same.
// `system` is the role automatic steps are recorded in (records/session.h). Any other name is
// shown as it is: a team server may record roles this version does not know.
QString roleTitle(const QString &roleName);

} // namespace proofdesk::itemmodels
