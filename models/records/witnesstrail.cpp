#include "witnesstrail.h"

#include "audit/changetransaction.h"
#include "session.h"

#include <optional>

namespace proofdesk::records {

void recordWitnessed(cache::Database &db, const Identity &who, const QString &repository,
                     const sync::WitnessDifference &difference)
{
    // Into the staging of the transaction it is part of (audit/changetransaction.h), or its own
    // where that transaction is a plain one (the cache writer's page): staged either way.
    std::optional<audit::StagedEntries> own;
    if (!audit::StagedEntries::of(db))
        own.emplace(db);
    QJsonObject before = difference.before;
    before.insert(QStringLiteral("repository"), repository);
    if (!difference.objectId.isEmpty())
        before.insert(QStringLiteral("repository_object_id"), difference.objectId);
    const bool changed = difference.kind == sync::WitnessDifference::Kind::Changed;
    RecordsSession::system(db, who).record(
        changed ? QStringLiteral("repository.witness_changed") : QStringLiteral("repository.witness_gone"),
        QStringLiteral("communication"), difference.communicationId,
        changed ? QStringLiteral("changed in the repository without a record: the repository no longer "
                                 "has what the desk saw, and named no change")
                : QStringLiteral("gone from the repository without a deletion: the repository no longer "
                                 "lists it, and named no deletion"),
        before, changed ? QJsonValue(difference.after) : QJsonValue());
}

void recordWitnessPass(cache::Database &db, const Identity &who, const QString &repository, const QJsonObject &summary)
{
    audit::ChangeTransaction tx(db);
    RecordsSession::system(db, who).record(QStringLiteral("repository.witness"), QStringLiteral("repository"),
                                           repository,
                                           QStringLiteral("the repository was read whole and compared with what "
                                                          "the desk saw"),
                                           QJsonValue(), summary);
    tx.commit();
}

} // namespace proofdesk::records
