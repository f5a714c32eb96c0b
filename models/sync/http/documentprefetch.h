#pragma once

#include "provendocuments.h"
#include "sync/changepage.h"
#include "sync/outboxitem.h"

#include <QHash>
#include <QThreadPool>
#include <functional>

namespace proofdesk::sync {

// The documents of a page's communications fetched during a sync (a repository's
// "prefetch" setting), several at once: each fetch spends most of its time waiting for the
// repository and for the disk (the content store syncs every object it commits), so one
// fetch at a time leaves both idle. Up to inFlight() downloads run side by side on threads
// of their own, each through the connector's one HttpSession, which is safe to share
// between threads; each document's bytes are still verified against the repository's
// SHA-256 before they enter the store (DocumentDownload).
//
// The outcome is what fetching them one after the other gives: a verified document sets
// the record's content_sha256 and fixity; bytes that do not match set fixity "failed";
// communications naming the same rendition share one download. A document that could not
// be had (503 after the retries, a dropped connection) does not hold up the others: its
// record is taken without bytes (fixity "missing", so a verdict from an earlier fetch
// stands) and the page carries a warning naming the communication and the request, as it
// does for a failed fixity. A document that failed is not fetched again by the same sync
// (a crawl's pages overlap by a few records): its outcome and its one warning stand.
// Cancel stops it: no download starts after it, those under way
// are cut short, and the page is not applied (CancelledError).
class DocumentPrefetch
{
public:
    // Fetches one document and returns its stored SHA-256; throws FixityError,
    // ConnectorError (CancelledError once cancelled) as RepositoryConnector::fetchDocument.
    using Fetch = std::function<QString(const DocumentRef &)>;

    static constexpr int kDefaultInFlight = 8;
    static constexpr int kMaxInFlight = 32;

    explicit DocumentPrefetch(int inFlight = kDefaultInFlight);
    ~DocumentPrefetch(); // waits for downloads under way: they use the caller's session

    int inFlight() const { return m_inFlight; }

    // Fetches the document of every communication in the page that names a rendition and
    // records each outcome in its communication (and failures in page.warnings). `proof`
    // marks the documents the cache already holds as that communication's own (a record
    // listed again by a crawl): only those may be taken from the store without a download.
    void fetchAll(ChangePage &page, const Fetch &fetch, ProvenDocuments *proof = nullptr);

private:
    struct Result
    {
        QString sha256; // stored, or what failed bytes hash to
        bool fixityFailed = false;
        QString error; // the fixity problem, or why the bytes could not be had
        bool cancelled = false;
        bool storeFailed = false; // the content store could not be written: the page fails
    };
    static Result fetchOne(const Fetch &fetch, const DocumentRef &ref);
    // The outcome into the communication; a failure also into page.warnings when `warn`.
    static void record(domain::Communication &c, const Result &r, bool warn, ChangePage &page);
    void runAll(const QList<DocumentRef> &refs, const Fetch &fetch, QList<Result> &results);

    int m_inFlight;
    QHash<QString, Result> m_failed; // by rendition: what failed in this sync (one connector, one sync)
    QThreadPool m_pool;
};

} // namespace proofdesk::sync
