#pragma once

#include <QMargins>
#include <QRect>

class QObject;
class QWidget;

// Keeps a top-level window on its screen: a geometry saved on a larger screen (or another
// monitor) is brought inside the screen's available area, size first, then position, so that
// the title bar and the status bar are never off screen.
namespace screenfit {

// `window` moved, and shrunk where it is larger, to lie inside `available`.
QRect fitInside(const QRect &window, const QRect &available);

// What a window manager's frame takes around the client area before the window is shown
// (the real margins are known only once it is): a title bar and thin borders.
QMargins expectedFrame();

// Where a main window opens the first time on a screen with this available area: all of it
// (up to 1920x1200), its frame counted, centred.
QRect firstStartGeometry(const QRect &available);

// Fits `window`'s frame inside its screen's available area, using its real frame once shown.
// A window whose minimum size is larger than the screen keeps its minimum size.
void keepOnScreen(QWidget *window);

// Keeps `window` (a dialog) on its screen each time it is shown, and when asked again (after
// it grew: fitWhenShown's caller may call keepOnScreen itself).
void keepOnScreenWhenShown(QWidget *window);

// `window` of `size` centred over `over`, shrunk to fit `over`'s screen, and kept on it when
// shown (a letter's own window once opened at a 1280x720 screen's corner, half off it).
void placeOver(QWidget *window, const QWidget *over, QSize size);

// Every dialog of the application is kept on its screen when shown (message boxes, input
// dialogs, progress), wherever it was made.
void keepDialogsOnScreen();

} // namespace screenfit
