#pragma once

#include <QString>
#include <QStringView>

namespace proofdesk::search {

// True when `text` holds at least one character that the FTS5 tokenizer of comm_fts
// (unicode61: Unicode categories L*, N*, Co) keeps as part of a token. A word without one
// would be an empty phrase, which silently matches nothing, so the parser rejects it.
bool hasSearchableText(QStringView text);
// How many tokens the tokenizer makes of `text`: its runs of such characters.
int searchableTokens(QStringView text);

// `text` as one FTS5 string: "tok" with '"' doubled, so that nothing the user types can be
// read as FTS5 syntax (NEAR, ^, column filters, AND/OR/NOT). FTS5 tokenizes the string with
// the table's tokenizer, so "o'brien" and "EXS-2026-10-000123" become phrases of their
// tokens, exactly as the documents were indexed. With `prefix` the last token matches as a
// prefix ("tok" *).
QString ftsString(QStringView text, bool prefix = false);

} // namespace proofdesk::search
