#pragma once

#include "search/querynode.h"

#include <QString>

namespace proofdesk::sync {

// What the translations of a query to a repository's own search share (`search --remote`,
// docs/connecting.md "Searching past the cache"): cmis/cmisquerytranslation.h and
// archivesspace/aspacequerytranslation.h.

// A part of the query the repository was not asked (or not asked exactly), as the person
// typed it, and why.
struct LeftOutPart
{
    QString part;
    QString reason;
};

// The node as typed, with the closing parentheses of the groups it opens (a group's node
// spans its contents only).
QString partOfQuery(const search::QueryNode &node, const QString &query);

// A word or phrase as the repository's text search takes it: its letters and digits, as a
// phrase when there are several runs of them ("EXS-2026-10" is "\"EXS 2026 10\"", as the
// cache tokenizes it); empty when it has none.
QString textTerm(const QString &text);

// The facts of a communication only the desk knows (status, hold, fixity, finding): a
// repository cannot be asked them, and the desk cannot check them on what a repository
// returns (a communication not in the cache has no delivery events, holds or findings there).
// Content blocks are read into the record by the mapping, so the desk checks `block:`.
bool isLocalFact(const QString &field);

} // namespace proofdesk::sync
