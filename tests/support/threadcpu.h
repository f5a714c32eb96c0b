#pragma once

// Processor time this thread has used, in milliseconds: what the window's thread spends on a
// piece of work, whatever else the machine runs meanwhile (unlike the wall clock).
#include <QtGlobal>
#include <time.h>

inline qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}
