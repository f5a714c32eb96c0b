#include "documentdownload.h"

#include "cache/contentstore.h"
#include "cache/fulldisk.h"
#include "cancellablesleep.h"
#include "sync/repositoryconnector.h"
#include "util/sha256.h"
#include "util/sha256hex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QWaitCondition>
#include <cerrno>
#include <cstring>

Q_LOGGING_CATEGORY(lcDownload, "proofdesk.sync.download")

namespace proofdesk::sync {

namespace {

// The partial files being written in this process. Two downloads of one document (a
// prefetch and the detail pane's fetch, two communications naming one rendition) would
// write one partial file at once and interleave their bytes: the second waits for the
// first, then finds the document in the store.
class PartialClaims
{
public:
    static PartialClaims &instance()
    {
        static PartialClaims claims;
        return claims;
    }
    // False when cancelled while waiting.
    bool claim(const QString &path, const std::atomic_bool *cancel)
    {
        QMutexLocker lock(&m_mutex);
        while (m_claimed.contains(path)) {
            if (cancel && cancel->load())
                return false;
            m_released.wait(&m_mutex, kCancelPollMs);
        }
        m_claimed.insert(path);
        return true;
    }
    void release(const QString &path)
    {
        QMutexLocker lock(&m_mutex);
        m_claimed.remove(path);
        m_released.wakeAll();
    }
    // The SHA-256 the bytes last downloaded from this source (the partial file's name: the
    // repository and the document's location) were verified against in this process: the
    // proof that the stored object is this source's own, for a download that waited for
    // another of the same document, or a fetch whose verdict could not be recorded.
    void noteVerified(const QString &path, const QString &sha256)
    {
        QMutexLocker lock(&m_mutex);
        if (m_verified.size() >= kRemembered)
            m_verified.clear(); // a bound, not a cache policy: a forgotten source is downloaded again
        m_verified.insert(path, sha256);
    }
    void forget(const QString &path)
    {
        QMutexLocker lock(&m_mutex);
        m_verified.remove(path);
    }
    QString verifiedFrom(const QString &path)
    {
        QMutexLocker lock(&m_mutex);
        return m_verified.value(path);
    }

private:
    static constexpr qsizetype kRemembered = 4096;
    QMutex m_mutex;
    QWaitCondition m_released;
    QSet<QString> m_claimed;
    QHash<QString, QString> m_verified;
};

// The repository answered, with something other than the document: not asked again.
class RefusedError : public ConnectorError
{
public:
    using ConnectorError::ConnectorError;
};

struct ClaimGuard
{
    QString path;
    ~ClaimGuard() { PartialClaims::instance().release(path); }
};

} // namespace

DocumentDownload::DocumentDownload(HttpSession &http, cache::ContentStore &store, const QString &dataDir)
    : m_http(http)
    , m_store(store)
    , m_partialDir(QDir(dataDir.isEmpty() ? QDir::tempPath() : dataDir).filePath(QStringLiteral("partial")))
{}

DocumentDownload::Attempt DocumentDownload::fetchOnce(const QUrl &url, const QString &partialPath)
{
    QFile file(partialPath);
    // Unbuffered: a write that fails (ENOSPC) fails there, not later in a flush nobody checks.
    if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        throw DiskError(QStringLiteral("repository \"%1\": cannot write %2 (%3)")
                            .arg(m_http.repositoryName(), partialPath, file.errorString()));
    const qint64 have = file.size();
    file.seek(have);
    HttpRequest request;
    request.url = url;
    request.sink = &file;
    if (have > 0)
        request.setHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    const HttpResponse r = m_http.send(request);
    if (r.sinkFailed)
        throw DiskError(diskProblem(request, partialPath, file.errorString()));
    Attempt attempt;
    if (r.status == 416) { // the partial file is not a prefix of this document: start over
        file.resize(0);
        return attempt;
    }
    if (r.status != 200 && r.status != 206) {
        // A 4xx other than 408 and 429 (a 404, a 403, a 410) is the repository's answer about
        // the document, final; a 5xx or a busy repository may answer otherwise next time.
        const bool final = r.status >= 400 && r.status < 500 && r.status != 408 && r.status != 429;
        try {
            m_http.fail(request, r);
        } catch (const ConnectorError &e) {
            if (final)
                throw RefusedError(e.message());
            throw;
        }
    }
    attempt.appended = have > 0 && r.status == 206 && r.bodyBytes > 0;
    if (!r.error.isEmpty())
        return attempt; // bytes so far are kept; the next attempt asks for the rest
    const qint64 length = r.header("Content-Length").toLongLong();
    attempt.complete = length <= 0 || r.bodyBytes >= length;
    return attempt;
}

bool DocumentDownload::diskIsFull(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return false;
    const QString partial = QDir(dataDir).filePath(QStringLiteral("partial"));
    return cache::FullDisk::refusesWrites(dataDir)
           || (QDir(partial).exists() && cache::FullDisk::refusesWrites(partial));
}

// What stopped a document's bytes on this machine. A disk that is full is named as such (a
// write that stops short on one gives no error of its own: "Unknown error"), so that nobody
// takes it for the repository's failure.
QString DocumentDownload::diskProblem(const HttpRequest &request, const QString &path, const QString &error) const
{
    const QString folder = QFileInfo(path).absolutePath();
    if (cache::FullDisk::refusesWrites(folder))
        return QStringLiteral(
                   "the disk is full (%4): the document %2 asked for could not be written to %1, and the "
                   "download was abandoned; the repository \"%3\" is not at fault. Free space on that disk, or "
                   "lower documents.limit, and try again")
            .arg(path, request.label(), m_http.repositoryName(), QString::fromLocal8Bit(std::strerror(ENOSPC)));
    return QStringLiteral(
               "repository \"%1\": %2: disk error: the document could not be written to %3: %4; the download "
               "was abandoned")
        .arg(m_http.repositoryName(), request.label(), path, error);
}

bool DocumentDownload::download(const QUrl &url, const DocumentRef &ref, const QString &partialPath)
{
    const int attempts = m_http.options().maxAttempts;
    bool pieced = false;
    for (int attempt = 1;; ++attempt) {
        Attempt result;
        try {
            result = fetchOnce(url, partialPath);
        } catch (const CancelledError &) {
            throw; // the bytes so far are kept for the next time
        } catch (const DiskError &) {
            // Another attempt meets the same disk, which needs the room more than a resume
            // needs the bytes.
            QFile::remove(partialPath);
            throw;
        } catch (const RefusedError &) {
            throw; // the repository's answer: asking again gets the same (a 404 went out twice)
        } catch (const ConnectorError &) {
            if (attempt >= attempts) // an answer cut short: the next attempt resumes it
                throw;
        }
        pieced = pieced || result.appended;
        if (result.complete)
            return pieced;
        HttpRequest request;
        request.url = url;
        if (attempt >= attempts)
            throw ConnectorError(
                m_http.errorText(request, QStringLiteral("the document of %1 stayed incomplete "
                                                         "after %2 attempts; the bytes so far are kept")
                                              .arg(ref.communicationId)
                                              .arg(attempts)));
        const int wait = HttpSession::backoffMs(m_http.options(), attempt - 1);
        qCInfo(lcDownload) << m_http.repositoryName() << ref.communicationId << "stopped short: attempt" << attempt + 1
                           << "in" << wait << "ms";
        m_http.backOff(request, wait);
    }
}

QString DocumentDownload::hashOf(const QString &partialPath) const
{
    const auto actual = cache::ContentStore::hashFile(partialPath);
    if (!actual)
        throw ConnectorError(
            QStringLiteral("repository \"%1\": cannot read %2").arg(m_http.repositoryName(), partialPath));
    return *actual;
}

bool DocumentDownload::matches(const QString &actual, const DocumentRef &ref) const
{
    return ref.expectedSha256.isEmpty() || actual.compare(ref.expectedSha256, Qt::CaseInsensitive) == 0;
}

QString DocumentDownload::stored(const QString &partialPath, const QString &sha256, const DocumentRef &ref)
{
    if (!ref.expectedSha256.isEmpty())
        PartialClaims::instance().noteVerified(partialPath, sha256);
    return sha256;
}

QString DocumentDownload::store(const QString &partialPath, const QString &actual, const DocumentRef &ref)
{
    // An object under this name whose bytes are not its own (damaged, or put there) would
    // make the store keep it and "store" nothing: it goes, and the verified bytes take its place.
    if (m_store.contains(actual) && !m_store.holds(actual)) {
        qCWarning(lcDownload) << m_http.repositoryName() << "object" << actual << "does not hash to its name: replaced";
        m_store.remove(actual);
    }
    bool stored = false;
    try {
        stored = m_store.putFile(partialPath, actual);
    } catch (const std::runtime_error &e) { // the store's disk: full, read-only
        QFile::remove(partialPath);         // the room it takes is what the store lacks
        throw DiskError(QStringLiteral("repository \"%1\": the document of %2 could not be stored: %3")
                            .arg(m_http.repositoryName(), ref.communicationId, QString::fromUtf8(e.what())));
    }
    if (!stored)
        throw ConnectorError(QStringLiteral("repository \"%1\": cannot store the document of %2")
                                 .arg(m_http.repositoryName(), ref.communicationId));
    QFile::remove(partialPath);
    return actual;
}

bool DocumentDownload::alreadyStored(const QString &sha256) const
{
    if (sha256.isEmpty() || !m_store.contains(sha256))
        return false;
    if (m_store.holds(sha256))
        return true;
    // Damaged since, or put there by someone else: the download replaces it.
    qCWarning(lcDownload) << m_http.repositoryName() << "object" << sha256
                          << "does not hash to its name: fetched again";
    m_store.remove(sha256);
    return false;
}

// Bytes in the store under the hash a record claims are that record's only when they were
// proved so before (the cache's verdict on this communication, or a download from this very
// source in this process): another record's letter with that hash is no evidence that this
// record's source holds it (issue #40).
bool DocumentDownload::isProvenStored(const DocumentRef &ref, const QString &partialPath) const
{
    const QString expected = ref.expectedSha256.toLower();
    return !expected.isEmpty() && !ref.askRepository
           && (ref.proven || PartialClaims::instance().verifiedFrom(partialPath) == expected)
           && alreadyStored(expected);
}

QString DocumentDownload::fetch(const QUrl &url, const DocumentRef &ref)
{
    // Connectors keep only hashes that are SHA-256s (PropertyMapping::documentHash); anything
    // else must not get near the store, which names files by it.
    if (!ref.expectedSha256.isEmpty() && !Sha256Hex::isValid(ref.expectedSha256))
        throw ConnectorError(QStringLiteral("repository \"%1\": the hash given for the document of %2 is not "
                                            "a SHA-256; it was not fetched")
                                 .arg(m_http.repositoryName(), ref.communicationId));
    const QByteArray key = sha256Hex((m_http.repositoryName() + QLatin1Char('\n') + ref.location).toUtf8());
    const QString partial = QDir(m_partialDir).filePath(QString::fromLatin1(key) + QStringLiteral(".part"));
    const auto provenStored = [&] { return isProvenStored(ref, partial); };
    if (provenStored())
        return ref.expectedSha256.toLower();
    QDir().mkpath(m_partialDir);
    if (!PartialClaims::instance().claim(partial, m_http.cancelFlag())) {
        HttpRequest request;
        request.url = url;
        throw CancelledError(m_http.errorText(request, QStringLiteral("cancelled")));
    }
    const ClaimGuard guard{partial};
    if (provenStored()) // the other download's, of this same document
        return ref.expectedSha256.toLower();
    bool pieced = false;
    try {
        pieced = download(url, ref, partial);
    } catch (const ConnectorError &) {
        if (QFileInfo(partial).size() == 0)
            QFile::remove(partial); // nothing to resume from: no file left behind for it
        throw;
    }
    QString actual = hashOf(partial);
    if (matches(actual, ref))
        return stored(partial, store(partial, actual, ref), ref);
    PartialClaims::instance().forget(partial);
    QFile::remove(partial); // wrong bytes are never resumed from
    if (pieced) {
        // The bytes kept from an earlier answer may be of a version the repository has
        // since replaced: the document is condemned only by bytes fetched from the start.
        qCInfo(lcDownload) << m_http.repositoryName() << ref.communicationId
                           << "resumed download does not match its hash: fetching it whole";
        download(url, ref, partial);
        actual = hashOf(partial);
        if (matches(actual, ref))
            return stored(partial, store(partial, actual, ref), ref);
        QFile::remove(partial);
    }
    HttpRequest request;
    request.url = url;
    throw FixityError(m_http.errorText(request, QStringLiteral("the document of %1 hashes to %2, not the "
                                                               "repository's %3; its fixity failed")
                                                    .arg(ref.communicationId, actual, ref.expectedSha256)),
                      actual);
}

} // namespace proofdesk::sync
