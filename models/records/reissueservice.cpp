#include "reissueservice.h"

#include "cache/filetransaction.h"
#include "domain/codelabels.h"
#include "domain/person.h"
#include "domain/reissuerules.h"
#include "outbox.h"
#include "recordserror.h"
#include "reissueconflict.h"
#include "reissuereplay.h"
#include "reissuestore.h"
#include "util/crashpoint.h"
#include "util/translation.h"
#include "workflowroute.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::ReissueService", "proofdesk::records", text);
}

// The communication being reissued, as the request needs it.
struct Original
{
    QString id;
    qint64 repoId = 0;
    QString channel;
    domain::Recipient recipient;
    QString snapshotPath, snapshotSha256, templateId, templateVersion, renditionPath, renditionSha256;

    domain::ReissueRoute route() const { return {channel, domain::destinationOn(recipient, channel)}; }
};

std::optional<Original> loadOriginal(cache::Database &db, const QString &id)
{
    cache::Statement st =
        db.prepare("SELECT id, repo_id, channel, recipient_email, recipient_address, recipient_phone, snapshot_path, "
                   "snapshot_sha256, template_id, template_version, rendition_path, rendition_sha256 "
                   "FROM communications WHERE id = ?1");
    st.bind(1, id.trimmed());
    if (!st.step())
        return std::nullopt;
    return Original{st.columnText(0),           st.columnInt(1),
                    st.columnText(2).toLower(), domain::Recipient{st.columnText(3), st.columnText(4), st.columnText(5)},
                    st.columnText(6),           st.columnText(7),
                    st.columnText(8),           st.columnText(9),
                    st.columnText(10),          st.columnText(11)};
}

QJsonObject outboxPayload(const ReissueRequest &r, const Original &o)
{
    QJsonObject p = r.toJson();
    p.insert(QStringLiteral("kind"), QStringLiteral("reissue"));
    p.insert(QStringLiteral("idempotency_key"), r.id);
    p.insert(QStringLiteral("template"),
             QJsonObject{{QStringLiteral("id"), o.templateId}, {QStringLiteral("version"), o.templateVersion}});
    p.insert(QStringLiteral("rendition"),
             QJsonObject{{QStringLiteral("path"), o.renditionPath}, {QStringLiteral("sha256"), o.renditionSha256}});
    if (!o.snapshotPath.isEmpty())
        p.insert(QStringLiteral("snapshot"),
                 QJsonObject{{QStringLiteral("path"), o.snapshotPath}, {QStringLiteral("sha256"), o.snapshotSha256}});
    return p;
}

// A route no letter can take, refused with what is wrong in the reader's words.
void refuseUndeliverable(const domain::ReissueRoute &to)
{
    const QString channel = domain::CodeLabels::label(to.channel);
    QString why;
    switch (domain::destinationProblem(to.channel, to.destination)) {
    case domain::DestinationProblem::None:
        return;
    case domain::DestinationProblem::Missing:
        why = tr("The recipient has no address for %1 on record: type the address it goes to.").arg(channel);
        break;
    case domain::DestinationProblem::NotAnEmail:
        why = tr("\"%1\" is not an e-mail address: %2 goes to an address such as name@example.org.")
                  .arg(to.destination, channel);
        break;
    case domain::DestinationProblem::NotAPhone:
        why = tr("\"%1\" is not a phone number: %2 goes to a number such as +44 20 7946 0000.")
                  .arg(to.destination, channel);
        break;
    case domain::DestinationProblem::NotPostal:
        why = tr("\"%1\" is not a postal address: %2 goes to a street, a town and a postcode.")
                  .arg(to.destination, channel);
        break;
    case domain::DestinationProblem::PortalTakesNoAddress:
        why = tr("%1 goes to the customer's portal and takes no address: leave the address empty or choose "
                 "another channel.")
                  .arg(channel);
        break;
    }
    throw RecordsError(RecordsError::Kind::Invalid, why);
}

} // namespace

ReissueService::ReissueService(const RecordsSession &session)
    : m_session(session)
{}

ReissueRequest ReissueService::existing(const QString &requestId) const
{
    const auto r = ReissueStore(m_session.db()).find(requestId);
    if (!r)
        throw RecordsError(RecordsError::Kind::NotFound,
                           tr("There is no reissue request %1. `reissue list` shows them.").arg(requestId));
    return *r;
}

ReissueRequest ReissueService::expect(const QString &requestId, const QStringList &statuses,
                                      const QString &action) const
{
    const ReissueRequest r = existing(requestId);
    if (!statuses.contains(r.status))
        throw reissueMovedOn(m_session.db(), r, action);
    return r;
}

