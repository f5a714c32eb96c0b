#pragma once

// Measures the longest the event loop went without turning, with a 20 ms timer: a window
// whose thread is held by one piece of work (a layout, a paint) shows it as one long gap.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class LoopWatch
{
public:
    LoopWatch()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_longest = qMax(m_longest, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 longestGapMs() const { return qMax(m_longest, m_sinceTick.elapsed()); }
    void restart()
    {
        m_longest = 0;
        m_sinceTick.restart();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};
