#include "recordsexit.h"

#include "clicontext.h"

#include <QDir>
#include <QFile>

namespace proofdesk::cli {

int recordsErrorExit(const CliContext &ctx, const records::RecordsError &e)
{
    switch (e.kind()) {
    case records::RecordsError::Kind::Refused:
        return refusedExit(ctx, e);
    case records::RecordsError::Kind::NotFound:
    case records::RecordsError::Kind::Conflict: // the command was right; the records said no (cli.md: 1)
        ctx.message(e.message());
        return FoundProblems;
    case records::RecordsError::Kind::Invalid:
        break;
    }
    return ctx.usageError(e.message());
}

int refusedExit(const CliContext &ctx, const records::RecordsError &e)
{
    // Connected to a team, the roles are the login's group memberships on the server.
    const bool team = QFile::exists(QDir(ctx.dataPath()).filePath(QStringLiteral("team.json")));
    ctx.message(QStringLiteral("Refused: %1\n`proofdesk-cli %2` shows your roles; --as ROLE acts in "
                               "another of them. The refusal was recorded in the audit trail.")
                    .arg(e.message(), team ? QStringLiteral("team status") : QStringLiteral("roles list")));
    return BadUsage;
}

std::optional<records::Role> requestedRole(const CliContext &ctx)
{
    if (!ctx.isSet(QStringLiteral("as")))
        return std::nullopt;
    return records::parseRole(ctx.value(QStringLiteral("as")));
}

} // namespace proofdesk::cli
