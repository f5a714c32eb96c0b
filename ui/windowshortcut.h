#pragma once

#include <QObject>

class QAction;
class QWidget;

// Makes an action's shortcut work wherever the focus is in `window`. A text field may claim
// a key combination for itself first (a QLineEdit takes Ctrl+E as "end of line" under the
// X11/Emacs key bindings), so the window shortcut never fires while the search box has the
// focus; this filter refuses such a claim for the action's keys. The action stays the one
// place the command is defined.
class WindowShortcut : public QObject
{
    Q_OBJECT

public:
    // Watches the application's events for `window`'s widgets; lives as long as `action`.
    WindowShortcut(QAction *action, QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *m_action;
    QWidget *m_window;
};
