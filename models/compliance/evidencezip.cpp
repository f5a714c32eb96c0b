#include "evidencezip.h"

#include "util/sha256.h"

#include <QBuffer>
#include <QDateTime>
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

} // namespace

QByteArray sha256Sums(const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray sums;
    for (const auto &file : files)
        sums += sha256Hex(file.second) + "  "
                + file.first.toUtf8() + '\n';
    return sums;
}

QString writeEvidenceZip(const QString &path, const QList<QPair<QString, QByteArray>> &files, qint64 at)
{
    // Built in memory (a package is one document and a few small files), then written with
    // QSaveFile: a temporary file beside the target, renamed into place on commit.
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
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size() || !target.commit())
        fail(path, target.errorString());
    return QString::fromLatin1(sha256Hex(bytes));
}

} // namespace proofdesk::compliance
