#include "cancellablesleep.h"

#include <QDeadlineTimer>
#include <QThread>

namespace proofdesk::sync {

bool sleepUnlessCancelled(qint64 ms, const std::atomic_bool *cancel)
{
    const QDeadlineTimer deadline(qMax<qint64>(0, ms));
    for (;;) {
        if (cancel && cancel->load())
            return false;
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            return true;
        QThread::msleep(ulong(cancel ? qMin<qint64>(left, kCancelPollMs) : left));
    }
}

} // namespace proofdesk::sync
