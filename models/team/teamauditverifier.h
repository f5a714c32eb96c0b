#pragma once

#include "audit/auditverifier.h"

#include <atomic>
#include <functional>

namespace proofdesk::team {

class PgConnection;

// Recomputes the team database's hash chain on the client with the chain rules the local
// trail uses (audit::ChainChecker), reading the entries through a cursor in pages (a million
// entries never sit in memory at once). Also checks the server's head row: entries removed
// after the last one read are found even without an anchor. The login must see every entry
// (a compliance officer or records manager: row security gives an agent only their own).
audit::VerifyResult verifyTeamChain(PgConnection &server, const std::function<void(qint64)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

} // namespace proofdesk::team
