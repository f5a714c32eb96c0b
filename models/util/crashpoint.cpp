#include "crashpoint.h"

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace proofdesk {

void crashPoint(const char *name)
{
    const char *at = std::getenv("PROOFDESK_CRASH_AT");
    if (at && std::strcmp(at, name) == 0)
        std::raise(SIGKILL); // no destructor, no flush, no rollback: what a crash leaves
    const char *pause = std::getenv("PROOFDESK_PAUSE_AT");
    if (pause && std::strcmp(pause, name) == 0) {
        unsetenv("PROOFDESK_PAUSE_AT"); // once: the next time it goes on
        std::raise(SIGSTOP);
    }
}

} // namespace proofdesk
