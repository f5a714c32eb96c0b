#pragma once

#include "itemmodels/records/recordsjob.h"

#include <QString>

class QAbstractItemView;
class QTableView;
class QWidget;

namespace recordsui {

// Shows what a records job reported: a refusal with the library's message (a warning; it
// was already recorded in the audit trail), another failure as an error. Returns ok().
bool report(QWidget *parent, const QString &title, const proofdesk::itemmodels::RecordsOutcome &outcome);

// The usual look of the records tables: whole rows, alternating, sortable off, stretch last.
void setUpTable(QAbstractItemView *view, const QString &accessibleName);

// The row made current by the keyboard is the one selected (one at a time): tabbing into a
// table made a row current with none selected, and its buttons (Approve…, Release…) stayed
// off for a keyboard user (#41). Not for the disposition list, where none selected means all.
void selectWithCurrentRow(QAbstractItemView *view);

// After new rows: each column but the last as wide as its header and its widest cell, so
// that nothing is cut, up to about sixty characters so that one long text does not push the
// other columns out of sight (its tooltip or the details show it whole); the last column
// stretches over what is left.
void fitColumns(QTableView *table);

} // namespace recordsui
