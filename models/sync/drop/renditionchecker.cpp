#include "renditionchecker.h"

#include "cache/contentstore.h"
#include "pdftextextractor.h"

#include <QDir>
#include <QFileInfo>

namespace proofdesk::sync {

RenditionChecker::RenditionChecker(const QString &dropRoot, cache::ContentStore *store)
    : m_root(dropRoot)
    , m_store(store)
{
}

QString RenditionChecker::hashWithMemo(const QString &absolutePath)
{
    const QFileInfo info(absolutePath);
    if (!info.isFile())
        return QString();
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    auto it = m_known.constFind(absolutePath);
    if (it != m_known.constEnd() && it->size == info.size() && it->mtime == mtime)
        return it->sha;
    const auto sha = cache::ContentStore::hashFile(absolutePath);
    if (!sha)
        return QString();
    if (m_known.size() > 20000) // bounded memory on drops with millions of distinct files
        m_known.clear();
    m_known.insert(absolutePath, Known{info.size(), mtime, *sha});
    return *sha;
}

void RenditionChecker::check(domain::Communication &c)
{
    const QString path = QDir(m_root).filePath(c.renditionPath);
    const QString sha = hashWithMemo(path);
    if (sha.isEmpty()) {
        c.fixity = domain::Fixity::Missing;
        c.contentSha256.clear();
        return;
    }
    c.contentSha256 = sha;
    if (sha != c.renditionSha256) {
        c.fixity = domain::Fixity::Failed;
        return;
    }
    c.fixity = domain::Fixity::Verified;
    if (m_store && !m_store->contains(sha) && !m_store->putFile(path, sha))
        c.fixity = domain::Fixity::Failed; // the file changed between hashing and copying
    if (c.text.isNull() && c.mediaType == QLatin1String("application/pdf"))
        c.text = PdfTextExtractor::extract(path);
}

} // namespace proofdesk::sync
