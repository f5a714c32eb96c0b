#pragma once

namespace proofdesk {

// Dies at once, as a power cut or `kill -9` would, when the environment variable
// PROOFDESK_CRASH_AT names this point: tests run the real executable in a child process with
// it set, then open the data folder again and check what the crash left is recovered. Every
// other run pays one getenv() per call.
void crashPoint(const char *name);

} // namespace proofdesk
