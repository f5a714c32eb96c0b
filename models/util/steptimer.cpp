#include "steptimer.h"

#include <QtGlobal>
#include <cstdio>

namespace proofdesk::util {

bool StepTimer::enabled()
{
    static const bool on = !qEnvironmentVariableIsEmpty("PROOFDESK_STEP_TIMES");
    return on;
}

StepTimer::StepTimer(const char *name)
    : m_name(name)
{
    if (enabled())
        m_clock.start();
}

StepTimer::~StepTimer()
{
    if (enabled())
        std::fprintf(stderr, "step %s %.2f\n", m_name, double(m_clock.nsecsElapsed()) / 1e6);
}

} // namespace proofdesk::util
