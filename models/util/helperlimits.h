#pragma once

// The bounds a helper process runs under (proofdesk-render and proofdesk-pdftext): set by the
// parent between fork and exec, and moved by the helper itself per request. Header-only, system calls only: the helpers
// include it without linking the models, and the fork-side function must not allocate.

#include <QByteArray>
#include <QtGlobal>
#include <algorithm>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace proofdesk::helperlimits {

// In the child, between fork and exec: an address-space limit, the first request's processor
// time, no core file (a gigabyte bomb leaves no gigabyte core), and death with the parent.
inline void applyInChild(rlim_t memoryBytes, rlim_t cpuSeconds)
{
    const rlimit addressSpace{memoryBytes, memoryBytes};
    setrlimit(RLIMIT_AS, &addressSpace);
    rlimit processor{};
    getrlimit(RLIMIT_CPU, &processor);
    processor.rlim_cur =
        processor.rlim_max == RLIM_INFINITY || cpuSeconds < processor.rlim_max ? cpuSeconds : processor.rlim_max;
    setrlimit(RLIMIT_CPU, &processor);
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
}

// In the helper, before each request: RLIMIT_CPU counts the whole process, so the soft limit
// moves to what was used so far plus one request's allowance. Past it the kernel sends
// SIGXCPU, which ends the helper.
inline void allowCpuForOneRequest(rlim_t seconds)
{
    rusage used{};
    getrusage(RUSAGE_SELF, &used);
    rlimit limit{};
    getrlimit(RLIMIT_CPU, &limit);
    const rlim_t soFar = rlim_t(used.ru_utime.tv_sec + used.ru_stime.tv_sec) + 1;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? soFar + seconds : std::min(soFar + seconds, limit.rlim_max);
    setrlimit(RLIMIT_CPU, &limit);
}

// A positive number from the environment (an operator's override of a bound), else fallback.
inline qint64 positiveFromEnvironment(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qgetenv(name).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace proofdesk::helperlimits
