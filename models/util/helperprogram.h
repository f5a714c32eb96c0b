#pragma once

#include <QFileInfo>
#include <QString>
#include <optional>

namespace proofdesk::helperprogram {

// Why the helper `program` (proofdesk-pdftext, proofdesk-render) cannot be started, found
// without starting it; nullopt when it may start. Qt's QProcess (6.4.2) leaves a pipe open for
// every start that fails, so a helper that is not installed is never started: an import of 1M
// records without proofdesk-pdftext started it for each PDF and ran out of descriptors.
inline std::optional<QString> whyNotStartable(const QString &program)
{
    const QFileInfo info(program);
    if (!info.exists())
        return QStringLiteral("there is no such file");
    if (!info.isFile() || !info.isExecutable())
        return QStringLiteral("it is not an executable file");
    return std::nullopt;
}

} // namespace proofdesk::helperprogram
