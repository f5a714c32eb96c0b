#pragma once

#include <QString>

class ComplianceWorkspace;
class MainWindow;

// Puts the Compliance workspace beside the review workspace as a second tab of the main
// window, with a Compliance menu, and wires it: a finding opens its communication in the
// review tab, a chart click sets its search into the search box, and the current search
// becomes the workspace's scope when asked.
ComplianceWorkspace *addComplianceTab(MainWindow *window, const QString &databasePath, const QString &dataDir);
