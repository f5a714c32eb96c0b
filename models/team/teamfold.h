#pragma once

#include <QString>

namespace proofdesk::team {

// The team server's case folding, made from the desk's own (issue #38 "one folding"): every
// code point that QChar::toCaseFolded changes (Unicode simple case folding, one code point to
// one; 1,454 of them in Qt 6.4) and what it folds to. proofdesk.fold(text) is built from it
// (foldFunctionSql), so the server folds exactly as the desks do, whatever its locale:
// Épargne, ÉPARGNE and épargne are one; STRASSE and straße are not (simple folding keeps ß);
// the Turkish İ and ı fold to themselves.
struct FoldTable
{
    QString from; // the code points that fold, in code point order
    QString to;   // what each folds to, in the same order
};

// The code points in [first, last] that fold, ASCII's A-Z included when first is below 'A'.
FoldTable foldTable(char32_t first, char32_t last);

// CREATE OR REPLACE FUNCTION proofdesk.fold(text): ASCII by lower() in the "C" collation (A-Z
// only, whatever the server's locale), the rest by translate() over the table, in tiers so
// that Latin, Greek and Cyrillic text pays for a shorter table (translate's cost grows with the
// table's length) and text with nothing to fold returns at once.
QString foldFunctionSql();

} // namespace proofdesk::team
