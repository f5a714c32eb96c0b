#pragma once

#include "cache/contentstore.h"
#include "cache/sqlite.h"
#include "domain/communication.h"
#include "drop/heldfile.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace proofdesk::sync {

// Where a communication's document bytes are read from before anyone is shown them as "the
// exact version sent", and the verdict on them, hashed again at every read: the content
// store first; else, for a drop's communication, the drop's own file (a drop on local
// storage is read in place and never copied, and an object evicted from a drop on
// removable storage is read again from it). A network repository's evicted or never
// fetched document is Missing here: DocumentFetch brings it (the detail pane says so).
// A drop's file is opened through DropDir (never through a link out of the drop, never a
// FIFO or a device), and only regular files are read, a piece at a time.
struct DocumentRead
{
    domain::Fixity fixity = domain::Fixity::Missing;
    QByteArray bytes;       // set only when Verified, and not tooLarge
    QString expectedSha256; // the recorded one (lower case)
    QString actualSha256;   // what the bytes hashed to, when there were bytes
    QString path;           // the file read (an object or a drop's file); empty if none
    // Verified, but larger than DocumentSource::kMaxLoadBytes: hashed a piece at a time and
    // not loaded into memory (open() hands it out to be streamed, as an evidence package does).
    bool tooLarge = false;
};

class DropDir;

// One source reads many documents: the last drop folder it opened stays open for the next
// document of the same drop (a production reads thousands), as DropDir holds a drop open
// for as long as it is read.
class DocumentSource
{
public:
    // The most read() loads into memory (the viewer shows a document from memory).
    static constexpr qint64 kMaxLoadBytes = qint64(256) << 20;

    // A document open for streaming: `file` is open (at no particular position; read it with
    // pread) when read.fixity is Verified. Its bytes hashed right when it was opened; whoever
    // streams them hashes them again as they go, since a file may change under an open
    // descriptor.
    struct Opened
    {
        DocumentRead read;
        HeldFile file;
    };

    DocumentSource(cache::Database &db, const cache::ContentStore &store);
    ~DocumentSource();
    DocumentSource(const DocumentSource &) = delete;
    DocumentSource &operator=(const DocumentSource &) = delete;

    // The communication's document. A record imported as failed stays Failed (its bytes are
    // not trusted whatever is there now), one without bytes stays Missing.
    DocumentRead read(const QString &communicationId) const;
    // The same without loading the bytes: an evidence package streams them into its zip.
    Opened open(const QString &communicationId) const;
    // The file open and not yet hashed, for a copy that hashes the bytes as it writes them (a
    // production: one read, not two): read.fixity is Failed or Missing when that is known
    // without reading; otherwise it stays Missing with `file` open, and the caller compares
    // what it hashed with read.expectedSha256.
    Opened openToCopy(const QString &communicationId) const;

private:
    Opened locate(const QString &communicationId, bool load, bool judgeNow = true) const;
    const DropDir &dropAt(const QString &root) const;

    cache::Database &m_db;
    const cache::ContentStore &m_store;
    mutable std::unique_ptr<DropDir> m_drop; // the drop folder read last
};

} // namespace proofdesk::sync
