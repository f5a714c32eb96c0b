#pragma once

#include "records/recordserror.h"
#include "records/recordsstore.h"
#include "recordsexit.h"
#include "services/actionrunner.h"

#include <functional>
#include <optional>

namespace proofdesk::cli {

class CliContext;

// Runs `body` as one records action through services::ActionRunner: acting as --as, or the
// first granted role that may do `action`, with the outbox sent after it. `printResult` runs
// once the outbox was sent, so that the printed status is the one the repository sees.
// Refusals (audited by the library), unknown ids and bad input become messages and exit
// codes; outbox problems are printed and the items stay queued.
int withAction(CliContext &ctx, records::Action action, const std::function<int(services::ActionContext &)> &body,
               const std::function<int(services::ActionContext &)> &printResult = {});

// The same on a runner of the caller's (one a read prepared: ActionRunner::prepareTeamRead).
int withAction(CliContext &ctx, services::ActionRunner &runner, records::Action action,
               const std::function<int(services::ActionContext &)> &body,
               const std::function<int(services::ActionContext &)> &printResult = {});

// The same in `role` (unset: the first granted role that may do `action`).
int withActionAs(CliContext &ctx, services::ActionRunner &runner, std::optional<records::Role> role,
                 records::Action action, const std::function<int(services::ActionContext &)> &body,
                 const std::function<int(services::ActionContext &)> &printResult = {});

// The same for a body that does one kind of records work: `part` names it in the store
// (&records::RecordsStore::holds, ::reissues, ::audit, ...), and the body and printResult take
// that interface alone.
template <typename T> struct Named
{
    using Type = T; // keeps Part from being deduced from the bodies (lambdas): `part` says it
};
template <typename Part>
int withRecords(CliContext &ctx, records::Action action, Part &(records::RecordsStore::*part)(),
                const typename Named<std::function<int(Part &)>>::Type &body,
                const typename Named<std::function<int(Part &)>>::Type &printResult = {})
{
    std::function<int(services::ActionContext &)> print;
    if (printResult)
        print = [&](services::ActionContext &a) { return printResult((a.records.*part)()); };
    return withAction(
        ctx, action, [&](services::ActionContext &a) { return body((a.records.*part)()); }, print);
}

} // namespace proofdesk::cli
