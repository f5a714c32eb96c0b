#include "screenfit.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QPointer>
#include <QScreen>
#include <QTimer>
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

QRect firstStartGeometry(const QRect &available)
{
    const QRect inside = available.marginsRemoved(expectedFrame());
    QRect window(QPoint(), inside.size().boundedTo(QSize(1920, 1200)));
    window.moveCenter(inside.center());
    return window;
}

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

namespace {

// Fits its window once it is shown and placed.
class ShowWatcher : public QObject
{
public:
    explicit ShowWatcher(QObject *parent, bool dialogsOnly = false)
        : QObject(parent)
        , m_dialogsOnly(dialogsOnly)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // After the show event's own handler: a dialog places itself there (centred on its
        // parent), and a move made before it would stop that.
        if (event->type() == QEvent::Show && (!m_dialogsOnly || qobject_cast<QDialog *>(watched))) {
            auto *window = static_cast<QWidget *>(watched);
            if (window->isWindow())
                QTimer::singleShot(0, window, [window = QPointer<QWidget>(window)] {
                    if (window)
                        keepOnScreen(window);
                });
        }
        return false;
    }

private:
    bool m_dialogsOnly = false;
};

} // namespace

void keepOnScreenWhenShown(QWidget *window) { window->installEventFilter(new ShowWatcher(window)); }

void keepDialogsOnScreen()
{
    static QPointer<ShowWatcher> watcher;
    if (!watcher && qApp) {
        watcher = new ShowWatcher(qApp, true);
        qApp->installEventFilter(watcher);
    }
}

void placeOver(QWidget *window, const QWidget *over, QSize size)
{
    QRect wanted(QPoint(), size);
    wanted.moveCenter(over->frameGeometry().center());
    if (const QScreen *shown = over->screen())
        wanted = fitInside(wanted, shown->availableGeometry().marginsRemoved(expectedFrame()));
    window->setGeometry(wanted);
    keepOnScreenWhenShown(window);
}

} // namespace screenfit
