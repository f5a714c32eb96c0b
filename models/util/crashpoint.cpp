#include "crashpoint.h"

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace proofdesk {

namespace {

// "NAME@N": the N-th time the point is passed (a production killed at its seventh letter).
bool reached(const char *at, const char *name)
{
    const size_t length = std::strlen(name);
    if (std::strncmp(at, name, length) != 0 || at[length] != '@')
        return false;
    static long passed = 0; // one point is named a process
    return ++passed == std::atol(at + length + 1);
}

} // namespace

void crashPoint(const char *name)
{
    const char *at = std::getenv("PROOFDESK_CRASH_AT");
    if (at && (std::strcmp(at, name) == 0 || reached(at, name)))
        std::raise(SIGKILL); // no destructor, no flush, no rollback: what a crash leaves
    const char *pause = std::getenv("PROOFDESK_PAUSE_AT");
    if (pause && std::strcmp(pause, name) == 0) {
        unsetenv("PROOFDESK_PAUSE_AT"); // once: the next time it goes on
        std::raise(SIGSTOP);
    }
}

} // namespace proofdesk
