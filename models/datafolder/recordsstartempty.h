#pragma once

#include "cache/recordstie.h"
#include "records/identity.h"

#include <QString>

namespace proofdesk::datafolder {

struct StartedEmpty
{
    QString lostDevice; // the device id of the records file that was lost ("unknown" if not remembered)
    QString newDevice;
    QString keptAs; // where the file found in its place was moved (emptied, another folder's, damaged); empty if none
};

// `proofdesk-cli records start-empty`: the one way to go on in a data folder whose
// records.sqlite is lost for good, emptied, another folder's or damaged (cache::RecordsTie and
// RecordsFile refuse to open it otherwise). A file found in its place is moved aside as
// records.sqlite.replaced-STAMP, never deleted. Creates an empty records file, grants
// `identity` every role (nobody has one any more, as in a new folder) and makes that decision,
// with its reason, the lost device id and the trail head the folder last saw, the first entry
// of the new audit trail. Throws RecordsError(Invalid) when the folder still has its own sound
// records file or never had one to lose; cache::SqliteError when it cannot be written.
StartedEmpty startEmptyRecordsFile(const QString &dataDir, const records::Identity &identity, const QString &reason);

// After an opening found an older copy of the folder's own records file (a restore from a
// backup; CacheOpenReport::restoredFrom): records, as a system step, that the entries after
// it that this folder had seen up to `noted` are not in it, so the gap stays on the record.
void recordRestoredTrail(const QString &dataDir, const cache::TrailHead &noted);

} // namespace proofdesk::datafolder
