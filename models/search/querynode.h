#pragma once

#include <QMetaType>
#include <QString>
#include <optional>
#include <vector>

namespace proofdesk::search {

// A malformed query: where (character offset and length in the query string, in UTF-16
// code units as QString counts them) and what was expected there, for the user.
struct QueryError
{
    // Malformed: not the search syntax. TooLarge: past a bound on a query's size, checked before
    // it runs (QueryParser::kMaxLength, kMaxTerms, kMaxDepth). TooSlow: stopped at the time a
    // search may take (SearchEngine::setTimeLimit). A person changes the query for each.
    enum class Kind { Malformed, TooLarge, TooSlow };

    int position = 0;
    int length = 0;
    QString message;
    Kind kind = Kind::Malformed;
};

// The translation context of every query error a person reads (parser, lexer, issued
// dates), so that one context holds them for the translators.
inline constexpr char kQueryErrorContext[] = "proofdesk::search::QueryParser";

// `source` (marked QT_TRANSLATE_NOOP("proofdesk::search::QueryParser", …) where it is
// written, so that lupdate files it there) in the language in use. Safe on the search thread.
QString queryErrorText(const char *source);

// The parsed query (search-syntax.md). An And without children is the blank query, which
// means "everything". The parser flattens nested Ands and Ors and never produces an And
// or Or with exactly one child.
struct QueryNode
{
    enum class Kind { And, Or, Not, Term, Field, DateRange };
    enum class TermKind { Word, Prefix, Phrase };

    Kind kind = Kind::And;
    TermKind termKind = TermKind::Word;
    // Term: the user's text without quotes or the trailing '*'.
    // Field: the value as typed (without quotes). DateRange: the value as typed.
    QString text;
    // Field, DateRange: the canonical (lower-case) field name.
    QString field;
    // DateRange: the half-open interval [from, to) in ms since the epoch, UTC; an empty
    // optional is an open end.
    std::optional<qint64> from;
    std::optional<qint64> to;
    std::vector<QueryNode> children;
    // Where the node came from in the query string (for highlighting).
    int position = 0;
    int length = 0;

    bool matchesEverything() const { return kind == Kind::And && children.empty(); }

    static QueryNode term(TermKind termKind, const QString &text, int position, int length);
    static QueryNode fieldValue(const QString &field, const QString &value, int position, int length);
    static QueryNode negation(QueryNode child, int position);
};

// A compact, stable rendering for tests and logs, e.g.
// and(word(a) or(word(b) prefix(c)) not(field(type notice)) issued(2026-10-01T00:00:00Z..)).
QString toDebugString(const QueryNode &node);

} // namespace proofdesk::search

Q_DECLARE_METATYPE(proofdesk::search::QueryError)
