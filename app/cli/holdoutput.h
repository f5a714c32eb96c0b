#pragma once

#include "records/hold.h"
#include "records/holddeliverycounts.h"

#include <QJsonObject>
#include <QStringList>

namespace proofdesk::cli {

// How `hold` prints a hold (spec/cli.md): the hold's JSON with, added to its keys,
// "deliveries" per repository (confirmed, pending, refused); and the text a person reads
// without --json.
QJsonObject holdJson(const records::HoldInfo &hold);
QStringList holdText(const records::HoldInfo &hold);
// `hold show` also lists the objects refused for good, with why.
QStringList refusalText(const QList<records::HoldRefusal> &refusals);

} // namespace proofdesk::cli
