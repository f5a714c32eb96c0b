#pragma once

#include "httpsession.h"
#include "sync/outboxitem.h"

namespace proofdesk::cache {
class ContentStore;
}

namespace proofdesk::sync {

// The document's bytes could not be written on this machine (a full disk, a quota, a folder
// that cannot be written): no verdict on the document and not the repository's doing. The
// message names the file and the system's words. A ConnectorError, so that every place
// that shows a failed fetch shows it (the CLI, the detail pane); a sync's prefetch stops on
// it as on any failure of the content store.
class DiskError : public ConnectorError
{
public:
    using ConnectorError::ConnectorError;
};

// One document's bytes into the content store. The bytes go to a partial file first
// (DATA/partial/<key>.part); a broken download resumes with "Range: bytes=N-" (206 appends,
// 200 starts over), so a large document is never fetched twice in full. The finished file
// must hash to the repository's SHA-256 before it enters the store; when it does not and
// it was pieced together from more than one answer, the first piece may belong to an older
// version of the document, so it is fetched once more from the start before its fixity is
// declared failed (FixityError). A write that fails ends the download (DiskError) and
// deletes the partial file: a short file is never hashed into a fixity verdict. A document
// counts as already stored only when the cache proved its bytes to be that communication's
// before (DocumentRef::proven) and the object's bytes still hash to its name: an object put
// there by another record with the same claimed hash is downloaded over, never lent.
class DocumentDownload
{
public:
    DocumentDownload(HttpSession &http, cache::ContentStore &store, const QString &dataDir);
    QString fetch(const QUrl &url, const DocumentRef &ref);
    // Whether the disk the data folder's downloads go to refuses writes for lack of space: a
    // sync that stopped on it is no repository outage, and is not reported as one.
    static bool diskIsFull(const QString &dataDir);

private:
    struct Attempt
    {
        bool complete = false;
        bool appended = false; // a 206 added to bytes already in the partial file
    };
    // One GET (ranged when the partial file has bytes).
    Attempt fetchOnce(const QUrl &url, const QString &partialPath);
    // Attempts until the partial file is complete; true when it was pieced together.
    bool download(const QUrl &url, const DocumentRef &ref, const QString &partialPath);
    QString hashOf(const QString &partialPath) const;
    QString diskProblem(const HttpRequest &request, const QString &path, const QString &error) const;
    bool matches(const QString &actual, const DocumentRef &ref) const;
    QString store(const QString &partialPath, const QString &actual, const DocumentRef &ref);
    // `sha256`, noted as verified from this document's source (when it was verified at all).
    static QString stored(const QString &partialPath, const QString &sha256, const DocumentRef &ref);
    // True when the object is stored intact; one whose bytes no longer match is removed.
    bool alreadyStored(const QString &sha256) const;
    // The object may stand in for a download: stored intact, and proved this document's.
    bool isProvenStored(const DocumentRef &ref, const QString &partialPath) const;

    HttpSession &m_http;
    cache::ContentStore &m_store;
    QString m_partialDir;
};

} // namespace proofdesk::sync
