#include "ftstext.h"

#include <QList>

namespace proofdesk::search {

namespace {

bool isTokenCharacter(uint cp)
{
    switch (QChar::category(char32_t(cp))) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

} // namespace

bool hasSearchableText(QStringView text) { return searchableTokens(text) > 0; }

int searchableTokens(QStringView text)
{
    int tokens = 0;
    bool inToken = false;
    for (const uint cp : text.toUcs4()) {
        const bool token = isTokenCharacter(cp);
        tokens += token && !inToken;
        inToken = token;
    }
    return tokens;
}

QString ftsString(QStringView text, bool prefix)
{
    QString quoted =
        QLatin1Char('"') + text.toString().replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    if (prefix)
        quoted += QLatin1String(" *");
    return quoted;
}

} // namespace proofdesk::search
