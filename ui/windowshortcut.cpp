#include "windowshortcut.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

WindowShortcut::WindowShortcut(QAction *action, QWidget *window)
    : QObject(action)
    , m_action(action)
    , m_window(window)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool WindowShortcut::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !m_action->isEnabled())
        return false;
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
    if (!m_action->shortcuts().contains(pressed))
        return false;
    // Not accepted and not delivered: the shortcut map goes on to the window's action.
    event->ignore();
    return true;
}
