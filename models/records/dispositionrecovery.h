#pragma once

#include "pendingdispositions.h"

#include <QString>
#include <QStringList>

namespace proofdesk::records {

struct DispositionRecovery
{
    QStringList batches; // batches whose disposition was finished
    qint64 purgedRows = 0;
    qint64 purgedObjects = 0;
    int certificatesWritten = 0;
    QStringList errors; // a certificate that could not be written
};

// Finishes the dispositions a crash interrupted: writes a missing certificate, purges the
// disposed communications' rows and the document bytes nothing else uses, then removes the
// note. Waits while another process disposes (they take turns on the data folder's
// "disposition" lock). Costs one stat() when nothing is pending. DataFolder runs it on every
// open, so the CLI and the desktop both recover before anyone searches.
DispositionRecovery finishInterruptedDispositions(const QString &dataDir);

} // namespace proofdesk::records
