#pragma once

#include "datafolder/datafolder.h"

#include <QString>
#include <memory>

class QWidget;

// Opens the desktop's data folder, its daily check left to run beside the work
// (CheckBesideRunner, when openReport().checkLeftBeside). When the opening has long work
// ahead (a whole-cache check after a power cut or a problem found beside, indexes a stopped
// import left dropped:
// datafolder::OpeningAhead), it runs on another thread while a window says what it is doing
// and how much it reads, instead of minutes with nothing on the screen (issue #43 item 5).
// Throws what DataFolder throws.
std::unique_ptr<proofdesk::datafolder::DataFolder> openDataFolderShowingWork(const QString &path,
                                                                             QWidget *parent = nullptr);
