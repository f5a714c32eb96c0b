#include "querytext.h"

#include "search/fields.h"
#include "search/querylexer.h"
#include "search/queryparser.h"

#include <QRegularExpression>
#include <QSet>
#include <optional>
#include <vector>

namespace querytext {

namespace {

using proofdesk::search::QueryNode;
using proofdesk::search::QueryToken;

// One `field:value` term a filter may edit: where it is in the query and its value.
struct OwnedTerm
{
    int position = 0;
    int length = 0;
    QString value;
};

// Where the tokens outside any parentheses start. The parser flattens `a (b c)` into one
// And, so a conjunct of the parsed query may still sit inside parentheses the user wrote;
// only the lexer's tokens still know the nesting.
QSet<int> topLevelTokenPositions(const QString &query)
{
    QSet<int> positions;
    int depth = 0;
    for (const QueryToken &token : proofdesk::search::lexQuery(query).tokens) {
        if (token.type == QueryToken::Type::LeftParen)
            ++depth;
        else if (token.type == QueryToken::Type::RightParen)
            --depth;
        else if (depth == 0)
            positions.insert(token.position);
    }
    return positions;
}

// The positive, unparenthesized `field:…` conjuncts of the query, in order; nullopt when the
// query does not parse (or `field` is not a field), so nothing can be edited safely.
std::optional<std::vector<OwnedTerm>> ownedTerms(const QString &query, const QString &field)
{
    const proofdesk::search::FieldInfo *info = proofdesk::search::findField(field);
    const proofdesk::search::ParseResult parsed = proofdesk::search::QueryParser::parse(query);
    if (!info || !parsed.ok())
        return std::nullopt;
    const QueryNode &root = parsed.root;
    std::vector<const QueryNode *> conjuncts;
    if (root.kind == QueryNode::Kind::And) {
        for (const QueryNode &child : root.children)
            conjuncts.push_back(&child);
    } else {
        conjuncts.push_back(&root);
    }
    const QSet<int> topLevel = topLevelTokenPositions(query);
    std::vector<OwnedTerm> terms;
    for (const QueryNode *node : conjuncts) {
        // A negation is a Not node and an OR an Or node: neither is ever a filter's.
        const bool fieldTerm = node->kind == QueryNode::Kind::Field || node->kind == QueryNode::Kind::DateRange;
        if (fieldTerm && node->field == info->name && topLevel.contains(node->position))
            terms.push_back({node->position, node->length, node->text});
    }
    return terms;
}

// Takes the term out with the spaces around it; its neighbours keep one space between them.
void removeTerm(QString &text, const OwnedTerm &term)
{
    int start = term.position;
    int end = term.position + term.length;
    while (start > 0 && text.at(start - 1).isSpace())
        --start;
    while (end < text.size() && text.at(end).isSpace())
        ++end;
    const bool between = start > 0 && end < text.size();
    text.replace(start, end - start, between ? QStringLiteral(" ") : QString());
}

QString appended(const QString &query, const QString &term)
{
    if (query.trimmed().isEmpty())
        return term;
    if (query.back().isSpace())
        return query + term;
    return query + QLatin1Char(' ') + term;
}

} // namespace

QString quoted(const QString &value)
{
    static const QRegularExpression special(QStringLiteral(R"([\s"()])"));
    if (!value.contains(special))
        return value;
    QString v = value;
    v.remove(QLatin1Char('"'));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString fieldValue(const QString &query, const QString &field)
{
    const auto terms = ownedTerms(query, field);
    return terms && !terms->empty() ? terms->front().value : QString();
}

QString setFieldValue(const QString &query, const QString &field, const QString &value)
{
    const QString term = value.isEmpty() ? QString() : field + QLatin1Char(':') + quoted(value);
    const auto terms = ownedTerms(query, field);
    if (!terms || terms->empty())
        return term.isEmpty() ? query : appended(query, term);
    QString result = query;
    // From the last to the first, so that the positions of those before stay valid.
    for (auto it = terms->crbegin(); it != terms->crend(); ++it) {
        if (it == std::prev(terms->crend()) && !term.isEmpty())
            result.replace(it->position, it->length, term);
        else
            removeTerm(result, *it);
    }
    return result;
}

} // namespace querytext
