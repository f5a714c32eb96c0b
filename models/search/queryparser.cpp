#include "queryparser.h"

#include "fields.h"
#include "findingconditions.h"
#include "ftstext.h"
#include "issuedrange.h"
#include "querylexer.h"

namespace proofdesk::search {

namespace {

using Kind = QueryNode::Kind;
using TokenType = QueryToken::Type;

// Thrown inside this file only, to leave the recursive descent at the first problem.
struct ParseFailure
{
    QueryError error;
};

[[noreturn]] void fail(int position, int length, const QString &message)
{
    throw ParseFailure{{position, length, message}};
}

[[noreturn]] void failTooLarge(int position, int length, const QString &message)
{
    throw ParseFailure{{position, length, message, QueryError::Kind::TooLarge}};
}

bool startsOperand(TokenType type)
{
    return type == TokenType::Word || type == TokenType::Phrase || type == TokenType::Field
           || type == TokenType::LeftParen || type == TokenType::Minus;
}

// Joins items under one And/Or, splicing children of the same kind so that "a (b c)" is
// one And of three: the compiler can then merge all text terms into one FTS expression.
QueryNode combine(Kind kind, std::vector<QueryNode> items)
{
    if (items.size() == 1)
        return std::move(items.front());
    QueryNode node;
    node.kind = kind;
    for (QueryNode &item : items) {
        if (item.kind == kind && !item.matchesEverything()) {
            for (QueryNode &child : item.children)
                node.children.push_back(std::move(child));
        } else {
            node.children.push_back(std::move(item));
        }
    }
    if (!node.children.empty()) {
        node.position = node.children.front().position;
        const QueryNode &last = node.children.back();
        node.length = last.position + last.length - node.position;
    }
    return node;
}

class Parser
{
public:
    explicit Parser(std::vector<QueryToken> tokens)
        : m_tokens(std::move(tokens))
    {}

    QueryNode parseQuery()
    {
        QueryNode root = parseSequence();
        if (peek().type == TokenType::RightParen)
            fail(peek().position, 1,
                 queryErrorText(
                     QT_TRANSLATE_NOOP("proofdesk::search::QueryParser", "unmatched ')': there is no '(' before it")));
        return root;
    }

private:
    const QueryToken &peek() const { return m_tokens[m_index]; }
    QueryToken next() { return m_tokens[m_index++]; }

    // Counts nesting for the lifetime of one group or '-'.
    struct DepthGuard
    {
        DepthGuard(int &depth, const QueryToken &at)
            : m_depth(depth)
        {
            if (++m_depth > QueryParser::kMaxDepth)
                failTooLarge(at.position, at.length,
                             queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                              "the query is nested too deeply: a search takes "
                                                              "at most %1 groups and '-' inside each other"))
                                 .arg(QueryParser::kMaxDepth));
        }
        ~DepthGuard() { --m_depth; }
        int &m_depth;
    };

    QueryNode parseSequence()
    {
        std::vector<QueryNode> items;
        while (peek().type != TokenType::End && peek().type != TokenType::RightParen)
            items.push_back(parseAlternative());
        return combine(Kind::And, std::move(items));
    }

    QueryNode parseAlternative()
    {
        std::vector<QueryNode> items;
        items.push_back(parseUnary());
        while (peek().type == TokenType::Or) {
            const QueryToken op = next();
            if (!startsOperand(peek().type))
                failDanglingOr(op);
            items.push_back(parseUnary());
        }
        return combine(Kind::Or, std::move(items));
    }

