#pragma once

#include <QJsonObject>
#include <QString>

namespace proofdesk::records {

// An exception case opened from a finding (undelivered, fixity_failed): a process instance
// in the workflow repository whose business key is `id`, one per finding. `state` is what
// the engine last said: queued (waiting in the outbox), started (the engine took it),
// running, completed, deleted (with the engine's deleteReason).
struct ExceptionCase
{
    QString id;
    QString finding; // undelivered | fixity_failed
    QString communicationId;
    qint64 repoId = 0; // the workflow repository
    QString reason;
    QString openedBy;
    qint64 openedAt = 0;
    QString state;
    QString instanceId;
    QString deleteReason;
    qint64 updatedAt = 0;

    // The business key of the case for one finding: stable, so a retry never opens two.
    static QString idFor(const QString &finding, const QString &communicationId);
    bool isOpen() const; // queued, started or running: the engine may still change it
    QJsonObject toJson() const;
};

} // namespace proofdesk::records
