#pragma once

#include <QList>

class QWidget;

// The control that Tab (`next`) or Shift+Tab goes to from `from`, running through `regions` in
// the order given and each region's shown controls in the order they have among themselves,
// round from the last to the first; null when `from` is in none of them. Qt's focus chain is
// the order in which controls were made, and QWidget::setTabOrder ignores a container that
// takes no focus itself (a bar, a pane), so the regions could not be ordered once: Tab went
// from the results to the details, the notice's buttons, the workspace tabs and the status bar
// before it reached the search box, and a letter's controls made when it is first shown came
// last (#64 item 5). Asked at each press, the order holds for controls made at any time.
QWidget *tabStopAfter(const QList<QWidget *> &regions, QWidget *from, bool next);
