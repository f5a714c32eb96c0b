#pragma once

#include <QString>

class MainWindow;

// Shows one communication in the review workspace (its first tab): searches its id and
// selects the one result as soon as it arrives, so the detail pane shows it. Used where a
// finding, a reissue request or a hold names a communication.
void showCommunicationInReview(MainWindow *window, const QString &communicationId);
