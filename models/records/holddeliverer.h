#pragma once

#include "cache/repositorystore.h"
#include "holddeliveries.h"
#include "outboxsender.h"
#include "session.h"

#include <QMap>
#include <functional>

namespace proofdesk::records {

struct HoldDeliveryReport
{
    qint64 confirmed = 0; // objects now as their holds want them
    qint64 refused = 0;   // objects the repository refused for good (gone): counted, not retried
    qint64 waiting = 0;   // still pending for the repository when the run ended
    QStringList errors;   // why the run ended early (the repository could not be reached)
    bool stopped = false; // the observer asked it to stop
};

// Told after each object (confirmed or refused) how many this run has done; returning
// false stops the run there, leaving the rest pending (a progress bar's Cancel; tests use it
// to stop part-way as a crash would).
using HoldDeliveryObserver = std::function<bool(qint64 delivered)>;

// Sends the pending hold deliveries of one repository (HoldDeliveries) through its sender,
// object by object in queue order, each outcome committed before the next object is sent:
// a crash loses at most the one object in flight, whose resend finds it already as wanted.
// A refusal (the object is gone) is recorded with its reason and not tried again; a
// failure to reach the repository (offline, busy past its Retry-After, timeouts after the
// session's own retries) ends the run for this repository, the rest waiting for the next.
// One audit entry "hold.send" per hold and run tells how many objects it reached.
class HoldDeliverer
{
public:
    explicit HoldDeliverer(const RecordsSession &session, HoldDeliveryObserver observer = {});

    HoldDeliveryReport deliver(const cache::RepositoryInfo &repository, OutboxSender &sender);

private:
    enum class Outcome { Confirmed, Refused, Skipped, Unreachable };
    struct Tally
    {
        qint64 confirmed = 0;
        qint64 refused = 0;
    };
    // Sends one delivery and records its outcome; Unreachable leaves it pending with `error`.
    Outcome deliverOne(const HoldDelivery &delivery, const cache::RepositoryInfo &repository, OutboxSender &sender,
                       HoldDeliveries &queue, QString &error) const;
    OutboxItem itemFor(const HoldDelivery &delivery, const cache::RepositoryInfo &repository) const;
    void recordRun(const cache::RepositoryInfo &repository, const QMap<QString, Tally> &tallies) const;

    const RecordsSession &m_session;
    HoldDeliveryObserver m_observer;
};

} // namespace proofdesk::records
