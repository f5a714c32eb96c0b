#pragma once

#include <QString>

namespace proofdesk::team {

// The team server's case folding, made from the desk's own (issue #38 "one folding",
// domain/textfold.h foldingTable: every code point that QChar::toCaseFolded changes, 1,454 in
// Qt 6.4), so that the server folds exactly as the desks do, whatever its locale: Épargne,
// ÉPARGNE and épargne are one; STRASSE and straße are not (simple folding keeps ß); the
// Turkish İ and ı fold to themselves.
//
// CREATE OR REPLACE FUNCTION proofdesk.fold(text) as migration 4 made it: ASCII by lower() in the
// "C" collation (A-Z only, whatever the server's locale), the rest by translate() over the
// table, in tiers so that Latin, Greek and Cyrillic text pays for a shorter table (translate's
// cost grows with the table's length) and text with nothing to fold returns at once.
QString foldFunctionSql();

// Migration 10 (issue #65 item 2): the same folding, past Latin-1 by looking each character up
// by its code point in an array (proofdesk.fold_each, PL/pgSQL so that the session keeps its
// plan) rather than translate()'s scan of 1,428 entries a character.
QString foldByLookupFunctionSql();

// CREATE OR REPLACE FUNCTION proofdesk.simplified(text): QString::simplified() on the server
// (trimmed, every run of white space one space), white space being every code point
// QChar::isSpace() says is one, whatever the server's locale and regular expression flavour
// call white space.
QString simplifiedFunctionSql();

} // namespace proofdesk::team
