#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace proofdesk::compliance {

// Writes `files` (name, bytes) and a SHA256SUMS listing them ("<hex>  <name>\n", the format
// `sha256sum -c` reads) into a zip at `path`, atomically: a temporary file beside it that is
// renamed into place only when complete. Returns the zip's SHA-256 (hex). Throws
// std::runtime_error naming the file when it cannot be written.
QString writeEvidenceZip(const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at);

// The SHA256SUMS text for `files`.
QByteArray sha256Sums(const QList<QPair<QString, QByteArray>> &files);

} // namespace proofdesk::compliance
