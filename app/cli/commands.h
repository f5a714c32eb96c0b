#pragma once

namespace proofdesk::cli {

class CliContext;

// One function per command of spec/cli.md; each returns an ExitCode.
int runDemo(CliContext &ctx);
int runImport(CliContext &ctx);
int runSync(CliContext &ctx);
int runSearch(CliContext &ctx);
int runShow(CliContext &ctx);
int runStats(CliContext &ctx);

} // namespace proofdesk::cli