ReissueRequest ReissueService::draft(const ReissueSpec &spec) const
{
    const QString mode = spec.mode.trimmed().toLower();
    if (mode != QLatin1String("resend") && mode != QLatin1String("regenerate"))
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("The reissue mode must be resend or regenerate, not \"%1\".").arg(spec.mode));
    if (spec.reason.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid, tr("A reissue request needs a reason."));
    const auto original = loadOriginal(m_session.db(), spec.communicationId);
    if (!original)
        throw RecordsError(RecordsError::Kind::NotFound,
                           tr("No communication with id %1 in the cache.").arg(spec.communicationId));
    const QString channel = spec.channel.trimmed().isEmpty() ? original->channel : spec.channel.trimmed().toLower();
    if (!domain::reissueChannels().contains(channel))
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("\"%1\" is not a channel: use print, email, web, mobile or sms.").arg(spec.channel));
    if (mode == QLatin1String("regenerate") && original->snapshotPath.isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("%1 has no archived data snapshot, so it cannot be regenerated; resend the "
                              "archived copy instead.")
                               .arg(original->id));
    const domain::ReissueRoute from = original->route();
    const domain::ReissueRoute to{channel, spec.destination.trimmed().isEmpty()
                                               ? domain::destinationOn(original->recipient, channel)
                                               : spec.destination.trimmed()};
    // What the person typed, or a channel other than the letter's own: the route must be one a
    // letter can take. A resend where the letter went is the repository's to know.
    if (!spec.destination.trimmed().isEmpty() || channel != from.channel)
        refuseUndeliverable(to);
    ReissueRequest r;
    r.id = QStringLiteral("REQ-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.communicationId = original->id;
    r.repoId = original->repoId;
    r.mode = mode;
    r.reason = spec.reason.trimmed();
    r.channel = to.channel;
    r.destination = to.destination;
    r.originalChannel = from.channel;
    r.originalDestination = from.destination;
    r.needsApproval = domain::reissueNeedsApproval(mode, from, to);
    r.status = QStringLiteral("draft");
    r.requestedBy = m_session.user();
    r.requestedAt = m_session.now();
    return r;
}

ReissueRequest ReissueService::request(const ReissueSpec &spec, bool submitNow)
{
    m_session.require(Action::RequestReissue, QStringLiteral("communication"), spec.communicationId);
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    // The letter as this transaction reads it, as enqueue() reads it again: a sync committed
    // in between (a corrected address) cannot split the request from what leaves.
    const ReissueRequest r = draft(spec);
    db.prepare("INSERT INTO rec.reissue_requests(id, comm_id, repo_id, mode, reason, channel, destination, "
               "original_channel, original_destination, needs_approval, status, requested_by, requested_at, "
               "updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'draft', ?11, ?12, ?12)")
        .bind(1, r.id)
        .bind(2, r.communicationId)
        .bind(3, r.repoId)
        .bind(4, r.mode)
        .bind(5, r.reason)
        .bind(6, r.channel)
        .bind(7, r.destination.isEmpty() ? QString() : r.destination)
        .bind(8, r.originalChannel)
        .bind(9, r.originalDestination.isEmpty() ? QString() : r.originalDestination)
        .bind(10, qint64(r.needsApproval))
        .bind(11, r.requestedBy)
        .bind(12, r.requestedAt)
        .run();
    m_session.record(QStringLiteral("reissue.request"), QStringLiteral("reissue"), r.id, r.reason, {}, r.toJson());
    if (submitNow)
        advance(r);
    tx.commit();
    return existing(r.id);
}

ReissueRequest ReissueService::submit(const QString &requestId)
{
    m_session.require(Action::RequestReissue, QStringLiteral("reissue"), existing(requestId).id);
    cache::FileTransaction tx(m_session.db(), cache::Locks::RecordsOnly);
    const ReissueRequest r = expect(requestId, {QStringLiteral("draft")}, QStringLiteral("reissue.submit"));
    refuseIfAltered(tx, r, QStringLiteral("reissue.submit"));
    advance(r);
    tx.commit();
    return existing(r.id);
}

void ReissueService::refuseIfAltered(cache::FileTransaction &tx, const ReissueRequest &r, const QString &action)
{
    const QList<StateProblem> problems = ReissueReplay(m_session.db()).check(r.id);
    if (problems.isEmpty())
        return;
    const audit::AuditReason why("reissue.altered", {problems.first().problem});
    m_session.recordRefusal(action, QStringLiteral("reissue"), r.id, why);
    tx.commit(); // the refusal stays on record
    throw RecordsError(RecordsError::Kind::Refused,
                       tr("Reissue request %1 was not changed: %2.").arg(r.id, why.rendered()));
}

