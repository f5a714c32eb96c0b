#include "holddeliverer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace proofdesk::records {

namespace {

constexpr int kPage = 500; // deliveries read at a time: memory stays flat for any hold

QString messageOf(const std::exception &e) { return QString::fromUtf8(e.what()); }

} // namespace

HoldDeliverer::HoldDeliverer(const RecordsSession &session, HoldDeliveryObserver observer)
    : m_session(session)
    , m_observer(std::move(observer))
{}

OutboxItem HoldDeliverer::itemFor(const HoldDelivery &delivery, const cache::RepositoryInfo &repository) const
{
    OutboxItem item;
    item.id = delivery.key();
    item.repoId = repository.id;
    item.kind = delivery.held ? QStringLiteral("hold") : QStringLiteral("hold_release");
    item.objectId = delivery.objectId;
    item.createdAt = m_session.now();
    item.payload = QJsonDocument(QJsonObject{{QStringLiteral("kind"), item.kind},
                                             {QStringLiteral("idempotency_key"), item.id},
                                             {QStringLiteral("hold_id"), delivery.holdId},
                                             {QStringLiteral("revision"), delivery.revision},
                                             {QStringLiteral("communication"), delivery.communicationId},
                                             {QStringLiteral("object_id"), delivery.objectId},
                                             {QStringLiteral("held"), delivery.held},
                                             {QStringLiteral("held_by_any"), delivery.heldByAny}})
                       .toJson(QJsonDocument::Compact);
    return item;
}

HoldDeliverer::Outcome HoldDeliverer::deliverOne(const HoldDelivery &d, const cache::RepositoryInfo &repository,
                                                 OutboxSender &sender, HoldDeliveries &queue, QString &error) const
{
    if (!queue.isCurrent(d))
        return Outcome::Skipped; // queued again meanwhile: its newer state comes later in the queue
    if (d.objectId.isEmpty()) {
        queue.noteWaiting(d, QStringLiteral("the repository's identity of %1 is not known yet; the next sync of "
                                            "\"%2\" tells it")
                                 .arg(d.communicationId, repository.name));
        return Outcome::Skipped;
    }
    if (d.deletedInRepository)
        return queue.refuse(d,
                            QStringLiteral("%1 (%2) was deleted in repository \"%3\"")
                                .arg(d.communicationId, d.objectId, repository.name),
                            m_session.now())
                   ? Outcome::Refused
                   : Outcome::Skipped;
    try {
        sender.send(itemFor(d, repository));
    } catch (const SendRefused &e) {
        return queue.refuse(d, messageOf(e), m_session.now()) ? Outcome::Refused : Outcome::Skipped;
    } catch (const std::exception &e) {
        error = messageOf(e);
        queue.noteFailedAttempt(d, error);
        return Outcome::Unreachable;
    }
    return queue.confirm(d, m_session.now()) ? Outcome::Confirmed : Outcome::Skipped;
}

HoldDeliveryReport HoldDeliverer::deliver(const cache::RepositoryInfo &repository, OutboxSender &sender)
{
    HoldDeliveryReport report;
    HoldDeliveries queue(m_session.db());
    QMap<QString, Tally> tallies;
    HoldDelivery after;
    qint64 delivered = 0;
    bool more = true;
    while (more) {
        const QList<HoldDelivery> page = queue.pending(repository.id, after, kPage);
        // Until a page comes back empty: rows queued again during the run (a release of
        // the hold being sent) come after the keyset and are sent in this run too.
        more = !page.isEmpty();
        for (const HoldDelivery &d : page) {
            after = d;
            QString error;
            const Outcome outcome = deliverOne(d, repository, sender, queue, error);
            if (outcome == Outcome::Unreachable) {
                // Every other object would wait just as long: the rest waits for the next flush.
                report.errors << error;
                more = false;
                break;
            }
            if (outcome == Outcome::Skipped)
                continue;
            ++(outcome == Outcome::Confirmed ? tallies[d.holdId].confirmed : tallies[d.holdId].refused);
            if (m_observer && !m_observer(++delivered)) {
                report.stopped = true;
                more = false;
                break;
            }
        }
    }
    for (const Tally &t : std::as_const(tallies)) {
        report.confirmed += t.confirmed;
        report.refused += t.refused;
    }
    cache::Statement waiting =
        m_session.db().prepare("SELECT count(*) FROM rec.hold_deliveries WHERE repo_id = ?1 AND state = 'pending'");
    waiting.bind(1, repository.id);
    report.waiting = waiting.step() ? waiting.columnInt(0) : 0;
    recordRun(repository, tallies);
    return report;
}

void HoldDeliverer::recordRun(const cache::RepositoryInfo &repository, const QMap<QString, Tally> &tallies) const
{
    for (auto it = tallies.begin(); it != tallies.end(); ++it)
        m_session.record(QStringLiteral("hold.send"), QStringLiteral("hold"), it.key(), QString(), {},
                         QJsonObject{{QStringLiteral("repo_id"), repository.id},
                                     {QStringLiteral("repository"), repository.name},
                                     {QStringLiteral("confirmed"), it->confirmed},
                                     {QStringLiteral("refused"), it->refused}});
}

} // namespace proofdesk::records
