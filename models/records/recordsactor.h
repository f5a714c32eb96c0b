#pragma once

#include "audit/auditentry.h"
#include "roles.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace proofdesk::records {

// Who acts on records, as a store knows it: the person, the role, the device and the clock,
// the role check and the entry that records what was done. A RecordsStore's parts act as it
// (recordsstore.h).
class RecordsActor
{
public:
    virtual ~RecordsActor() = default;

    // Who acts, as the store knows it.
    virtual QString user() const = 0;
    virtual std::optional<Role> role() const = 0;
    virtual QString roleText() const = 0;
    // The device id this desktop writes into entries, and the time as this store's clock
    // tells it (for what a caller stamps itself, such as an evidence package; a team's
    // entries get the server's time).
    virtual QString device() const = 0;
    virtual qint64 now() const = 0;
    // Throws RecordsError(Refused), audited, unless the role permits `action`.
    virtual void require(Action action, const QString &objectType = {}, const QString &objectId = {}) const = 0;
    // A read (a search, a view of a document, an export of results), from the desktop or the
    // command-line client alike: checks that the role permits `action` (a refusal is audited
    // and thrown), then records it under the action's name with `detail` as the entry's after.
    audit::AuditEntry recordAccess(Action action, const QString &objectType, const QString &objectId,
                                   const QJsonObject &detail = {});
    // Records something done outside the records rules (a view, a search, an export).
    virtual audit::AuditEntry record(const QString &action, const QString &objectType, const QString &objectId,
                                     const QString &reason = {}, const QJsonValue &before = {},
                                     const QJsonValue &after = {}) = 0;
};

} // namespace proofdesk::records
