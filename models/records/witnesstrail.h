#pragma once

#include "identity.h"
#include "sync/witnesscomparison.h"

namespace proofdesk::records {

// Writes what a witness pass found (services/repositorywitness.h) to the audit trail, as the
// system under the person who ran it: `repository.witness_changed` with what the desk saw
// before and what the repository says now, `repository.witness_gone` with what it saw. Staged
// in the transaction that brings the cache to what the repository says (audit/changetransaction.h),
// so that the letter's earlier state never leaves the cache without its entry.
void recordWitnessed(cache::Database &db, const Identity &who, const QString &repository,
                     const sync::WitnessDifference &difference);

// A pass that ran to its end, found something or not: `repository.witness` on the repository,
// with what it read and found (`summary`), so that the trail shows that the repository was
// witnessed and when (the schedule reads its latest).
void recordWitnessPass(cache::Database &db, const Identity &who, const QString &repository, const QJsonObject &summary);

} // namespace proofdesk::records
