#pragma once

namespace proofdesk {

// Dies at once, as a power cut or `kill -9` would, when the environment variable
// PROOFDESK_CRASH_AT names this point (or "NAME@N": the N-th time it is passed): tests run the real executable in a
// child process with it set, then open the data folder again and check what the crash left is recovered. And stops
// (SIGSTOP, once) when PROOFDESK_PAUSE_AT names it: a test then does something else to the folder meanwhile (a
// narrowing during a sync) and lets it go on with SIGCONT. Every other run pays two getenv() per call.
void crashPoint(const char *name);

} // namespace proofdesk
