#pragma once

#include "cache/filetransaction.h"
#include "reissue.h"
#include "session.h"

namespace proofdesk::records {

// Reissue requests (DESIGN.md "Records rules"): a resend to the original destination needs
// no approval; a changed channel or destination, and every regeneration, needs a
// compliance officer other than the requester. An approved request is queued in the outbox
// with its id as idempotency key; a sync that brings back a communication with that
// request_id fulfils it (linkFulfilled). Every step is audited.
class ReissueService
{
public:
    explicit ReissueService(const RecordsSession &session);

    // Creates the request; with submit (the default) it goes on at once to approval or,
    // when none is needed, to the outbox. Without, it stays a draft.
    ReissueRequest request(const ReissueSpec &spec, bool submit = true);
    ReissueRequest submit(const QString &requestId);
    // A decision applies to the request as its own transaction finds it: one made on what
    // another desk or window has since decided is refused (RecordsError Invalid, naming who
    // decided first and when) and leaves no entry. A rejection or cancellation takes the
    // request's outbox item with it, so nothing is sent for it.
    ReissueRequest approve(const QString &requestId, const QString &note = {});
    ReissueRequest reject(const QString &requestId, const QString &note);
    ReissueRequest cancel(const QString &requestId, const QString &reason);

    // Checks a spec against the communication in the cache and builds the request it makes
    // (a new id, the original channel and destination, whether approval is needed); writes
    // nothing. The team store sends this to the team database.
    ReissueRequest draft(const ReissueSpec &spec) const;
    // Puts an approved request in the outbox for its repository (no status change, no entry);
    // returns the item's payload digest (Outbox::payloadDigest).
    QString enqueue(const ReissueRequest &request);

    // Links communications that came back for open requests; returns how many were fulfilled.
    int linkFulfilled();
    // The workflow engine ended a sent request without fulfilling it (reissueoutcomes.h):
    // `status` rejected (a person at the engine refused it) or cancelled (the instance was
    // deleted), with the engine's reason as the decision note, its outbox item acknowledged
    // and a reissue.engine_outcome entry carrying `engine` (instance, end time). In one
    // transaction; false when the request was no longer sent (nothing is written).
    bool endByEngine(const QString &requestId, const QString &status, const QString &reason, const QJsonObject &engine);

private:
    ReissueRequest existing(const QString &requestId) const;
    // Every step is a compare-and-set inside its transaction (issue #62): the request read in
    // the transaction, refused (reissueconflict.h: who decided first, and when) unless its
    // status is one of `statuses`; nothing of a refused step is written, its entry neither.
    ReissueRequest expect(const QString &requestId, const QStringList &statuses, const QString &action) const;
    void advance(const ReissueRequest &request);
    // Where the request's state decides what leaves (an approval, a submit that queues), it must
    // be what its entries made it (ReissueReplay): otherwise the step is refused, on record.
    void refuseIfAltered(cache::FileTransaction &tx, const ReissueRequest &request, const QString &action);
    void queue(const ReissueRequest &request);
    // Rejects or cancels (`status`) a request that is in one of `from`, with its outbox item.
    ReissueRequest end(const QString &requestId, const QStringList &from, const QString &status, const QString &action,
                       const QString &words);
    // From `before.status` (as read in this transaction) to `status`, one row, with its entry.
    void setStatus(const ReissueRequest &before, const QString &status, const QString &action, const QString &reason,
                   const QString &note = {}, const QJsonObject &alsoAfter = {});

    const RecordsSession &m_session;
};

} // namespace proofdesk::records
