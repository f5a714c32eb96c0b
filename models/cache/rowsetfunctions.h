#pragma once

#include "rowidset.h"

#include <sqlite3.h>

namespace proofdesk::cache {

// Two SQL functions over a RowIdSet that the statement binds as a pointer
// (sqlite3_bind_pointer, see Statement::bindRowSet), registered on every connection:
//   rowset_has(?, rowid)  1 when the set holds rowid, else 0
//   rowset_add(?, rowid)  puts rowid in the set and returns 1
// so that a statement can collect the rows it visits ("… WHERE cond AND rowset_add(?, rowid)")
// or keep only a set's rows while it walks an index in order, a few nanoseconds a row
// instead of a b-tree probe. Passing the set as a bound pointer rather than as a
// function's user data means nothing is registered or removed per query: removing a
// function would expire every statement prepared on the connection.
void registerRowSetFunctions(sqlite3 *db);

// The pointer type the functions accept (sqlite3_bind_pointer's type name).
inline constexpr char kRowSetPointerType[] = "proofdesk.RowIdSet";

} // namespace proofdesk::cache
