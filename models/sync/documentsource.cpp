#include "documentsource.h"

#include "drop/dropdir.h"
#include "util/sha256.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <fcntl.h>

namespace proofdesk::sync {

namespace {

// Hashes the open file a piece at a time, keeping its bytes when `load` and it is small
// enough to be shown from memory: the bytes kept are the bytes hashed, in one pass.
void judge(DocumentSource::Opened &doc, bool load)
{
    DocumentRead &r = doc.read;
    const HeldFile &file = doc.file;
    QByteArray bytes;
    qint64 offset = 0;
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    // At most one byte past the size fstat() gave: a file someone keeps appending to is read
    // in bounded time (and fails, as its bytes are not the ones recorded).
    for (;;) {
        const qint64 n = file.readAt(chunk.data(), qMin<qint64>(chunk.size(), file.size() + 1 - offset), offset);
        if (n < 0) {
            r.fixity = domain::Fixity::Missing;
            doc.file = HeldFile();
            return;
        }
        if (n == 0)
            break;
        hash.add(QByteArrayView(chunk.constData(), n));
        if (load && offset + n <= DocumentSource::kMaxLoadBytes)
            bytes.append(chunk.constData(), n);
        offset += n;
    }
    r.actualSha256 = QString::fromLatin1(hash.hex());
    if (r.actualSha256 != r.expectedSha256) {
        r.fixity = domain::Fixity::Failed;
        doc.file = HeldFile();
        return;
    }
    r.fixity = domain::Fixity::Verified;
    r.tooLarge = offset > DocumentSource::kMaxLoadBytes;
    if (load && !r.tooLarge)
        r.bytes = std::move(bytes);
}

} // namespace

DocumentSource::DocumentSource(cache::Database &db, const cache::ContentStore &store)
    : m_db(db)
    , m_store(store)
{}

DocumentSource::~DocumentSource() = default;

const DropDir &DocumentSource::dropAt(const QString &root) const
{
    if (!m_drop || m_drop->root() != root || !m_drop->isOpen())
        m_drop = std::make_unique<DropDir>(root);
    return *m_drop;
}

DocumentRead DocumentSource::read(const QString &communicationId) const { return locate(communicationId, true).read; }

DocumentSource::Opened DocumentSource::open(const QString &communicationId) const
{
    return locate(communicationId, false);
}

DocumentSource::Opened DocumentSource::openToCopy(const QString &communicationId) const
{
    return locate(communicationId, false, false);
}

DocumentSource::Opened DocumentSource::locate(const QString &communicationId, bool load, bool judgeNow) const
{
    cache::Statement st = m_db.prepareCached(
        "SELECT lower(c.rendition_sha256), c.fixity, c.content_sha256, c.rendition_path, r.kind, r.url "
        "FROM communications c JOIN repositories r ON r.id = c.repo_id WHERE c.id = ?1");
    st.bind(1, communicationId);
    Opened doc;
    if (!st.step())
        return doc;
    const QString expected = st.columnText(0);
    doc.read.expectedSha256 = expected;
    doc.read.actualSha256 = st.columnText(2);
    const QString fixity = st.columnText(1);
    if (fixity == QLatin1String("failed")) {
        doc.read.fixity = domain::Fixity::Failed;
        return doc;
    }
    if (fixity != QLatin1String("verified"))
        return doc; // Missing: no bytes were ever had
    // The object as it is named (its last component not followed): an object damaged since
    // it was stored is caught by the hash, one that is no longer a regular file as Failed.
    const QString objectPath = m_store.objectPath(expected);
    int error = 0;
    HeldFile object = HeldFile::openRegular(AT_FDCWD, QFile::encodeName(objectPath).constData(), &error);
    if (object.isOpen() || error != ENOENT) {
        doc.read.path = objectPath;
        doc.file = std::move(object);
        if (!doc.file.isOpen()) {
            doc.read.fixity = domain::Fixity::Failed;
            return doc;
        }
        if (judgeNow)
            judge(doc, load);
        return doc;
    }
    if (st.columnText(4) != QLatin1String("drop"))
        return doc; // evicted or never fetched: the repository is asked (DocumentFetch)
    // Evicted, or never copied: the drop's file, opened through the drop's folder.
    const QString dropRoot = st.columnText(5), renditionPath = st.columnText(3);
    if (dropRoot.isEmpty() || renditionPath.isEmpty())
        return doc;
    DropOpen opened = dropAt(dropRoot).open(renditionPath);
    if (!opened.ok())
        return doc; // Missing: not there, or not a file of the drop's own
    doc.read.path = QDir(dropRoot).filePath(renditionPath);
    doc.file = std::move(opened.file);
    if (judgeNow)
        judge(doc, load);
    return doc;
}

} // namespace proofdesk::sync
