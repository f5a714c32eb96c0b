#include "screenfit.h"

#include <QScreen>
#include <QWidget>

namespace screenfit {

QRect fitInside(const QRect &window, const QRect &available)
{
    QRect fitted(window.topLeft(), window.size().boundedTo(available.size()));
    fitted.moveLeft(qBound(available.left(), fitted.left(), available.right() - fitted.width() + 1));
    fitted.moveTop(qBound(available.top(), fitted.top(), available.bottom() - fitted.height() + 1));
    return fitted;
}

QMargins expectedFrame() { return QMargins(4, 32, 4, 4); }

void keepOnScreen(QWidget *window)
{
    QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Before the first show the frame is not there yet: its usual size is assumed.
    QMargins frame = expectedFrame();
    if (window->isVisible() && window->frameGeometry() != window->geometry()) {
        const QRect outer = window->frameGeometry(), inner = window->geometry();
        frame = QMargins(inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(),
                         outer.bottom() - inner.bottom());
    }
    const QRect outer = window->geometry().marginsAdded(frame);
    const QRect fitted = fitInside(outer, available).marginsRemoved(frame);
    if (fitted == window->geometry())
        return;
    // The client area's rectangle: the window system puts the frame around it.
    window->setGeometry(QRect(fitted.topLeft(), fitted.size().expandedTo(window->minimumSizeHint())));
}

} // namespace screenfit
