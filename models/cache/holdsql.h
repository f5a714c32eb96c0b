#pragma once

#include <QString>
#include <QStringList>

// SQL for "is under hold", shared by search (hold: field), the item models, `show`, stats,
// the hold register and disposition, so that every one of them agrees.
//
// A communication is under hold while any active (unreleased) hold covers it, either as an
// item (rec.hold_items, not removed) or through the hold's scope: a business key
// (customer_id, claim_id, …) that the communication carries. Scope holds are evaluated when
// asked, not copied into items, so a communication that arrives in a later sync is held
// the moment it is in the cache: there is no window between a sync and a hook.
namespace proofdesk::cache::holdsql {

// The business-key columns of communications a scope hold can name.
const QStringList &scopeFields();
// "customer" or "customer_id" -> "customer_id"; empty if not a scope field.
QString scopeColumn(const QString &name);

// A SELECT of one column `r`: the rowids of every communication under an active hold
// (may repeat a rowid). No parameters.
const QString &activeHeldRowIds();

// A SELECT of one column `r`: the rowids of the members of one hold, released or not.
// Takes the hold id as every one of its memberParameterCount() parameters.
const QString &holdMemberRowIds();
int memberParameterCount();

// A condition true when the communication aliased `alias` is under an active hold.
QString isHeld(const QString &alias);

// A condition true when the communication aliased `alias` must stay in the cache although
// it lies outside its repository's sync scope (issue #28): under an active hold, named by a
// reissue request still under way, or by an exception case still open.
QString keptOutsideScope(const QString &alias);

// A SELECT of the ids of the active holds covering the communication with rowid ?1.
const QString &activeHoldIdsOfRowId();

} // namespace proofdesk::cache::holdsql
