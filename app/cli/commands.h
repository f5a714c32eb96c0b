#pragma once

#include <QString>
#include <optional>

class QCommandLineParser;
class QJsonObject;

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::cli {

class CliContext;

// One function per command of spec/cli.md; each returns an ExitCode.
int runDemo(CliContext &ctx);
int runImport(CliContext &ctx);
int runSync(CliContext &ctx);
int runFetch(CliContext &ctx); // commands_fetch.cpp
int runRepo(CliContext &ctx);
int runSearch(CliContext &ctx);
// search --remote also asks the repositories (commands_remotesearch.cpp, the full program
// only); runSearchCommand is `search` with or without it.
int runRemoteSearch(CliContext &ctx);
int runSearchCommand(CliContext &ctx);
int runShow(CliContext &ctx);
int runStats(CliContext &ctx);
int runCache(CliContext &ctx); // cache verify (commands_cache.cpp)
// config get KEY / set KEY VALUE / free-space (commands_config.cpp): the data folder's settings.
int runConfig(CliContext &ctx);
// config get|set repo.NAME.scope (commands_configscope.cpp): NAME of such a key, else nullopt;
// value nullopt reads the scope, else sets it.
std::optional<QString> scopeKeyRepository(const QString &key);
int runConfigScope(CliContext &ctx, const QString &key, const std::optional<QString> &value);

// Records (commands_records.cpp, commands_roles.cpp): legal holds, reissues, disposition,
// the audit trail and role grants; every rule is checked in models/records.
int runHold(CliContext &ctx);
int runReissue(CliContext &ctx);
int runDisposition(CliContext &ctx);
int runAudit(CliContext &ctx);
int runRoles(CliContext &ctx);
int runRecordsFile(CliContext &ctx); // records start-empty (commands_recordsfile.cpp)
// The options those commands take (--name, --reason, --query, --scope, --mode, …).
void addRecordsOptions(QCommandLineParser &parser);

// The team database (commands_team.cpp).
// After a sync or import in a folder connected to a team: as the team's publisher, the facts
// that changed go to the team (team publish); on a person's desk, what the sync learned of its
// sent reissues. Done when there is nothing to tell; FoundProblems when it failed.
int tellTheTeamAfterSync(CliContext &ctx, cache::Database &writer);
int runTeam(CliContext &ctx);
void addTeamOptions(QCommandLineParser &parser);

// Compliance (commands_compliance.cpp): findings and evidence packages.
int runFindings(CliContext &ctx);
int runEvidence(CliContext &ctx);
// exception open ID --finding KIND --reason R / exception list [ID]: exception cases
// started in the workflow repository from a finding.
int runException(CliContext &ctx);
void addComplianceOptions(QCommandLineParser &parser);

// Matters and productions (commands_matter.cpp, commands_production.cpp).
int runMatter(CliContext &ctx);
int runMatterProduce(CliContext &ctx, const QStringList &args);
int runProduction(CliContext &ctx); // production verify DIR: the folder alone
void addMatterOptions(QCommandLineParser &parser);

} // namespace proofdesk::cli
