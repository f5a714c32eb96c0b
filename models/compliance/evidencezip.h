#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <stdexcept>

namespace proofdesk::compliance {

// The package's output file could not be written: "Cannot write PATH: REASON", the reason
// being the system's (No space left on device, Permission denied, No such file or
// directory). Nothing is left at the path: no partial zip, no temporary file.
class EvidenceOutputError : public std::runtime_error
{
public:
    EvidenceOutputError(const QString &path, const QString &reason);
    QString path() const { return m_path; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    QString m_path;
};

// A file put into a package a piece at a time from an open descriptor (a document may be
// gigabytes: it is never held in memory), hashed as it goes and checked against `sha256`.
struct EvidenceStreamedFile
{
    QString name;
    int fd = -1;    // read with pread() from offset 0; not closed
    QString sha256; // what its bytes must hash to (lower case)
};

// Writes `streamed` (when given), then `files` (name, bytes), then a SHA256SUMS listing them
// all ("<hex>  <name>\n", the format `sha256sum -c` reads) into a zip at `path`, atomically: a
// temporary file beside it that is renamed into place only when complete. A device or pipe
// (/dev/null, /dev/stdout) is written to directly instead. The zip is written as it is made,
// never whole in memory (Zip64 and data descriptors: sizes after each entry, no seeking back).
// Returns the SHA-256 (hex) of the bytes written. Throws EvidenceOutputError when the output
// cannot be written, std::runtime_error when the zip cannot be built or the streamed file's
// bytes are not the ones recorded (it changed while it was read).
QString writeEvidenceZip(const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at,
                         const EvidenceStreamedFile *streamed = nullptr);

// The zip writeEvidenceZip writes, in memory (`path` only names it in errors). Throws
// std::runtime_error when the zip cannot be built.
QByteArray buildEvidenceZip(const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at);

// The document's name in a package: its rendition's file name, made safe for any unzip
// (letters, digits, ".", "_", "-"), never one of the package's own files.
QString evidenceDocumentName(const QJsonObject &communication);

// The SHA256SUMS text for `files`.
QByteArray sha256Sums(const QList<QPair<QString, QByteArray>> &files);

} // namespace proofdesk::compliance
