#include "helddeletiontrail.h"

#include "audit/changetransaction.h"
#include "session.h"

#include <QJsonObject>
#include <optional>

namespace proofdesk::records {

void HeldDeletionTrail::keptHeld(cache::Database &db, const QString &communicationId, const QString &objectId,
                                 qint64 deletedAt)
{
    // In the sync page's transaction, which changes the cache: the entry is staged there too, so
    // that the page never lands without it (audit/changetransaction.h).
    std::optional<audit::StagedEntries> own; // or the staging of the transaction it is part of
    if (!audit::StagedEntries::of(db))
        own.emplace(db);
    QJsonObject after{{QStringLiteral("repository_deleted_at"), double(deletedAt)}};
    if (!objectId.isEmpty())
        after.insert(QStringLiteral("repository_object_id"), objectId);
    RecordsSession::system(db, Identity::fromOperatingSystem())
        .record(QStringLiteral("repository.delete_held"), QStringLiteral("communication"), communicationId,
                QStringLiteral("the repository deleted this communication while it is under hold; "
                               "it is kept in the cache, marked deleted in the repository"),
                QJsonValue(), after);
}

} // namespace proofdesk::records
