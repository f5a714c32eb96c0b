#pragma once

#include <QRect>

class QMainWindow;
class QSplitter;
class ResultsView;

// What the main window remembers between sessions (QSettings, "mainWindow/…"): its geometry,
// kept on a screen that may be smaller than the one it was saved on, its state, the review
// splitter, the detail pane's splitter and the results' columns.
class WindowSettings
{
public:
    WindowSettings(QMainWindow *window, QSplitter *review, QSplitter *detail, ResultsView *results);

    void restore();
    void save() const;
    // When the window is first shown (its frame known): fitted on screen again, unless a size
    // was given since restore() (a test's, a benchmark's), which is theirs to choose.
    void placeOnScreen();

private:
    QMainWindow *m_window;
    QSplitter *m_review;
    QSplitter *m_detail;
    ResultsView *m_results;
    QRect m_restoredGeometry; // as restore() left it
    bool m_placed = false;
};
