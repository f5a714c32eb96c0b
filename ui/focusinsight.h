#pragma once

class QScrollArea;

// Keeps the control that has the keyboard focus in sight inside `area` however the focus came
// to it. QScrollArea scrolls to a control only when Tab moves between two of its own controls:
// Tab from a control outside it (the findings beside the dashboards) or a click's focus left
// the area scrolled elsewhere, so the focused chart was out of sight and its keyboard tooltip
// drawn over the window's title bar (#64 item 5).
void keepFocusInSight(QScrollArea *area);