    QueryNode parseUnary()
    {
        if (peek().type != TokenType::Minus)
            return parsePrimary();
        const QueryToken minus = next();
        if (!startsOperand(peek().type))
            fail(minus.position, 1,
                 queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                  "'-' must be followed directly by what it excludes, "
                                                  "e.g. -word, -field:value or -(group)")));
        DepthGuard guard(m_depth, minus);
        return QueryNode::negation(parseUnary(), minus.position);
    }

    // Counts `n` more terms (QueryParser::kMaxTerms) for the token `t`.
    void countTerms(const QueryToken &t, int n)
    {
        m_terms += n;
        if (m_terms > QueryParser::kMaxTerms)
            failTooLarge(t.position, t.length,
                         queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                          "a search takes at most %1 terms (each word, each word "
                                                          "of a phrase, each field and date), and this one has "
                                                          "more from here: narrow it with fewer words, or search "
                                                          "in parts"))
                             .arg(QueryParser::kMaxTerms));
    }

    QueryNode parsePrimary()
    {
        const QueryToken t = next();
        switch (t.type) {
        case TokenType::Word:
            countTerms(t, searchableTokens(t.text));
            return word(t);
        case TokenType::Phrase:
            countTerms(t, searchableTokens(t.text));
            return phrase(t);
        case TokenType::Field:
            countTerms(t, 1);
            return field(t);
        case TokenType::LeftParen:
            return group(t);
        case TokenType::Or:
            failDanglingOr(t);
        case TokenType::RightParen:
        case TokenType::End:
        case TokenType::Minus:
            break; // callers only come here with an operand (startsOperand)
        }
        fail(t.position, t.length,
             queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser", "expected a search term here")));
    }

    [[noreturn]] static void failDanglingOr(const QueryToken &op)
    {
        fail(op.position, op.length,
             queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                              "'OR' needs a search term on both sides, e.g. a OR b "
                                              "(write 'or' in lower case to search for the word)")));
    }

    QueryNode group(const QueryToken &open)
    {
        DepthGuard guard(m_depth, open);
        if (peek().type == TokenType::RightParen)
            fail(open.position, peek().position + 1 - open.position,
                 queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                  "empty parentheses: put search terms between them")));
        QueryNode inner = parseSequence();
        if (peek().type != TokenType::RightParen)
            fail(open.position, 1,
                 queryErrorText(
                     QT_TRANSLATE_NOOP("proofdesk::search::QueryParser", "unclosed '(': add a ')' to close it")));
        next();
        return inner;
    }

    static QueryNode word(const QueryToken &t)
    {
        QString text = t.text;
        const bool prefix = text.endsWith(QLatin1Char('*'));
        while (text.endsWith(QLatin1Char('*')))
            text.chop(1);
        if (!hasSearchableText(text))
            fail(t.position, t.length,
                 queryErrorText(
                     QT_TRANSLATE_NOOP("proofdesk::search::QueryParser", "'%1' has no letters or digits to search for"))
                     .arg(t.text));
        // A word of several tokens (`balance-fee`, `o'brien`, an id's parts) is those tokens next to
        // each other, as search-syntax.md has it: a phrase, and planned as one. Planned as a word,
        // `balance_fee_policy` asked 10M rows' text one by one for its page: 0.65 s, where the
        // phrase takes 0.02 (its rows are stored whole).
        const auto kind = prefix                       ? QueryNode::TermKind::Prefix
                          : searchableTokens(text) > 1 ? QueryNode::TermKind::Phrase
                                                       : QueryNode::TermKind::Word;
        return QueryNode::term(kind, text, t.position, t.length);
    }

    static QueryNode phrase(const QueryToken &t)
    {
        if (t.text.trimmed().isEmpty())
            fail(t.position, t.length,
                 queryErrorText(
                     QT_TRANSLATE_NOOP("proofdesk::search::QueryParser", "empty quotes: put words between them")));
        if (!hasSearchableText(t.text))
            fail(t.position, t.length,
                 queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                  "\"%1\" has no letters or digits to search for"))
                     .arg(t.text));
        return QueryNode::term(QueryNode::TermKind::Phrase, t.text, t.position, t.length);
    }

    static QueryNode field(const QueryToken &t)
    {
        const FieldInfo *info = findField(t.fieldName);
        if (!info)
            fail(t.position, int(t.fieldName.size()),
                 queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                  "unknown field '%1': the fields are %2 (put text containing "
                                                  "a colon in quotes to search for it as words)"))
                     .arg(t.fieldName, fieldNames().join(QLatin1String(", "))));
        const QString value = t.text.trimmed();
        if (info->kind == FieldKind::Finding)
            return finding(t, value);
        if (info->kind != FieldKind::Issued)
            return QueryNode::fieldValue(QString(info->name), value, t.position, t.length);
        return issued(t, value);
    }

    // An unknown kind is reported on the value, as a malformed date is; the node carries
    // the canonical (lower-case) kind.
    static QueryNode finding(const QueryToken &t, const QString &value)
    {
        QString kind = findingsql::canonicalKind(value);
        if (kind.isEmpty() && value.compare(findingsql::kAny, Qt::CaseInsensitive) == 0)
            kind = QString(findingsql::kAny);
        if (kind.isEmpty())
            fail(t.valuePosition + int(t.text.indexOf(value)), int(value.size()),
                 queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                  "'%1' is not a kind of finding: expected one of %2, or any"))
                     .arg(value, findingsql::kindNames().join(QLatin1String(", "))));
        return QueryNode::fieldValue(QStringLiteral("finding"), kind, t.position, t.length);
    }

    static QueryNode issued(const QueryToken &t, const QString &value)
    {
        const auto parsed = parseIssuedRange(value);
        if (const auto *e = std::get_if<IssuedRangeError>(&parsed))
            fail(t.valuePosition + int(t.text.indexOf(value)) + e->offset, e->length, e->message);
        const IssuedRange &range = std::get<IssuedRange>(parsed);
        QueryNode node = QueryNode::fieldValue(QStringLiteral("issued"), value, t.position, t.length);
        node.kind = Kind::DateRange;
        node.from = range.from;
        node.to = range.to;
        return node;
    }

    std::vector<QueryToken> m_tokens;
    std::size_t m_index = 0;
    int m_depth = 0;
    int m_terms = 0;
};

} // namespace

ParseResult QueryParser::parse(const QString &query)
{
    ParseResult result;
    if (query.size() > kMaxLength) { // refused before it is read at all
        result.error = QueryError{kMaxLength, int(query.size()) - kMaxLength,
                                  queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                                   "the query is %1 characters long, and a search "
                                                                   "takes at most %2: narrow it, or search in parts"))
                                      .arg(query.size())
                                      .arg(kMaxLength),
                                  QueryError::Kind::TooLarge};
        return result;
    }
    LexResult lexed = lexQuery(query);
    if (lexed.error) {
        result.error = lexed.error;
        return result;
    }
    try {
        result.root = Parser(std::move(lexed.tokens)).parseQuery();
    } catch (const ParseFailure &failure) {
        result.error = failure.error;
        result.root = QueryNode();
    }
    return result;
}

} // namespace proofdesk::search
