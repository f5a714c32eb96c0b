#pragma once

#include <QString>

class MainWindow;
class RecordsActions;
class RecordsWorkspace;

namespace proofdesk::itemmodels {
class RecordsContext;
}

// What addRecordsTab puts into the main window, for tests.
struct RecordsTab
{
    proofdesk::itemmodels::RecordsContext *context = nullptr;
    RecordsActions *actions = nullptr;
    RecordsWorkspace *workspace = nullptr;
};

// Issue 5 in the main window: who and which role in the status bar (with a switcher), a
// Records menu and results context menu (Request Reissue…, Apply Legal Hold…), and a
// Records tab beside the others in the window's workspace tabs.
RecordsTab addRecordsTab(MainWindow *window);
