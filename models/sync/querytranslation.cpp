#include "querytranslation.h"

#include <QRegularExpression>
#include <QStringList>

namespace proofdesk::sync {

QString partOfQuery(const search::QueryNode &node, const QString &query)
{
    QString part = query.mid(node.position, node.length);
    for (qsizetype end = node.position + node.length; part.count(QLatin1Char('(')) > part.count(QLatin1Char(')'))
                                                      && end < query.size() && query.at(end) == QLatin1Char(')');
         ++end)
        part += QLatin1Char(')');
    return part;
}

QString textTerm(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    if (tokens.size() <= 1)
        return tokens.value(0);
    return QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
}

bool isLocalFact(const QString &field)
{
    static const QStringList local{QStringLiteral("status"), QStringLiteral("hold"), QStringLiteral("fixity"),
                                   QStringLiteral("finding")};
    return local.contains(field);
}

} // namespace proofdesk::sync
