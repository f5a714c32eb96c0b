#pragma once

#include <QJsonObject>
#include <QString>

namespace proofdesk::records {

// An exception case opened from a finding (undelivered, fixity_failed): a process instance
// in the workflow repository whose business key is `id`, one open per finding; after the
// engine deleted one, another may be opened (the next number), the old one kept. `state` is what
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

    // The business key of the case for one finding: stable, so a retry never opens two. The
    // first case has none of a number; the case opened after the engine deleted it is #2, …
    static QString idFor(const QString &finding, const QString &communicationId, int number = 1);
    bool isOpen() const; // queued, started or running: the engine may still change it
    QJsonObject toJson() const;
};

} // namespace proofdesk::records
