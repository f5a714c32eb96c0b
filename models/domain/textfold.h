#pragma once

#include <QString>
#include <QStringView>

// How Proofdesk compares values "case-insensitively" (search-syntax.md: `field:value`), in
// one place: Unicode simple case folding, as QString::toCaseFolded() and
// Qt::CaseInsensitive do it. The cache's SQLite connections compare with the collation
// `fold` built on compareFoldedUtf8() (cache/rulefunctions.h), and the team server with
// proofdesk.fold(), a translate() over foldingTable() (team schema): all three fold alike,
// which tests check code point by code point.
//
// What simple folding decides (docs/rules.md):
//   Épargne = ÉPARGNE = épargne; ς = σ = Σ; the Kelvin sign K = k.
//   STRASSE ≠ straße (ß would fold to "ss" only under full folding, which changes lengths);
//   İ (dotted capital I) and ı (dotless small i) fold to nothing else, so İstanbul ≠
//   istanbul and ıstanbul ≠ istanbul, in every locale (no Turkish rule).
namespace proofdesk::domain {

// The folded form of `text` (what equality compares).
QString foldCase(QStringView text);

// Whether a and b are equal once folded.
bool sameFolded(QStringView a, QStringView b);

// The order of folded values, for a collation: negative, 0 or positive as the folded UTF-16
// of a sorts before, with or after that of b. Takes UTF-8 (as SQLite hands text to a
// collation); ASCII is compared without decoding. Invalid UTF-8 is decoded as Qt does
// (U+FFFD for each bad sequence).
int compareFoldedUtf8(const char *a, int aBytes, const char *b, int bBytes);

// Every code point in [first, last] that folding changes, and what it becomes, in code point
// order: the table a server that cannot call Qt folds by (two strings of equal length in
// characters, for SQL's translate(): team/teamfold.h). Surrogates are no code points.
struct FoldingTable
{
    QString from;
    QString to;
};
FoldingTable foldingTable(char32_t first = 0, char32_t last = 0x10FFFF);

} // namespace proofdesk::domain
