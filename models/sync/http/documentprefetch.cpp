#include "documentprefetch.h"

#include "documentdownload.h"
#include "httpsession.h"

#include <QFuture>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace proofdesk::sync {

DocumentPrefetch::DocumentPrefetch(int inFlight)
    : m_inFlight(qBound(1, inFlight, kMaxInFlight))
{
    m_pool.setMaxThreadCount(m_inFlight);
    m_pool.setObjectName(QStringLiteral("prefetch"));
}

DocumentPrefetch::~DocumentPrefetch() { m_pool.waitForDone(); }

// Runs on a pool thread: exceptions become values here and are acted on by the caller.
DocumentPrefetch::Result DocumentPrefetch::fetchOne(const Fetch &fetch, const DocumentRef &ref)
{
    Result r;
    try {
        r.sha256 = fetch(ref);
    } catch (const CancelledError &e) {
        r.cancelled = true;
        r.error = e.message();
    } catch (const FixityError &e) {
        r.fixityFailed = true;
        r.sha256 = e.actualSha256();
        r.error = e.message();
    } catch (const DiskError &e) { // no room for the bytes: every other download meets it too
        r.storeFailed = true;
        r.error = e.message();
    } catch (const ConnectorError &e) {
        r.error = e.message();
    } catch (const std::exception &e) { // the content store: disk full, permissions
        r.storeFailed = true;
        r.error = QString::fromUtf8(e.what());
    }
    return r;
}

void DocumentPrefetch::runAll(const QList<DocumentRef> &refs, const Fetch &fetch, QList<Result> &results)
{
    results.resize(refs.size());
    Result *out = results.data(); // detached here, once: the workers write disjoint elements
    std::atomic<qsizetype> next{0};
    std::atomic_bool stop{false}; // cancelled, or the store cannot be written: start nothing more
    const auto worker = [&] {
        for (qsizetype i = next++; i < refs.size() && !stop.load(); i = next++) {
            Result r = fetchOne(fetch, refs.at(i));
            if (r.cancelled || r.storeFailed)
                stop = true;
            out[i] = std::move(r); // each index written by one thread only
        }
    };
    QList<QFuture<void>> workers;
    for (int w = 0; w < qMin<qsizetype>(m_inFlight, refs.size()) - 1; ++w)
        workers << QtConcurrent::run(&m_pool, worker);
    worker(); // the calling thread takes its share instead of only waiting
    for (QFuture<void> &f : workers)
        f.waitForFinished();
}

void DocumentPrefetch::record(domain::Communication &c, const Result &r, bool warn, ChangePage &page)
{
    if (r.fixityFailed) {
        c.fixity = domain::Fixity::Failed; // the record is kept; its bytes are not trusted
        c.contentSha256 = r.sha256;
        if (warn)
            page.warnings << RejectedRecord{c.sourceFile, 0, QStringLiteral("communication %1: %2").arg(c.id, r.error)};
    } else if (!r.error.isEmpty()) {
        if (warn)
            page.warnings << RejectedRecord{c.sourceFile, 0,
                                            QStringLiteral("communication %1: its document was not fetched (%2); "
                                                           "the record is kept without it, and the document is "
                                                           "fetched when it is opened")
                                                .arg(c.id, r.error)};
    } else {
        c.contentSha256 = r.sha256;
        c.fixity = c.renditionSha256.isEmpty() ? domain::Fixity::Missing : domain::Fixity::Verified;
    }
    // A record whose bytes were verified, or failed, differs from the same record without:
    // the cache writer skips records whose hash it already has, and a verdict reached by
    // this sync on a record it lists again unchanged must still be written.
    c.recordHash += c.fixity == domain::Fixity::Verified ? "v" : c.fixity == domain::Fixity::Failed ? "f" : "";
}

void DocumentPrefetch::fetchAll(ChangePage &page, const Fetch &fetch, ProvenDocuments *proof)
{
    // One download per rendition: communications that name the same bytes share it. One
    // that failed earlier in this sync keeps that outcome, already reported.
    QList<DocumentRef> refs;
    QStringList keys;
    QHash<QString, qsizetype> refOf;
    QList<qsizetype> refOfCommunication(page.communications.size(), -1);
    QHash<qsizetype, Result> failedBefore; // by communication
    for (qsizetype i = 0; i < page.communications.size(); ++i) {
        const domain::Communication &c = page.communications.at(i);
        if (c.renditionPath.isEmpty())
            continue;
        const QString key = c.renditionPath + QLatin1Char('\n') + c.renditionSha256.toLower();
        if (const auto failed = m_failed.constFind(key); failed != m_failed.constEnd()) {
            failedBefore.insert(i, *failed);
            continue;
        }
        auto it = refOf.constFind(key);
        if (it == refOf.constEnd()) {
            it = refOf.insert(key, refs.size());
            refs << DocumentRef{c.id, c.renditionPath, c.renditionSha256.toLower(), c.renditionBytes};
            keys << key;
        }
        refOfCommunication[i] = *it;
    }
    if (proof)
        proof->mark(refs);
    QList<Result> results;
    if (!refs.isEmpty())
        runAll(refs, fetch, results);
    for (const Result &r : std::as_const(results))
        if (r.cancelled)
            throw CancelledError(r.error); // the page is not applied
    for (const Result &r : std::as_const(results))
        if (r.storeFailed)
            throw std::runtime_error(r.error.toStdString());
    for (qsizetype i = 0; i < results.size(); ++i)
        if (!results.at(i).error.isEmpty())
            m_failed.insert(keys.at(i), results.at(i));
    for (qsizetype i = 0; i < page.communications.size(); ++i) {
        if (const auto failed = failedBefore.constFind(i); failed != failedBefore.constEnd())
            record(page.communications[i], *failed, false, page);
        else if (refOfCommunication.at(i) >= 0)
            record(page.communications[i], results.at(refOfCommunication.at(i)), true, page);
    }
}

} // namespace proofdesk::sync
