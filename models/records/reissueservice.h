#pragma once

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
    ReissueRequest approve(const QString &requestId, const QString &note = {});
    ReissueRequest reject(const QString &requestId, const QString &note);
    ReissueRequest cancel(const QString &requestId, const QString &reason);

    // Checks a spec against the communication in the cache and builds the request it makes
    // (a new id, the original channel and destination, whether approval is needed); writes
    // nothing. The team store sends this to the team database.
    ReissueRequest draft(const ReissueSpec &spec) const;
    // Puts an approved request in the outbox for its repository (no status change, no entry).
    void enqueue(const ReissueRequest &request);

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
    void advance(const ReissueRequest &request);
    void queue(const ReissueRequest &request);
    void setStatus(const QString &requestId, const QString &status, const QString &action, const QString &reason,
                   const QString &note = {});

    const RecordsSession &m_session;
};

} // namespace proofdesk::records