// From draft: to approval, or (a resend to the original destination) straight to the outbox.
void ReissueService::advance(const ReissueRequest &r)
{
    if (r.needsApproval) {
        setStatus(r, QStringLiteral("pending_approval"), QStringLiteral("reissue.submit"),
                  audit::AuditReason("reissue.needs_approval").stored());
        return;
    }
    setStatus(r, QStringLiteral("approved"), QStringLiteral("reissue.submit"),
              audit::AuditReason("reissue.no_approval_needed").stored());
    queue(existing(r.id));
}

void ReissueService::setStatus(const ReissueRequest &before, const QString &status, const QString &action,
                               const QString &reason, const QString &note, const QJsonObject &alsoAfter)
{
    cache::Database &db = m_session.db();
    db.prepare("UPDATE rec.reissue_requests SET status = ?2, updated_at = ?3, "
               "decision_note = coalesce(?4, decision_note) WHERE id = ?1 AND status = ?5")
        .bind(1, before.id)
        .bind(2, status)
        .bind(3, m_session.now())
        .bind(4, note.isEmpty() ? QString() : note)
        .bind(5, before.status)
        .run();
    // The caller read `before` in this transaction, so only a change behind SQLite's back lands
    // here; the step is refused rather than written over what is there now.
    if (db.changes() != 1)
        throw reissueMovedOn(db, existing(before.id), action);
    QJsonObject after = alsoAfter;
    after.insert(QStringLiteral("status"), status);
    m_session.record(action, QStringLiteral("reissue"), before.id, reason,
                     QJsonObject{{QStringLiteral("status"), before.status}}, after);
}

void ReissueService::queue(const ReissueRequest &r)
{
    const QString digest = enqueue(r);
    setStatus(r, QStringLiteral("queued"), QStringLiteral("reissue.queue"),
              audit::AuditReason("reissue.waiting_in_outbox").stored(), {},
              QJsonObject{{QStringLiteral("payload_sha256"), digest}});
}

QString ReissueService::enqueue(const ReissueRequest &r)
{
    const auto original = loadOriginal(m_session.db(), r.communicationId);
    if (!original)
        throw RecordsError(
            RecordsError::Kind::NotFound,
            tr("%1 is no longer in the cache; sync before queueing the reissue.").arg(r.communicationId));
    ReissueRequest queued = r;
    queued.status = QStringLiteral("queued");
    // A workflow service, where one is configured, fulfils reissues (a process instance per
    // request); otherwise the repository the original came from is asked.
    const auto workflow = workflowRepository(m_session.db());
    return Outbox(m_session.db())
        .enqueue(r.id, workflow ? workflow->id : r.repoId, QStringLiteral("reissue"), r.id,
                 outboxPayload(queued, *original), m_session.now());
}

ReissueRequest ReissueService::approve(const QString &requestId, const QString &note)
{
    m_session.require(Action::ApproveReissue, QStringLiteral("reissue"), requestId);
    // Who asked never changes: the refusal of one's own request reads it before the
    // transaction, and commits.
    const ReissueRequest asked = existing(requestId);
    if (domain::samePerson(asked.requestedBy, m_session.user()))
        m_session.refuse(QStringLiteral("reissue.approve"), QStringLiteral("reissue"), asked.id,
                         audit::AuditReason("reissue.own_request", {m_session.user(), asked.id}));
    crashPoint("reissue-decision"); // tests: another process decides here (tst_cli_reissuerace)
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    const ReissueRequest r = expect(asked.id, {QStringLiteral("pending_approval")}, QStringLiteral("reissue.approve"));
    refuseIfAltered(tx, r, QStringLiteral("reissue.approve"));
    db.prepare("UPDATE rec.reissue_requests SET approved_by = ?2, approved_at = ?3 "
               "WHERE id = ?1 AND status = 'pending_approval'")
        .bind(1, r.id)
        .bind(2, m_session.user())
        .bind(3, m_session.now())
        .run();
    setStatus(r, QStringLiteral("approved"), QStringLiteral("reissue.approve"),
              note.isEmpty() ? audit::AuditReason("reissue.approved").stored() : note, note);
    queue(existing(r.id));
    tx.commit();
    return existing(r.id);
}

