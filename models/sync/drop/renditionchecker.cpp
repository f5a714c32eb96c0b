#include "renditionchecker.h"

#include "cache/contentstore.h"
#include "droppath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>

#include <utility>

namespace proofdesk::sync {

RenditionChecker::RenditionChecker(const QString &dropRoot, cache::ContentStore *store)
    : m_root(dropRoot)
    , m_resolvedRoot(DropPath::resolved(QFileInfo(dropRoot).absoluteFilePath()))
    , m_store(store)
{
}

// Where the file really leads. When the file itself is no link (the common case), only its
// folder needs following, and a drop's million renditions share a few hundred folders:
// realpath() of the whole path cost a readlink() for every component of every record.
QString RenditionChecker::resolvedPath(const QString &absolutePath) const
{
    struct stat st;
    const qsizetype slash = absolutePath.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0 || ::lstat(QFile::encodeName(absolutePath).constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return DropPath::resolved(absolutePath);
    const QString folder = absolutePath.left(slash);
    auto it = m_resolvedFolders.constFind(folder);
    if (it == m_resolvedFolders.constEnd()) {
        if (m_resolvedFolders.size() > 4096)
            m_resolvedFolders.clear();
        it = m_resolvedFolders.insert(folder, DropPath::resolved(folder));
    }
    return *it + QLatin1Char('/') + absolutePath.mid(slash + 1);
}

QString RenditionChecker::pathOutsideDrop(const domain::Communication &c) const
{
    const QList<QPair<const char *, QString>> paths = {{"rendition.path", c.renditionPath},
                                                       {"snapshot.path", c.snapshotPath}};
    for (const auto &[field, path] : paths) {
        if (path.isEmpty())
            continue;
        const QString resolved = resolvedPath(QDir(m_root).absoluteFilePath(path));
        if (!DropPath::isInside(resolved, m_resolvedRoot))
            return QStringLiteral("field \"%1\" must be a path inside the drop: %2 leads to %3 "
                                  "through a symbolic link")
                .arg(QLatin1String(field), path, resolved);
    }
    return QString();
}

// The file's hash, remembered while its size and modification time stay the same; null when
// it is not a readable file. One stat() a record: QFileInfo::lastModified() converts to local
// time, and glibc reads the time zone file again each time it does.
QString RenditionChecker::hashWithMemo(const QString &absolutePath)
{
    struct stat st;
    if (::stat(QFile::encodeName(absolutePath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return QString();
    const qint64 mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    auto it = m_known.constFind(absolutePath);
    if (it != m_known.constEnd() && it->size == st.st_size && it->mtimeNs == mtimeNs)
        return it->sha;
    const auto sha = cache::ContentStore::hashFile(absolutePath);
    if (!sha)
        return QString();
    if (m_known.size() > 20000) // bounded memory on drops with millions of distinct files
        m_known.clear();
    m_known.insert(absolutePath, Known{qint64(st.st_size), mtimeNs, *sha});
    return *sha;
}

QList<cache::StoredObject> RenditionChecker::takeStored()
{
    m_resolvedFolders.clear();
    if (!m_stored.isEmpty())
        m_store->syncDeferred();
    return std::exchange(m_stored, {});
}

PdfText RenditionChecker::pdfTextWithMemo(const QString &absolutePath, const QString &sha)
{
    if (auto it = m_pdfTexts.constFind(sha); it != m_pdfTexts.constEnd())
        return *it;
    PdfText text = m_pdfText.extract(absolutePath);
    if (m_pdfTextChars > (16 << 20)) { // at most about 32 MB of remembered text
        m_pdfTexts.clear();
        m_pdfTextChars = 0;
    }
    m_pdfTextChars += text.text.size() + text.notExtracted.size();
    m_pdfTexts.insert(sha, text);
    return text;
}

namespace {

// Marks travel with the record's other extra fields: `show` and the metadata view list them.
void markExtra(domain::Communication &c, const QString &key, const QString &value)
{
    QJsonObject extra = QJsonDocument::fromJson(c.extraJson).object();
    extra.insert(key, value);
    c.extraJson = QJsonDocument(extra).toJson(QJsonDocument::Compact);
}

void markTextNotExtracted(domain::Communication &c, const QString &reason)
{
    markExtra(c, QStringLiteral("text_extraction"), QString(QStringLiteral("not extracted: ") + reason));
}

} // namespace

// The archived input data is evidence of how the document was made (a regeneration reads it):
// bytes that do not hash to snapshot.sha256 are marked failed, and a snapshot that is not
// there missing, as a rendition's are (drop-format.md, "Bad input"). A matching snapshot,
// or one without a sha256 to check, adds no mark.
void RenditionChecker::checkSnapshot(domain::Communication &c)
{
    if (c.snapshotPath.isEmpty() || c.snapshotSha256.isEmpty())
        return;
    const QString sha = hashWithMemo(QDir(m_root).filePath(c.snapshotPath));
    if (sha == c.snapshotSha256)
        return;
    markExtra(c, QStringLiteral("snapshot_fixity"),
              domain::fixityName(sha.isEmpty() ? domain::Fixity::Missing : domain::Fixity::Failed));
}

QString RenditionChecker::check(domain::Communication &c)
{
    checkSnapshot(c);
    const QString path = QDir(m_root).filePath(c.renditionPath);
    const QString sha = hashWithMemo(path);
    if (sha.isEmpty()) {
        c.fixity = domain::Fixity::Missing;
        c.contentSha256.clear();
        return QString();
    }
    c.contentSha256 = sha;
    if (sha != c.renditionSha256) {
        c.fixity = domain::Fixity::Failed;
    } else {
        c.fixity = domain::Fixity::Verified;
        if (m_store && !m_store->contains(sha)) {
            const qint64 size = m_known.value(path).size; // hashWithMemo's stat()
            if (m_budget && !m_budget->take(size))
                ++m_notStored; // the store is full: read from the drop when viewed
            else if (m_store->putFile(path, sha, cache::ContentStore::Sync::Deferred))
                m_stored << cache::StoredObject{sha, size};
            else
                c.fixity = domain::Fixity::Failed; // the file changed between hashing and copying
        }
    }
    // A letter whose bytes fail fixity stays findable by its words: its text is read from
    // the bytes that are there, and it is shown as FIXITY FAILED wherever it appears.
    if (!c.text.isNull() || c.mediaType != QLatin1String("application/pdf"))
        return QString();
    const PdfText pdf = pdfTextWithMemo(path, sha);
    if (pdf.extracted()) {
        c.text = pdf.text;
        return QString();
    }
    markTextNotExtracted(c, pdf.notExtracted);
    return QStringLiteral("text not extracted from %1: %2; the record was imported without it")
        .arg(c.renditionPath, pdf.notExtracted);
}

} // namespace proofdesk::sync
