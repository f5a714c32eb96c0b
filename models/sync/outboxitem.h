#pragma once

#include <QByteArray>
#include <QString>

namespace proofdesk::sync {

// One queued request as a connector sees it: a hold, a hold release, a reissue request or a
// disposition decision. The outbox itself (DATA/records.sqlite, models/records/outbox.h)
// keeps the rows; records::ConnectorSender turns each into this for RepositoryConnector::send().
struct OutboxItem
{
    qint64 seq = 0;         // the outbox row, for messages
    QString kind;           // hold | hold_release | reissue | disposition | exception_case
    QString targetId;       // the communication (or hold) the request is about
    QString idempotencyKey; // stable across retries and crashes: the repository dedupes on it
    QByteArray payloadJson; // the request as a compact JSON object
};

// What the repository made of one send. `Accepted` and `Duplicate` both mean "done, never
// send again"; `Rejected` is final too (the repository refused the request as such);
// `Retry` means it was not delivered (offline, timeout) and stays queued.
struct SendResult
{
    enum class Status { Accepted, Duplicate, Rejected, Retry };
    Status status = Status::Retry;
    QString remoteRef; // the repository's id for the request, when it gave one
    QString message;   // names the repository and request when something went wrong

    bool done() const { return status != Status::Retry; }
};

// Where a document's bytes are and what they must hash to.
struct DocumentRef
{
    QString communicationId;
    QString location;       // connector-specific: rendition path, object id, file URI
    QString expectedSha256; // lower-case hex; empty when the repository offers no hash
    qint64 expectedBytes = 0;
    // The cache already holds a verdict that this very communication's own bytes, fetched
    // from its own source, hash to expectedSha256 (its row is verified with that content
    // hash). Only then may an object of that name in the content store stand in for a
    // download: the store shares bytes between records, never an identity. Another
    // record's bytes with the hash this one claims prove nothing about this one.
    bool proven = false;
    // The repository is asked for the bytes whatever was proven before, here or in this process
    // (DocumentFetch::Source::Repository): its answer now is what is compared.
    bool askRepository = false;
};

} // namespace proofdesk::sync
