#pragma once
// Timing helpers of the desktop benchmarks (proofdesk-bench-ui, proofdesk-bench-evicted): a
// monotonic clock, an event loop that runs until a condition holds, /proc memory figures, and
// a probe of when a widget's paints end.

#include <QList>
#include <QObject>
#include <functional>

class QWidget;

namespace uibench {

double now(); // ms since the program started
double percentile(QList<double> v, double p);
// Runs the event loop (blocking until something happens, at least every few ms) until
// `done` holds or `timeoutMs` passed. Returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs);
void spin(int ms);
qint64 statusKb(const char *key); // a /proc/self/status figure in kB, or -1

// Paints of one widget: when each began and when it ended (the zero timer posted at the
// start runs once the paint event, and the rest of that event-loop pass, is done).
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget *widget);
    struct Paint
    {
        double start, done;
    };
    // The end of the first paint that began at or after `t`, or -1.
    double paintedAfter(double t) const;
    void clear() { m_paints.clear(); }

protected:
    bool eventFilter(QObject *, QEvent *event) override;

private:
    QList<Paint> m_paints;
};

} // namespace uibench
