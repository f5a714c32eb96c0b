// The CMIS 1.1 query language: parsing (cmisquerycheck.cpp checks a statement against a
// type's property definitions, cmisquerymatch.cpp evaluates what passes).
#include "cmisquerygrammar.h"

#include <QDateTime>
#include <algorithm>
#include <iterator>

namespace fakeserver::cmisql {

QString propertyTypeName(PropertyType type)
{
    switch (type) {
    case PropertyType::String:
        return QStringLiteral("string");
    case PropertyType::Boolean:
        return QStringLiteral("boolean");
    case PropertyType::Id:
        return QStringLiteral("id");
    case PropertyType::Integer:
        return QStringLiteral("integer");
    case PropertyType::DateTime:
        return QStringLiteral("datetime");
    case PropertyType::Decimal:
        return QStringLiteral("decimal");
    case PropertyType::Uri:
        return QStringLiteral("uri");
    case PropertyType::Html:
        return QStringLiteral("html");
    }
    return QString();
}

namespace {

struct Token
{
    enum Kind { End, Word, String, Number, Symbol, Quoted };
    Kind kind = End;
    QString text;
    QString raw; // a String's characters between its quotes, its escapes as written
    qsizetype at = 0;
};

// Identifiers carry namespace colons (cmis:objectId, D:exs:communication).
bool isWordChar(QChar c, bool first)
{
    return c.isLetter() || c == QLatin1Char('_')
           || (!first && (c.isDigit() || c == QLatin1Char(':') || c == QLatin1Char('.')));
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {}

    std::optional<QList<Token>> tokens(QString *error)
    {
        QList<Token> out;
        while (true) {
            while (m_at < m_text.size() && m_text.at(m_at).isSpace())
                ++m_at;
            Token t;
            t.at = m_at;
            if (m_at >= m_text.size()) {
                out << t;
                return out;
            }
            const QChar c = m_text.at(m_at);
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                if (!quoted(c, t, error))
                    return std::nullopt;
            } else if (c.isDigit()
                       || ((c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.'))
                           && m_at + 1 < m_text.size() && m_text.at(m_at + 1).isDigit())) {
                number(t);
            } else if (isWordChar(c, true)) {
                t.kind = Token::Word;
                while (m_at < m_text.size() && isWordChar(m_text.at(m_at), m_at == t.at))
                    ++m_at;
                t.text = m_text.mid(t.at, m_at - t.at);
            } else {
                t.kind = Token::Symbol;
                const QString two = m_text.mid(m_at, 2);
                if (two == QLatin1String("<>") || two == QLatin1String("<=") || two == QLatin1String(">=")) {
                    t.text = two;
                    m_at += 2;
                } else if (QStringLiteral("(),*=<>").contains(c)) {
                    t.text = QString(c);
                    ++m_at;
                } else {
                    *error = QStringLiteral("unexpected character '%1' at %2").arg(c).arg(m_at);
                    return std::nullopt;
                }
            }
            out << t;
        }
    }

private:
    // 'text' with \' and \\ escaped (2.1.14.2.1; \% and \_ are kept for LIKE), or a
    // "delimited identifier". `raw` keeps every escape as written: a LIKE reads its pattern
    // from it, in one layer of escapes (2.1.14.2.4.4: \\ a backslash, \% and \_ themselves).
    bool quoted(QChar quote, Token &t, QString *error)
    {
        t.kind = quote == QLatin1Char('\'') ? Token::String : Token::Quoted;
        const qsizetype start = m_at + 1;
        for (++m_at; m_at < m_text.size(); ++m_at) {
            const QChar c = m_text.at(m_at);
            if (c == QLatin1Char('\\') && m_at + 1 < m_text.size()) {
                const QChar escaped = m_text.at(++m_at);
                if (escaped != QLatin1Char('\\') && escaped != QLatin1Char('\'') && escaped != QLatin1Char('"'))
                    t.text += c; // \% and \_ stay for LIKE
                t.text += escaped;
                continue;
            }
            if (c == quote) {
                t.raw = m_text.mid(start, m_at - start);
                ++m_at;
                return true;
            }
            t.text += c;
        }
        *error = QStringLiteral("a literal opened at %1 is not closed").arg(t.at);
        return false;
    }
    void number(Token &t)
    {
        t.kind = Token::Number;
        ++m_at;
        while (m_at < m_text.size()
               && (m_text.at(m_at).isDigit() || m_text.at(m_at) == QLatin1Char('.')
                   || m_text.at(m_at).toLower() == QLatin1Char('e')
                   || ((m_text.at(m_at) == QLatin1Char('-') || m_text.at(m_at) == QLatin1Char('+'))
                       && m_text.at(m_at - 1).toLower() == QLatin1Char('e'))))
            ++m_at;
        t.text = m_text.mid(t.at, m_at - t.at);
    }

    const QString &m_text;
    qsizetype m_at = 0;
};

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    std::optional<Statement> statement(QString *error)
    {
        Statement s;
        if (!expectKeyword("SELECT") || !selectList(s) || !expectKeyword("FROM") || !identifier(&s.from))
            return failed(error);
        if (isKeyword("JOIN") || isKeyword("INNER") || isKeyword("LEFT") || isKeyword("AS"))
            return failed(error, QStringLiteral("JOIN and aliases are not supported by this repository"));
        if (acceptKeyword("WHERE") && !(s.where = orExpression()))
            return failed(error);
        if (acceptKeyword("ORDER")) {
            if (!expectKeyword("BY"))
                return failed(error);
            do {
                OrderKey key;
                if (!identifier(&key.property))
                    return failed(error);
                if (acceptKeyword("DESC"))
                    key.descending = true;
                else
                    acceptKeyword("ASC");
                s.orderBy << key;
            } while (acceptSymbol(","));
        }
        if (peek().kind != Token::End)
            return failed(error, QStringLiteral("unexpected \"%1\" at %2").arg(peek().text).arg(peek().at));
        return s;
    }

private:
    const Token &peek(int ahead = 0) const { return m_tokens.at(qMin<qsizetype>(m_at + ahead, m_tokens.size() - 1)); }
    Token next() { return m_tokens.at(qMin<qsizetype>(m_at++, m_tokens.size() - 1)); }
    bool isKeyword(const char *word, int ahead = 0) const
    {
        return peek(ahead).kind == Token::Word
               && peek(ahead).text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool acceptKeyword(const char *word)
    {
        if (!isKeyword(word))
            return false;
        ++m_at;
        return true;
    }
    bool expectKeyword(const char *word)
    {
        if (acceptKeyword(word))
            return true;
        fail(
            QStringLiteral("expected %1 at %2, found \"%3\"").arg(QLatin1String(word)).arg(peek().at).arg(peek().text));
        return false;
    }
    bool isSymbol(const char *symbol) const
    {
        return peek().kind == Token::Symbol && peek().text == QLatin1String(symbol);
    }
    bool acceptSymbol(const char *symbol)
    {
        if (!isSymbol(symbol))
            return false;
        ++m_at;
        return true;
    }
    bool expectSymbol(const char *symbol)
    {
        if (acceptSymbol(symbol))
            return true;
        fail(QStringLiteral("expected '%1' at %2, found \"%3\"")
                 .arg(QLatin1String(symbol))
                 .arg(peek().at)
                 .arg(peek().text));
        return false;
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    std::optional<Statement> failed(QString *error, const QString &message = QString())
    {
        if (!message.isEmpty())
            fail(message);
        *error = m_error.isEmpty() ? QStringLiteral("syntax error") : m_error;
        return std::nullopt;
    }

    static bool reserved(const QString &word)
    {
        static const char *const words[] = {"SELECT", "FROM",      "WHERE", "AND",   "OR",       "NOT",       "IN",
                                            "LIKE",   "IS",        "NULL",  "ANY",   "ORDER",    "BY",        "ASC",
                                            "DESC",   "TIMESTAMP", "TRUE",  "FALSE", "CONTAINS", "IN_FOLDER", "IN_TREE",
                                            "SCORE",  "AS",        "JOIN",  "ON"};
        return std::any_of(std::begin(words), std::end(words),
                           [&](const char *w) { return word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0; });
    }
    bool identifier(QString *out)
    {
        const Token t = peek();
        if (t.kind == Token::Quoted || (t.kind == Token::Word && !reserved(t.text))) {
            *out = next().text;
            return true;
        }
        fail(QStringLiteral("expected a property or type at %1, found \"%2\"").arg(t.at).arg(t.text));
        return false;
    }
    bool selectList(Statement &s)
    {
        if (acceptSymbol("*"))
            return true;
        do {
            QString property;
            if (isKeyword("SCORE")) {
                fail(QStringLiteral("SCORE() is not supported by this repository"));
                return false;
            }
            if (!identifier(&property))
                return false;
            s.select << property;
        } while (acceptSymbol(","));
        return true;
    }
    std::optional<Literal> literal()
    {
        const Token t = peek();
        Literal l;
        if (t.kind == Token::String) {
            l.text = t.text;
            l.raw = next().raw;
            return l;
        }
        if (t.kind == Token::Number) {
            next();
            bool ok = false;
            l.number = t.text.toDouble(&ok);
            if (!ok) {
                fail(QStringLiteral("\"%1\" is not a number").arg(t.text));
                return std::nullopt;
            }
            l.kind = t.text.contains(QLatin1Char('.')) || t.text.contains(QLatin1Char('e'), Qt::CaseInsensitive)
                         ? Literal::Decimal
                         : Literal::Integer;
            return l;
        }
        if (isKeyword("TRUE") || isKeyword("FALSE")) {
            l.kind = Literal::Boolean;
            l.boolean = next().text.compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
            return l;
        }
        if (acceptKeyword("TIMESTAMP")) {
            // 'YYYY-MM-DDThh:mm:ss.sss[Z | +hh:mm | -hh:mm]' (2.1.14.2.1)
            const Token s = next();
            const QDateTime at = QDateTime::fromString(s.text, Qt::ISODateWithMs);
            if (s.kind != Token::String || !at.isValid()) {
                fail(QStringLiteral("TIMESTAMP takes 'YYYY-MM-DDThh:mm:ss.sssZ', not \"%1\"").arg(s.text));
                return std::nullopt;
            }
            l.kind = Literal::DateTime;
            l.text = s.text;
            l.ms = at.toMSecsSinceEpoch();
            return l;
        }
        fail(QStringLiteral("expected a literal at %1, found \"%2\"").arg(t.at).arg(t.text));
        return std::nullopt;
    }
    bool literalList(QList<Literal> *out)
    {
        if (!expectSymbol("("))
            return false;
        do {
            const auto l = literal();
            if (!l)
                return false;
            *out << *l;
        } while (acceptSymbol(","));
        return expectSymbol(")");
    }
    static PredicatePtr make(Predicate p) { return std::make_shared<const Predicate>(std::move(p)); }

    PredicatePtr orExpression()
    {
        Predicate p;
        p.kind = Predicate::Or;
        do {
            const PredicatePtr term = andExpression();
            if (!term)
                return nullptr;
            p.children << term;
        } while (acceptKeyword("OR"));
        return p.children.size() == 1 ? p.children.first() : make(p);
    }
    PredicatePtr andExpression()
    {
        Predicate p;
        p.kind = Predicate::And;
        do {
            const PredicatePtr term = notExpression();
            if (!term)
                return nullptr;
            p.children << term;
        } while (acceptKeyword("AND"));
        return p.children.size() == 1 ? p.children.first() : make(p);
    }
    PredicatePtr notExpression()
    {
        if (acceptKeyword("NOT")) {
            const PredicatePtr inner = notExpression();
            if (!inner)
                return nullptr;
            Predicate p;
            p.kind = Predicate::Not;
            p.children << inner;
            return make(p);
        }
        if (acceptSymbol("(")) {
            const PredicatePtr inner = orExpression();
            return inner && expectSymbol(")") ? inner : nullptr;
        }
        return predicate();
    }
    PredicatePtr function(Predicate::Kind kind)
    {
        Predicate p;
        p.kind = kind;
        if (!expectSymbol("("))
            return nullptr;
        const Token t = next();
        if (t.kind != Token::String) {
            fail(QStringLiteral("expected a quoted text at %1").arg(t.at));
            return nullptr;
        }
        Literal l;
        l.text = t.text;
        p.literals << l;
        return expectSymbol(")") ? make(p) : nullptr;
    }
    PredicatePtr predicate()
    {
        if (acceptKeyword("CONTAINS"))
            return function(Predicate::Contains);
        if (acceptKeyword("IN_FOLDER"))
            return function(Predicate::InFolder);
        if (acceptKeyword("IN_TREE"))
            return function(Predicate::InTree);
        Predicate p;
        if (acceptKeyword("ANY")) { // ANY p [NOT] IN (…)
            p.kind = Predicate::AnyIn;
            if (!identifier(&p.property))
                return nullptr;
            p.negated = acceptKeyword("NOT");
            return expectKeyword("IN") && literalList(&p.literals) ? make(p) : nullptr;
        }
        if (peek().kind != Token::Word && peek().kind != Token::Quoted) { // 'x' = ANY p
            const auto l = literal();
            if (!l)
                return nullptr;
            p.kind = Predicate::AnyCompare;
            p.literals << *l;
            if (!expectSymbol("=") || !expectKeyword("ANY") || !identifier(&p.property))
                return nullptr;
            p.op = QStringLiteral("=");
            return make(p);
        }
        if (isKeyword("TRUE") || isKeyword("FALSE") || isKeyword("TIMESTAMP")) {
            fail(QStringLiteral("a literal on the left is only allowed as 'literal = ANY property'"));
            return nullptr;
        }
        if (!identifier(&p.property))
            return nullptr;
        if (acceptKeyword("IS")) {
            p.kind = Predicate::IsNull;
            p.negated = acceptKeyword("NOT");
            return expectKeyword("NULL") ? make(p) : nullptr;
        }
        p.negated = acceptKeyword("NOT");
        if (acceptKeyword("IN")) {
            p.kind = Predicate::In;
            return literalList(&p.literals) ? make(p) : nullptr;
        }
        if (acceptKeyword("LIKE")) {
            p.kind = Predicate::Like;
            const Token t = next();
            if (t.kind != Token::String) {
                fail(QStringLiteral("LIKE takes a quoted pattern, at %1").arg(t.at));
                return nullptr;
            }
            Literal l;
            l.text = t.text;
            l.raw = t.raw;
            p.literals << l;
            return make(p);
        }
        if (p.negated) {
            fail(QStringLiteral("NOT before %1 must be followed by IN or LIKE").arg(p.property));
            return nullptr;
        }
        static const QStringList ops{QStringLiteral("="),  QStringLiteral("<>"), QStringLiteral("<"),
                                     QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};
        if (peek().kind != Token::Symbol || !ops.contains(peek().text)) {
            fail(QStringLiteral("expected a comparison after %1 at %2, found \"%3\"")
                     .arg(p.property)
                     .arg(peek().at)
                     .arg(peek().text));
            return nullptr;
        }
        p.kind = Predicate::Compare;
        p.op = next().text;
        const auto l = literal();
        if (!l)
            return nullptr;
        p.literals << *l;
        return make(p);
    }

    QList<Token> m_tokens;
    qsizetype m_at = 0;
    QString m_error;
};

} // namespace

std::optional<Statement> parse(const QString &text, QString *error)
{
    Lexer lexer(text);
    auto tokens = lexer.tokens(error);
    if (!tokens)
        return std::nullopt;
    return Parser(std::move(*tokens)).statement(error);
}

} // namespace fakeserver::cmisql
