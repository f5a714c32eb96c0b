#include "documentsource.h"

#include "drop/droppath.h"
#include "util/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace proofdesk::sync {

DocumentSource::DocumentSource(cache::Database &db, const cache::ContentStore &store)
    : m_db(db)
    , m_store(store)
{
}

QString DocumentSource::dropFile(const QString &dropRoot, const QString &renditionPath)
{
    if (dropRoot.isEmpty() || renditionPath.isEmpty())
        return QString();
    const QString root = DropPath::resolved(QFileInfo(dropRoot).absoluteFilePath());
    const QString file = DropPath::resolved(QDir(dropRoot).absoluteFilePath(renditionPath));
    return DropPath::isInside(file, root) ? file : QString();
}

DocumentRead DocumentSource::readFile(const QString &path, const QString &expectedSha256)
{
    DocumentRead r;
    r.expectedSha256 = expectedSha256.toLower();
    r.path = path;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        r.fixity = domain::Fixity::Missing;
        return r;
    }
    QByteArray bytes = file.readAll();
    r.actualSha256 = QString::fromLatin1(sha256Hex(bytes));
    if (r.actualSha256 != r.expectedSha256) {
        r.fixity = domain::Fixity::Failed;
        return r;
    }
    r.fixity = domain::Fixity::Verified;
    r.bytes = std::move(bytes);
    return r;
}

DocumentRead DocumentSource::read(const QString &communicationId) const
{
    cache::Statement st = m_db.prepare(
        "SELECT lower(c.rendition_sha256), c.fixity, c.content_sha256, c.rendition_path, r.kind, r.url "
        "FROM communications c JOIN repositories r ON r.id = c.repo_id WHERE c.id = ?1");
    st.bind(1, communicationId);
    DocumentRead none;
    if (!st.step())
        return none;
    const QString expected = st.columnText(0);
    none.expectedSha256 = expected;
    none.actualSha256 = st.columnText(2);
    const QString fixity = st.columnText(1);
    if (fixity == QLatin1String("failed")) {
        none.fixity = domain::Fixity::Failed;
        return none;
    }
    if (fixity != QLatin1String("verified"))
        return none; // Missing: no bytes were ever had
    if (m_store.contains(expected)) {
        // read() hashes the bytes again: an object damaged since it was stored is caught here.
        DocumentRead r = readFile(m_store.objectPath(expected), expected);
        if (r.fixity != domain::Fixity::Missing) // else evicted since contains(): read again below
            return r;
    }
    if (st.columnText(4) != QLatin1String("drop"))
        return none; // evicted or never fetched: the repository is asked (DocumentFetch)
    return readFile(dropFile(st.columnText(5), st.columnText(3)), expected);
}

} // namespace proofdesk::sync
