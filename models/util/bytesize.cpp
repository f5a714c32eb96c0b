#include "bytesize.h"

#include <QRegularExpression>
#include <cmath>

namespace proofdesk::util {

namespace {

// The multiplier of a unit, lower case; 0 when it is not one.
double unitFactor(const QString &unit)
{
    static const struct
    {
        const char *name;
        double factor;
    } units[] = {
        {"", 1},
        {"b", 1},
        {"k", 1e3},
        {"kb", 1e3},
        {"kib", 1024.0},
        {"m", 1e6},
        {"mb", 1e6},
        {"mib", 1048576.0},
        {"g", 1e9},
        {"gb", 1e9},
        {"gib", 1073741824.0},
        {"t", 1e12},
        {"tb", 1e12},
        {"tib", 1099511627776.0},
    };
    for (const auto &u : units) {
        if (unit == QLatin1String(u.name))
            return u.factor;
    }
    return 0;
}

} // namespace

std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double factor = unitFactor(m.captured(2).toLower());
    if (factor == 0)
        return std::nullopt;
    bool ok = false;
    const double number = m.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const double bytes = std::round(number * factor);
    // 2^63 itself does not fit; doubles near it are exact powers of two, so compare below.
    if (!std::isfinite(bytes) || bytes >= 9223372036854775808.0)
        return std::nullopt;
    return qint64(bytes);
}

QString formatByteSize(qint64 bytes)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB"};
    double value = double(bytes);
    int unit = 0;
    while (unit < 4 && std::abs(value) >= 1000.0) {
        value /= 1000.0;
        ++unit;
    }
    if (unit == 0)
        return QStringLiteral("%1 B").arg(bytes);
    const double rounded = std::round(value * 10.0) / 10.0;
    const bool whole = rounded == std::floor(rounded);
    return QStringLiteral("%1 %2").arg(QString::number(rounded, 'f', whole ? 0 : 1), QLatin1String(units[unit]));
}

} // namespace proofdesk::util
