#pragma once

#include "audit/auditverifier.h"

#include <optional>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {

using audit::StateProblem;

// Records that prove themselves (issue #62), for reissue requests on a folder of its own: a
// request's row is what its entries made it, replayed in order (reissue.request wrote it
// whole; submit, approve, queue, reject, cancel, fulfil and the engine's outcome each moved
// its status; a send moved a queued one to sent). A status set by hand (pending to approved),
// a destination or requester changed, a row no entry made, a row deleted: each is named.
// The item a request's queue entry put in the outbox is checked too, by the SHA-256 of its
// payload that entry keeps: a destination changed in the outbox leaves nothing.
//
// On a team the server keeps the requests and their trail, and this folder's rows are its copy
// (TeamMirror): this is not asked there.
class ReissueReplay
{
public:
    explicit ReissueReplay(cache::Database &db);

    QList<StateProblem> check() const;
    // One request (where its state decides: an approval, a send); reads that request's entries
    // only.
    QList<StateProblem> check(const QString &requestId) const;
    // The same, with the SHA-256 (hex) of the outbox payload the request's queue entry made
    // (nullopt when the entry is older than the digest or there is none): one read of the
    // request's entries before a send.
    struct Checked
    {
        QList<StateProblem> problems;
        std::optional<QString> queuedPayloadDigest;
    };
    Checked checkToSend(const QString &requestId) const;

private:
    cache::Database &m_db;
};

} // namespace proofdesk::records
