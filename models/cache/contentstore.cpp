#include "contentstore.h"

#include "util/sha256.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <stdexcept>

namespace proofdesk::cache {

ContentStore::ContentStore(const QString &dataDir)
    : m_root(QDir(dataDir).filePath(QStringLiteral("objects")))
{
}

QString ContentStore::objectPath(const QString &sha256Hex) const
{
    const QString h = sha256Hex.toLower();
    return m_root + QLatin1Char('/') + h.left(2) + QLatin1Char('/') + h.mid(2);
}

bool ContentStore::contains(const QString &sha256Hex) const
{
    return QFile::exists(objectPath(sha256Hex));
}

void ContentStore::writeAtomically(const QString &sha256Hex, const QByteArray &bytes)
{
    const QString path = objectPath(sha256Hex);
    QDir().mkpath(path.left(path.lastIndexOf(QLatin1Char('/'))));
    QSaveFile file(path); // temporary file + rename on commit
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw std::runtime_error(QStringLiteral("cannot store document %1 in %2: %3")
                                     .arg(sha256Hex, m_root, file.errorString())
                                     .toStdString());
}

QString ContentStore::put(const QByteArray &bytes)
{
    const QString sha = QString::fromLatin1(proofdesk::sha256Hex(bytes));
    if (!contains(sha))
        writeAtomically(sha, bytes);
    return sha;
}

bool ContentStore::putFile(const QString &sourcePath, const QString &expectedSha256)
{
    if (contains(expectedSha256))
        return true;
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return false;
    // Copied and hashed a chunk at a time: a document of hundreds of megabytes (a fetched
    // rendition, a drop's PDF) never has to fit in memory. The copy becomes the object only
    // if what was copied hashes right.
    const QString path = objectPath(expectedSha256);
    QDir().mkpath(path.left(path.lastIndexOf(QLatin1Char('/'))));
    QSaveFile target(path);
    const auto fail = [&](const QString &why) {
        return std::runtime_error(QStringLiteral("cannot store document %1 in %2: %3")
                                      .arg(expectedSha256, m_root, why)
                                      .toStdString());
    };
    if (!target.open(QIODevice::WriteOnly))
        throw fail(target.errorString());
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(chunk.data(), chunk.size());
        if (n < 0) {
            target.cancelWriting();
            return false;
        }
        if (n == 0)
            break;
        hash.add(QByteArrayView(chunk.constData(), n));
        if (target.write(chunk.constData(), n) != n)
            throw fail(target.errorString());
    }
    if (QString::fromLatin1(hash.hex()) != expectedSha256.toLower()) {
        target.cancelWriting();
        return false;
    }
    if (!target.commit())
        throw fail(target.errorString());
    return true;
}

std::optional<QByteArray> ContentStore::read(const QString &sha256Hex) const
{
    QFile file(objectPath(sha256Hex));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    if (QString::fromLatin1(proofdesk::sha256Hex(bytes)) != sha256Hex.toLower())
        return std::nullopt;
    return bytes;
}

bool ContentStore::remove(const QString &sha256Hex) const
{
    const QString path = objectPath(sha256Hex);
    return QFile::remove(path) || !QFile::exists(path);
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
