#pragma once

#include "sqlite.h"

#include <QJsonArray>
#include <QString>

namespace proofdesk::cache {

// A damaged cache is moved aside and rebuilt from the repositories; what it needs for that
// is the repositories themselves (names, kinds, addresses, settings), which only the cache
// holds. They are carried into the new cache from the damaged file, or, when that cannot be
// read at all (its header destroyed), from DATA/repositories.json, the copy every open of
// the folder keeps up to date. Their cursors are not carried: the next sync reads everything.
// Passwords are never here (keychain or password file, keyed by repository name).
namespace RepositoryCarryOver {

// Rewrites DATA/repositories.json when the cache's repositories differ from it.
void remember(Database &writer, const QString &dataDir);
// The repositories of the damaged cache file, else of the remembered copy.
QJsonArray rescue(const QString &damagedPath, const QString &dataDir);
// Adds them to the new cache with their ids (the outbox and tombstones in records.sqlite
// refer to them); returns how many.
int restore(Database &writer, const QJsonArray &repositories);

// What a rebuilt cache takes from the damaged one: its repositories, and the audit entries
// staged there with a change records.sqlite may not have (trail_staged, cache migration 12;
// audit/changetransaction.h): a change carried over keeps its entry, which the opening then
// appends to the trail.
struct Rescued
{
    QJsonArray repositories;
    QJsonArray stagedEntries; // rows of trail_staged, column name to value
};
Rescued rescueForRebuild(const QString &damagedPath, const QString &dataDir);
// restore(repositories), and the staged entries put back; returns how many repositories.
int restore(Database &writer, const Rescued &rescued);

} // namespace RepositoryCarryOver

} // namespace proofdesk::cache
