#pragma once

#include "records/recordserror.h"
#include "records/roles.h"

#include <optional>

namespace proofdesk::cli {

class CliContext;

// Prints a refusal (already audited by the library) with what the person can do about it;
// returns the exit code for it.
int refusedExit(const CliContext &ctx, const records::RecordsError &e);

// Any RecordsError of a records action as a message and its exit code: a refusal, an unknown
// id or a conflict with what exists (FoundProblems) or bad input (BadUsage).
int recordsErrorExit(const CliContext &ctx, const records::RecordsError &e);

// --as ROLE, if given.
std::optional<records::Role> requestedRole(const CliContext &ctx);

} // namespace proofdesk::cli
