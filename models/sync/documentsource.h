#pragma once

#include "cache/contentstore.h"
#include "cache/sqlite.h"
#include "domain/communication.h"

#include <QByteArray>
#include <QString>

namespace proofdesk::sync {

// Where a communication's document bytes are read from before anyone is shown them as "the
// exact version sent", and the verdict on them, hashed again at every read: the content
// store first; else, for a drop's communication, the drop's own file (a drop on local
// storage is read in place and never copied, and an object evicted from a drop on
// removable storage is read again from it). A network repository's evicted or never
// fetched document is Missing here: DocumentFetch brings it (the detail pane says so).
struct DocumentRead
{
    domain::Fixity fixity = domain::Fixity::Missing;
    QByteArray bytes;      // set only when Verified
    QString expectedSha256; // the recorded one (lower case)
    QString actualSha256;   // what the bytes hashed to, when there were bytes
    QString path;           // the file read (an object or a drop's file); empty if none
};

class DocumentSource
{
public:
    DocumentSource(cache::Database &db, const cache::ContentStore &store);

    // The communication's document. A record imported as failed stays Failed (its bytes are
    // not trusted whatever is there now), one without bytes stays Missing.
    DocumentRead read(const QString &communicationId) const;

    // The drop file that holds a drop communication's rendition: dropRoot/renditionPath, when
    // it stays inside the drop (a link leading out of it is never read); empty otherwise.
    static QString dropFile(const QString &dropRoot, const QString &renditionPath);
    // Reads and hashes a file against an expected SHA-256.
    static DocumentRead readFile(const QString &path, const QString &expectedSha256);

private:
    cache::Database &m_db;
    const cache::ContentStore &m_store;
};

} // namespace proofdesk::sync
