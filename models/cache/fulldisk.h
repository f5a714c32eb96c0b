#pragma once

#include "sqlite.h"

#include <QString>

namespace proofdesk::cache {

// Whether a full disk is behind a failure. SQLite reports a -shm index it cannot grow as a
// "disk I/O error" whose errno later calls may have overwritten, so the error alone does not
// always say so; asking the disk does. Telling it apart matters: an I/O error taken for damage
// would move a healthy cache aside, or advise throwing the audit trail away.
namespace FullDisk {

// A byte written to a new file in `folder` is refused for lack of space (ENOSPC, or EDQUOT
// for a quota). Leaves nothing behind.
bool refusesWrites(const QString &folder);
// `e` is a full disk (SqliteError::isDiskFull), or an I/O error on a disk that is full now.
bool explains(const SqliteError &e, const QString &folder);

} // namespace FullDisk

} // namespace proofdesk::cache
