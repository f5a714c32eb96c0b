#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::sync::cmis {

// A CMIS repository compares strings exactly (`=`, `IN`, `LIKE`); the desk compares field
// values ignoring case, by Unicode case folding as QString::toCaseFolded() does (one code
// point folds to one: "Épargne" is "épargne", "K" is "k", KELVIN SIGN too, "ß" stays "ß").
// These say what of the desk's equality a CMIS statement can ask (issue #38: `unit:retail-
// banking` asked as 'retail-banking' and 'RETAIL-BANKING' missed 'Retail-Banking', silently).

// Every string the desk takes as equal to `value`: each code point replaced by every code
// point that folds as it does ("ab" -> "ab", "aB", "Ab", "AB"). Nothing when there would be
// more than `limit` of them: the caller then asks a wider or a narrower statement instead.
std::optional<QStringList> allCaseForms(const QString &value, int limit);

// The forms a repository most likely stores, when all of them are too many: as typed, in
// lower and in upper case, with a capital first letter, and with a capital at each word.
QStringList commonCaseForms(const QString &value);

// A CMIS LIKE pattern (without its quotes, escaped for the string literal) that every form
// of allCaseForms matches: each code point that has other case forms becomes `_` (one
// character), the others stand for themselves (`%`, `_` and `\` escaped). Wider than the
// desk's equality only by values of the same shape; the desk checks what comes back.
QString caseInsensitiveLikePattern(const QString &value);

// Whether a code point of `value` has more than one case form.
bool hasCaseForms(const QString &value);

} // namespace proofdesk::sync::cmis
