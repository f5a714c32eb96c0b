#pragma once

#include "itemmodels/records/recordsjob.h"

#include <QString>

class QAbstractItemView;
class QWidget;

namespace recordsui {

// Shows what a records job reported: a refusal with the library's message (a warning; it
// was already recorded in the audit trail), another failure as an error. Returns ok().
bool report(QWidget *parent, const QString &title, const proofdesk::itemmodels::RecordsOutcome &outcome);

// The role names of the table in words ("Records manager"…).
QString roleTitle(const QString &roleName);

// The usual look of the records tables: whole rows, alternating, sortable off, stretch last.
void setUpTable(QAbstractItemView *view, const QString &accessibleName);

} // namespace recordsui
