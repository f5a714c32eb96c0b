#include "uibenchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <algorithm>

namespace uibench {

namespace {
QElapsedTimer startClock()
{
    QElapsedTimer clock;
    clock.start();
    return clock;
}
const QElapsedTimer g_clock = startClock();
} // namespace

double now() { return g_clock.nsecsElapsed() / 1e6; }

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QTimer tick;
    tick.start(5);
    const double end = now() + timeoutMs;
    while (!done()) {
        if (now() > end)
            return done();
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void spin(int ms)
{
    const double end = now() + ms;
    waitUntil([end] { return now() >= end; }, ms + 1000);
}

qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

PaintProbe::PaintProbe(QWidget *widget) { widget->installEventFilter(this); }

double PaintProbe::paintedAfter(double t) const
{
    for (const Paint &p : m_paints) {
        if (p.start >= t && p.done >= 0)
            return p.done;
    }
    return -1;
}

bool PaintProbe::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        const qsizetype i = m_paints.size();
        m_paints.append({now(), -1});
        QTimer::singleShot(0, this, [this, i] {
            if (i < m_paints.size())
                m_paints[i].done = now();
        });
    }
    return false;
}

} // namespace uibench