ReissueRequest ReissueService::reject(const QString &requestId, const QString &note)
{
    m_session.require(Action::ApproveReissue, QStringLiteral("reissue"), requestId);
    if (note.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid, tr("Rejecting a reissue request needs a reason."));
    return end(requestId, {QStringLiteral("pending_approval")}, QStringLiteral("rejected"),
               QStringLiteral("reissue.reject"), note.trimmed());
}

ReissueRequest ReissueService::cancel(const QString &requestId, const QString &reason)
{
    const ReissueRequest r = existing(requestId);
    // The requester withdraws their own; a compliance officer may cancel anyone's.
    const bool own = domain::samePerson(r.requestedBy, m_session.user());
    m_session.require(own ? Action::RequestReissue : Action::ApproveReissue, QStringLiteral("reissue"), r.id);
    if (reason.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid, tr("Cancelling a reissue request needs a reason."));
    // The reason is the request's decision note too: `reissue list` says why it ended.
    return end(r.id, {QStringLiteral("draft"), QStringLiteral("pending_approval"), QStringLiteral("approved")},
               QStringLiteral("cancelled"), QStringLiteral("reissue.cancel"), reason.trimmed());
}

ReissueRequest ReissueService::end(const QString &requestId, const QStringList &from, const QString &status,
                                   const QString &action, const QString &words)
{
    crashPoint("reissue-decision"); // tests: another process decides here (tst_cli_reissuerace)
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    const ReissueRequest r = expect(requestId, from, action);
    // An item already in the outbox (a team desk queues what the server approved) goes with the
    // request, in this transaction: nothing is sent for it, whoever flushes next.
    Outbox(db).retire(r.id, QStringLiteral("not sent: the request was %1").arg(status), m_session.now());
    const QJsonObject withdrawn =
        db.changes() > 0 ? QJsonObject{{QStringLiteral("outbox"), QStringLiteral("withdrawn")}} : QJsonObject{};
    setStatus(r, status, action, words, words, withdrawn);
    tx.commit();
    return existing(r.id);
}

bool ReissueService::endByEngine(const QString &requestId, const QString &status, const QString &reason,
                                 const QJsonObject &engine)
{
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    db.prepare("UPDATE rec.reissue_requests SET status = ?2, decision_note = ?3, updated_at = ?4 "
               "WHERE id = ?1 AND status = 'sent'")
        .bind(1, requestId)
        .bind(2, status)
        .bind(3, reason.isEmpty() ? QString() : reason)
        .bind(4, m_session.now())
        .run();
    if (db.changes() == 0)
        return false;
    Outbox(db).acknowledge(QStringLiteral("reissue"), requestId, m_session.now()); // the engine answered it
    QJsonObject after = engine;
    after.insert(QStringLiteral("status"), status);
    after.insert(QStringLiteral("engine_reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason));
    // The engine's own words when it gave some (a process variable, kept as sent).
    const QString why = !reason.isEmpty()                     ? reason
                        : status == QLatin1String("rejected") ? audit::AuditReason("reissue.engine_rejected").stored()
                                                              : audit::AuditReason("reissue.engine_deleted").stored();
    m_session.record(QStringLiteral("reissue.engine_outcome"), QStringLiteral("reissue"), requestId, why,
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("sent")}}, after);
    tx.commit();
    return true;
}

int ReissueService::linkFulfilled()
{
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    // reissue_of is indexed: find the answer through the original, then match the request.
    cache::Statement st = db.prepare("SELECT r.id, c.id, c.origin FROM rec.reissue_requests r JOIN communications c "
                                     "ON c.reissue_of = r.comm_id AND c.request_id = r.id "
                                     "WHERE r.status IN ('approved', 'queued', 'sent') ORDER BY r.requested_at");
    QList<std::pair<QString, QString>> found;
    while (st.step())
        found.append({st.columnText(0), st.columnText(1)});
    for (const auto &[requestId, commId] : found) {
        const ReissueRequest before =
            expect(requestId, {QStringLiteral("approved"), QStringLiteral("queued"), QStringLiteral("sent")},
                   QStringLiteral("reissue.fulfil"));
        db.prepare("UPDATE rec.reissue_requests SET fulfilled_comm_id = ?2, fulfilled_at = ?3 WHERE id = ?1")
            .bind(1, requestId)
            .bind(2, commId)
            .bind(3, m_session.now())
            .run();
        Outbox(db).acknowledge(QStringLiteral("reissue"), requestId, m_session.now());
        setStatus(before, QStringLiteral("fulfilled"), QStringLiteral("reissue.fulfil"),
                  audit::AuditReason("reissue.fulfilled", {commId}).stored());
    }
    tx.commit();
    return int(found.size());
}

} // namespace proofdesk::records
