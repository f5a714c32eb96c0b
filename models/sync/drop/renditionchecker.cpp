#include "renditionchecker.h"

#include "cache/contentstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <utility>

namespace proofdesk::sync {

RenditionChecker::RenditionChecker(const DropDir &dir, cache::ContentStore *store)
    : m_dir(dir)
    , m_store(store)
{}

// The file's hash, remembered while its size and times stay the same; null when it cannot
// be read. From the open descriptor: what is hashed is what the name led to when opened.
QString RenditionChecker::hashWithMemo(const HeldFile &file)
{
    const struct stat &st = file.stat();
    const qint64 mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    const qint64 ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    const std::pair<quint64, quint64> key{quint64(st.st_dev), quint64(st.st_ino)};
    auto it = m_known.constFind(key);
    if (it != m_known.constEnd() && it->size == st.st_size && it->mtimeNs == mtimeNs && it->ctimeNs == ctimeNs)
        return it->sha;
    const auto sha = cache::ContentStore::hashOpenFile(file.fd());
    if (!sha)
        return QString();
    if (m_known.size() > 20000) // bounded memory on drops with millions of distinct files
        m_known.clear();
    m_known.insert(key, Known{qint64(st.st_size), mtimeNs, ctimeNs, *sha});
    return *sha;
}

QList<cache::StoredObject> RenditionChecker::takeStored()
{
    if (!m_stored.isEmpty())
        m_store->syncDeferred();
    return std::exchange(m_stored, {});
}

PdfText RenditionChecker::pdfTextWithMemo(const HeldFile &file, const QString &name, const QString &sha)
{
    if (auto it = m_pdfTexts.constFind(sha); it != m_pdfTexts.constEnd())
        return *it;
    PdfText text = m_pdfText.extract(file.fd(), name);
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

QString outsideTheDrop(const char *field, const DropOpen &opened)
{
    return QStringLiteral("field \"%1\" must be a path inside the drop: %2").arg(QLatin1String(field), opened.why);
}

// A file that is there but was not read (a FIFO, a device, a hard link, no permission) is
// worth a warning; one that is simply absent is the record's fixity alone, as before.
void warnUnlessAbsent(const DropOpen &opened, RenditionChecker::Result &result)
{
    if (!opened.ok() && opened.problem != DropOpen::Problem::Missing)
        result.warnings << opened.why;
}

} // namespace

// The archived input data is evidence of how the document was made (a regeneration reads it):
// bytes that do not hash to snapshot.sha256 are marked failed, and a snapshot that is not
// there missing, as a rendition's are (drop-format.md, "Bad input"). A matching snapshot,
// or one without a sha256 to check, adds no mark.
void RenditionChecker::checkSnapshot(domain::Communication &c, const DropOpen &snapshot, Result &result)
{
    if (c.snapshotPath.isEmpty() || c.snapshotSha256.isEmpty())
        return;
    warnUnlessAbsent(snapshot, result);
    const QString sha = snapshot.ok() ? hashWithMemo(snapshot.file) : QString();
    if (sha == c.snapshotSha256)
        return;
    markExtra(c, QStringLiteral("snapshot_fixity"),
              domain::fixityName(sha.isEmpty() ? domain::Fixity::Missing : domain::Fixity::Failed));
}

RenditionChecker::Result RenditionChecker::check(domain::Communication &c)
{
    Result result;
    // Both opened before anything is read: a record whose snapshot leads out of the drop is
    // rejected whole, its rendition not read either.
    const DropOpen snapshot = c.snapshotPath.isEmpty() ? DropOpen() : m_dir.open(c.snapshotPath);
    if (snapshot.problem == DropOpen::Problem::LeadsOutside) {
        result.rejected = outsideTheDrop("snapshot.path", snapshot);
        return result;
    }
    const DropOpen rendition = m_dir.open(c.renditionPath);
    if (rendition.problem == DropOpen::Problem::LeadsOutside) {
        result.rejected = outsideTheDrop("rendition.path", rendition);
        return result;
    }
    checkSnapshot(c, snapshot, result);
    checkRendition(c, rendition, result);
    return result;
}

void RenditionChecker::checkRendition(domain::Communication &c, const DropOpen &rendition, Result &result)
{
    warnUnlessAbsent(rendition, result);
    const QString sha = rendition.ok() ? hashWithMemo(rendition.file) : QString();
    if (sha.isEmpty()) {
        c.fixity = domain::Fixity::Missing;
        c.contentSha256.clear();
        return;
    }
    c.contentSha256 = sha;
    if (sha != c.renditionSha256) {
        c.fixity = domain::Fixity::Failed;
    } else {
        c.fixity = domain::Fixity::Verified;
        if (m_store && !m_store->contains(sha)) {
            const qint64 size = rendition.file.size();
            if (m_budget && !m_budget->take(size))
                ++m_notStored; // the store is full: read from the drop when viewed
            else if (m_store->putOpenFile(rendition.file.fd(), sha, cache::ContentStore::Sync::Deferred))
                m_stored << cache::StoredObject{sha, size};
            else
                c.fixity = domain::Fixity::Failed; // the file changed between hashing and copying
        }
    }
    // A letter whose bytes fail fixity stays findable by its words: its text is read from
    // the bytes that are there, and it is shown as FIXITY FAILED wherever it appears.
    if (!c.text.isNull() || c.mediaType != QLatin1String("application/pdf"))
        return;
    const PdfText pdf = pdfTextWithMemo(rendition.file, c.renditionPath, sha);
    if (pdf.extracted()) {
        c.text = pdf.text;
        return;
    }
    markTextNotExtracted(c, pdf.notExtracted);
    result.warnings << QStringLiteral("text not extracted from %1: %2; the record was imported without it")
                           .arg(c.renditionPath, pdf.notExtracted);
}

} // namespace proofdesk::sync
