#include "querylexer.h"

namespace proofdesk::search {

namespace {

// Thrown inside this file only, to leave the scan at the first problem.
struct LexFailure
{
    QueryError error;
};

bool endsBareRun(QChar c)
{
    return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('"');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// Field names are plain identifiers; anything else before a ':' (as in "12:30") is text.
bool isFieldName(QStringView text)
{
    if (text.isEmpty() || !isAsciiLetter(text.front()))
        return false;
    for (const QChar c : text) {
        if (!isAsciiLetter(c) && !c.isDigit() && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

class Lexer
{
public:
    explicit Lexer(const QString &query)
        : m_q(query)
    {}

    std::vector<QueryToken> run()
    {
        for (m_pos = 0; m_pos < m_q.size();) {
            const QChar c = m_q.at(m_pos);
            if (c.isSpace())
                ++m_pos;
            else if (c == QLatin1Char('('))
                simple(QueryToken::Type::LeftParen);
            else if (c == QLatin1Char(')'))
                simple(QueryToken::Type::RightParen);
            else if (c == QLatin1Char('"'))
                phrase();
            else if (c == QLatin1Char('-'))
                minus();
            else
                bareRun();
        }
        QueryToken end;
        end.position = int(m_q.size());
        m_tokens.push_back(end);
        return std::move(m_tokens);
    }

private:
    void simple(QueryToken::Type type)
    {
        QueryToken t;
        t.type = type;
        t.position = m_pos;
        t.length = 1;
        m_tokens.push_back(t);
        ++m_pos;
    }

    void minus()
    {
        const int next = m_pos + 1;
        if (next >= m_q.size() || m_q.at(next).isSpace() || m_q.at(next) == QLatin1Char(')'))
            throw LexFailure{{m_pos, 1,
                              queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                               "'-' must be followed directly by what it excludes, "
                                                               "e.g. -word, -field:value or -(group)"))}};
        simple(QueryToken::Type::Minus);
    }

    // The text between the quote at `start` and the next quote; m_pos moves past it.
    QString quoted(int start)
    {
        const int close = int(m_q.indexOf(QLatin1Char('"'), start + 1));
        if (close < 0)
            throw LexFailure{{start, int(m_q.size()) - start,
                              queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                               "unclosed quote: add a closing \" to end it"))}};
        m_pos = close + 1;
        return m_q.mid(start + 1, close - start - 1);
    }

    void phrase()
    {
        QueryToken t;
        t.type = QueryToken::Type::Phrase;
        t.position = m_pos;
        t.text = quoted(m_pos);
        t.length = m_pos - t.position;
        m_tokens.push_back(t);
    }

    void bareRun()
    {
        const int start = m_pos;
        while (m_pos < m_q.size() && !endsBareRun(m_q.at(m_pos)))
            ++m_pos;
        const QString run = m_q.mid(start, m_pos - start);
        const int colon = int(run.indexOf(QLatin1Char(':')));
        QueryToken t;
        t.position = start;
        if (run == QLatin1String("OR")) {
            t.type = QueryToken::Type::Or;
        } else if (colon > 0 && isFieldName(QStringView(run).left(colon))) {
            field(t, run, colon);
        } else {
            t.type = QueryToken::Type::Word;
            t.text = run;
        }
        t.length = m_pos - start;
        m_tokens.push_back(t);
    }

    void field(QueryToken &t, const QString &run, int colon)
    {
        t.type = QueryToken::Type::Field;
        t.fieldName = run.left(colon);
        if (colon + 1 < run.size()) {
            t.text = run.mid(colon + 1);
            t.valuePosition = t.position + colon + 1;
        } else if (m_pos < m_q.size() && m_q.at(m_pos) == QLatin1Char('"')) {
            t.valuePosition = m_pos + 1;
            t.text = quoted(m_pos);
        }
        t.valueLength = int(t.text.size());
        if (t.text.trimmed().isEmpty())
            throw LexFailure{{t.position, m_pos - t.position,
                              queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                               "'%1:' needs a value after the colon "
                                                               "(put a value with spaces in quotes: %1:\"a value\")"))
                                  .arg(t.fieldName)}};
    }

    const QString &m_q;
    int m_pos = 0;
    std::vector<QueryToken> m_tokens;
};

} // namespace

LexResult lexQuery(const QString &query)
{
    LexResult result;
    try {
        result.tokens = Lexer(query).run();
    } catch (const LexFailure &failure) {
        result.error = failure.error;
    }
    return result;
}

} // namespace proofdesk::search
