#pragma once

#include <sqlite3.h>

namespace proofdesk::cache {

// The project's rules that SQL needs, registered on every connection: its case folding
// (domain/textfold.h) and the destination of a channel (domain/reissuerules.h).
//   COLLATE fold   equality and order of folded text: every text column a search field
//                  compares is declared with it (cache migration 12, records migration 5),
//                  so that `unit:épargne` finds Épargne and ÉPARGNE, as the sync scope, the
//                  stored value rows and the team server decide.
//   fold(text)     the folded text (NULL in, NULL out).
//   destination_on(channel, email, address, phone)
//                  where a letter on that channel reaches its recipient (domain/reissuerules.h
//                  destinationOn), for SQL that publishes or lists it (the team's facts).
// A tool without them (the sqlite3 shell) cannot use those columns' indexes: it says
// "no such collation sequence: fold" rather than answering with another folding.
void registerRuleFunctions(sqlite3 *db);

} // namespace proofdesk::cache
