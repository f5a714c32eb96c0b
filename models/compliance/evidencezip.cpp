#include "evidencezip.h"

#include "util/outputfile.h"
#include "util/sha256.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>
#include <cerrno>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace proofdesk::compliance {

namespace {

[[noreturn]] void fail(const QString &path, const QString &why)
{
    throw std::runtime_error(
        QStringLiteral("the evidence package %1 could not be written: %2").arg(path, why).toStdString());
}

// The zip's bytes pass through here on their way to the output, hashed as they go. It says it
// is sequential, so QuaZip writes every entry once with a data descriptor after it instead of
// seeking back to patch its header: the zip streams to a file or a pipe alike, and the hash of
// what passed is the hash of the file.
class HashingSink : public QIODevice
{
public:
    explicit HashingSink(QIODevice &out)
        : m_out(out)
    {
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    QByteArray hex() { return m_sha.hex(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 n = m_out.write(data, size);
        if (n > 0)
            m_sha.add(QByteArrayView(data, n));
        return n;
    }

private:
    QIODevice &m_out;
    Sha256 m_sha;
};

class ZipEntry
{
public:
    ZipEntry(QuaZip &zip, const QString &path, const QString &name, const QDateTime &time)
        : m_out(&zip)
        , m_path(path)
        , m_name(name)
    {
        QuaZipNewInfo info(name);
        info.dateTime = time;
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                            | QFileDevice::ReadOther);
        if (!m_out.open(QIODevice::WriteOnly, info))
            fail(path, QStringLiteral("cannot add %1 (zip error %2)").arg(name).arg(m_out.getZipError()));
    }
    void write(const char *data, qint64 size)
    {
        if (m_out.write(data, size) != size)
            fail(m_path, QStringLiteral("cannot write %1 (%2)").arg(m_name, m_out.errorString()));
    }
    void finish()
    {
        m_out.close();
        if (m_out.getZipError() != 0)
            fail(m_path, QStringLiteral("cannot finish %1 (zip error %2)").arg(m_name).arg(m_out.getZipError()));
    }

private:
    QuaZipFile m_out;
    QString m_path;
    QString m_name;
};

// The streamed file into its entry, a megabyte at a time; its SHA-256 must be the one given.
// Read to the size fstat() gave and one byte more: a file someone keeps writing to is not
// read for ever, and fails the check.
void addStreamed(QuaZip &zip, const QString &path, const EvidenceStreamedFile &file, const QDateTime &time)
{
    struct stat st;
    if (::fstat(file.fd, &st) != 0)
        fail(path, QStringLiteral("cannot read %1 (%2)").arg(file.name, QString::fromLocal8Bit(strerror(errno))));
    ZipEntry entry(zip, path, file.name, time);
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 offset = 0; offset <= qint64(st.st_size);) {
        const ssize_t n =
            ::pread(file.fd, chunk.data(), size_t(qMin<qint64>(chunk.size(), st.st_size + 1 - offset)), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail(path, QStringLiteral("cannot read %1 (%2)").arg(file.name, QString::fromLocal8Bit(strerror(errno))));
        if (n == 0)
            break;
        hash.add(QByteArrayView(chunk.constData(), n));
        entry.write(chunk.constData(), n);
        offset += n;
    }
    entry.finish();
    if (QString::fromLatin1(hash.hex()) != file.sha256.toLower())
        fail(path, QStringLiteral("the bytes of %1 changed while they were read: they no longer hash to %2")
                       .arg(file.name, file.sha256));
}

void addFile(QuaZip &zip, const QString &path, const QString &name, const QByteArray &bytes, const QDateTime &time)
{
    ZipEntry entry(zip, path, name, time);
    entry.write(bytes.constData(), bytes.size());
    entry.finish();
}

// The whole package into `out` as it is made; returns the SHA-256 of the zip's bytes.
QByteArray writeZip(QIODevice &out, const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at,
                    const EvidenceStreamedFile *streamed)
{
    HashingSink sink(out);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    QuaZip zip(&sink);
    zip.setZip64Enabled(true); // a document may pass 4 GiB
    if (!zip.open(QuaZip::mdCreate))
        fail(path, QStringLiteral("zip error %1").arg(zip.getZipError()));
    QByteArray sums;
    if (streamed) {
        addStreamed(zip, path, *streamed, time);
        sums = streamed->sha256.toLower().toLatin1() + "  " + streamed->name.toUtf8() + '\n';
    }
    for (const auto &file : files)
        addFile(zip, path, file.first, file.second, time);
    addFile(zip, path, QStringLiteral("SHA256SUMS"), sums + sha256Sums(files), time);
    zip.close();
    if (zip.getZipError() != 0)
        fail(path, QStringLiteral("zip error %1").arg(zip.getZipError()));
    return sink.hex();
}

// writeZip into a file or device: a write that failed there (a full disk) is reported as
// the output's own error, anything else (a document that changed while read) as it is.
QByteArray writeZipInto(QFileDevice &device, const QString &path, const QList<QPair<QString, QByteArray>> &files,
                        qint64 at, const EvidenceStreamedFile *streamed)
{
    try {
        return writeZip(device, path, files, at, streamed);
    } catch (const EvidenceOutputError &) {
        throw;
    } catch (const std::runtime_error &) {
        if (device.error() != QFileDevice::NoError)
            throw EvidenceOutputError(path, device.errorString());
        throw;
    }
}

// A device or pipe is written in place: a temporary file renamed over it would replace the
// device node (when running as root: `--out /dev/full` used to "succeed" that way) or could
// not be created at all. Unbuffered, so that every write() reports its own error.
QByteArray writeInPlace(const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at,
                        const EvidenceStreamedFile *streamed)
{
    QFile device(path);
    if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw EvidenceOutputError(path, device.errorString());
    const QByteArray sha = writeZipInto(device, path, files, at, streamed);
    device.close();
    if (device.error() != QFileDevice::NoError)
        throw EvidenceOutputError(path, device.errorString());
    return sha;
}

// Anything else through QSaveFile: the zip appears whole or not at all (util::commitWhole: what
// write() buffered and could not flush, a full disk, is an error, never an empty zip renamed
// into place); an uncommitted QSaveFile removes its temporary file.
QByteArray writeAtomically(const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at,
                           const EvidenceStreamedFile *streamed)
{
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        throw EvidenceOutputError(path, target.errorString());
    const QByteArray sha = writeZipInto(target, path, files, at, streamed);
    QString error;
    if (!util::commitWhole(target, &error))
        throw EvidenceOutputError(path, error);
    return sha;
}

} // namespace

EvidenceOutputError::EvidenceOutputError(const QString &path, const QString &reason)
    : std::runtime_error(QStringLiteral("Cannot write %1: %2").arg(path, reason).toStdString())
    , m_path(path)
{}

QString evidenceDocumentName(const QJsonObject &communication)
{
    const QJsonObject rendition = communication.value(QStringLiteral("rendition")).toObject();
    QString name = QFileInfo(rendition.value(QStringLiteral("path")).toString()).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    // "." and ".." (a repository's object may be named so) are no file names in a zip.
    static const QRegularExpression onlyDots(QStringLiteral("^\\.+$"));
    if (name.isEmpty() || onlyDots.match(name).hasMatch() || name == QLatin1String("SHA256SUMS")
        || name.endsWith(QLatin1String(".json")) || name == QLatin1String("report.pdf"))
        name = QStringLiteral("document-") + name;
    return name;
}

QByteArray sha256Sums(const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray sums;
    for (const auto &file : files)
        sums += sha256Hex(file.second) + "  " + file.first.toUtf8() + '\n';
    return sums;
}

QByteArray buildEvidenceZip(const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeZip(buffer, path, files, at, nullptr);
    return bytes;
}

QString writeEvidenceZip(const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at,
                         const EvidenceStreamedFile *streamed)
{
    const QFileInfo target(path);
    const QByteArray sha = target.exists() && !target.isFile() && !target.isDir()
                               ? writeInPlace(path, files, at, streamed)
                               : writeAtomically(path, files, at, streamed);
    return QString::fromLatin1(sha);
}

} // namespace proofdesk::compliance
