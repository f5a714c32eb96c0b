#pragma once

// A helper program's stand-in for the tests of the processes that start one (proofdesk-render,
// proofdesk-pdftext), and the descriptors this process has open, to see that a helper that
// cannot start leaves none behind. Header-only.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace helperstandin {

// `bytes` written at `path` (a script, or anything a helper must not be), executable or not;
// false when it could not be written.
inline bool write(const QString &path, const QByteArray &bytes, bool executable)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    const QFile::Permissions readable = QFile::ReadOwner | QFile::WriteOwner;
    return file.setPermissions(executable ? readable | QFile::ExeOwner : readable);
}

inline qsizetype openDescriptors()
{
    return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size();
}

} // namespace helperstandin
