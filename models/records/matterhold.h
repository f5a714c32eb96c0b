#pragma once

#include "hold.h"

namespace proofdesk::records {

class HoldRecords;
class MatterRecords;

// `matter hold`: a legal hold over a matter's whole review set, named and reasoned by the
// records manager and linked to the matter (its `matter` is the matter's id). The matter must
// be open; the hold stays until released, whatever becomes of the matter.
HoldInfo placeMatterHold(MatterRecords &matters, HoldRecords &holds, const QString &matterId, const QString &name,
                         const QString &reason, const HoldProgress &progress = {});

} // namespace proofdesk::records
