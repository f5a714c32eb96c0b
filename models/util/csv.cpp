#include "csv.h"

namespace proofdesk::util {

namespace {

bool startsLikeAFormula(const QString &value)
{
    // Tab and CR too: some spreadsheets skip leading white space before looking for "=".
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && formulaStarts.contains(value.front());
}

bool needsQuotes(const QString &value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return true;
    }
    return false;
}

} // namespace

QString csvField(const QString &value)
{
    const bool formula = startsLikeAFormula(value);
    if (!formula && !needsQuotes(value))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + (formula ? QStringLiteral("'") : QString()) + quoted + QLatin1Char('"');
}

QByteArray csvRecord(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace proofdesk::util
