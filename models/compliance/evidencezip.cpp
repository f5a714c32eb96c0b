#include "evidencezip.h"

#include "util/sha256.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <stdexcept>

namespace proofdesk::compliance {

namespace {

[[noreturn]] void fail(const QString &path, const QString &why)
{
    throw std::runtime_error(QStringLiteral("the evidence package %1 could not be written: %2").arg(path, why).toStdString());
}

void addFile(QuaZip &zip, const QString &path, const QString &name, const QByteArray &bytes, const QDateTime &time)
{
    QuaZipFile out(&zip);
    QuaZipNewInfo info(name);
    info.dateTime = time;
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!out.open(QIODevice::WriteOnly, info))
        fail(path, QStringLiteral("cannot add %1 (zip error %2)").arg(name).arg(out.getZipError()));
    if (out.write(bytes) != bytes.size())
        fail(path, QStringLiteral("cannot write %1").arg(name));
    out.close();
    if (out.getZipError() != 0)
        fail(path, QStringLiteral("cannot finish %1 (zip error %2)").arg(name).arg(out.getZipError()));
}

// A device or pipe is written in place: a temporary file renamed over it would replace the
// device node (when running as root: `--out /dev/full` used to "succeed" that way) or could
// not be created at all. Unbuffered, so that every write() reports its own error.
void writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile device(path);
    if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || device.write(bytes) != bytes.size())
        throw EvidenceOutputError(path, device.errorString());
    device.close();
    if (device.error() != QFileDevice::NoError)
        throw EvidenceOutputError(path, device.errorString());
}

// Anything else through QSaveFile: the zip appears whole or not at all. commit() reports
// what write() buffered and could not flush (a full disk); an uncommitted QSaveFile removes
// its temporary file.
void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size() || !target.commit())
        throw EvidenceOutputError(path, target.errorString());
}

} // namespace

EvidenceOutputError::EvidenceOutputError(const QString &path, const QString &reason)
    : std::runtime_error(QStringLiteral("Cannot write %1: %2").arg(path, reason).toStdString())
    , m_path(path)
{
}

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
        sums += sha256Hex(file.second) + "  "
                + file.first.toUtf8() + '\n';
    return sums;
}

QByteArray buildEvidenceZip(const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at)
{
    // Built in memory: a package is one document and a few small files.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            fail(path, QStringLiteral("zip error %1").arg(zip.getZipError()));
        for (const auto &file : files)
            addFile(zip, path, file.first, file.second, time);
        addFile(zip, path, QStringLiteral("SHA256SUMS"), sha256Sums(files), time);
        zip.close();
        if (zip.getZipError() != 0)
            fail(path, QStringLiteral("zip error %1").arg(zip.getZipError()));
    }
    return bytes;
}

QString writeEvidenceZip(const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at)
{
    // Written with QSaveFile: a temporary file beside the target, renamed into place on commit.
    const QByteArray bytes = buildEvidenceZip(path, files, at);
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir())
        writeInPlace(path, bytes);
    else
        writeAtomically(path, bytes);
    return QString::fromLatin1(sha256Hex(bytes));
}

} // namespace proofdesk::compliance
