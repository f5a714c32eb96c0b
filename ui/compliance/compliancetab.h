#pragma once

#include <QString>

class ComplianceWorkspace;
class MainWindow;

// Puts the Compliance workspace beside the review workspace as a second tab of the main
// window, with a Compliance menu, and wires it: a finding opens its communication in the
// review tab, a chart click sets its search into the search box, and the current search
// becomes the workspace's scope when asked.
// The Compliance menu's Export Evidence Package makes the package of the communication shown:
// the selected finding's in the Compliance tab, the detail pane's everywhere else.
ComplianceWorkspace *addComplianceTab(MainWindow *window);
