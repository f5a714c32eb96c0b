#pragma once

#include <QtGlobal>
#include <atomic>

namespace proofdesk::sync {

// How often a cancellable wait looks at its flag. Cancel only sets a std::atomic_bool
// (SyncJob::cancel() and the like), which nothing can wait on in C++17, so a wait cannot be
// woken: it polls, and a cancelled wait ends within this long.
constexpr int kCancelPollMs = 20;

// Sleeps `ms`, or less when *cancel becomes true; false when it was cancelled (also when
// the flag was already set). A null flag never cancels. For backoff between HTTP attempts,
// which can last minutes (Retry-After) and must not hold up Cancel or quitting.
bool sleepUnlessCancelled(qint64 ms, const std::atomic_bool *cancel);

} // namespace proofdesk::sync
