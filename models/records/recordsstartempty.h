#pragma once

#include "identity.h"

#include <QString>

namespace proofdesk::records {

struct StartedEmpty
{
    QString lostDevice; // the device id of the records file that was lost ("unknown" if not remembered)
    QString newDevice;
};

// `proofdesk-cli records start-empty`: the one way to go on in a data folder whose
// records.sqlite is lost for good (cache::LostRecordsFile refuses to open it otherwise).
// Creates an empty records file, grants `identity` every role (nobody has one any more, as in
// a new folder) and makes that decision, with its reason and the lost device id, the first
// entry of the new audit trail. Throws RecordsError(Invalid) when the folder still has its
// records file or never had one to lose; cache::SqliteError when it cannot be written.
StartedEmpty startEmptyRecordsFile(const QString &dataDir, const Identity &identity, const QString &reason);

} // namespace proofdesk::records
