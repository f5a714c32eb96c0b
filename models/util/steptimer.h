#pragma once

#include <QElapsedTimer>

namespace proofdesk::util {

// Where one command's time goes, step by step: with PROOFDESK_STEP_TIMES set in the
// environment, each StepTimer prints "step NAME MILLISECONDS" on stderr when it ends (issue
// #24 asked what a team action's connection, schema check, role check, outbox and copy
// refresh each cost; tests/bench/team_cli_steps.py sums them over runs). Unset, a timer is one
// test of a flag read once.
class StepTimer
{
public:
    explicit StepTimer(const char *name);
    ~StepTimer();
    StepTimer(const StepTimer &) = delete;
    StepTimer &operator=(const StepTimer &) = delete;

    static bool enabled();

private:
    const char *m_name;
    QElapsedTimer m_clock;
};

} // namespace proofdesk::util
