#include "demofiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace proofdesk::demo {

static QString partName(const QString &path)
{
    const QFileInfo info(path);
    return info.path() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".part");
}

static bool ensureDir(const QString &dir, QSet<QString> *created, QString *error)
{
    if (created && created->contains(dir))
        return true;
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    if (created)
        created->insert(dir);
    return true;
}

static bool moveIntoPlace(const QString &from, const QString &to, QString *error)
{
    QFile::remove(to); // a leftover from an older demo run in the same folder
    if (QFile::rename(from, to))
        return true;
    *error = QStringLiteral("cannot rename %1 into place").arg(QDir::toNativeSeparators(to));
    QFile::remove(from);
    return false;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QSet<QString> *createdDirs, QString *error)
{
    if (!ensureDir(QFileInfo(path).path(), createdDirs, error))
        return false;
    const QString temp = partName(path);
    QFile file(temp);
    // Flushed and checked before the rename: write() only buffers, and a full disk shows at the flush.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.remove();
        return false;
    }
    file.close();
    return moveIntoPlace(temp, path, error);
}

NdjsonWriter::NdjsonWriter(const QString &dropDir)
    : m_dir(dropDir)
{}

NdjsonWriter::~NdjsonWriter()
{
    for (auto &entry : m_files)
        entry.second.file->remove();
}

bool NdjsonWriter::open(const QString &relativePath)
{
    const QString path = m_dir + QLatin1Char('/') + relativePath;
    if (!ensureDir(QFileInfo(path).path(), &m_createdDirs, &m_error))
        return false;
    auto file = std::make_unique<QFile>(partName(path));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString());
        return false;
    }
    m_files[relativePath] = OpenFile{std::move(file), path};
    return true;
}

bool NdjsonWriter::append(const QString &relativePath, const QJsonObject &line)
{
    if (m_files.find(relativePath) == m_files.end() && !open(relativePath))
        return false;
    QFile &file = *m_files[relativePath].file;
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(relativePath, file.errorString());
        return false;
    }
    return true;
}

bool NdjsonWriter::close(const QString &relativePath)
{
    const auto it = m_files.find(relativePath);
    if (it == m_files.end())
        return true;
    QFile &file = *it->second.file;
    const QString finalPath = it->second.finalPath;
    const bool flushed = file.flush();
    file.close();
    if (!flushed || file.error() != QFileDevice::NoError) {
        m_error = QStringLiteral("cannot write %1: %2").arg(relativePath, file.errorString());
        return false; // the destructor removes the part file
    }
    const QString temp = file.fileName();
    m_files.erase(it);
    return moveIntoPlace(temp, finalPath, &m_error);
}

bool NdjsonWriter::closeAll()
{
    while (!m_files.empty()) {
        if (!close(m_files.begin()->first))
            return false;
    }
    return true;
}

} // namespace proofdesk::demo
