#include "contentstore.h"

#include "util/sha256.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace proofdesk::cache {

ContentStore::ContentStore(const QString &dataDir)
    : m_root(QDir(dataDir).filePath(QStringLiteral("objects")))
{}

QString ContentStore::objectPath(const Sha256Hex &name) const
{
    const QString &h = name.text();
    return m_root + QLatin1Char('/') + h.left(2) + QLatin1Char('/') + h.mid(2);
}

QString ContentStore::objectPath(const QString &sha256Hex) const
{
    const auto name = Sha256Hex::parse(sha256Hex);
    return name ? objectPath(*name) : QString();
}

bool ContentStore::contains(const QString &sha256Hex) const
{
    const QString path = objectPath(sha256Hex);
    return !path.isEmpty() && ::access(QFile::encodeName(path).constData(), F_OK) == 0;
}

bool ContentStore::holds(const QString &sha256Hex) const
{
    const auto name = Sha256Hex::parse(sha256Hex);
    return name && hashFile(objectPath(*name)) == name->text();
}

namespace {

std::runtime_error storeError(const QString &sha256Hex, const QString &root, const QString &why)
{
    return std::runtime_error(
        QStringLiteral("cannot store document %1 in %2: %3").arg(sha256Hex, root, why).toStdString());
}

QString errnoText() { return QString::fromLocal8Bit(strerror(errno)); }

// One object being written: a temporary file beside its final name (name.XXXXXX, which
// reconcile() does not take for an object), renamed into place by commit(), removed if it
// never gets there. Created 0600 (mkstemp): documents are the user's alone. Plain POSIX
// calls: QSaveFile resolved the path's links and synced each file on its own, eight system
// calls and a journal commit for every 3 KB letter of an import.
class ObjectFile
{
public:
    ObjectFile(const QString &path, const QString &sha256Hex, const QString &root)
        : m_path(QFile::encodeName(path))
        , m_temp(m_path + ".XXXXXX")
        , m_sha(sha256Hex)
        , m_root(root)
    {
        const QByteArray folder = m_path.left(m_path.lastIndexOf('/'));
        if (::mkdir(folder.constData(), 0777) != 0 && errno == ENOENT)
            QDir().mkpath(QFile::decodeName(folder)); // the store itself is new
        m_fd = ::mkstemp(m_temp.data());
        if (m_fd < 0)
            throw storeError(m_sha, m_root, errnoText());
    }
    ~ObjectFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_committed)
            ::unlink(m_temp.constData());
    }
    ObjectFile(const ObjectFile &) = delete;
    ObjectFile &operator=(const ObjectFile &) = delete;

    void write(const char *data, qint64 size)
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                throw storeError(m_sha, m_root, errnoText()); // a full disk: ENOSPC
            data += n;
            size -= n;
        }
    }
    void commit(ContentStore::Sync sync)
    {
        if (sync == ContentStore::Sync::Now && ::fdatasync(m_fd) != 0)
            throw storeError(m_sha, m_root, errnoText());
        const int fd = std::exchange(m_fd, -1);
        if (::close(fd) != 0 || ::rename(m_temp.constData(), m_path.constData()) != 0)
            throw storeError(m_sha, m_root, errnoText());
        m_committed = true;
    }

private:
    QByteArray m_path;
    QByteArray m_temp;
    QString m_sha;
    QString m_root;
    int m_fd = -1;
    bool m_committed = false;
};

} // namespace

void ContentStore::writeAtomically(const QString &sha256Hex, const QByteArray &bytes)
{
    ObjectFile file(objectPath(sha256Hex), sha256Hex, m_root);
    file.write(bytes.constData(), bytes.size());
    file.commit(Sync::Now);
}

QString ContentStore::put(const QByteArray &bytes)
{
    const QString sha = QString::fromLatin1(proofdesk::sha256Hex(bytes));
    if (!contains(sha))
        writeAtomically(sha, bytes);
    return sha;
}

bool ContentStore::putFile(const QString &sourcePath, const QString &expectedSha256, Sync sync)
{
    const auto name = Sha256Hex::parse(expectedSha256);
    if (!name)
        return false; // no bytes hash to something that is not a SHA-256
    if (contains(expectedSha256))
        return true;
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return false;
    // Copied and hashed a chunk at a time: a document of hundreds of megabytes (a fetched
    // rendition, a drop's PDF) never has to fit in memory. The copy becomes the object only
    // if what was copied hashes right.
    ObjectFile target(objectPath(*name), name->text(), m_root);
    Sha256 hash;
    QByteArray chunk(qBound(qint64(1), source.size(), qint64(1) << 20), Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(chunk.data(), chunk.size());
        if (n < 0)
            return false;
        if (n == 0)
            break;
        hash.add(QByteArrayView(chunk.constData(), n));
        target.write(chunk.constData(), n);
    }
    if (QString::fromLatin1(hash.hex()) != name->text())
        return false;
    target.commit(sync);
    return true;
}

namespace {

// Calls take(bytes, n) for each piece of the file from offset 0; false on a read error, or
// when the file holds more than fstat() said at the start: one that someone keeps writing
// to is not read for ever, and its bytes are not the ones that were there.
template <typename Take> bool readPieces(int fd, Take take)
{
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return false;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (off_t offset = 0;;) {
        if (offset > st.st_size)
            return false;
        const ssize_t n =
            ::pread(fd, chunk.data(), size_t(std::min<off_t>(chunk.size(), st.st_size + 1 - offset)), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        take(chunk.constData(), qint64(n));
        offset += n;
    }
}

} // namespace

bool ContentStore::putOpenFile(int fd, const QString &expectedSha256, Sync sync)
{
    if (contains(expectedSha256))
        return true;
    ObjectFile target(objectPath(expectedSha256), expectedSha256, m_root);
    Sha256 hash;
    const bool read = readPieces(fd, [&](const char *bytes, qint64 n) {
        hash.add(QByteArrayView(bytes, n));
        target.write(bytes, n);
    });
    if (!read || QString::fromLatin1(hash.hex()) != expectedSha256.toLower())
        return false;
    target.commit(sync);
    return true;
}

std::optional<QString> ContentStore::hashOpenFile(int fd)
{
    Sha256 hash;
    if (!readPieces(fd, [&](const char *bytes, qint64 n) { hash.add(QByteArrayView(bytes, n)); }))
        return std::nullopt;
    return QString::fromLatin1(hash.hex());
}

void ContentStore::syncDeferred() const
{
    const int fd = ::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return; // nothing was ever stored
    const int result = ::syncfs(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        throw std::runtime_error(QStringLiteral("cannot write the stored documents in %1 to disk: %2")
                                     .arg(m_root, QString::fromLocal8Bit(strerror(error)))
                                     .toStdString());
}

std::optional<QByteArray> ContentStore::read(const QString &sha256Hex) const
{
    const auto name = Sha256Hex::parse(sha256Hex);
    if (!name)
        return std::nullopt;
    QFile file(objectPath(*name));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    if (QString::fromLatin1(proofdesk::sha256Hex(bytes)) != name->text())
        return std::nullopt;
    return bytes;
}

bool ContentStore::remove(const QString &sha256Hex) const
{
    const QString path = objectPath(sha256Hex);
    if (path.isEmpty())
        return false; // names no object: there is nothing of the store's to delete
    return ::unlink(QFile::encodeName(path).constData()) == 0 || errno == ENOENT;
}

std::optional<QString> ContentStore::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Sha256 hash;
    if (!hash.add(file))
        return std::nullopt;
    return QString::fromLatin1(hash.hex());
}

} // namespace proofdesk::cache
