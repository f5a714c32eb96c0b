#pragma once

#include "cache/repositorystore.h"

#include <QList>
#include <optional>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::services {

// When a repository's witness pass (repositorywitness.h) is due: its setting "witness_days"
// (default 7; 0: never on a schedule) after its last pass, the latest `repository.witness`
// entry of the trail; a repository never witnessed is due once it has synced. Run by
// `proofdesk-cli repo witness --due` from the same timer as the scheduled syncs
// (docs/connecting.md), which witnesses the most overdue one per run: a daily timer spreads a
// desk's passes over the days, one repository read whole at a time.
struct WitnessDue
{
    cache::RepositoryInfo repository;
    std::optional<qint64> lastPass; // ms since the epoch, UTC
    qint64 dueAt = 0;
};

constexpr int kDefaultWitnessDays = 7;
int witnessDays(const cache::RepositoryInfo &repository);

// The passes due at `now` (ms since the epoch), the most overdue first. `writer` has the records
// attached (the trail is read there).
QList<WitnessDue> duePasses(cache::Database &writer, qint64 now);

} // namespace proofdesk::services
