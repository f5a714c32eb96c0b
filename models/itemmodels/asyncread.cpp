#include "asyncread.h"

#include "cache/cachefile.h"

namespace proofdesk::itemmodels {

cache::Database openReaderConnection(const QString &databasePath) { return cache::CacheFile::openReader(databasePath); }

} // namespace proofdesk::itemmodels
