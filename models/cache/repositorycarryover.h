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

} // namespace RepositoryCarryOver

} // namespace proofdesk::cache
