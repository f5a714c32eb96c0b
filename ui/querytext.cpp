#include "querytext.h"

#include <QRegularExpression>

namespace querytext {

namespace {

QRegularExpression tokenPattern(const QString &field)
{
    // At the start, or after a space or '(' (never after '-': negations are kept).
    return QRegularExpression(QStringLiteral(R"re((?:^|(?<=[\s(]))%1:("[^"]*"?|[^\s()"]+))re")
                                  .arg(QRegularExpression::escape(field)),
                              QRegularExpression::CaseInsensitiveOption);
}

QString unquoted(QString value)
{
    if (value.startsWith(QLatin1Char('"')))
        value.remove(0, 1);
    if (value.endsWith(QLatin1Char('"')))
        value.chop(1);
    return value;
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
    const auto match = tokenPattern(field).match(query);
    return match.hasMatch() ? unquoted(match.captured(1)) : QString();
}

QString setFieldValue(const QString &query, const QString &field, const QString &value)
{
    QString result = query;
    result.remove(tokenPattern(field));
    result = result.simplified();
    // Parentheses emptied by the removal would be a syntax error.
    static const QRegularExpression emptyGroup(QStringLiteral(R"(\(\s*\))"));
    result.remove(emptyGroup);
    result = result.simplified();
    if (!value.isEmpty()) {
        if (!result.isEmpty())
            result += QLatin1Char(' ');
        result += field + QLatin1Char(':') + quoted(value);
    }
    return result;
}

} // namespace querytext
