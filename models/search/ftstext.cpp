#include "ftstext.h"

#include <QList>

namespace proofdesk::search {

bool hasSearchableText(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint cp : codePoints) {
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
            break;
        }
    }
    return false;
}

QString ftsString(QStringView text, bool prefix)
{
    QString quoted = QLatin1Char('"')
                     + text.toString().replace(QLatin1Char('"'), QLatin1String("\"\""))
                     + QLatin1Char('"');
    if (prefix)
        quoted += QLatin1String(" *");
    return quoted;
}

} // namespace proofdesk::search
