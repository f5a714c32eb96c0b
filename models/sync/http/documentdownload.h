#pragma once

#include "httpsession.h"
#include "sync/outboxitem.h"

namespace proofdesk::cache {
class ContentStore;
}

namespace proofdesk::sync {

// One document's bytes into the content store. The bytes go to a partial file first
// (DATA/partial/<key>.part); a broken download resumes with "Range: bytes=N-" (206 appends,
// 200 starts over), so a large document is never fetched twice in full. The finished file
// must hash to the repository's SHA-256 before it enters the store.
class DocumentDownload
{
public:
    DocumentDownload(HttpSession &http, cache::ContentStore &store, const QString &dataDir);
    QString fetch(const QUrl &url, const DocumentRef &ref);

private:
    // One GET (ranged when the partial file has bytes); true when the body is complete.
    bool fetchOnce(const QUrl &url, const QString &partialPath);
    QString finish(const QString &partialPath, const QUrl &url, const DocumentRef &ref);

    HttpSession &m_http;
    cache::ContentStore &m_store;
    QString m_partialDir;
};

} // namespace proofdesk::sync
